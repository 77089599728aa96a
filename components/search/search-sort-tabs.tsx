import Link from "next/link";
import { searchHref } from "@/lib/search/search-href";
import { SEARCH_SORTS, SEARCH_SORT_LABELS, type SearchSort } from "@/lib/search/search-sort";

export function SearchSortTabs({ q, current }: { q: string; current: SearchSort }) {
  return (
    <nav aria-label="Sort results" className="flex gap-1 rounded-lg bg-zinc-100 p-1 text-sm dark:bg-zinc-900">
      {SEARCH_SORTS.map((sort) => (
        <Link
          key={sort}
          href={searchHref({ q, sort })}
          aria-current={sort === current ? "page" : undefined}
          className="rounded-md px-3 py-1 font-medium whitespace-nowrap text-zinc-700 hover:text-zinc-950 aria-[current=page]:bg-white aria-[current=page]:text-zinc-950 aria-[current=page]:shadow-sm dark:text-zinc-300 dark:hover:text-white dark:aria-[current=page]:bg-zinc-700 dark:aria-[current=page]:text-white"
        >
          {SEARCH_SORT_LABELS[sort]}
        </Link>
      ))}
    </nav>
  );
}
