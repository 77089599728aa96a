import { FeedView } from "@/components/papers/feed-view";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function CodeFeedCursorPage({ params }: PageProps<"/feed/[sort]/code/[cursor]">) {
  const { sort, cursor } = await params;
  return <FeedView sort={sort} cursor={cursor} hasCode />;
}
