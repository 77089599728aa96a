import { beforeEach, describe, expect, test, vi } from "vitest";

// More connections than the default, so votes really run side by side in the database.
vi.hoisted(() => {
  process.env.DATABASE_POOL_SIZE = "16";
});

import { trendingScore } from "@/lib/ranking";
import { setVote } from "@/lib/votes/set-vote";
import { unsetVote } from "@/lib/votes/unset-vote";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";

const createUsers = (count: number) => createTestUsers(count, "voter");

/** The paper's stored count and score next to what its vote rows say they must be. */
async function stored(paperId: string) {
  const paper = await testDb().paper.findUniqueOrThrow({ where: { id: paperId } });
  const rows = await testDb().vote.count({ where: { paperId } });
  return { upvotes: paper.upvotes, rows, score: paper.score, expectedScore: trendingScore(rows, paper.listedAt) };
}

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

beforeEach(async () => {
  await resetDb();
});

describe("votes under concurrency", () => {
  test("200 different people upvoting one paper at once give exactly 200", async () => {
    const paper = await createTestPaper();
    const users = await createUsers(200);
    const results = await Promise.all(users.map((user) => setVote(user, paper.id)));
    expect(results.every((r) => r?.voted === true)).toBe(true);
    const after = await stored(paper.id);
    expect(after.upvotes).toBe(200);
    expect(after.rows).toBe(200);
    expect(after.score).toBeCloseTo(after.expectedScore, 9);
  });

  test("300 requests from 100 people give 100", async () => {
    const paper = await createTestPaper();
    const users = await createUsers(100);
    await Promise.all(shuffle([...users, ...users, ...users]).map((user) => setVote(user, paper.id)));
    const after = await stored(paper.id);
    expect(after.upvotes).toBe(100);
    expect(after.rows).toBe(100);
    expect(after.score).toBeCloseTo(after.expectedScore, 9);
  });

  test("an interleaved storm of votes and take-backs leaves the count equal to the vote rows", async () => {
    const papers = [await createTestPaper(), await createTestPaper()];
    const users = await createUsers(60);
    const operations = shuffle(
      users.flatMap((user) =>
        Array.from({ length: 8 }, (_, i) => {
          const paper = papers[i % 2]!;
          return () => (Math.random() < 0.55 ? setVote(user, paper.id) : unsetVote(user, paper.id));
        }),
      ),
    );
    await Promise.all(operations.map((operation) => operation()));
    for (const paper of papers) {
      const after = await stored(paper.id);
      expect(after.upvotes).toBe(after.rows);
      expect(after.score).toBeCloseTo(after.expectedScore, 9);
    }
    // The storm must have left some votes and taken some back, or it tested nothing.
    const total = (await stored(papers[0]!.id)).rows + (await stored(papers[1]!.id)).rows;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(120);
  });
});

describe("setVote and unsetVote", () => {
  test.each([
    { name: "set twice counts once", steps: ["set", "set"], upvotes: 1, voted: true },
    { name: "unset without a vote changes nothing", steps: ["unset", "unset"], upvotes: 0, voted: false },
    { name: "set then unset returns to zero", steps: ["set", "unset"], upvotes: 0, voted: false },
    { name: "unset twice after set decrements once", steps: ["set", "unset", "unset"], upvotes: 0, voted: false },
    { name: "set, unset, set counts once", steps: ["set", "unset", "set", "set"], upvotes: 1, voted: true },
  ] as const)("$name", async ({ steps, upvotes, voted }) => {
    const paper = await createTestPaper({ upvotes: 0 });
    const [user] = await createUsers(1);
    let last = null;
    for (const step of steps) last = await (step === "set" ? setVote : unsetVote)(user!, paper.id);
    expect(last).toEqual({ voted, upvotes });
    expect(await stored(paper.id)).toMatchObject({ upvotes, rows: upvotes });
  });

  test.each([setVote, unsetVote])("%o answers null for an unknown paper", async (operation) => {
    const [user] = await createUsers(1);
    expect(await operation(user!, "no-such-paper")).toBeNull();
    expect(await testDb().vote.count()).toBe(0);
  });

  test("counts on top of a paper's imported upvotes", async () => {
    const paper = await createTestPaper({ upvotes: 12 });
    const [user] = await createUsers(1);
    expect(await setVote(user!, paper.id)).toEqual({ voted: true, upvotes: 13 });
    expect(await unsetVote(user!, paper.id)).toEqual({ voted: false, upvotes: 12 });
  });
});
