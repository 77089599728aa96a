import type { Page } from "@playwright/test";

/** How many pixels the page is wider than its viewport: anything above 0 scrolls sideways on a phone. */
export function measureSidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
