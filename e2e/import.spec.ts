import { expect, test } from "@playwright/test";
import { startFakeUpstream, type FakeUpstream } from "../tests/fake-upstream";
import { recordedApiPort } from "./helpers/app-env";
import { signUpAndSignIn } from "./helpers/auth";
import { runScript } from "./helpers/cli";

// The app's ARXIV_API_URL / HF_API_URL point here (playwright.config.ts); one server for the file.
test.describe.configure({ mode: "serial" });
let upstream: FakeUpstream;
test.beforeAll(async () => {
  upstream = await startFakeUpstream(recordedApiPort(Number(process.env.E2E_PORT ?? 3210)));
});
test.afterAll(() => upstream.close());

test.describe("importing papers", () => {
  test("a signed-in reader submits a paper by URL; it shows with its submitter, categories and feeds", async ({ page }) => {
    const user = await signUpAndSignIn(page);
    await page.goto("/submit");
    await expect(page.getByRole("heading", { level: 1, name: "Submit a paper" })).toBeVisible();
    await page.getByLabel("arXiv id or link").fill("not a paper");
    await page.getByRole("button", { name: "Submit paper" }).click();
    await expect(page.getByText("enter an arXiv id like 2310.06825")).toBeVisible();

    await page.getByLabel("arXiv id or link").fill("https://arxiv.org/abs/2501.00001v2");
    await page.getByRole("button", { name: "Submit paper" }).click();
    const title = 'Escaping & <Markup> in "Titles": Robust $\\alpha$-Retrieval for Test Fixtures';
    await expect(page.getByRole("status")).toContainText("Added:");
    await page.getByRole("status").getByRole("link", { name: title }).click();

    // On the page its TeX is math: the heading shows α, and says "alpha".
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText('Escaping & <Markup> in "Titles": Robust α-Retrieval for Test Fixtures');
    await expect(heading.locator("math")).toHaveAccessibleName("alpha");
    await expect(page.getByText("José Müller-Łukasiewicz, Ada O'Neil")).toBeVisible();
    await expect(page.getByText("Submitted by")).toBeVisible();
    await expect(page.getByRole("link", { name: user.name })).toHaveAttribute("href", `/u/${user.username}`);
    await expect(page.getByRole("link", { name: "PDF" })).toHaveAttribute("href", "https://arxiv.org/pdf/2501.00001v2");

    // The category filter: the feed of cs.DL has it, with chips that lead to the filter.
    await page.goto("/?category=cs.DL&sort=new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("New papers in cs.DL");
    const card = page.getByRole("article").filter({ hasText: "Escaping" });
    await expect(card).toHaveCount(1);
    await expect(page.getByRole("article")).toHaveCount(1);
    await card.getByRole("link", { name: "cs.IR" }).click();
    await expect(page).toHaveURL(/\/\?category=cs\.IR$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trending papers in cs.IR");
    await page.getByRole("navigation", { name: "Sort papers" }).getByRole("link", { name: "Top" }).click();
    await expect(page).toHaveURL(/\?sort=top&category=cs\.IR$/);
    await expect(page.getByRole("article")).toHaveCount(1);
    await page.getByRole("link", { name: "All categories" }).click();
    await expect(page).toHaveURL(/\?sort=top$/);
    await expect(page.getByRole("article")).toHaveCount(30);

    // Submitting it again updates, never duplicates.
    await page.goto("/submit");
    await page.getByLabel("arXiv id or link").fill("2501.00001");
    await page.getByRole("button", { name: "Submit paper" }).click();
    await expect(page.getByRole("status")).toContainText("Already here, now up to date");
    const api = await (await page.request.get("/api/papers?category=cs.IR&limit=5")).json();
    expect(api.papers.filter((p: { arxivId: string }) => p.arxivId === "2501.00001")).toHaveLength(1);
  });

  test("answers errors in plain words", async ({ page, request }) => {
    const anonymous = await request.post("/api/papers/import", { data: { arxiv: "2310.06825" } });
    expect(anonymous.status()).toBe(401);
    await signUpAndSignIn(page);
    for (const [arxiv, status, message] of [
      ["2310.99999", 404, "arXiv has no paper 2310.99999."],
      ["bogus", 400, "arxiv: enter an arXiv id like 2310.06825 or a link like https://arxiv.org/abs/2310.06825"],
    ] as const) {
      const response = await page.request.post("/api/papers/import", { data: { arxiv } });
      expect(response.status()).toBe(status);
      expect(await response.json()).toEqual({ error: message });
    }
    upstream.script({ status: 503, headers: { "retry-after": "0" } }, { status: 503, headers: { "retry-after": "0" } });
    const down = await page.request.post("/api/papers/import", { data: { arxiv: "2310.06825" } });
    expect(down.status()).toBe(502);
    expect((await down.json()).error).toMatch(
      /^Could not get the paper from arXiv: the arXiv API answered HTTP 503 .*gave up after 2 attempts/,
    );
  });

  test("sends people who are not signed in to sign in", async ({ page }) => {
    await page.goto("/submit");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsubmit$/);
  });

  test("npm run import pulls arXiv papers and a Hugging Face listing into the running app", async ({ request }) => {
    const arxiv = await runScript("import", ["arxiv", "hep-th/9711200", "https://arxiv.org/pdf/1706.03762v7"], {
      ARXIV_API_URL: upstream.arxivApiUrl,
    });
    expect(arxiv.stderr).toBe("");
    expect(arxiv.stdout).toContain("2 papers imported: 2 new, 0 updated.");
    const hf = await runScript("import", ["hf", "2023-10-11"], { HF_API_URL: upstream.hfApiUrl });
    expect(hf.stdout).toContain("2 papers imported");

    // A page nothing has cached yet shows them at once.
    const page = await (await request.get("/api/papers?category=hep-th&limit=3&sort=new")).json();
    expect(page.papers.map((p: { arxivId: string }) => p.arxivId)).toEqual(["hep-th/9711200"]);
    const day = await (await request.get("/api/papers?date=2023-10-11&limit=9")).json();
    expect(day.papers.map((p: { title: string }) => p.title).sort()).toEqual([
      "A Hand-Written Daily Papers Item for Import Tests",
      "Mistral 7B",
    ]);
  });
});
