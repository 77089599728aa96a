// A steady stream of votes for bench/feed-under-votes.ts: RATE votes a second against the app at
// BASE, by the signed-in people in COOKIES (a JSON array of cookie headers) on the papers in
// PAPER_IDS (a JSON array), each person upvoting a paper and taking it back in turn, so counts and
// order keep changing. Paced by the clock, not by the answers. On SIGTERM stops sending, waits for the answers, and prints one
// JSON line: how many were sent, answered 2xx (by status), and the answer times.
import { percentile } from "./stats";

const base = process.env.BASE!;
const rate = Number(process.env.RATE ?? 10);
const cookies = JSON.parse(process.env.COOKIES ?? "[]") as string[];
const paperIds = JSON.parse(process.env.PAPER_IDS ?? "[]") as string[];
const voted = new Set<string>();
const times: number[] = [];
const statuses: Record<string, number> = {};
let sent = 0;
let ok = 0;

const started = performance.now();
const pending = new Set<Promise<void>>();
async function voteOnce(n: number) {
  const cookie = cookies[n % cookies.length]!;
  const paper = paperIds[Math.floor(Math.random() * paperIds.length)]!;
  const key = `${n % cookies.length}:${paper}`;
  const method = voted.has(key) ? "DELETE" : "PUT";
  if (method === "PUT") voted.add(key);
  else voted.delete(key);
  const t = performance.now();
  sent += 1;
  const answer = await fetch(`${base}/api/papers/${paper}/vote`, {
    method,
    headers: { cookie, "content-type": "application/json" },
    body: "{}",
  });
  await answer.body?.cancel();
  statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  if (answer.ok) ok += 1;
  times.push(performance.now() - t);
}

let n = 0;
const timer = setInterval(() => {
  // Catch up to the clock, so a slow answer never lowers the rate.
  const due = Math.floor(((performance.now() - started) / 1000) * rate);
  while (n < due) {
    const vote = voteOnce(n++).catch(() => {});
    pending.add(vote);
    void vote.finally(() => pending.delete(vote));
  }
}, 20);
process.on("SIGTERM", async () => {
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  // The votes sent are all answered before the count, so none is cut off.
  await Promise.all(pending);
  const sorted = times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({ sent, ok, statuses, seconds, perSecond: sent / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99) }),
  );
  process.exit(0);
});
