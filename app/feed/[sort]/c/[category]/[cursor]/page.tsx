import { FeedView } from "@/components/papers/feed-view";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function CategoryFeedCursorPage({ params }: PageProps<"/feed/[sort]/c/[category]/[cursor]">) {
  const { sort, category, cursor } = await params;
  return <FeedView sort={sort} cursor={cursor} category={category} />;
}
