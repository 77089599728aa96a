import { beforeEach, describe, expect, it } from "vitest";
import { similarPapersJob } from "@/lib/discovery/similar-papers-job";
import { decodeReason } from "@/lib/recommendations/recommendation-reason";
import { trainChangedReaders } from "@/lib/recommendations/train-changed-readers";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";
import { TOPIC_PHRASES, topicPaper } from "@/tests/topic-papers";

// The "For you" job on the real database: who it trains, what it stores, and what it never shows.

const topics = { protein: TOPIC_PHRASES.protein, robot: TOPIC_PHRASES.robot, speech: TOPIC_PHRASES.speech };
type Topic = keyof typeof topics;
const CATEGORY: Record<Topic, string> = { protein: "q-bio.BM", robot: "cs.RO", speech: "eess.AS" };

/** A topic's paper with a category of its own, listed on day n of one month. */
const paperOf = (topic: Topic, n: number) => ({
  ...topicPaper(topic, n),
  categories: [CATEGORY[topic]],
  listedAt: new Date(Date.UTC(2025, 9, 1 + n)),
});

const db = () => testDb();
const train = () => trainChangedReaders(db());

async function seed() {
  const topicOf = new Map<string, Topic>();
  const byTopic: Record<Topic, string[]> = { protein: [], robot: [], speech: [] };
  for (const topic of Object.keys(topics) as Topic[]) {
    for (let n = 0; n < 8; n++) {
      const paper = await createTestPaper(paperOf(topic, n));
      topicOf.set(paper.id, topic);
      byTopic[topic].push(paper.id);
    }
  }
  await similarPapersJob("new").run({ db: db(), signal: new AbortController().signal, log: () => {}, queuedAt: new Date() });
  return { topicOf, byTopic };
}

async function save(ownerId: string, paperIds: string[], visibility: "PRIVATE" | "PUBLIC" = "PRIVATE") {
  return db().collection.create({
    data: {
      ownerId,
      title: `Shelf of ${ownerId.slice(-4)}`,
      visibility,
      itemCount: paperIds.length,
      items: { create: paperIds.map((paperId, position) => ({ paperId, position })) },
    },
  });
}

const stored = async (userId: string) => db().readerRecommendations.findUnique({ where: { userId } });

describe("trainChangedReaders", () => {
  beforeEach(async () => {
    await resetDb();
    await db().tfidfVocabulary.deleteMany();
  });

  it("waits for the first similar-papers build", async () => {
    const [reader] = await createTestUsers(1, "early");
    await save(reader!, [(await createTestPaper(paperOf("robot", 1))).id]);
    expect(await train()).toEqual({ trained: 0, skipped: "no-vocabulary" });
  });

  it("three saved papers on one topic bring that topic first, each explained by a save in the reader's own collection", async () => {
    const { topicOf, byTopic } = await seed();
    const [reader, other] = await createTestUsers(2, "reader");
    const shelf = await save(reader!, byTopic.protein.slice(0, 3));
    // Another person's private collection of another topic: it must not reach the reader's list.
    const secret = await save(other!, byTopic.robot.slice(0, 3));

    expect(await train()).toEqual({ trained: 2, skipped: null });
    const mine = (await stored(reader!))!;
    expect(mine.positives).toBe(3);
    expect(mine.paperIds.slice(0, 5).map((id) => topicOf.get(id))).toEqual(Array(5).fill("protein"));
    for (const id of byTopic.protein.slice(0, 3)) expect(mine.paperIds).not.toContain(id);
    for (const reason of mine.reasons.map(decodeReason)) {
      expect(reason).toMatchObject({ kind: "saved", collectionId: shelf.id });
      if (reason?.kind === "saved") expect(byTopic.protein.slice(0, 3)).toContain(reason.paperId);
    }
    expect(mine.reasons.join(" ")).not.toContain(secret.id);
    expect(mine.scores).toEqual([...mine.scores].sort((a, b) => b - a));

    // Nothing changed: nobody is trained again.
    expect(await train()).toEqual({ trained: 0, skipped: null });
  });

  it("retrains after an upvote or a Not interested, and never shows a dismissed paper again", async () => {
    const { topicOf, byTopic } = await seed();
    const [reader] = await createTestUsers(1, "dismisser");
    await save(reader!, byTopic.speech.slice(0, 3));
    await train();
    const first = (await stored(reader!))!.paperIds[0]!;
    expect(topicOf.get(first)).toBe("speech");

    await db().paperDismissal.create({ data: { userId: reader!, paperId: first } });
    expect(await train()).toEqual({ trained: 1, skipped: null });
    expect((await stored(reader!))!.paperIds).not.toContain(first);

    const upvoted = byTopic.speech[5]!;
    await db().vote.create({ data: { userId: reader!, paperId: upvoted } });
    expect(await train()).toEqual({ trained: 1, skipped: null });
    const after = (await stored(reader!))!;
    expect(after.positives).toBe(4);
    expect(after.paperIds).not.toContain(upvoted);
  });

  it("starts a reader with nothing saved from the categories they chose", async () => {
    const { topicOf } = await seed();
    const [reader] = await createTestUsers(1, "newcomer");
    await db().readerRecommendations.create({
      data: { userId: reader!, paperIds: [], scores: [], reasons: [], startCategories: ["cs.RO"] },
    });
    expect(await train()).toEqual({ trained: 1, skipped: null });
    const row = (await stored(reader!))!;
    // The starter papers are the category's trending ones, so the rest of that category comes first.
    expect(row.paperIds.length).toBeGreaterThan(0);
    expect(topicOf.get(row.paperIds[0]!)).toBe("robot");
    expect(new Set(row.reasons)).toEqual(new Set(["category:cs.RO"]));
  });
});
