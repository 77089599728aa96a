"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type MouseEvent, type ReactNode } from "react";
import { papersApi } from "@/lib/client/papers-api";
import { queryKeys } from "@/lib/client/query-keys";
import { paperAnchor } from "@/lib/papers/paper-anchor";

/**
 * A card's abstract: the page sends only its start (children), and "more" loads the rest when a
 * reader asks, so the feed does not carry thirty whole abstracts twice. "more" is a link to the
 * paper page, which is where it goes without script, or opened in a new tab.
 */
export function AbstractMore({ paperId, slug, children }: { paperId: string; slug: string; children: ReactNode }) {
  const [expanded, setExpanded] = useState(false);
  const paper = useQuery({
    queryKey: queryKeys.paper(paperId),
    queryFn: () => papersApi.get(paperId),
    enabled: expanded,
    staleTime: Infinity,
  });
  const whole = expanded ? paper.data?.abstract : undefined;

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    // A new tab or window is the reader's choice: let the link do it.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setExpanded((value) => !value);
  }

  return (
    <div className="card-abstract">
      <p className={whole ? undefined : "line-clamp-3"}>{whole ?? children}</p>
      {paper.isError && expanded && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          The rest of the abstract did not load: {paper.error.message}
        </p>
      )}
      <a
        href={`/papers/${slug}`}
        onClick={onClick}
        aria-expanded={expanded}
        aria-describedby={paperAnchor(paperId)}
        className="link-button"
      >
        {!expanded ? "more" : paper.isPending ? "loading…" : "less"}
      </a>
    </div>
  );
}
