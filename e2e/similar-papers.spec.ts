import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { similarPapersSchema } from "../lib/api/discovery-schemas";
import { apiErrorSchema } from "../lib/api/api-registry";
import { runScript } from "./helpers/cli";
import { createPapers } from "./helpers/papers";
import { measureSidewaysOverflow } from "./helpers/sideways-overflow";

// Two topics of this test's own, each with a made-up word of its own; the similar-papers job run
// as an operator runs it (`npm run jobs -- run similar-papers`), since the server's worker would
// only reach them at its next five-minute run.
async function createTopics() {
  const quantum = await createPapers(7, (i, word) => ({
    title: `${word} lattice surgery for surface code quantum error correction, study ${i + 1}`,
    abstract: `We reduce the qubit overhead of quantum error correction with ${word} lattice surgery on surface codes. Logical qubits and magic state distillation ${i % 2 ? "scale" : "improve"} in variant ${i + 1}.`,
    authors: ["Lena Qubit", `Author Q${i}`],
  }));
  const robots = await createPapers(6, (i, word) => ({
    title: `${word} reward shaping for legged robot locomotion, study ${i + 1}`,
    abstract: `Legged robots learn locomotion over rough terrain with ${word} reward shaping and sim-to-real transfer; policy ${i + 1} walks further.`,
    authors: ["Rob Walker", `Author R${i}`],
  }));
  const run = await runScript("jobs", ["run", "similar-papers"]);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  // "no new papers" when a parallel test's run, begun after these papers were made, already listed them.
  expect(run.stdout).toMatch(/similar-papers: done in .*: ((full build|new papers): \d+ lists written|no new papers)/);
  return { quantum, robots };
}

test.describe("similar papers", () => {
  // Each test runs the job, which reads and vectorizes every paper of the suite's database.
  test.describe.configure({ timeout: 180_000 });

  test("a paper page lists similar papers on its topic, as plain links that work without script, on a phone, light and dark", async ({
    browser,
  }) => {
    const { quantum } = await createTopics();
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const [paper, ...others] = quantum.papers;
    await page.goto(`/papers/${paper!.slug}`);
    const section = page.getByRole("region", { name: "Similar papers" });
    const links = section.getByRole("link");
    await expect(links.first()).toBeVisible();
    const titles = await links.allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(5);
    // The six other papers of the topic come first; the robots, or other tests' papers, after.
    expect(
      titles.slice(0, 5).every((title) => others.some((other) => other.title === title)),
      titles.join("\n"),
    ).toBe(true);
    expect(titles).not.toContain(paper!.title);
    // Nothing wider than the phone.
    expect(await measureSidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await links.first().click();
    expect(others.map((other) => `/papers/${other.slug}`)).toContain(new URL(page.url()).pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[0]!);
    await context.close();

    // Readable in both color schemes (axe needs script, so in a page that has it).
    const withScript = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const styled = await withScript.newPage();
    await styled.goto(`/papers/${paper!.slug}`);
    await expect(styled.getByRole("region", { name: "Similar papers" }).getByRole("link").first()).toBeVisible();
    for (const colorScheme of ["light", "dark"] as const) {
      await styled.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page: styled }).include("section[aria-labelledby=similar-papers-heading]").analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
    }
    await withScript.close();
  });

  test("GET /api/papers/{id}/similar answers what it documents, and 400s and 404s bad requests", async ({ request }) => {
    const { quantum, robots } = await createTopics();
    const robot = robots.papers[0]!;
    const answer = await request.get(`/api/papers/${robot.id}/similar?limit=5`);
    expect(answer.status()).toBe(200);
    const { papers } = similarPapersSchema.parse(await answer.json());
    expect(papers).toHaveLength(5);
    const robotIds = new Set(robots.papers.map((p) => p.id));
    expect(papers.every((p) => robotIds.has(p.id) && p.id !== robot.id)).toBe(true);
    expect(papers.map((p) => p.similarity)).toEqual([...papers.map((p) => p.similarity)].sort((a, b) => b - a));

    const byDefault = similarPapersSchema.parse(await (await request.get(`/api/papers/${quantum.papers[0]!.id}/similar`)).json());
    expect(byDefault.papers.length).toBeGreaterThanOrEqual(6);
    expect(byDefault.papers.length).toBeLessThanOrEqual(10);

    for (const [query, message] of [
      ["limit=0", "limit: must be at least 1"],
      ["limit=51", "limit: must be at most 50"],
      ["limit=ten", "limit: must be a whole number from 1 to 50"],
    ] as const) {
      const bad = await request.get(`/api/papers/${robot.id}/similar?${query}`);
      expect(bad.status(), query).toBe(400);
      expect(apiErrorSchema.parse(await bad.json()).error, query).toBe(message);
    }
    const unknown = await request.get("/api/papers/no-such-paper/similar");
    expect(unknown.status()).toBe(404);
    expect(apiErrorSchema.parse(await unknown.json()).error).toBe("no paper has this id");
  });

  test("two operators running the job at once each see its result, whoever ran it", async () => {
    // The second finds the first's run waiting (and waits for it), or queues one of its own once
    // the first has begun: either way the run is done once per queued job and reported to both.
    const runs = await Promise.all([runScript("jobs", ["run", "similar-papers"]), runScript("jobs", ["run", "similar-papers"])]);
    for (const run of runs) {
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/similar-papers: done in .+: (full build|new papers|no new papers)/);
    }
  });
});
