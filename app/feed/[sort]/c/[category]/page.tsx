import type { Metadata } from "next";
import { FeedView } from "@/components/papers/feed-view";

// `/?category=cs.LG&sort=…` is rewritten here (next.config.js), so each category's feed is cached like the main one.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/feed/[sort]/c/[category]">): Promise<Metadata> {
  const { category } = await params;
  return {
    title: `Papers in ${category}`,
    alternates: {
      types: {
        "application/atom+xml": `/feed.xml?category=${encodeURIComponent(category)}`,
        "application/rss+xml": `/rss.xml?category=${encodeURIComponent(category)}`,
      },
    },
  };
}

export default async function CategoryFeedPage({ params }: PageProps<"/feed/[sort]/c/[category]">) {
  const { sort, category } = await params;
  return <FeedView sort={sort} cursor={null} category={category} />;
}
