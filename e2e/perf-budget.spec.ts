import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { measurePageWeight, type PageWeight } from "../bench/lib/page-weight";
import { createSampleCollection, publicSamplePages } from "../bench/lib/sample-pages";

// The performance budget (e2e/perf-budget.json): each main page's HTML and script chunks, measured on
// the production build this suite runs. A page over its budget fails, and so does a page far under
// it: a budget that is not tightened when a page shrinks would let it grow back unnoticed. Either
// way the fix is a deliberate change of the budget in the same commit; `npm run budget:update`
// (PERF_BUDGET_UPDATE=1) writes the measured sizes plus the file's headroom instead of checking.
//
// The pages are the seed's (bench/lib/sample-pages.ts), which the papers other tests add do not
// reach, with one exception: the arXiv import test lists a paper on 2025-01-01, among the feed's 30
// newest. That swaps one of the feed's cards, a few percent of its HTML, well inside the margins.

const FILE = "e2e/perf-budget.json";
const METRICS = ["htmlBytes", "jsBytes", "jsGzipBytes"] as const;
type Metric = (typeof METRICS)[number];
type Budget = { about: string; headroom: number; floor: number; pages: Record<string, Record<Metric, number>> };

const LABEL: Record<Metric, string> = { htmlBytes: "HTML", jsBytes: "JS", jsGzipBytes: "JS gzip" };
const updating = process.env.PERF_BUDGET_UPDATE === "1";

test("every main page stays within its performance budget, and not far under it", async ({ baseURL }) => {
  const budget = JSON.parse(readFileSync(FILE, "utf8")) as Budget;
  const { sharePath, profilePath } = await createSampleCollection(baseURL!);
  const pages = [
    ...(await publicSamplePages()),
    { name: "shared collection", path: sharePath },
    { name: "profile", path: profilePath },
    { name: "sign-in", path: "/signin" },
  ];
  const measured = new Map<string, PageWeight>();
  for (const page of pages) {
    await measurePageWeight(`${baseURL}${page.path}`); // renders it into Next's cache first
    measured.set(page.name, await measurePageWeight(`${baseURL}${page.path}`));
  }

  if (updating) {
    const round = (bytes: number) => Math.ceil((bytes * (1 + budget.headroom)) / 100) * 100;
    const pagesBudget = Object.fromEntries(
      [...measured].map(([name, weight]) => [
        name,
        Object.fromEntries(METRICS.map((m) => [m, round(weight[m])])) as Record<Metric, number>,
      ]),
    );
    for (const [name, limits] of Object.entries(pagesBudget)) {
      const old = budget.pages[name];
      console.log(`${name}: ${METRICS.map((m) => `${LABEL[m]} ${old?.[m] ?? "none"} → ${limits[m]}`).join(", ")}`);
    }
    writeFileSync(FILE, `${JSON.stringify({ ...budget, pages: pagesBudget }, null, 2)}\n`);
    console.log(`wrote ${FILE}: review it with git diff and commit it with the change that moved the sizes`);
    return;
  }

  const problems: string[] = [];
  const lines = [`${"page".padEnd(18)} ${METRICS.map((m) => `${LABEL[m]} measured / budget`.padStart(30)).join("")}`];
  for (const [name, weight] of measured) {
    const limits = budget.pages[name];
    if (!limits) {
      problems.push(`${name}: no budget in ${FILE}`);
      continue;
    }
    const cells = METRICS.map((m) => {
      const share = weight[m] / limits[m];
      if (share > 1) problems.push(`${name}: ${LABEL[m]} ${weight[m]} bytes is over its budget of ${limits[m]}`);
      if (share < budget.floor)
        problems.push(`${name}: ${LABEL[m]} ${weight[m]} bytes is under ${budget.floor * 100}% of its budget of ${limits[m]}: tighten it`);
      return `${weight[m]} / ${limits[m]} (${Math.round(share * 100)}%)`.padStart(30);
    });
    lines.push(`${name.padEnd(18)} ${cells.join("")}`);
  }
  for (const name of Object.keys(budget.pages)) if (!measured.has(name)) problems.push(`${name}: in ${FILE} but not measured`);
  expect(
    problems,
    `${lines.join("\n")}\n\nA page's size changed past its budget. If on purpose, change ${FILE} in the same commit (npm run budget:update writes the measured sizes + ${budget.headroom * 100}%).`,
  ).toEqual([]);
});
