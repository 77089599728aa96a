// The sitemap on the real database: every file within its size, every public page listed once, nothing
// private. Next's data cache needs a running server, so it is a pass-through here, as in the route tests.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

import { GET as getIndex } from "@/app/sitemap.xml/route";
import { GET as getFile } from "@/app/sitemap/[file]/route";
import { getSitemapFile, getSitemapPlan } from "@/lib/sitemap/get-sitemap";
import { SITEMAP_PAGE_SIZE } from "@/lib/sitemap/plan-sitemap";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";

const APP = process.env.APP_URL ?? "http://localhost:3000";

let paperPaths: string[] = [];
let publicCollectionPaths: string[] = [];
let hiddenCollectionPaths: string[] = [];

// Days chosen so that the week and month views are known by hand: 2025-03-03 is a Monday and
// 2025-03-09 the Sunday of the same ISO week (W10); 2025-04-01 is in W14. A paper of 1970 is outside
// the years the date pages accept, so its day, week and month must not be listed.
const LISTED = ["2025-03-03T00:00:00Z", "2025-03-09T23:59:59Z", "2025-03-09T08:00:00Z", "2025-04-01T12:00:00Z", "1970-01-01T00:00:00Z"];
const SITE_PAGES = [
  "/",
  "/about",
  "/papers/date/2025-03-03",
  "/papers/date/2025-03-09",
  "/papers/date/2025-04-01",
  "/papers/week/2025-W10",
  "/papers/week/2025-W14",
  "/papers/month/2025-03",
  "/papers/month/2025-04",
];

beforeAll(async () => {
  await resetDb();
  const papers = [];
  for (let i = 0; i < 23; i++) papers.push(await createTestPaper({ listedAt: new Date(LISTED[i % LISTED.length]!) }));
  paperPaths = papers.map((paper) => `/papers/${paper.slug}`);
  const [owner] = await createTestUsers(1, "sitemap");
  const visibilities = ["PUBLIC", "PRIVATE", "UNLISTED", "PUBLIC", "PUBLIC", "PRIVATE", "PUBLIC", "UNLISTED", "PUBLIC"] as const;
  const collections = await Promise.all(
    visibilities.map((visibility, i) =>
      testDb().collection.create({
        data: {
          ownerId: owner!,
          title: `Collection ${i}`,
          visibility,
          shareToken: visibility === "UNLISTED" ? `token-${i}-`.padEnd(32, "x") : null,
        },
      }),
    ),
  );
  publicCollectionPaths = collections.filter((c) => c.visibility === "PUBLIC").map((c) => `/collections/${c.id}`);
  hiddenCollectionPaths = collections.filter((c) => c.visibility !== "PUBLIC").map((c) => `/collections/${c.id}`);
});

/** Every path in every file of the sitemap, read through the plan as the index lists it. */
async function readAll(pageSize: number) {
  const plan = await getSitemapPlan(pageSize);
  const files = await Promise.all(plan.map(async (file) => ({ name: file.name, entries: (await getSitemapFile(file.name, pageSize))! })));
  return { plan, files, paths: files.flatMap((file) => file.entries.map((entry) => entry.path)) };
}

describe("the sitemap's files, at a small page size", () => {
  it.each([4, 5, 9, 100])("hold at most %i URLs each, every public page exactly once and nothing else", async (pageSize) => {
    const { plan, files, paths } = await readAll(pageSize);
    for (const file of files) {
      expect(file.entries.length, file.name).toBeGreaterThan(0);
      expect(file.entries.length, file.name).toBeLessThanOrEqual(pageSize);
    }
    expect(plan.filter((file) => file.section === "papers")).toHaveLength(Math.ceil(paperPaths.length / pageSize));
    expect(plan.filter((file) => file.section === "collections")).toHaveLength(Math.ceil(publicCollectionPaths.length / pageSize));
    expect(plan.filter((file) => file.section === "pages")).toHaveLength(Math.ceil(SITE_PAGES.length / pageSize));
    expect(paths).toHaveLength(new Set(paths).size);
    expect(new Set(paths)).toEqual(new Set([...SITE_PAGES, ...paperPaths, ...publicCollectionPaths]));
    for (const hidden of hiddenCollectionPaths) expect(paths).not.toContain(hidden);
  });

  it("gives papers and collections the time they last changed", async () => {
    const { files } = await readAll(100);
    const paper = await testDb().paper.findFirstOrThrow({ select: { slug: true, updatedAt: true } });
    const entry = files.flatMap((file) => file.entries).find((e) => e.path === `/papers/${paper.slug}`);
    expect(entry?.lastModified).toBe(paper.updatedAt.toISOString());
  });

  it("has no file past the last one", async () => {
    const plan = await getSitemapPlan(4);
    const last = plan.filter((file) => file.section === "papers").length;
    expect(await getSitemapFile(`papers-${last}`, 4)).toBeNull();
    expect(await getSitemapFile("secrets-0", 4)).toBeNull();
  });
});

/** The <loc>s of an XML document. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
}

describe("past 50,000 URLs", () => {
  const BULK = SITEMAP_PAGE_SIZE + 1;

  beforeAll(async () => {
    // One statement; ids ordered so that the new papers split across the first file's boundary.
    await testDb().$executeRaw`
      INSERT INTO "Paper" ("id", "slug", "title", "abstract", "listedAt", "updatedAt")
      SELECT 'bulk-' || lpad(i::text, 6, '0'), 'bulk-paper-' || i, 'Bulk paper', 'Made for the sitemap test.',
             timestamp '2024-06-01' + (i % 7) * interval '1 day', now()
      FROM generate_series(1, ${BULK}) AS i`;
  }, 120_000);

  it("/sitemap.xml is an index of files of at most 50,000 URLs, which list every paper once", async () => {
    const index = await getIndex(new Request(`${APP}/sitemap.xml`));
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toContain("application/xml");
    const xml = await index.text();
    expect(xml).toContain("<sitemapindex");
    const fileUrls = locs(xml);
    expect(fileUrls.filter((url) => url.includes("/sitemap/papers-"))).toHaveLength(2);

    const seen: string[] = [];
    for (const url of fileUrls) {
      const file = url.slice(url.lastIndexOf("/") + 1);
      const response = await getFile(new Request(url), { params: Promise.resolve({ file }) });
      expect(response.status, url).toBe(200);
      const urls = locs(await response.text());
      expect(urls.length, url).toBeLessThanOrEqual(SITEMAP_PAGE_SIZE);
      seen.push(...urls);
    }
    const papers = seen.filter((url) => url.includes("/papers/") && !/\/papers\/(date|week|month)\//.test(url));
    expect(papers).toHaveLength(BULK + paperPaths.length);
    expect(new Set(papers).size).toBe(papers.length);
    expect(seen).toContain(`${APP.replace(/\/$/, "")}/papers/bulk-paper-${BULK}`);
    expect(seen).toContain(`${APP.replace(/\/$/, "")}/papers/date/2024-06-07`);
  }, 60_000);

  it("answers 404 for a file it does not list", async () => {
    for (const file of ["papers-2.xml", "papers-0", "../papers-0.xml", "pages-99999999.xml"]) {
      const response = await getFile(new Request(`${APP}/sitemap/${file}`), { params: Promise.resolve({ file }) });
      expect(response.status, file).toBe(404);
      expect(await response.json()).toHaveProperty("error");
    }
  });
});
