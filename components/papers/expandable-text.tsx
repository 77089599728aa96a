"use client";

import { useId, useState, type ReactNode } from "react";

/** Clamps its children to three lines with a "more" toggle. Children stay server-rendered. */
export function ExpandableText({ children, label }: { children: ReactNode; label: string }) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  return (
    <div className="card-abstract">
      <div id={id} className={expanded ? undefined : "line-clamp-3"}>
        {children}
      </div>
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={id}
        aria-label={`${expanded ? "Show less" : "Show more"} of the abstract of ${label}`}
        onClick={() => setExpanded((value) => !value)}
        className="link-button"
      >
        {expanded ? "less" : "more"}
      </button>
    </div>
  );
}
