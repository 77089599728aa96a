import { beforeEach, describe, expect, it } from "vitest";
import { SIMILAR_PAPERS_TAG } from "@/lib/cache/cache-tags";
import { findSimilarPapers } from "@/lib/discovery/find-similar-papers";
import { similarPapersJob } from "@/lib/discovery/similar-papers-job";
import { loadVocabulary } from "@/lib/discovery/vocabulary-store";
import { createTestPaper, resetDb, testDb } from "@/tests/db";
import { TOPIC_PHRASES, topicPaper } from "@/tests/topic-papers";

// The jobs on the real database: what they store, what the read gives back, and when they write.

const topics = { attention: TOPIC_PHRASES.attention, protein: TOPIC_PHRASES.protein, robot: TOPIC_PHRASES.robot };
type Topic = keyof typeof topics;
const paperOf = topicPaper;

const run = (mode: "new" | "full") =>
  similarPapersJob(mode).run({ db: testDb(), signal: new AbortController().signal, log: () => {}, queuedAt: new Date() });

async function seed() {
  const papers = new Map<string, Topic>();
  for (const topic of Object.keys(topics) as Topic[])
    for (let n = 0; n < 6; n++) papers.set((await createTestPaper(paperOf(topic, n))).id, topic);
  return papers;
}

const storedLists = async () =>
  new Map((await testDb().similarPapers.findMany({ orderBy: { paperId: "asc" } })).map((row) => [row.paperId, row.similarIds]));

describe("the similar-papers jobs", () => {
  beforeEach(async () => {
    await resetDb();
    await testDb().tfidfVocabulary.deleteMany();
  });

  it("lists every paper's similar papers on the first run, each topic's own first, and stores the vocabulary", async () => {
    const papers = await seed();
    const outcome = await run("new");
    expect(outcome.summary).toMatch(/^full build: 18 lists written; 18 papers, \d+ terms$/);
    expect(outcome.revalidate).toEqual({ now: [], background: [SIMILAR_PAPERS_TAG] });
    const lists = await storedLists();
    expect(lists.size).toBe(18);
    for (const [paperId, topic] of papers) {
      const similar = lists.get(paperId)!;
      expect(similar).not.toContain(paperId);
      expect(
        similar.slice(0, 5).map((id) => papers.get(id)),
        paperId,
      ).toEqual(Array(5).fill(topic));
    }
    const vocabulary = await loadVocabulary(testDb());
    expect(vocabulary?.documentCount).toBe(18);
    expect(vocabulary?.terms).toContain("protein fold");
    expect(vocabulary?.terms).not.toContain("the");
  });

  it("does nothing when no paper arrived, and lists a new paper (and enters it in its neighbours' lists) when one did", async () => {
    const papers = await seed();
    await run("new");
    expect(await run("new")).toEqual({ summary: "no new papers" });

    const added = await createTestPaper(paperOf("protein", 7));
    const outcome = await run("new");
    // 18 lists of 17 papers are not full, so every paper the new one resembles gets it in.
    expect(outcome.summary).toMatch(/^new papers: \d+ lists written \(\d+ refreshed for new papers\); 19 papers/);
    const lists = await storedLists();
    expect(
      lists
        .get(added.id)!
        .slice(0, 5)
        .map((id) => papers.get(id)),
    ).toEqual(Array(5).fill("protein"));
    const proteinPapers = [...papers].filter(([, topic]) => topic === "protein").map(([id]) => id);
    for (const id of proteinPapers) expect(lists.get(id), id).toContain(added.id);
  });

  it("rebuilds to the same lists (idempotent), replacing each paper's list whole", async () => {
    await seed();
    await run("full");
    const first = await storedLists();
    await run("full");
    expect(await storedLists()).toEqual(first);
  });

  it("reads a paper's list as paper summaries, best first, with a limit; null for an unknown paper", async () => {
    const papers = await seed();
    await run("new");
    const [paperId] = [...papers.keys()];
    const similar = (await findSimilarPapers(testDb(), paperId!, 3))!;
    expect(similar.map((p) => p.id)).toEqual((await storedLists()).get(paperId!)!.slice(0, 3));
    expect(similar.map((p) => p.similarity)).toEqual([...similar.map((p) => p.similarity)].sort((a, b) => b - a));
    expect(similar[0]).toMatchObject({ slug: expect.any(String), title: expect.any(String), authors: expect.any(Array) });
    expect(await findSimilarPapers(testDb(), "no-such-paper", 3)).toBeNull();
    const lonely = await createTestPaper({ title: "Unrelated", abstract: "Nothing alike." });
    expect(await findSimilarPapers(testDb(), lonely.id, 3)).toEqual([]);
  });

  it("skips papers deleted since the lists were written", async () => {
    const papers = await seed();
    await run("new");
    const [paperId] = [...papers.keys()];
    const [gone] = (await storedLists()).get(paperId!)!;
    await testDb().paper.delete({ where: { id: gone! } });
    const similar = (await findSimilarPapers(testDb(), paperId!, 20))!;
    expect(similar.map((p) => p.id)).not.toContain(gone);
    expect(similar.length).toBeGreaterThan(0);
  });
});
