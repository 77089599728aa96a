/** Tags of Next's data cache. Every write that changes what a page shows revalidates its tags. */
export const PAPERS_TAG = "papers";

export function paperTag(id: string) {
  return `paper:${id}`;
}
