// `npm run bench:throughput [-- --rounds=5] [--seconds=10] [--warmup=20] [--connections=50] [--port=3570]`
// The cached feed `/` through our production server (scripts/serve.mjs, as a fresh `npm start`
// runs it: bench/lib/fresh-app.ts) next to a bare node:http server returning the same bytes with
// the same headers, in one run: autocannon on core 1, the servers on core 0, a warm-up of each
// (the JIT warms up over tens of seconds under load: a 5 s warm-up left the first round cold), then
// rounds that rotate which server goes first, so a drift in the machine's load falls on all.
// Issue 11's target: the app serves at least 0.45 of the bare server's requests.
// Beside them, Next's own floor: a fully static Next page with the same 30 papers, as large as the
// feed (bench/static-app, prerendered at build time, served by `next start`) and a bare server
// returning its bytes. What Next costs to answer any page from its cache, the app cannot go under.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { argValue } from "./lib/args";
import { startFreshApp } from "./lib/fresh-app";
import { runAutocannon, type Cannon } from "./lib/autocannon";
import { onCore, startProcess, waitForIdleCore, waitForUrl } from "./lib/processes";
import { buildStaticReference, fetchFeedPapers, startStaticReference } from "./lib/static-reference";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { percentile } from "./lib/stats";

const rounds = Number(argValue("rounds") ?? 5);
const seconds = Number(argValue("seconds") ?? 10);
const warmup = Number(argValue("warmup") ?? 20);
const connections = Number(argValue("connections") ?? 50);
const port = Number(argValue("port") ?? 3570);
const TARGET = 0.45;

const cannon = (url: string, duration: number): Cannon => runAutocannon(url, { seconds: duration, connections });

// Set by the server or by Node for each connection or response, not part of what is replayed.
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

type Server = { key: "app" | "bare" | "static" | "bareStatic"; name: string; url: string; results: Cannon[] };

/** The body and the replayable headers of `url`'s answer, uncompressed. */
async function capture(url: string) {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !PER_RESPONSE.has(name)));
  return { body, headers, cacheState: response.headers.get("x-nextjs-cache") ?? "no x-nextjs-cache header" };
}

/** A bare node:http server on core 0 replaying `body` with `headers`. */
function startBare(work: string, name: string, listenPort: number, answer: { body: Buffer; headers: Record<string, string> }) {
  const file = path.join(work, `${name}.html`);
  writeFileSync(file, answer.body);
  return startProcess(...onCore(0, process.execPath, ["bench/lib/bare-server.mjs", String(listenPort)]), {
    BODY_FILE: file,
    HEADERS_JSON: JSON.stringify(answer.headers),
  });
}

const measuredCommit = describeCommit(); // before the build, which writes to tsconfig.json for a while
const loadBefore = os.loadavg()[0]!;
const app = await startFreshApp({ port, core: 0 });
const work = mkdtempSync(path.join(os.tmpdir(), "papershelf-throughput-"));
const appUrl = `http://127.0.0.1:${port}/`;
const servers: Server[] = [
  { key: "app", name: "`scripts/serve.mjs`: cached feed `/`", url: appUrl, results: [] },
  { key: "bare", name: "bare node:http, the feed's bytes", url: `http://127.0.0.1:${port + 10}/`, results: [] },
  {
    key: "static",
    name: "Next: fully static page, same 30 papers, padded to the feed's size (`next start`, bench/static-app)",
    url: `http://127.0.0.1:${port + 11}/`,
    results: [],
  },
  { key: "bareStatic", name: "bare node:http, the static page's bytes", url: `http://127.0.0.1:${port + 12}/`, results: [] },
];
const byKey = (key: Server["key"]) => servers.find((server) => server.key === key)!;
const sizes = new Map<Server["key"], number>();
let cacheState = "";
let headerCount = 0;
try {
  await fetch(appUrl); // renders the feed into Next's cache
  const feed = await capture(appUrl);
  cacheState = feed.cacheState;
  headerCount = Object.keys(feed.headers).length;
  sizes.set("app", feed.body.length).set("bare", feed.body.length);
  // The reference page: the feed's 30 papers with the excerpts its cards show, then padded with
  // hidden text to the feed's size (the padding appears twice, in the HTML and in Next's payload):
  // a bare server's throughput falls off a cliff between 100 and 170 KB on this machine (the socket
  // buffer), so pages of different sizes are no reference for each other.
  const papers = await fetchFeedPapers(`http://127.0.0.1:${port}`);
  console.log("building the static reference page (bench/static-app), then again padded to the feed's size…");
  const unpadded = buildStaticReference(papers).length;
  buildStaticReference(papers, Math.max(0, Math.round((feed.body.length - unpadded) / 2)));
  const children = [startBare(work, "feed", port + 10, feed), startStaticReference(port + 11)];
  try {
    await waitForUrl(byKey("static").url, children[1]!);
    const staticPage = await capture(byKey("static").url);
    sizes.set("static", staticPage.body.length).set("bareStatic", staticPage.body.length);
    children.push(startBare(work, "static", port + 12, staticPage));
    await waitForUrl(byKey("bare").url, children[0]!);
    await waitForUrl(byKey("bareStatic").url, children[2]!);
    console.log(`core 0 idle after ${(await waitForIdleCore(0)).toFixed(0)} s`);
    console.log(`warm-up (${warmup} s each)…`);
    for (const server of servers) cannon(server.url, warmup);
    for (let round = 1; round <= rounds; round++) {
      const shift = (round - 1) % servers.length;
      for (const server of [...servers.slice(shift), ...servers.slice(0, shift)]) {
        const result = cannon(server.url, seconds);
        await app.assertRunning();
        for (const child of children) {
          if (child.exitCode !== null || child.signalCode !== null) throw new Error("a reference server stopped during the run");
        }
        server.results.push(result);
        console.log(`  round ${round}/${rounds} ${server.key}: ${Math.round(result.requests.average)} req/s`);
      }
    }
  } finally {
    for (const child of children) child.kill();
  }
} finally {
  await app.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync("bench/.work", { recursive: true, force: true });
}
const loadAfter = os.loadavg()[0]!;

const rate = (key: Server["key"]) => median(byKey(key).results.map((r) => r.requests.average));
const ratioOf = (a: Server["key"], b: Server["key"]) => rate(a) / rate(b);
const perRound = (a: Server["key"], b: Server["key"]) =>
  byKey(a)
    .results.map((r, i) => (r.requests.average / byKey(b).results[i]!.requests.average).toFixed(2))
    .join(", ");
const ratio = ratioOf("app", "bare");
const row = (server: Server) => {
  const all = server.results;
  const bytesPerResponse = Math.round(all.reduce((s, r) => s + r.throughput.total, 0) / all.reduce((s, r) => s + r.requests.total, 0));
  return `| ${server.name} | ${sizes.get(server.key)!.toLocaleString("en-US")} | ${bytesPerResponse.toLocaleString("en-US")} | **${Math.round(rate(server.key))}** | ${all.map((r) => Math.round(r.requests.average)).join(", ")} | ${median(all.map((r) => r.latency.p50))} | ${median(all.map((r) => r.latency.p99))} | ${all.reduce((sum, r) => sum + r.errors, 0)} |`;
};

writeResultsSection(
  "Feed throughput (production server)",
  `Run: \`npm run bench:throughput${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\` on ${new Date().toISOString().slice(0, 10)}, commit ${measuredCommit}: the cached feed \`/\` (Next's cache said \`${cacheState}\`) from the app as a fresh \`npm start\` serves it (\`scripts/serve.mjs\`, the production build, seed papers on the embedded database), next to a bare \`node:http\` server returning the same body with the same ${headerCount} headers; beside them, a fully static Next page with the same 30 papers and excerpts, padded with hidden text to the feed's size (\`bench/static-app\`, prerendered at build time, \`next start\`), and a bare server returning its bytes. All servers on core 0, autocannon (${connections} connections, no compression asked) on core 1; a warm-up of ${warmup} s each, then ${rounds} rounds of ${seconds} s each, rotating which goes first. Machine load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after.

| server | HTML bytes | bytes per response (headers and body) | median req/s | each round | p50 ms | p99 ms | errors (timeouts) |
| --- | --- | --- | --- | --- | --- | --- | --- |
${servers.map(row).join("\n")}

- The app serves **${ratio.toFixed(2)}** of the bare server's throughput (ratio of the medians; per round ${perRound("app", "bare")}). Target (issue 11): ≥ ${TARGET}: ${ratio >= TARGET ? "met" : "**not met**"}.
- Next's own floor: the static page serves **${ratioOf("static", "bareStatic").toFixed(2)}** of its bare server's (per round ${perRound("static", "bareStatic")}).
- The app's cached feed serves **${ratioOf("app", "static").toFixed(2)}** of the static Next page's throughput (per round ${perRound("app", "static")}).`,
);
console.log(
  `app/bare ${ratio.toFixed(3)}, static/bare ${ratioOf("static", "bareStatic").toFixed(3)}, app/static ${ratioOf("app", "static").toFixed(3)}; wrote bench/RESULTS.md`,
);
process.exit(0);
