import { FeedView } from "@/components/feed-view";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function FeedCursorPage({ params }: PageProps<"/feed/[sort]/[cursor]">) {
  const { sort, cursor } = await params;
  return <FeedView sort={sort} cursor={cursor} />;
}
