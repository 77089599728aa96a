/**
 * The id of a paper's heading on any page that lists or shows it. The card's "more" is described
 * by it, and a form posted without script comes back to it (`/…#paper-<id>`), so the reader
 * lands on the card they pressed.
 */
export function paperAnchor(paperId: string): string {
  return `paper-${paperId}`;
}
