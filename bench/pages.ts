// `npm run bench:pages [-- --runs=3] [--port=3570]`
// Lighthouse (mobile preset: Moto G Power emulation, simulated slow 4G and 4x CPU slowdown) on the
// main pages of a fresh `npm start` (bench/lib/fresh-app.ts): the feed, search results, a paper
// page, a date view, a shared collection and a profile, each `--runs` times; the median of each
// metric goes to bench/RESULTS.md with the page's HTML and JavaScript sizes, each marked against
// the targets of issue 11. The app's server runs on core 0; Chromium may use both cores.
// In the same run, as a reference: Next's own floor (bench/static-app, `next start` on core 0): a
// page of one heading and one line, and the feed's 30 cards as a fully static page.
import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import { spawnSync } from "node:child_process";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { argValue } from "./lib/args";
import { startFreshApp } from "./lib/fresh-app";
import { measurePageWeight, type PageWeight } from "./lib/page-weight";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { createSampleCollection, publicSamplePages, type SamplePage } from "./lib/sample-pages";
import { waitForUrl } from "./lib/processes";
import { buildStaticReference, fetchFeedPapers, startStaticReference } from "./lib/static-reference";
import { percentile } from "./lib/stats";

const runs = Number(argValue("runs") ?? 3);
const port = Number(argValue("port") ?? 3570);
const chromePath = process.env.CHROME_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

// Issue 11's targets, on every page.
const TARGET = { performance: 95, accessibility: 100, lcpMs: 2000, tbtMs: 100, feedHtmlBytes: 100_000 };

type Run = {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
  benchmarkIndex: number;
  /** Accessibility audits that failed, by id. */
  a11yFailures: string[];
  lighthouse: string;
};

/** One Lighthouse run in a Chromium of its own (a cold cache and a clean profile every time). */
async function audit(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    // chrome-launcher adds its own flags that switch off background networking (updates, sync,
    // safe browsing, translation): this machine is offline, and nothing may leave it anyway.
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run"],
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    if (!result) throw new Error(`${url}: Lighthouse returned nothing`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const warning of lhr.runWarnings) console.warn(`  warning: ${warning}`);
    const score = (id: "performance" | "accessibility") => {
      const value = lhr.categories[id]?.score;
      if (value === null || value === undefined) throw new Error(`${url}: no ${id} score`);
      return Math.round(value * 100);
    };
    const numeric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      if (value === undefined) throw new Error(`${url}: no ${id}`);
      return value;
    };
    const a11yFailures = (lhr.categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      transferBytes: numeric("total-byte-weight"),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      a11yFailures,
      lighthouse: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? "✓" : "✗");

/** The browser's own version: its user agent says only 156.0.0.0. */
function chromiumVersion(): string {
  const printed = spawnSync(chromePath ?? chromeLauncher.getChromePath(), ["--version"], { encoding: "utf8" }).stdout;
  return /\d+\.\d+\.\d+\.\d+/.exec(printed)?.[0] ?? "(unknown version)";
}

/** `runs` holds the runs that succeeded; `errors` why the others did not (a page Chromium could not load). */
type Measured = SamplePage & { base: string; weight: PageWeight; runs: Run[]; errors: string[] };

const measuredCommit = describeCommit(); // before the build, which writes to tsconfig.json for a while
const loadBefore = os.loadavg()[0]!;
const app = await startFreshApp({ port, core: 0 });
let measured: Measured[];
let references: Measured[];
let reference: ReturnType<typeof startStaticReference> | undefined;
try {
  const { sharePath, profilePath } = await createSampleCollection(app.base);
  const pages = [...(await publicSamplePages()), { name: "shared collection", path: sharePath }, { name: "profile", path: profilePath }];
  console.log("building the reference (bench/static-app)…");
  buildStaticReference(await fetchFeedPapers(app.base));
  reference = startStaticReference(port + 20);
  const referenceBase = `http://localhost:${port + 20}`;
  await waitForUrl(`${referenceBase}/one-line`, reference);
  // The first request renders a page into Next's cache; measuring starts from a site in use.
  const weigh = async (page: SamplePage, base: string): Promise<Measured> => {
    await measurePageWeight(`${base}${page.path}`);
    return { ...page, base, weight: await measurePageWeight(`${base}${page.path}`), runs: [], errors: [] };
  };
  measured = [];
  for (const page of pages) measured.push(await weigh(page, app.base));
  references = [
    await weigh({ name: "Next's floor: one heading and one line", path: "/one-line" }, referenceBase),
    await weigh({ name: "the feed's 30 cards as a static Next page, no client component", path: "/" }, referenceBase),
  ];
  // Round-robin, so a busy spell on the machine falls on every page rather than on one.
  for (let run = 1; run <= runs; run++) {
    for (const page of [...measured, ...references]) {
      let result: Run;
      try {
        result = await audit(`${page.base}${page.path}`);
      } catch (error) {
        await app.assertRunning();
        // Reported with the results (never retried away); the other runs of the page still count.
        page.errors.push(error instanceof Error ? error.message : String(error));
        console.warn(`  run ${run}/${runs} ${page.name}: failed: ${page.errors.at(-1)}`);
        continue;
      }
      await app.assertRunning();
      page.runs.push(result);
      console.log(
        `  run ${run}/${runs} ${page.name}: perf ${result.performance}, a11y ${result.accessibility}, LCP ${Math.round(result.lcpMs)} ms, TBT ${Math.round(result.tbtMs)} ms`,
      );
    }
  }
} finally {
  reference?.kill();
  await app.stop();
  rmSync("bench/.work", { recursive: true, force: true });
}
const loadAfter = os.loadavg()[0]!;

/** Targets met of those checked. Only the app's pages count; the reference's are marked the same way, to compare. */
type Tally = { passed: number; cells: number };
const tally: Tally = { passed: 0, cells: 0 };
const cell = (counted: Tally | null, value: string, ok: boolean, values: number[], format: (n: number) => string) => {
  if (counted) counted.cells++;
  if (counted && ok) counted.passed++;
  const [low, high] = [format(Math.min(...values)), format(Math.max(...values))];
  const spread = low === high ? "" : ` (${low}–${high})`;
  return `${value} ${mark(ok)}${spread}`;
};
/** The path as a reader of RESULTS.md can use it: the share token and the username are made up per run. */
const shown = (path: string) => `\`${path.replace(/\/c\/.*/, "/c/<token>").replace(/\/u\/.*/, "/u/<username>")}\``;
const toRow =
  (counted: Tally | null) =>
  ({ name, path, weight, runs: results }: Measured) => {
    if (results.length === 0) {
      if (counted) counted.cells += 4;
      return [
        name,
        shown(path),
        "no run ✗",
        "no run ✗",
        "no run ✗",
        "no run ✗",
        "",
        "",
        kb(weight.htmlBytes),
        kb(weight.jsBytes),
        kb(weight.jsGzipBytes),
      ];
    }
    const m = (key: "performance" | "accessibility" | "lcpMs" | "tbtMs" | "cls" | "transferBytes") => median(results.map((r) => r[key]));
    const all = (key: "performance" | "accessibility" | "lcpMs" | "tbtMs") => results.map((r) => r[key]);
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    const html = name === "feed" ? `${kb(weight.htmlBytes)} ${mark(weight.htmlBytes <= TARGET.feedHtmlBytes)}` : kb(weight.htmlBytes);
    return [
      results.length === runs ? name : `${name} (${results.length} of ${runs} runs)`,
      shown(path),
      cell(counted, `**${m("performance")}**`, m("performance") >= TARGET.performance, all("performance"), String),
      cell(counted, String(m("accessibility")), m("accessibility") >= TARGET.accessibility, all("accessibility"), String),
      cell(counted, `${seconds(m("lcpMs"))} s`, m("lcpMs") <= TARGET.lcpMs, all("lcpMs"), seconds),
      cell(counted, `${Math.round(m("tbtMs"))} ms`, m("tbtMs") <= TARGET.tbtMs, all("tbtMs"), (n) => String(Math.round(n))),
      m("cls").toFixed(3),
      kb(m("transferBytes")),
      html,
      kb(weight.jsBytes),
      kb(weight.jsGzipBytes),
    ];
  };
const rows = measured.map(toRow(tally));
const referenceRows = references.map(toRow(null));
const failures = [...measured, ...references]
  .map(({ name, runs: results }) => [name, [...new Set(results.flatMap((r) => r.a11yFailures))]] as const)
  .filter(([, ids]) => ids.length > 0)
  .map(([name, ids]) => `- ${name}: ${ids.map((id) => `\`${id}\``).join(", ")}`);
const first = measured.flatMap((page) => page.runs)[0];
const referencePaths = references.map((page) => `\`${page.path}\``).join(" and ");
if (!first) throw new Error(`no Lighthouse run succeeded:\n${measured.flatMap((page) => page.errors).join("\n")}`);
const runErrors = [...measured, ...references].flatMap(({ name, errors }) =>
  errors.map((error) => `- ${name}: ${error.replace(/^\S+: /, "")}`),
);

writeResultsSection(
  "Pages (Lighthouse)",
  `Run: \`npm run bench:pages${runs === 3 ? "" : ` -- --runs=${runs}`}\` on ${new Date().toISOString().slice(0, 10)}, commit ${measuredCommit}: the app as a new user starts it (\`scripts/start.ts\`: production build served by \`scripts/serve.mjs\`, a fresh embedded database with the seed papers, in a temporary data directory), its server on core 0. Lighthouse ${first.lighthouse}, mobile preset (Moto G Power emulation, simulated slow 4G, 4× CPU slowdown), performance and accessibility only, in Chromium ${chromiumVersion()} (\`--headless=new\`), a fresh browser per run. Each page was requested once before measuring, so it comes from Next's cache as on a site in use. Machine load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after; Lighthouse's CPU benchmark index ${Math.round(median(measured.flatMap((p) => p.runs.map((r) => r.benchmarkIndex))))} (median).

Each value is the median of ${runs} runs, each metric on its own; the range of the runs is in brackets. Lighthouse's numbers are noisy on this 2-core machine, all the more with other work on it: compare runs made on a quiet machine. ✓/✗: issue 11's targets, on every page: performance ≥ ${TARGET.performance}, accessibility ${TARGET.accessibility}, LCP ≤ ${(TARGET.lcpMs / 1000).toFixed(1)} s, TBT ≤ ${TARGET.tbtMs} ms, and the feed's HTML ≤ ${TARGET.feedHtmlBytes / 1000} KB. Transfer is every byte the page loaded (compressed as sent); HTML is the document uncompressed; JS is the script chunks the HTML loads (\`<script src>\`), uncompressed and gzipped one by one (KB = 1,000 bytes).

| page | path | performance | accessibility | LCP | TBT | CLS | transfer | HTML | JS | JS gzip |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}

**${tally.passed} of ${tally.cells}** Lighthouse targets met (performance, accessibility, LCP, TBT on ${measured.length} pages).

Next's own floor, measured in the same run, round-robin with the pages above: \`bench/static-app\` (\`next build --webpack\`, prerendered, \`next start\` on core 0) at ${referencePaths}. Its pages have no client component of their own and no CSS; their scripts are Next's and React's alone. Not counted against the targets; marked against them to compare.

| reference | path | performance | accessibility | LCP | TBT | CLS | transfer | HTML | JS | JS gzip |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${referenceRows.map((row) => `| ${row.join(" | ")} |`).join("\n")}${failures.length ? `\n\nAccessibility audits that failed in at least one run:\n\n${failures.join("\n")}` : ""}${runErrors.length ? `\n\nRuns that failed (left out of the medians):\n\n${runErrors.join("\n")}` : ""}`,
);
console.log("wrote bench/RESULTS.md");
process.exit(0);
