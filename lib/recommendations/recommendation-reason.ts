/**
 * Why a paper is recommended, stored as one short string per paper (ReaderRecommendations.reasons)
 * so that a person's list is one row: the saved or upvoted paper it is most like, or the category
 * a new reader chose to start from.
 */
export type RecommendationReason =
  { kind: "saved"; paperId: string; collectionId: string } | { kind: "upvoted"; paperId: string } | { kind: "category"; category: string };

export function encodeReason(reason: RecommendationReason): string {
  switch (reason.kind) {
    case "saved":
      return `saved:${reason.paperId}:${reason.collectionId}`;
    case "upvoted":
      return `upvoted:${reason.paperId}`;
    case "category":
      return `category:${reason.category}`;
  }
}

/** Null for anything this version did not write (the row is rewritten at the next training). */
export function decodeReason(text: string): RecommendationReason | null {
  const [kind, first, second, ...rest] = text.split(":");
  if (rest.length > 0 || !first) return null;
  if (kind === "saved" && second) return { kind, paperId: first, collectionId: second };
  if (kind === "upvoted" && second === undefined) return { kind, paperId: first };
  // Categories hold dots, never colons (lib/papers/arxiv-category.ts).
  if (kind === "category" && second === undefined) return { kind, category: first };
  return null;
}
