import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { fakeAddress, signIn, signUp, uniqueUser } from "../e2e/helpers/auth";
import { createPapers } from "../e2e/helpers/papers";
import { createPrismaClient } from "../lib/create-prisma-client";
import { readCluster, type ClusterTestInfo } from "./helpers/cluster-info";
import { readServerStates } from "./helpers/local-cluster";

// A steady stream of writes through the balancer, and app server 1 killed with SIGKILL in the
// middle of it (no draining: a crash). Every write that was answered 2xx must be in the database,
// and the balancer must route around the dead server. deploy/haproxy.cfg retries a request on the
// other server when the dead one refused the connection (any method: it never arrived) or closed
// without answering (idempotent methods only). So upvotes (PUT) never fail; a new collection (POST)
// that was in flight on the dead server may answer 502, since it may have been committed.
// Runs last (its own project): the cluster has one app server afterwards.

let cluster: ClusterTestInfo;
test.beforeAll(() => {
  cluster = readCluster();
});
const PEOPLE = 16;
const VOTES_EACH = 20;
const COLLECTIONS_EACH = 4;
const CONCURRENCY = 8;

type Write = { kind: "vote"; person: number; paperId: string } | { kind: "collection"; person: number; title: string };
type Outcome = Write & { startedAt: number; endedAt: number; status: number; detail: string; collectionId?: string };

test("killing an app server mid-load loses no acknowledged write, and the balancer routes around it", async ({ playwright }) => {
  test.setTimeout(180_000);
  const { papers } = await createPapers(VOTES_EACH);
  const people: { id: string; request: APIRequestContext }[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const user = uniqueUser();
    const address = fakeAddress();
    const request = await playwright.request.newContext({ baseURL: cluster.balancerUrl });
    await signUp(request, user, address);
    await signIn(request, user, address);
    const { user: me } = (await (await request.get("/api/me")).json()) as { user: { id: string } };
    people.push({ id: me.id, request });
  }

  // Interleaved: every person's votes and collections spread over the whole run.
  const tag = randomBytes(3).toString("hex");
  const writes: Write[] = [];
  for (let round = 0; round < VOTES_EACH; round++) {
    for (let person = 0; person < PEOPLE; person++) {
      writes.push({ kind: "vote", person, paperId: papers[(round + person) % papers.length]!.id });
      if (round % (VOTES_EACH / COLLECTIONS_EACH) === 0)
        writes.push({ kind: "collection", person, title: `Failover ${tag} ${person}-${round}` });
    }
  }

  const outcomes: Outcome[] = [];
  const inFlight = new Set<Write>();
  let killedAt = Number.POSITIVE_INFINITY;
  const killAfter = Math.floor(writes.length / 3);
  const send = async (write: Write): Promise<Outcome> => {
    const { request } = people[write.person]!;
    const startedAt = performance.now();
    try {
      const response =
        write.kind === "vote"
          ? await request.put(`/api/papers/${write.paperId}/vote`, { data: {} })
          : await request.post("/api/me/collections", { data: { title: write.title } });
      const body = await response.text();
      const collectionId = response.status() === 201 ? (JSON.parse(body) as { collection: { id: string } }).collection.id : undefined;
      return { ...write, startedAt, endedAt: performance.now(), status: response.status(), detail: body.slice(0, 200), collectionId };
    } catch (error) {
      return { ...write, startedAt, endedAt: performance.now(), status: 0, detail: String(error) };
    }
  };
  let next = 0;
  let killedInFlight: Write[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < writes.length) {
        const write = writes[next++]!;
        inFlight.add(write);
        const outcome = await send(write);
        inFlight.delete(write);
        outcomes.push(outcome);
        if (outcomes.length === killAfter) {
          killedInFlight = [...inFlight];
          killedAt = performance.now();
          process.kill(cluster.appPids[0]!, "SIGKILL");
        }
      }
    }),
  );
  expect(killedAt, "the server was killed mid-run").toBeLessThan(Number.POSITIVE_INFINITY);

  const ok = (outcome: Outcome) => outcome.status >= 200 && outcome.status < 300;
  const failed = outcomes.filter((outcome) => !ok(outcome));
  const report = failed.map((f) => `${f.kind} ${f.status} ${f.detail}`).join("\n");
  // Upvotes are retried by the balancer: none failed.
  expect(
    failed.filter((f) => f.kind === "vote"),
    report,
  ).toEqual([]);
  // A POST fails only when it was in flight on the dead server when it died.
  for (const failure of failed) {
    if (failure.kind !== "collection") continue;
    expect(failure.startedAt, report).toBeLessThan(killedAt);
    expect(
      killedInFlight.some((write) => write.kind === "collection" && write.title === failure.title),
      report,
    ).toBe(true);
  }
  // The stream went on through the other server.
  const after = outcomes.filter((outcome) => outcome.startedAt > killedAt);
  expect(after.length).toBeGreaterThan(writes.length / 2);
  expect(after.filter((outcome) => !ok(outcome))).toEqual([]);
  await expect.poll(async () => Object.fromEntries(await readServerStates(cluster.statsUrl))).toMatchObject({ app1: "DOWN", app2: "UP" });

  // Every acknowledged write is in the database, and the counts agree with the vote rows.
  const db = createPrismaClient(cluster.primaryUrl, 1);
  try {
    const votes = await db.vote.findMany({ where: { paperId: { in: papers.map((p) => p.id) } }, select: { userId: true, paperId: true } });
    const stored = new Set(votes.map((vote) => `${vote.userId}/${vote.paperId}`));
    const acknowledgedVotes = outcomes.filter((o): o is Outcome & { kind: "vote" } => o.kind === "vote" && ok(o));
    expect(acknowledgedVotes).toHaveLength(PEOPLE * VOTES_EACH);
    for (const vote of acknowledgedVotes) expect(stored.has(`${people[vote.person]!.id}/${vote.paperId}`)).toBe(true);
    const counts = await db.paper.findMany({ where: { id: { in: papers.map((p) => p.id) } }, select: { id: true, upvotes: true } });
    for (const paper of counts) expect(paper.upvotes).toBe(votes.filter((vote) => vote.paperId === paper.id).length);

    const acknowledgedCollections = outcomes.filter((o) => o.kind === "collection" && ok(o)).map((o) => o.collectionId!);
    const collections = await db.collection.findMany({ where: { id: { in: acknowledgedCollections } }, select: { id: true } });
    expect(collections.map((c) => c.id).sort()).toEqual([...acknowledgedCollections].sort());
  } finally {
    await db.$disconnect();
  }
  console.log(
    `${outcomes.length} writes, server 1 killed after ${killAfter} (${killedInFlight.length} in flight); ` +
      `${failed.length} failed (${failed.map((f) => `${f.kind} ${f.status}`).join(", ") || "none"}); ${after.length} sent after the kill, all answered 2xx`,
  );
});
