import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { createPapers } from "./helpers/papers";

// What public/ and the metadata routes give browsers, search engines and link previews: icons and the
// manifest, robots.txt, the sitemap, and the social cards of papers and shared collections.

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], "a PNG signature").toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectPng(response: APIResponse, width: number, height: number) {
  expect(response.status(), response.url()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await response.body())).toEqual({ width, height });
}

/** The <loc>s of a sitemap document. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
}

/** Every URL of the sitemap, read from the index and each file it lists. */
async function sitemapUrls(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  expect(index.headers()["content-type"]).toContain("application/xml");
  const files = locs(await index.text());
  expect(files.length).toBeGreaterThan(0);
  const urls: string[] = [];
  for (const file of files) {
    expect(file.startsWith(`${baseURL}/sitemap/`), file).toBe(true);
    const response = await request.get(file.slice(baseURL.length));
    expect(response.status(), file).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    urls.push(...locs(xml));
  }
  return urls;
}

// Pages rendered per request stream their metadata into the body for browsers; link-preview bots get
// it in the head (Next's htmlLimitedBots), which the shared collection's test checks as Twitterbot.
async function metaContent(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).first().getAttribute("content");
}

test("the manifest parses, and its icons exist with their types and sizes", async ({ page, request }) => {
  await page.goto("/about");
  const href = await page.locator('head link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ short_name: "Papershelf", start_url: "/", display: "standalone" });
  expect(manifest.name).toContain("Papershelf");
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  for (const purpose of ["any", "maskable"]) {
    for (const size of ["192x192", "512x512"]) {
      expect(manifest.icons.some((icon) => icon.purpose === purpose && icon.sizes === size && icon.type === "image/png")).toBe(true);
    }
  }
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toBe(icon.type);
    if (icon.type === "image/png") {
      const [width, height] = icon.sizes.split("x").map(Number);
      expect(pngSize(await file.body()), icon.src).toEqual({ width, height });
    } else {
      expect(await file.text()).toMatch(/^<svg[^>]*viewBox="0 0 32 32"/);
    }
  }
});

test("every page's head links the favicon, the Apple icon and theme colours for light and dark", async ({ page, request }) => {
  await page.goto("/");
  const favicon = await page.locator('head link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  const svg = await request.get(favicon!);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml");
  expect(await svg.text()).toContain("prefers-color-scheme: dark");
  const apple = await page.locator('head link[rel="apple-touch-icon"]').getAttribute("href");
  await expectPng(await request.get(apple!), 180, 180);
  const themes = await page
    .locator('head meta[name="theme-color"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute("media")));
  expect(themes).toEqual(["(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"]);
  // For clients that ask without reading the page.
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test("robots.txt keeps crawlers out of personal pages and the API, and names the sitemap", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const lines = (await response.text()).split("\n");
  expect(lines).toContain("User-Agent: *");
  for (const path of ["/api/", "/settings", "/search"]) expect(lines).toContain(`Disallow: ${path}`);
  expect(lines).not.toContain("Disallow: /c/");
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the sitemap lists papers, date views and public collections, and no private or unlisted one", async ({ page, baseURL }) => {
  const { papers, day } = await createPapers(2);
  await signUpAndSignIn(page);
  const collections: Record<string, { id: string; shareToken: string | null }> = {};
  for (const visibility of ["PUBLIC", "PRIVATE", "UNLISTED"]) {
    const created = await page.request.post("/api/me/collections", { data: { title: `A ${visibility} one`, visibility } });
    expect(created.status(), await created.text()).toBe(201);
    collections[visibility] = ((await created.json()) as { collection: { id: string; shareToken: string | null } }).collection;
  }
  const shared = await page.request.post(`/api/me/collections/${collections.UNLISTED!.id}/share`, { data: {} });
  const token = ((await shared.json()) as { collection: { shareToken: string } }).collection.shareToken;

  const urls = await sitemapUrls(page.request, baseURL!);
  for (const paper of papers) expect(urls).toContain(`${baseURL}/papers/${paper.slug}`);
  expect(urls).toContain(`${baseURL}/papers/date/${day}`);
  expect(urls).toContain(`${baseURL}/papers/month/${day.slice(0, 7)}`);
  expect(urls).toContain(`${baseURL}/collections/${collections.PUBLIC!.id}`);
  expect(urls).not.toContain(`${baseURL}/collections/${collections.PRIVATE!.id}`);
  expect(urls).not.toContain(`${baseURL}/collections/${collections.UNLISTED!.id}`);
  expect(urls.filter((url) => url.includes(token) || url.includes("/c/"))).toEqual([]);
  expect(new Set(urls).size).toBe(urls.length);
});

test("a paper page's social card is a 1200×630 PNG, rendered once and then served from the cache", async ({ page, request, baseURL }) => {
  const { papers } = await createPapers(1, () => ({ upvotes: 7 }));
  await page.goto(`/papers/${papers[0]!.slug}`);
  const image = await metaContent(page, 'meta[property="og:image"]');
  expect(image).toMatch(new RegExp(`^${baseURL}/papers/${papers[0]!.slug}/opengraph-image`));
  expect(await metaContent(page, 'meta[name="twitter:image"]')).toBe(image);
  expect(await metaContent(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
  expect(await metaContent(page, 'meta[property="og:image:width"]')).toBe("1200");

  const path = image!.slice(baseURL!.length);
  await expectPng(await request.get(path), 1200, 630);
  const again = await request.get(path);
  await expectPng(again, 1200, 630);
  // STALE when another test's vote revalidated the papers tag in between: still no render on this request.
  expect(["HIT", "STALE"]).toContain(again.headers()["x-nextjs-cache"]);
});

test("a shared collection's social card stays out of shared caches and stops with the link", async ({ page, baseURL }) => {
  const { papers } = await createPapers(2);
  await signUpAndSignIn(page);
  const created = await page.request.post("/api/me/collections", { data: { title: "Cards to share", paperId: papers[0]!.id } });
  const { id } = ((await created.json()) as { collection: { id: string } }).collection;
  const shared = await page.request.post(`/api/me/collections/${id}/share`, { data: {} });
  const token = ((await shared.json()) as { collection: { shareToken: string } }).collection.shareToken;

  await page.goto(`/c/${token}`);
  const image = await metaContent(page, 'meta[property="og:image"]');
  expect(image).toMatch(new RegExp(`^${baseURL}/c/${token}/opengraph-image`));
  expect(await metaContent(page, 'meta[name="twitter:image"]')).toBe(image);
  const asBot = await page.request.get(`/c/${token}`, { headers: { "User-Agent": "Twitterbot/1.0" } });
  const head = (await asBot.text()).split("</head>")[0]!;
  expect(head).toContain(`<meta property="og:image" content="${image}"/>`);

  const path = image!.slice(baseURL!.length);
  const card = await page.request.get(path);
  await expectPng(card, 1200, 630);
  expect(card.headers()["cache-control"]).toBe("private, no-store");

  expect((await page.request.delete(`/api/me/collections/${id}/share`)).status()).toBe(200);
  const stopped = await page.request.get(path);
  expect(stopped.status()).toBe(404);
  expect(stopped.headers()["cache-control"]).toBe("private, no-store");
});
