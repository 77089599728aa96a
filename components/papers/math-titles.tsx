import type { ReactNode } from "react";
import { MathText } from "@/components/papers/math-text";
import { splitMath } from "@/lib/papers/split-math";

/** Server-rendered titles (see MathText) of the papers whose titles hold math, by paper id. */
export type MathTitles = Partial<Record<string, ReactNode>>;

/**
 * For client components that list papers (a collection's items): they cannot run KaTeX, so the
 * server page renders the titles with math and hands them down. Undefined when no title has math,
 * so that such pages carry nothing extra; the others show their titles as text anyway.
 */
export function renderMathTitles(papers: { id: string; title: string }[]): MathTitles | undefined {
  const withMath = papers.filter((paper) => splitMath(paper.title).some((segment) => segment.kind === "math"));
  if (withMath.length === 0) return undefined;
  return Object.fromEntries(withMath.map((paper) => [paper.id, <MathText key={paper.id} text={paper.title} />]));
}
