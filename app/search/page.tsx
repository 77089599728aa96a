import type { Metadata } from "next";
import Link from "next/link";
import { SearchResultCard } from "@/components/search/search-result-card";
import { FollowButton } from "@/components/alerts/follow-button";
import { HasCodeToggle } from "@/components/papers/has-code-toggle";
import { HideReadToggle } from "@/components/reads/hide-read-toggle";
import { Pager } from "@/components/ui/pager";
import { Tabs } from "@/components/ui/tabs";
import { firstZodMessage } from "@/lib/http/first-zod-message";
import { searchHref } from "@/lib/search/search-href";
import { InvalidCursorError } from "@/lib/keyset-cursor";
import { searchPapers } from "@/lib/search/search-papers";
import { SEARCH_SORTS, SEARCH_SORT_LABELS, type SearchSort } from "@/lib/search/search-sort";
import { searchQuerySchema } from "@/lib/validations/search-query";

const PAGE_SIZE = 20;

type Params = Awaited<PageProps<"/search">["searchParams"]>;

/** The page reads the same parameters as the API; a repeated one counts once, as browsers send it. */
function parseParams(params: Params) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return searchQuerySchema
    .omit({ limit: true })
    .safeParse({ q: first(params.q), sort: first(params.sort), cursor: first(params.cursor), has_code: first(params.has_code) });
}

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const parsed = parseParams(await searchParams);
  const q = parsed.success ? parsed.data.q.trim() : "";
  // Result pages are endless and change daily: not for search engines.
  return { title: q ? `${q}: search` : "Search", robots: { index: false } };
}

function Syntax() {
  return (
    <ul className="meta mt-2 list-inside list-disc space-y-1 text-sm">
      <li>
        <code>&quot;state space&quot;</code> finds the exact phrase
      </li>
      <li>
        <code>mamba or transformer</code> finds either word
      </li>
      <li>
        <code>attention -linear</code> leaves out papers with a word
      </li>
    </ul>
  );
}

async function Results({ q, sort, hasCode, cursor }: { q: string; sort: SearchSort; hasCode: boolean; cursor: string | null }) {
  let result;
  try {
    result = await searchPapers({ q, sort, limit: PAGE_SIZE, cursor, hasCode });
  } catch (error) {
    if (!(error instanceof InvalidCursorError)) throw error;
    return (
      <p className="empty-state text-center">
        This page of results is no longer available.{" "}
        <Link prefetch={false} href={searchHref({ q, sort, hasCode })} className="underline">
          Back to the first page
        </Link>
      </p>
    );
  }
  const { papers, nextCursor, fallback, suggestion, approximate } = result;
  if (papers.length === 0) {
    return (
      <div className="empty-state" data-testid="no-results">
        <p className="empty-state-lead">
          {cursor ? (
            "No more results."
          ) : (
            <>
              No papers{hasCode && " with code"} match “{q.trim()}”.
            </>
          )}
        </p>
        {!cursor && (
          <>
            <p className="meta mt-2 text-sm">Check the spelling, use fewer words, or try these:</p>
            <Syntax />
          </>
        )}
      </div>
    );
  }
  return (
    <>
      {fallback && (
        <p className="mb-2 rounded-md bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-900" role="status">
          No papers match “{q.trim()}”.{" "}
          {fallback === "corrected" && suggestion ? (
            <>
              Showing results for{" "}
              <Link
                prefetch={false}
                href={searchHref({ q: suggestion, sort, hasCode })}
                className="font-semibold text-accent-700 underline dark:text-accent-300"
              >
                {suggestion}
              </Link>
              .
            </>
          ) : (
            "These titles look similar."
          )}
        </p>
      )}
      {approximate && sort === "relevance" && (
        <p className="meta mb-2 text-sm">
          Many papers match: these are ranked among the most trending ones. Add words to narrow the search, or sort by{" "}
          <Link prefetch={false} href={searchHref({ q, sort: "new", hasCode })} className="underline">
            newest
          </Link>{" "}
          to see every match.
        </p>
      )}
      <div className="mb-2 flex justify-end empty:hidden">
        <HideReadToggle />
      </div>
      <div data-testid="search-results">
        {papers.map((paper) => (
          <SearchResultCard key={paper.id} paper={paper} />
        ))}
      </div>
      <Pager
        firstHref={cursor ? searchHref({ q, sort, hasCode }) : null}
        nextHref={nextCursor ? searchHref({ q, sort, hasCode, cursor: nextCursor }) : null}
      />
    </>
  );
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const parsed = parseParams(await searchParams);
  if (!parsed.success) {
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight">Search</h1>
        <p className="empty-state mt-4 text-center">
          This search cannot run: {firstZodMessage(parsed.error)}.{" "}
          <Link prefetch={false} href="/search" className="underline">
            Start a new search
          </Link>
        </p>
      </>
    );
  }
  const { q, sort, cursor = null, has_code: hasCode = false } = parsed.data;
  const text = q.trim();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words">{text ? <>Results for “{text}”</> : "Search papers"}</h1>
          <p className="meta text-sm">Titles, authors and abstracts. The last word also matches words that start with it.</p>
        </div>
        {text && (
          <div className="flex flex-wrap items-center gap-2">
            <Tabs
              label="Sort results"
              tabs={SEARCH_SORTS.map((tab) => ({
                href: searchHref({ q, sort: tab, hasCode }),
                label: SEARCH_SORT_LABELS[tab],
                current: tab === sort,
              }))}
            />
            <HasCodeToggle href={searchHref({ q, sort, hasCode: !hasCode })} on={hasCode} />
            <FollowButton
              target={{ kind: "search", q, has_code: hasCode }}
              label="Save this search as an alert"
              followingLabel="Saved as an alert"
            />
          </div>
        )}
      </div>
      {text ? (
        // Not streamed behind a Suspense boundary: streamed content needs script to be swapped
        // in, and results must show without it. A search answers in milliseconds, and while
        // typing the router keeps the previous results until the new page arrives.
        <Results q={q} sort={sort} hasCode={hasCode} cursor={cursor} />
      ) : (
        <div className="empty-state">
          <p className="empty-state-lead">Type in the search box above, or press / to get there.</p>
          <Syntax />
        </div>
      )}
    </>
  );
}
