import type { ReactNode } from "react";
import { MathText } from "@/components/papers/math-text";
import type { HighlightPart } from "@/lib/api/papers-schemas";
import { highlightText } from "@/lib/search/highlight";
import { splitMath } from "@/lib/papers/split-math";

/**
 * Text with the query's matches in <mark>, and its TeX as math (see MathText). A formula is drawn
 * whole, without marks: a match inside one (rare: search words are words, not TeX) is not shown,
 * while the text around it keeps its marks. A snippet that cuts a formula in two leaves its `$`
 * unmatched, so that part shows as written. Plain React text nodes: nothing in a paper is parsed as HTML.
 */
export function HighlightedText({ parts }: { parts: HighlightPart[] }) {
  const segments = splitMath(highlightText(parts));
  if (!segments.some((segment) => segment.kind === "math")) return <Marks parts={parts} />;
  const nodes: ReactNode[] = [];
  let start = 0;
  for (const [i, segment] of segments.entries()) {
    const end = start + segment.text.length;
    nodes.push(
      segment.kind === "math" ? <MathText key={i} text={segment.text} /> : <Marks key={i} parts={sliceParts(parts, start, end)} />,
    );
    start = end;
  }
  return nodes;
}

function Marks({ parts }: { parts: HighlightPart[] }) {
  return parts.map((part, i) =>
    part.match ? (
      <mark key={i} className="rounded-[2px] bg-accent-100 px-px text-zinc-950 dark:bg-accent-900 dark:text-white">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/** The parts covering characters [start, end) of their joined text, cut at both ends. */
function sliceParts(parts: HighlightPart[], start: number, end: number): HighlightPart[] {
  const slice: HighlightPart[] = [];
  let offset = 0;
  for (const part of parts) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + part.text.length);
    if (from < to) slice.push({ ...part, text: part.text.slice(from - offset, to - offset) });
    offset += part.text.length;
  }
  return slice;
}
