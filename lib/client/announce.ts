/** The page's one polite live region, in app/layout.tsx (not role="status": it is nobody's form status). */
export const ANNOUNCER_ID = "announcer";

/**
 * Tells screen-reader users what a button did, through the page's one live region, so thirty
 * Save buttons on a feed need not each carry an empty region in the HTML. The text changes a
 * moment after being cleared, so a repeated message is announced again.
 */
export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  region.textContent = "";
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}
