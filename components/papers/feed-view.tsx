import Link from "next/link";
import { notFound } from "next/navigation";
import { PaperList } from "@/components/papers/paper-list";
import { SortTabs } from "@/components/papers/sort-tabs";
import { SubscribeForm } from "@/components/digest/subscribe-form";
import { env } from "@/lib/env.js";
import { isArxivCategory } from "@/lib/papers/arxiv-category";
import { feedHref } from "@/lib/papers/feed-href";
import { getFeedPage } from "@/lib/papers/get-feed-page";
import { isFeedSort, FEED_SORT_LABELS } from "@/lib/papers/feed-sort";
import { InvalidCursorError } from "@/lib/keyset-cursor";

/** The home feed, one page of one sort, optionally of one arXiv category. Served from the cache: nothing here depends on the viewer. */
export async function FeedView({ sort, cursor, category = null }: { sort: string; cursor: string | null; category?: string | null }) {
  if (!isFeedSort(sort) || (category !== null && !isArxivCategory(category))) notFound();
  const page = await getFeedPage(sort, cursor, category).catch((error: unknown) => {
    if (error instanceof InvalidCursorError) notFound();
    throw error;
  });
  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">
            {FEED_SORT_LABELS[sort]} papers
            {category && (
              <>
                {" "}
                in <span className="font-mono">{category}</span>
              </>
            )}
          </h1>
          <p className="meta text-sm">
            Picked by the research community, ranked by{" "}
            {sort === "new" ? (
              "date"
            ) : sort === "top" ? (
              "upvotes"
            ) : (
              <Link href="/about#trending" className="underline">
                votes and recency
              </Link>
            )}
            .
          </p>
          {env.SMTP_URL && <SubscribeForm />}
        </div>
        <SortTabs current={sort} category={category} />
      </div>
      {category && (
        <p className="meta mb-2 text-sm">
          Only papers listed in {category} on arXiv.{" "}
          <Link href={feedHref({ sort })} className="underline">
            All categories
          </Link>
        </p>
      )}
      <PaperList papers={page.papers} empty={cursor ? "No more papers." : category ? `No papers in ${category} yet.` : "No papers yet."} />
      <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
        {cursor ? (
          <Link href={feedHref({ sort, category })} className="btn">
            First page
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <Link href={feedHref({ sort, category, cursor: page.nextCursor })} className="btn" rel="next">
            Next page
          </Link>
        )}
      </nav>
    </>
  );
}
