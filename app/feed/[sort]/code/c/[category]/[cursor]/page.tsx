import { FeedView } from "@/components/papers/feed-view";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function CodeCategoryFeedCursorPage({ params }: PageProps<"/feed/[sort]/code/c/[category]/[cursor]">) {
  const { sort, category, cursor } = await params;
  return <FeedView sort={sort} cursor={cursor} category={category} hasCode />;
}
