import { expect, test } from "@playwright/test";

// Every kind of response: a cached page, a dynamic page, the public API, a feed, a per-user API
// answer, a 404 and a static asset found in the page.
const paths = ["/", "/search?q=attention", "/api/papers?limit=1", "/feed.xml", "/api/me", "/no-such-page"];

test.describe("security headers", () => {
  for (const path of paths) {
    test(`are on ${path}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"]).toBe("DENY");
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain("unsafe-eval");
      // Served over plain http, HSTS would be ignored; it is only sent behind https.
      expect(headers["strict-transport-security"]).toBeUndefined();
    });
  }

  test("HSTS is sent when a TLS-terminating proxy forwarded the request", async ({ request }) => {
    const response = await request.get("/api/papers?limit=1", { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  });

  test("are on static assets, and the policy lets the app run without violations", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/");
    await expect(page.getByRole("article").first()).toBeVisible();
    const script = await page.locator("script[src]").first().getAttribute("src");
    expect(script).toBeTruthy();
    const asset = await page.request.get(script!);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
    // Hydrated: a client-side navigation works under the policy.
    await page.getByRole("navigation", { name: "Sort papers" }).getByRole("link", { name: "New" }).click();
    await expect(page).toHaveURL(/\?sort=new$/);
    await page.goto("/search?q=attention");
    await expect(page.getByRole("article").first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("a page cannot be framed by another site", async ({ page }) => {
    // A data: URL is another origin. Chromium replaces a refused frame with its error page.
    const appUrl = new URL("/", test.info().project.use.baseURL).toString();
    await page.goto(`data:text/html,<iframe src="${appUrl}"></iframe>`);
    await expect
      .poll(() =>
        page
          .frames()
          .find((frame) => frame !== page.mainFrame())
          ?.url(),
      )
      .toMatch(/^chrome-error:/);
  });
});
