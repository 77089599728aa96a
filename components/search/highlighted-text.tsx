import type { HighlightPart } from "@/lib/api/papers-schemas";

/** Text with the query's matches in <mark>. Plain React text nodes: nothing in a paper is parsed as HTML. */
export function HighlightedText({ parts }: { parts: HighlightPart[] }) {
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
