import type { ReactNode } from "react";
import { renderMath } from "@/lib/papers/render-math";
import { splitMath } from "@/lib/papers/split-math";

/**
 * A title or abstract with its TeX (`M$^3$ViT`, `$O(N^2)$`) as MathML, rendered on the server:
 * browsers draw MathML themselves, so no KaTeX script, stylesheet or font reaches the page. Text
 * without math comes back as the very same string, no wrapper, so such pages do not change by a byte.
 * A formula that does not render shows as written.
 *
 * A server component (KaTeX stays on the server). Places that cannot hold markup (`<title>`,
 * og:title, feeds, emails, aria-labels, client components) show the title as written, TeX and all,
 * as arXiv itself does in its listings, feeds and page titles.
 */
export function MathText({ text }: { text: string }): ReactNode {
  const segments = splitMath(text);
  if (!segments.some((segment) => segment.kind === "math")) return text;
  const nodes: ReactNode[] = [];
  let plain = "";
  for (const [i, segment] of segments.entries()) {
    const mathml = segment.kind === "math" ? renderMath(segment.tex, segment.display) : null;
    if (mathml === null) {
      // Adjacent strings joined, so React writes no <!-- --> between them.
      plain += segment.text;
      continue;
    }
    if (plain) nodes.push(plain);
    plain = "";
    // Safe as HTML: it is KaTeX's MathML of an untrusted formula (no links, classes, styles or ids,
    // text escaped), reshaped only by renderMath. Every other character of the text goes through React.
    nodes.push(<span key={i} dangerouslySetInnerHTML={{ __html: mathml }} />);
  }
  if (plain) nodes.push(plain);
  return nodes.length === 1 && typeof nodes[0] === "string" ? nodes[0] : nodes;
}
