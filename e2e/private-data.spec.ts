import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { createPapers } from "./helpers/papers";

// A collection that leaves public view must vanish from every cached page and the public API on
// the very next request, not after one more stale serving.
//
// Each test lists its collection on a paper of its own: Next stamps a cached page when its render
// ends, so a render that read the database before the change and finished after it would be kept
// as fresh. Sibling tests polling one shared paper page made exactly that render (CI, stop 17).

async function publicCollection(page: Page): Promise<{ id: string; title: string; paperSlug: string }> {
  const paper = (await createPapers(1)).papers[0]!;
  const title = `Public reading ${randomBytes(4).toString("hex")}`;
  const created = await page.request.post("/api/me/collections", { data: { title, visibility: "PUBLIC", paperId: paper.id } });
  expect(created.status(), await created.text()).toBe(201);
  const { collection } = (await created.json()) as { collection: { id: string } };
  return { id: collection.id, title, paperSlug: paper.slug };
}

async function publicListing(request: APIRequestContext): Promise<string> {
  // Every page of the public API, so the check does not depend on what parallel tests created.
  let text = "";
  let cursor: string | null = null;
  do {
    const response = await request.get(`/api/collections?limit=50${cursor ? `&cursor=${cursor}` : ""}`);
    const body = (await response.json()) as { nextCursor: string | null };
    text += JSON.stringify(body);
    cursor = body.nextCursor;
  } while (cursor);
  return text;
}

async function pageText(request: APIRequestContext, path: string): Promise<string> {
  return (await request.get(path)).text();
}

for (const change of ["made private", "made unlisted", "deleted"] as const) {
  test(`a public collection ${change} is gone from cached pages at once`, async ({ page, playwright }) => {
    const user = await signUpAndSignIn(page);
    const { id, title, paperSlug } = await publicCollection(page);
    const visitor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const profile = `/u/${user.username}`;
    const paperPage = `/papers/${paperSlug}`;
    // Rendered and cached with the collection in it. A new public collection may be served stale
    // once while the pages refresh (that is fine for additions), so wait until it shows, then once
    // more from the cache.
    for (const read of [() => pageText(visitor, profile), () => pageText(visitor, paperPage), () => publicListing(visitor)]) {
      await expect.poll(read).toContain(title);
      expect(await read()).toContain(title);
    }

    const answer =
      change === "deleted"
        ? await page.request.delete(`/api/me/collections/${id}`)
        : await page.request.patch(`/api/me/collections/${id}`, {
            data: { visibility: change === "made private" ? "PRIVATE" : "UNLISTED" },
          });
    expect(answer.ok(), await answer.text()).toBe(true);
    // Someone saving to a public collection right after refreshes the same pages in the background;
    // that must not undo the expiry (it did: lib/cache/keep-tag-expiry.js).
    await publicCollection(page);

    // The very next request of each: no stale copy.
    expect(await pageText(visitor, profile)).not.toContain(title);
    expect(await pageText(visitor, paperPage)).not.toContain(title);
    expect(await publicListing(visitor)).not.toContain(title);
    await visitor.dispose();
  });
}
