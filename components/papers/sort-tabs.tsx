import Link from "next/link";
import { feedHref } from "@/lib/papers/feed-href";
import { FEED_SORTS, FEED_SORT_LABELS, type FeedSort } from "@/lib/papers/feed-sort";

export function SortTabs({ current, category = null }: { current: FeedSort; category?: string | null }) {
  return (
    <nav aria-label="Sort papers" className="flex gap-1 rounded-lg bg-zinc-100 p-1 text-sm dark:bg-zinc-900">
      {FEED_SORTS.map((sort) => (
        <Link
          key={sort}
          href={feedHref({ sort, category })}
          aria-current={sort === current ? "page" : undefined}
          className="rounded-md px-3 py-1 font-medium text-zinc-700 hover:text-zinc-950 aria-[current=page]:bg-white aria-[current=page]:text-zinc-950 aria-[current=page]:shadow-sm dark:text-zinc-300 dark:hover:text-white dark:aria-[current=page]:bg-zinc-700 dark:aria-[current=page]:text-white"
        >
          {FEED_SORT_LABELS[sort]}
        </Link>
      ))}
    </nav>
  );
}
