// `npm run bench:throughput [-- --rounds=5] [--seconds=10] [--connections=50] [--port=3570]`
// The cached feed `/` through our production server (scripts/serve.mjs, as a fresh `npm start`
// runs it: bench/lib/fresh-app.ts) next to a bare node:http server returning the same bytes with
// the same headers, in one run: autocannon on core 1, both servers on core 0, a warm-up of each,
// then rounds that alternate which server goes first (ABBA), so a drift in the machine's load
// falls on both. Issue 11's target: the app serves at least 0.45 of the bare server's requests.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { argValue } from "./lib/args";
import { startFreshApp } from "./lib/fresh-app";
import { runAutocannon, type Cannon } from "./lib/autocannon";
import { onCore, startProcess, waitForIdleCore, waitForUrl } from "./lib/processes";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { percentile } from "./lib/stats";

const rounds = Number(argValue("rounds") ?? 5);
const seconds = Number(argValue("seconds") ?? 10);
const connections = Number(argValue("connections") ?? 50);
const port = Number(argValue("port") ?? 3570);
const barePort = port + 10;
const TARGET = 0.45;

const cannon = (url: string, duration: number): Cannon => runAutocannon(url, { seconds: duration, connections });

// Set by the server or by Node for each connection or response, not part of what is replayed.
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const measuredCommit = describeCommit(); // before the build, which writes to tsconfig.json for a while
const loadBefore = os.loadavg()[0]!;
const app = await startFreshApp({ port, core: 0 });
const work = mkdtempSync(path.join(os.tmpdir(), "papershelf-throughput-"));
const appUrl = `http://127.0.0.1:${port}/`;
const bareUrl = `http://127.0.0.1:${barePort}/`;
const results: Record<"app" | "bare", Cannon[]> = { app: [], bare: [] };
let cacheState: string;
let bodyBytes: number;
let headerCount: number;
try {
  await fetch(appUrl); // renders the feed into Next's cache
  console.log(`core 0 idle after ${(await waitForIdleCore(0)).toFixed(0)} s`);
  const response = await fetch(appUrl, { headers: { "accept-encoding": "identity" } });
  cacheState = response.headers.get("x-nextjs-cache") ?? "no x-nextjs-cache header";
  const body = Buffer.from(await response.arrayBuffer());
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !PER_RESPONSE.has(name)));
  bodyBytes = body.length;
  headerCount = Object.keys(headers).length;
  writeFileSync(path.join(work, "feed.html"), body);
  const bare = startProcess(...onCore(0, process.execPath, ["bench/lib/bare-server.mjs", String(barePort)]), {
    BODY_FILE: path.join(work, "feed.html"),
    HEADERS_JSON: JSON.stringify(headers),
  });
  try {
    await waitForUrl(bareUrl, bare);
    console.log(`warm-up (${Math.min(5, seconds)} s each)…`);
    cannon(appUrl, Math.min(5, seconds));
    cannon(bareUrl, Math.min(5, seconds));
    for (let round = 1; round <= rounds; round++) {
      const order: ("app" | "bare")[] = round % 2 === 1 ? ["app", "bare"] : ["bare", "app"];
      for (const which of order) {
        const result = cannon(which === "app" ? appUrl : bareUrl, seconds);
        await app.assertRunning();
        if (bare.exitCode !== null || bare.signalCode !== null) throw new Error("the bare server stopped during the run");
        results[which].push(result);
        console.log(`  round ${round}/${rounds} ${which}: ${Math.round(result.requests.average)} req/s`);
      }
    }
  } finally {
    bare.kill();
  }
} finally {
  await app.stop();
  rmSync(work, { recursive: true, force: true });
}
const loadAfter = os.loadavg()[0]!;

const rate = (which: "app" | "bare") => median(results[which].map((r) => r.requests.average));
const ratio = rate("app") / rate("bare");
const perRound = results.app.map((r, i) => r.requests.average / results.bare[i]!.requests.average);
const bytesPerResponse = (which: "app" | "bare") =>
  Math.round(results[which].reduce((s, r) => s + r.throughput.total, 0) / results[which].reduce((s, r) => s + r.requests.total, 0));
const row = (name: string, which: "app" | "bare") => {
  const all = results[which];
  return `| ${name} | ${bytesPerResponse(which).toLocaleString("en-US")} | **${Math.round(rate(which))}** | ${all.map((r) => Math.round(r.requests.average)).join(", ")} | ${median(all.map((r) => r.latency.p50))} | ${median(all.map((r) => r.latency.p99))} | ${all.reduce((sum, r) => sum + r.errors, 0)} |`;
};

writeResultsSection(
  "Feed throughput (production server)",
  `Run: \`npm run bench:throughput${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\` on ${new Date().toISOString().slice(0, 10)}, commit ${measuredCommit}: the cached feed \`/\` (${bodyBytes.toLocaleString("en-US")} bytes of HTML; Next's cache said \`${cacheState}\`) from the app as a fresh \`npm start\` serves it (\`scripts/serve.mjs\`, the production build, seed papers on the embedded database), next to a bare \`node:http\` server returning the same body with the same ${headerCount} headers. Both servers on core 0, autocannon (${connections} connections, no compression asked) on core 1; a warm-up of each, then ${rounds} rounds of ${seconds} s each, alternating which goes first. Machine load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after.

| server | bytes per response (headers and body) | median req/s | each round | p50 ms | p99 ms | errors (timeouts) |
| --- | --- | --- | --- | --- | --- | --- |
${row("`scripts/serve.mjs`: cached feed `/`", "app")}
${row("bare node:http, same bytes", "bare")}

The app serves **${ratio.toFixed(2)}** of the bare server's throughput (ratio of the medians; per round ${perRound.map((r) => r.toFixed(2)).join(", ")}). Target (issue 11): ≥ ${TARGET} — ${ratio >= TARGET ? "met" : "**not met**"}.`,
);
console.log(`ratio ${ratio.toFixed(3)}; wrote bench/RESULTS.md`);
process.exit(0);
