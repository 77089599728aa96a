import Link from "next/link";
import { notFound } from "next/navigation";
import { FollowButton } from "@/components/alerts/follow-button";
import { HasCodeToggle } from "@/components/papers/has-code-toggle";
import { PaperList } from "@/components/papers/paper-list";
import { HideReadToggle } from "@/components/reads/hide-read-toggle";
import { SubscribeForm } from "@/components/digest/subscribe-form";
import { Pager } from "@/components/ui/pager";
import { Tabs } from "@/components/ui/tabs";
import { env } from "@/lib/env.js";
import { isArxivCategory } from "@/lib/papers/arxiv-category";
import { feedHref } from "@/lib/papers/feed-href";
import { getFeedPage } from "@/lib/papers/get-feed-page";
import { FEED_SORTS, FEED_SORT_LABELS, isFeedSort } from "@/lib/papers/feed-sort";
import { InvalidCursorError } from "@/lib/keyset-cursor";

/**
 * The home feed, one page of one sort, optionally of one arXiv category and only of papers with
 * code. Served from the cache: nothing here depends on the viewer.
 */
export async function FeedView({
  sort,
  cursor,
  category = null,
  hasCode = false,
}: {
  sort: string;
  cursor: string | null;
  category?: string | null;
  hasCode?: boolean;
}) {
  if (!isFeedSort(sort) || (category !== null && !isArxivCategory(category))) notFound();
  const page = await getFeedPage(sort, cursor, category, hasCode).catch((error: unknown) => {
    if (error instanceof InvalidCursorError) notFound();
    throw error;
  });
  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">
            {FEED_SORT_LABELS[sort]} papers{hasCode && " with code"}
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
              <Link prefetch={false} href="/about#trending" className="underline">
                votes and recency
              </Link>
            )}
            .
          </p>
          {env.SMTP_URL && <SubscribeForm />}
          {category && (
            <div className="mt-2">
              <FollowButton target={{ kind: "category", category }} label={`Follow ${category}`} followingLabel={`Following ${category}`} />
            </div>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Tabs
            label="Sort papers"
            tabs={FEED_SORTS.map((tab) => ({
              href: feedHref({ sort: tab, category, hasCode }),
              label: FEED_SORT_LABELS[tab],
              current: tab === sort,
            }))}
          />
          <HasCodeToggle href={feedHref({ sort, category, hasCode: !hasCode })} on={hasCode} />
          <HideReadToggle />
        </div>
      </div>
      {(category || hasCode) && (
        <p className="meta mb-2 text-sm">
          Only papers{category && ` listed in ${category} on arXiv`}
          {category && hasCode && " and"}
          {hasCode && " with a code link"}.{" "}
          {category && (
            <Link prefetch={false} href={feedHref({ sort, hasCode })} className="underline">
              All categories
            </Link>
          )}
          {category && hasCode && " · "}
          {hasCode && (
            <Link prefetch={false} href={feedHref({ sort, category })} className="underline">
              With or without code
            </Link>
          )}
        </p>
      )}
      <PaperList
        papers={page.papers}
        empty={cursor ? "No more papers." : `No papers${hasCode ? " with code" : ""}${category ? ` in ${category}` : ""} yet.`}
      />
      <Pager
        firstHref={cursor ? feedHref({ sort, category, hasCode }) : null}
        nextHref={page.nextCursor ? feedHref({ sort, category, hasCode, cursor: page.nextCursor }) : null}
      />
    </>
  );
}
