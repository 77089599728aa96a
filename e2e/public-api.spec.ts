import { expect, test } from "@playwright/test";
import { collectionPageSchema } from "../lib/api/collections-schemas";
import { paperDetailSchema, paperPageSchema, searchResultSchema } from "../lib/api/papers-schemas";
import { createPapers } from "./helpers/papers";

/** The ISO week of a day, as `2025-W44`: the week of its Thursday, counted from that year's first. */
function isoWeek(date: Date): string {
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const dayOfYear = (thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000;
  return `${thursday.getUTCFullYear()}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, "0")}`;
}

test.describe("public API", () => {
  test("publishes an OpenAPI 3.1 document of itself", async ({ request }) => {
    const response = await request.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/papers", "/api/papers/{id}", "/api/papers/search", "/api/collections"]),
    );
    expect(doc.components.schemas.PaperSummary.required).toContain("listedAt");
  });

  test("answers exactly what it documents", async ({ request }) => {
    const page = paperPageSchema.parse(await (await request.get("/api/papers?limit=5")).json());
    expect(page.papers).toHaveLength(5);
    const detail = paperDetailSchema.parse(await (await request.get(`/api/papers/${page.papers[0]!.id}`)).json());
    expect(detail.id).toBe(page.papers[0]!.id);
    collectionPageSchema.parse(await (await request.get("/api/collections")).json());
    const found = searchResultSchema.parse(await (await request.get("/api/papers/search?q=attention&limit=3")).json());
    expect(found.papers.length).toBeGreaterThan(0);
  });

  test("allows cross-origin reads, with a preflight", async ({ request }) => {
    const get = await request.get("/api/papers?limit=1", { headers: { Origin: "https://elsewhere.example" } });
    expect(get.headers()["access-control-allow-origin"]).toBe("*");
    expect(get.headers()["access-control-expose-headers"]).toBe("Link");
    const preflight = await request.fetch("/api/papers?limit=1", {
      method: "OPTIONS",
      headers: {
        Origin: "https://elsewhere.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(preflight.status()).toBeLessThan(300);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
    expect(preflight.headers()["access-control-allow-headers"]).toMatch(/content-type/i);
    const bad = await request.get("/api/papers?limit=0", { headers: { Origin: "https://elsewhere.example" } });
    expect(bad.status()).toBe(400);
    expect(bad.headers()["access-control-allow-origin"]).toBe("*");
  });

  test("pages with Link headers that lead through every paper of a month", async ({ request }) => {
    const mine = await createPapers(5, (i) => ({ daysEarlier: i * 3 }));
    const month = mine.day.slice(0, 7);
    let url = `/api/papers?month=${month}&sort=new&limit=2`;
    const ids: string[] = [];
    let first: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const response = await request.get(url);
      const body = paperPageSchema.parse(await response.json());
      for (const paper of body.papers) expect(paper.listedAt.slice(0, 7)).toBe(month);
      ids.push(...body.papers.map((p) => p.id));
      const link = response.headers()["link"];
      if (pages > 0) first = /<([^>]+)>; rel="first"/.exec(link ?? "")?.[1];
      const next = /<([^>]+)>; rel="next"/.exec(link ?? "")?.[1];
      if (!next) {
        expect(body.nextCursor).toBeNull();
        break;
      }
      expect(next).toBe(`/api/papers?month=${month}&sort=new&limit=2&cursor=${body.nextCursor}`);
      url = next;
    }
    expect(first).toBe(`/api/papers?month=${month}&sort=new&limit=2`);
    // Every paper of the month once, newest first.
    expect(ids).toEqual(mine.papers.map((p) => p.id));
  });

  test("filters by day and week", async ({ request }) => {
    // Two on the day, one three days earlier in the same ISO week, one in the week before.
    const mine = await createPapers(4, (i) => ({ daysEarlier: [0, 0, 3, 7][i], upvotes: i }));
    const [a, b, c] = mine.papers;
    const day = paperPageSchema.parse(await (await request.get(`/api/papers?date=${mine.day}&sort=top`)).json());
    expect(day.papers.map((p) => p.id)).toEqual([b!.id, a!.id]);
    const monday = new Date(`${mine.day}T00:00:00Z`);
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    const week = paperPageSchema.parse(await (await request.get(`/api/papers?week=${isoWeek(monday)}&sort=top`)).json());
    expect(week.papers.map((p) => p.id)).toEqual(
      [a!, b!, c!]
        .filter((p) => p.listedAt >= monday)
        .sort((x, y) => y.upvotes - x.upvotes)
        .map((p) => p.id),
    );
  });

  for (const [query, message] of [
    ["category=not%20one", "category: must be an arXiv category like cs.LG"],
    ["date=2025-02-30", "date: must be a day like 2025-10-29"],
    ["week=2025-W99", "week: must be an ISO week like 2025-W44"],
    ["month=2025-13", "month: must be a month like 2025-10"],
    ["date=2025-10-29&month=2025-10", "give only one of date, week and month"],
  ]) {
    test(`answers 400 for ${query}`, async ({ request }) => {
      const response = await request.get(`/api/papers?${query}`);
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({ error: message });
    });
  }

  test("answers 400 for bad collection paging", async ({ request }) => {
    for (const [query, message] of [
      ["limit=51", "limit: must be at most 50"],
      ["cursor=bm9wZQ", "cursor: cursor is not valid; use the nextCursor of a previous page"],
    ]) {
      const response = await request.get(`/api/collections?${query}`);
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({ error: message });
    }
  });
});
