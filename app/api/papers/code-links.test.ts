// Code links and Hugging Face's count through the public API, on the real database: served only as
// http(s), filtered by has_code, and a bad has_code is a 400 with a message, never a 500.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

import { GET as getPaper } from "@/app/api/papers/[id]/route";
import { GET as listPapers } from "@/app/api/papers/route";
import { GET as searchPapers } from "@/app/api/papers/search/route";
import { findSimilarTitles } from "@/lib/search/find-similar-titles";
import { paperDetailSchema, paperPageSchema, searchResultSchema, type PaperSummary } from "@/lib/api/papers-schemas";
import { createTestPaper, resetDb, testDb } from "@/tests/db";

type Links = Pick<PaperSummary, "codeUrl" | "codeStars" | "projectUrl" | "hfUpvotes">;

// What is stored, and what the API must serve for it.
const CASES: { title: string; stored: Links; served: Links }[] = [
  {
    title: "Quokka with code and a project page",
    stored: { codeUrl: "https://github.com/org/quokka", codeStars: 1234, projectUrl: "https://quokka.example/", hfUpvotes: 340 },
    served: { codeUrl: "https://github.com/org/quokka", codeStars: 1234, projectUrl: "https://quokka.example/", hfUpvotes: 340 },
  },
  {
    title: "Quokka with code and no stars",
    stored: { codeUrl: "http://gitlab.com/org/quokka", codeStars: null, projectUrl: null, hfUpvotes: 0 },
    served: { codeUrl: "http://gitlab.com/org/quokka", codeStars: null, projectUrl: null, hfUpvotes: 0 },
  },
  {
    title: "Quokka with links that are not web addresses",
    stored: { codeUrl: "javascript:alert(1)", codeStars: 99, projectUrl: "data:text/html,<script>alert(1)</script>", hfUpvotes: -5 },
    served: { codeUrl: null, codeStars: null, projectUrl: null, hfUpvotes: null },
  },
  {
    title: "Quokka without links",
    stored: { codeUrl: null, codeStars: null, projectUrl: null, hfUpvotes: null },
    served: { codeUrl: null, codeStars: null, projectUrl: null, hfUpvotes: null },
  },
];

const ids = new Map<string, string>();

beforeAll(async () => {
  await resetDb();
  for (const [index, { title, stored }] of CASES.entries()) {
    const paper = await createTestPaper({ title, categories: ["cs.LG"], upvotes: index, ...stored });
    ids.set(title, paper.id);
  }
});

const get = (handler: (request: Request) => Promise<Response>, path: string) => handler(new Request(`http://localhost${path}`));
const links = (paper: PaperSummary): Links => ({
  codeUrl: paper.codeUrl,
  codeStars: paper.codeStars,
  projectUrl: paper.projectUrl,
  hfUpvotes: paper.hfUpvotes,
});

describe("code and project links in the API", () => {
  it("serves them in /api/papers, only as http(s), with Hugging Face's count apart from ours", async () => {
    const response = await get(listPapers, "/api/papers?sort=top");
    expect(response.status).toBe(200);
    const page = paperPageSchema.parse(await response.json());
    expect(new Map(page.papers.map((p) => [p.title, links(p)]))).toEqual(new Map(CASES.map((c) => [c.title, c.served])));
    // Our own count is the paper's upvotes, untouched by Hugging Face's.
    expect(page.papers.find((p) => p.title === CASES[0]!.title)?.upvotes).toBe(0);
  });

  it.each(CASES)("serves them in /api/papers/{id}: $title", async ({ title, served }) => {
    const response = await getPaper(new Request(`http://localhost/api/papers/${ids.get(title)}`), {
      params: Promise.resolve({ id: ids.get(title)! }),
    } as never);
    expect(response.status).toBe(200);
    expect(links(paperDetailSchema.parse(await response.json()))).toEqual(served);
  });

  it("serves them in search results", async () => {
    const response = await get(searchPapers, "/api/papers/search?q=quokka&sort=top");
    expect(response.status).toBe(200);
    const result = searchResultSchema.parse(await response.json());
    expect(new Map(result.papers.map((p) => [p.title, links(p)]))).toEqual(new Map(CASES.map((c) => [c.title, c.served])));
  });

  it.each(["relevance", "new", "top"])("filters search results by has_code=1, page by page, sorted by %s", async (sort) => {
    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await get(
        searchPapers,
        `/api/papers/search?q=quokka&sort=${sort}&has_code=1&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(response.status).toBe(200);
      const result = searchResultSchema.parse(await response.json());
      titles.push(...result.papers.map((p) => p.title));
      cursor = result.nextCursor;
    } while (cursor);
    expect(titles.sort()).toEqual(
      CASES.filter((c) => c.served.codeUrl !== null)
        .map((c) => c.title)
        .sort(),
    );
  });

  it("filters search's fallbacks too: a misspelling's correction, and titles that only look similar", async () => {
    const all = searchResultSchema.parse(await (await get(searchPapers, "/api/papers/search?q=quokkka")).json());
    const withCode = searchResultSchema.parse(await (await get(searchPapers, "/api/papers/search?q=quokkka&has_code=1")).json());
    expect([all.fallback, withCode.fallback]).toEqual(["corrected", "corrected"]);
    expect(withCode.papers.map((p) => p.title).sort()).toEqual(
      CASES.filter((c) => c.served.codeUrl !== null)
        .map((c) => c.title)
        .sort(),
    );
    expect(all.papers).toHaveLength(CASES.length);
    const similar = await findSimilarTitles(testDb(), "quokka", 10, true);
    expect(similar.sort()).toEqual(
      CASES.filter((c) => c.served.codeUrl !== null)
        .map((c) => ids.get(c.title)!)
        .sort(),
    );
    expect(await findSimilarTitles(testDb(), "quokka", 10, false)).toHaveLength(CASES.length);
  });

  it("answers search's has_code=yes with a 400", async () => {
    const response = await get(searchPapers, "/api/papers/search?q=quokka&has_code=yes");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/^has_code: /);
  });

  it.each([
    ["has_code=1", CASES.filter((c) => c.served.codeUrl !== null)],
    ["has_code=1&category=cs.LG", CASES.filter((c) => c.served.codeUrl !== null)],
    ["has_code=1&category=cs.CL", []],
    ["has_code=0", CASES],
    ["", CASES],
  ])("/api/papers?%s lists exactly the papers it should", async (query, expected) => {
    const response = await get(listPapers, `/api/papers?sort=top&${query}`);
    expect(response.status).toBe(200);
    const page = paperPageSchema.parse(await response.json());
    expect(page.papers.map((p) => p.title).sort()).toEqual(expected.map((c) => c.title).sort());
  });

  it("pages through has_code=1 with the cursor and keeps the filter in the Link header", async () => {
    const first = await get(listPapers, "/api/papers?sort=top&has_code=1&limit=1");
    const page = paperPageSchema.parse(await first.json());
    expect(page.papers).toHaveLength(1);
    expect(first.headers.get("link")).toContain("has_code=1");
    const second = paperPageSchema.parse(
      await (await get(listPapers, `/api/papers?sort=top&has_code=1&limit=1&cursor=${page.nextCursor}`)).json(),
    );
    expect([...page.papers, ...second.papers].map((p) => p.codeUrl !== null)).toEqual([true, true]);
    expect(second.nextCursor).toBeNull();
  });

  it.each(["has_code=yes", "has_code=true", "has_code=2", "has_code=1&has_code=1"])(
    "answers ?%s with a 400 that says why",
    async (query) => {
      const response = await get(listPapers, `/api/papers?${query}`);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(/^has_code: /);
    },
  );
});
