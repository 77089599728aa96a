// Read replicas against a real streaming replica: a throwaway primary and a `pg_basebackup -R`
// copy of it, started here (scripts/lib/start-pg-replica.ts), with the app's own read functions
// pointed at them through DATABASE_URL and DATABASE_REPLICA_URLS. Where a read went is shown by
// what it saw: replay on the replica is paused, a person votes on the primary, and a read that
// still sees the old count was served by the replica.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { findPostgresBin, startPgReplica, type PgReplicaPair } from "@/scripts/lib/start-pg-replica";

const POSTGRES_BIN = findPostgresBin();
if (!POSTGRES_BIN) {
  console.warn("read-replicas.test.ts skipped: no PostgreSQL server programs in /usr/lib/postgresql/*/bin (apt-get install postgresql)");
}

const MAX_LAG_SECONDS = 5;
const WORD = "quokkareplica";

/** Polls `condition` until it holds, failing with `what` after `timeoutMs`: a bound, not a timing. */
async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!POSTGRES_BIN)("read replicas on a streaming replica", () => {
  let pair: PgReplicaPair;
  let app: Awaited<ReturnType<typeof loadApp>>;
  let userId: string;
  let paperIds: string[];
  const savedEnv = { ...process.env };

  async function loadApp() {
    const [{ getDb }, { getReplicaSet }, { searchPapers }, { listPapers }, { getPaperState }, { setVote }] = await Promise.all([
      import("@/lib/db"),
      import("@/lib/replicas/get-replica-set"),
      import("@/lib/search/search-papers"),
      import("@/lib/papers/list-papers"),
      import("@/lib/me/get-paper-state"),
      import("@/lib/votes/set-vote"),
    ]);
    return { getDb, replicas: getReplicaSet()!, searchPapers, listPapers, getPaperState, setVote };
  }

  /** Runs SQL on the replica as its superuser, outside the app. */
  async function onReplica(sql: string) {
    const client = new pg.Client({ connectionString: pair.replicaUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  /** The count a public search (a "recent" read) shows for the paper, and what the replica set says of the replica. */
  async function searchedUpvotes(paperId: string): Promise<number | undefined> {
    const result = await app.searchPapers({ q: WORD, sort: "top", limit: 10 });
    return result.papers.find((paper) => paper.id === paperId)?.upvotes;
  }

  const replica = () => app.replicas.status().replicas[0]!;
  const reads = () => app.replicas.status().reads;

  /** The replica is in use and has everything the primary has. */
  async function waitUntilReplicaCaughtUp() {
    await waitFor("the replica to be in use", () => replica().usable && replica().lagMs === 0);
    const expected = await app.getDb().paper.findMany({ where: { id: { in: paperIds } }, select: { id: true, upvotes: true } });
    for (const paper of expected)
      await waitFor("the replica to replay the last vote", async () => (await searchedUpvotes(paper.id)) === paper.upvotes);
  }

  /**
   * Pauses replay, has the person upvote `paperId` on the primary, and returns what each kind of
   * read saw: a public search (may be stale), the person's own state (primary), a feed page ("fresh").
   */
  async function voteWhileReplayPaused(paperId: string) {
    await onReplica("SELECT pg_wal_replay_pause()");
    const before = (await app.getDb().paper.findUniqueOrThrow({ where: { id: paperId } })).upvotes;
    const vote = await app.setVote(userId, paperId);
    expect(vote).toEqual({ voted: true, upvotes: before + 1 });
    const counted = reads();
    const searched = await searchedUpvotes(paperId);
    const own = await app.getPaperState({ id: userId, username: "replica-reader", name: "Replica reader" }, [paperId]);
    const feed = await app.listPapers({ sort: "top", limit: 10 });
    return { before, searched, own, feed: feed.papers.find((paper) => paper.id === paperId)?.upvotes, counted };
  }

  beforeAll(async () => {
    pair = await startPgReplica();
    execFileSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
      env: { ...process.env, DATABASE_URL: pair.primaryUrl },
      stdio: ["ignore", "ignore", "inherit"],
    });
    Object.assign(process.env, {
      DATABASE_URL: pair.primaryUrl,
      DATABASE_REPLICA_URLS: pair.replicaUrl,
      DATABASE_REPLICA_MAX_LAG_SECONDS: String(MAX_LAG_SECONDS),
    });
    app = await loadApp();
    const db = app.getDb();
    userId = (await db.user.create({ data: { email: "replica-reader@example.com", username: "replica-reader" } })).id;
    const listedAt = new Date("2025-10-01T00:00:00Z");
    paperIds = [];
    for (const i of [1, 2]) {
      const paper = await db.paper.create({
        data: {
          slug: `replica-paper-${i}`,
          title: `The ${WORD} paper ${i}`,
          abstract: "About replicas.",
          authors: [],
          listedAt,
          publishedAt: listedAt,
        },
      });
      paperIds.push(paper.id);
    }
    await waitUntilReplicaCaughtUp();
  });

  afterAll(async () => {
    await app?.replicas.close();
    await app?.getDb().$disconnect();
    await pair?.stop();
    process.env = savedEnv;
  });

  test("public reads go to the replica, the person's own reads to the primary, and cache fills see every write", async () => {
    const seen = await voteWhileReplayPaused(paperIds[0]!);
    // The replica has not replayed the vote: the search came from it.
    expect(seen.searched).toBe(seen.before);
    expect(reads().replica).toBeGreaterThan(seen.counted.replica);
    // The voter's own state comes from the primary.
    expect(seen.own.votes).toEqual([paperIds[0]]);
    expect(seen.own.counts).toEqual({ [paperIds[0]!]: seen.before + 1 });
    // A feed page is kept in the data cache, so its read must not be older than the vote: with the
    // replica behind, it went to the primary.
    expect(seen.feed).toBe(seen.before + 1);
    expect(reads().primary).toBeGreaterThan(seen.counted.primary);
  });

  test("a replica further behind than DATABASE_REPLICA_MAX_LAG_SECONDS is skipped, and used again once it has caught up", async () => {
    // Replay is still paused since the test before: the replica falls further behind.
    await waitFor("the replica to be skipped for its lag", () => !replica().usable);
    expect(replica().reason).toMatch(/ms behind \(bound 5000 ms\)/);
    expect(await searchedUpvotes(paperIds[0]!)).toBe(1);

    await onReplica("SELECT pg_wal_replay_resume()");
    await waitUntilReplicaCaughtUp();
    const seen = await voteWhileReplayPaused(paperIds[1]!);
    expect(seen.searched).toBe(seen.before);
    await onReplica("SELECT pg_wal_replay_resume()");
    await waitUntilReplicaCaughtUp();
  });

  test("a stopped replica is skipped without an error reaching the caller, and used again once back", async () => {
    await pair.stopReplica();
    // Whether the next check or this read finds the replica gone first, the read is answered.
    expect(await searchedUpvotes(paperIds[1]!)).toBe(1);
    expect((await app.listPapers({ sort: "top", limit: 10 })).papers).toHaveLength(2);
    await waitFor("the stopped replica to be skipped", () => !replica().usable);
    expect(replica().reason).toMatch(/unreachable|a read failed/);
    const counted = reads();
    expect(await searchedUpvotes(paperIds[1]!)).toBe(1);
    expect(reads().primary).toBe(counted.primary + 1);

    await pair.startReplica();
    await waitUntilReplicaCaughtUp();
    await app.getDb().vote.deleteMany({ where: { userId } });
    await app.getDb().paper.updateMany({ data: { upvotes: 0 } });
    await waitUntilReplicaCaughtUp();
    const seen = await voteWhileReplayPaused(paperIds[0]!);
    expect(seen.searched).toBe(seen.before);
    await onReplica("SELECT pg_wal_replay_resume()");
  });
});
