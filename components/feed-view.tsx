import Link from "next/link";
import { notFound } from "next/navigation";
import { PaperList } from "@/components/paper-list";
import { SortTabs } from "@/components/sort-tabs";
import { getFeedPage } from "@/lib/papers/get-feed-page";
import { isFeedSort, FEED_SORT_LABELS } from "@/lib/papers/feed-sort";
import { InvalidCursorError } from "@/lib/papers/list-papers";

/** The home feed, one page of one sort. Served from the cache: nothing here depends on the viewer. */
export async function FeedView({ sort, cursor }: { sort: string; cursor: string | null }) {
  if (!isFeedSort(sort)) notFound();
  const page = await getFeedPage(sort, cursor).catch((error: unknown) => {
    if (error instanceof InvalidCursorError) notFound();
    throw error;
  });
  const sortQuery = sort === "trending" ? "" : `sort=${sort}&`;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{FEED_SORT_LABELS[sort]} papers</h1>
          <p className="meta text-sm">Picked by the research community, ranked by {sort === "new" ? "date" : sort === "top" ? "upvotes" : <Link href="/about#trending" className="underline">votes and recency</Link>}.</p>
        </div>
        <SortTabs current={sort} />
      </div>
      <PaperList papers={page.papers} empty={cursor ? "No more papers." : "No papers yet."} />
      <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
        {cursor ? (
          <Link href={sort === "trending" ? "/" : `/?sort=${sort}`} className="btn">
            First page
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <Link href={`/?${sortQuery}cursor=${page.nextCursor}`} className="btn" rel="next">
            Next page
          </Link>
        )}
      </nav>
    </>
  );
}
