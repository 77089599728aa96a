import { expect, test } from "@playwright/test";

test.describe("JSON API", () => {
  test("pages through every paper with cursors", async ({ request }) => {
    const ids = new Set<string>();
    let seen = 0;
    let url = "/api/papers?sort=new&limit=40";
    for (;;) {
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { papers: { id: string }[]; nextCursor: string | null };
      body.papers.forEach((p) => ids.add(p.id));
      seen += body.papers.length;
      if (!body.nextCursor) break;
      url = `/api/papers?sort=new&limit=40&cursor=${body.nextCursor}`;
    }
    // Every seed paper, each once (imports running in parallel may add more).
    expect(ids.size).toBeGreaterThanOrEqual(90);
    expect(ids.size).toBe(seen);
  });

  test("returns one paper by id, and 404 JSON for an unknown one", async ({ request }) => {
    const list = await (await request.get("/api/papers?limit=1")).json();
    const id = list.papers[0].id as string;
    const one = await request.get(`/api/papers/${id}`);
    expect(one.status()).toBe(200);
    expect((await one.json()).id).toBe(id);
    const missing = await request.get("/api/papers/does-not-exist");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual({ error: "no paper has this id" });
  });

  for (const [query, message] of [
    ["limit=0", "limit: must be at least 1"],
    ["limit=101", "limit: must be at most 100"],
    ["limit=abc", "limit: must be a whole number from 1 to 100"],
    ["sort=hot", "sort: must be one of trending, top, new"],
    ["cursor=%00", "cursor: must be the nextCursor of a previous response"],
    ["cursor=bm9wZQ", "cursor: cursor is not valid for this sort; use the nextCursor of a previous page"],
    ["limit=1&limit=2", "limit: give it once"],
  ]) {
    test(`answers 400 for ${query}`, async ({ request }) => {
      const response = await request.get(`/api/papers?${query}`);
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({ error: message });
    });
  }
});
