// `npm run bench:comments [-- --rounds=3] [--seconds=10] [--writers=20] [--port=3596]`
// Issue 15's measures, in one run on a fresh `npm start` (bench/lib/fresh-app.ts, embedded database):
// - a paper page whose discussion holds 500 comments next to a paper page with none: HTML size, and
//   cached throughput under autocannon (50 connections, core 1; the app on core 0), in rounds that
//   alternate which page goes first;
// - posting: `--writers` people posting replies at once into one thread through the app's own
//   postComment (Markdown and math rendered, the paper's count moved in the same statement), next
//   to the same people upvoting and taking back through setVote/unsetVote, the reference write.
// The route's rate limits (30 comments an hour a person, 300 a paper) are left out of the posting
// measure on purpose: it measures what the database and the renderer sustain, not the limits.
import { randomBytes } from "node:crypto";
import { argValue } from "./lib/args";
import { runAutocannon, type Cannon } from "./lib/autocannon";
import { startFreshApp } from "./lib/fresh-app";
import { describeCommit, writeResultsSection } from "./lib/results-file";
import { percentile } from "./lib/stats";

const rounds = Number(argValue("rounds") ?? 3);
const seconds = Number(argValue("seconds") ?? 10);
const writers = Number(argValue("writers") ?? 20);
const port = Number(argValue("port") ?? 3596);
const COMMENTS = 500;

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** A comment as people write them: a paragraph or two, some emphasis, a link, now and then math or code. */
function commentBody(i: number): string {
  const parts = [
    `Point ${i}: the *ablation* in section ${1 + (i % 7)} leaves out the **baseline** with the same budget; see [the appendix](https://arxiv.org/abs/2401.${String(10000 + i).slice(-5)}).`,
    i % 3 === 0 ? `The bound $\\mathcal{O}(n \\log n)$ holds only when $k \\ll n$, which their setting does not give.` : "",
    i % 5 === 0 ? "```python\nloss = (pred - target).pow(2).mean()\n```" : "",
    i % 4 === 0 ? "> Quoting the abstract: it scales linearly.\n\nDoes it, past 32k tokens?" : "",
  ];
  return parts.filter(Boolean).join("\n\n");
}

const measuredCommit = describeCommit();
const app = await startFreshApp({ port, core: 0 });
try {
  // The app's own functions, on the app's database (server-only modules: run with react-server).
  process.env.DATABASE_URL = app.databaseUrl;
  const { getDb } = await import("@/lib/db");
  const { postComment } = await import("@/lib/comments/post-comment");
  const { setVote } = await import("@/lib/votes/set-vote");
  const { unsetVote } = await import("@/lib/votes/unset-vote");
  const db = getDb();

  const papers = await db.paper.findMany({ select: { id: true, slug: true }, orderBy: { score: "desc" }, take: 3 });
  const [quiet, busy, posting] = papers as [(typeof papers)[0], (typeof papers)[0], (typeof papers)[0]];
  const tag = randomBytes(3).toString("hex");
  const people = await Promise.all(
    Array.from({ length: writers }, (_, i) =>
      db.user.create({
        data: { username: `bench-${tag}-${i}`, name: `Bench ${i}`, email: `bench-${tag}-${i}@example.com` },
        select: { id: true },
      }),
    ),
  );

  // 500 comments: 100 threads, each a comment with four replies, nested two deep.
  console.log(`posting ${COMMENTS} comments on ${busy.slug}…`);
  for (let thread = 0; thread < COMMENTS / 5; thread++) {
    const author = (k: number) => people[(thread + k) % people.length]!.id;
    const root = await postComment({ paperId: busy.id, authorId: author(0), body: commentBody(thread * 5) });
    if (root.status !== "ok") throw new Error(`posting failed: ${root.status}`);
    const first = await postComment({
      paperId: busy.id,
      authorId: author(1),
      body: commentBody(thread * 5 + 1),
      parentId: root.comment.id,
    });
    if (first.status !== "ok") throw new Error(`posting failed: ${first.status}`);
    for (const [k, parentId] of [
      [2, first.comment.id],
      [3, root.comment.id],
      [4, first.comment.id],
    ] as const) {
      const reply = await postComment({ paperId: busy.id, authorId: author(k), body: commentBody(thread * 5 + k), parentId });
      if (reply.status !== "ok") throw new Error(`posting failed: ${reply.status}`);
    }
  }
  const counted = await db.paper.findUniqueOrThrow({ where: { id: busy.id }, select: { commentCount: true } });
  if (counted.commentCount !== COMMENTS) throw new Error(`the paper counts ${counted.commentCount} comments, not ${COMMENTS}`);

  // Both pages rendered once into Next's cache, then measured from it.
  const pages = { none: `${app.base}/papers/${quiet.slug}`, busy: `${app.base}/papers/${busy.slug}` };
  const size: Record<keyof typeof pages, number> = { none: 0, busy: 0 };
  for (const key of ["none", "busy"] as const) {
    await fetch(pages[key]);
    const answer = await fetch(pages[key], { headers: { "accept-encoding": "identity" } });
    if (answer.headers.get("x-nextjs-cache") !== "HIT") throw new Error(`${pages[key]} is not served from the cache`);
    size[key] = (await answer.arrayBuffer()).byteLength;
  }
  const runs: Record<keyof typeof pages, Cannon[]> = { none: [], busy: [] };
  runAutocannon(pages.none, { seconds: 3 });
  runAutocannon(pages.busy, { seconds: 3 });
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (["none", "busy"] as const) : (["busy", "none"] as const);
    for (const key of order) runs[key].push(runAutocannon(pages[key], { seconds }));
    await app.assertRunning();
    console.log(
      `round ${round + 1}/${rounds}: none ${Math.round(runs.none.at(-1)!.requests.average)} req/s, 500 comments ${Math.round(runs.busy.at(-1)!.requests.average)} req/s`,
    );
  }

  // Posting next to voting: each writer in a loop for `seconds`, all on one paper.
  async function loop(write: (personId: string, i: number) => Promise<unknown>) {
    const latencies: number[] = [];
    const until = Date.now() + seconds * 1000;
    await Promise.all(
      people.map(async (person, w) => {
        for (let i = 0; Date.now() < until; i++) {
          const started = performance.now();
          await write(person.id, w * 100_000 + i);
          latencies.push(performance.now() - started);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return {
      perSecond: latencies.length / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      total: latencies.length,
    };
  }
  const before = await db.paper.findUniqueOrThrow({ where: { id: posting.id }, select: { commentCount: true } });
  const post = await loop(async (authorId, i) => {
    const result = await postComment({ paperId: posting.id, authorId, body: commentBody(i) });
    if (result.status !== "ok") throw new Error(`posting failed: ${result.status}`);
  });
  const after = await db.paper.findUniqueOrThrow({ where: { id: posting.id }, select: { commentCount: true } });
  if (after.commentCount - before.commentCount !== post.total)
    throw new Error(`posted ${post.total}, counted ${after.commentCount - before.commentCount}`);
  const vote = await loop(async (userId, i) => {
    if (!(await (i % 2 === 0 ? setVote(userId, posting.id) : unsetVote(userId, posting.id)))) throw new Error("vote failed");
  });

  const rate = (key: keyof typeof pages) => median(runs[key].map((r) => r.requests.average));
  const ratio = rate("busy") / rate("none");
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  const cannonRow = (label: string, key: keyof typeof pages) =>
    `| ${label} | ${kb(size[key])} | **${Math.round(rate(key))}** | ${runs[key].map((r) => Math.round(r.requests.average)).join(", ")} | ${median(runs[key].map((r) => r.latency.p50))} | ${median(runs[key].map((r) => r.latency.p99))} |`;
  const writeRow = (label: string, w: typeof post) =>
    `| ${label} | **${w.perSecond.toFixed(0)}** | ${w.total} | ${w.p50.toFixed(1)} | ${w.p99.toFixed(1)} |`;
  writeResultsSection(
    "Discussion",
    `Run: \`npm run bench:comments\` on ${new Date().toISOString().slice(0, 10)}, commit ${measuredCommit}: a fresh \`npm start\` (embedded database, seed papers), the app on core 0, autocannon (50 connections, ${seconds} s a round, ${rounds} rounds alternating which page goes first) on core 1.

### A paper page with 500 comments, from the cache

${COMMENTS} comments posted through the app's \`postComment\` (100 threads of a comment and four replies, two deep; Markdown, links, quotes, code and math), next to a seed paper with none. The page shows the best 20 threads (\`COMMENTS_ON_PAPER_PAGE\`) to the readable depth, here 100 comments; the rest is one "More comments" link away (\`/papers/{slug}/comments\`, and \`/api/papers/{id}/comments\`).

| paper page | HTML | median req/s | each round | p50 ms | p99 ms |
| --- | --- | --- | --- | --- | --- |
${cannonRow("no comments", "none")}
${cannonRow(`${COMMENTS} comments`, "busy")}

With ${COMMENTS} comments the page serves **${ratio.toFixed(2)}** of the requests of the page without (the bytes are ${(size.busy / size.none).toFixed(1)}× as many).

### Posting, next to voting

${writers} people at once on one paper for ${seconds} s each, through the app's own functions on the app's database: posting a comment (rendered, inserted, the paper's count moved, one statement) next to an upvote or its removal (\`setVote\`/\`unsetVote\`, the reference). The paper's comment count rose by exactly the ${post.total} comments posted.

| write | per second | done | p50 ms | p99 ms |
| --- | --- | --- | --- | --- |
${writeRow("post a comment", post)}
${writeRow("upvote / take back", vote)}

Posting runs at **${(post.perSecond / vote.perSecond).toFixed(2)}** of the vote rate.`,
  );
  console.log(
    `500-comment page ${ratio.toFixed(3)} of the empty one; posting ${(post.perSecond / vote.perSecond).toFixed(3)} of voting — wrote bench/RESULTS.md`,
  );
} finally {
  await app.stop();
}
process.exit(0);
