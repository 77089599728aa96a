// Child of bench/discovery.ts: precision@5 of "For you" for simulated readers who saved three
// papers of one topic of the seed listing's evaluation set (bench/lib/discovery-topics.ts), next
// to two baselines: trending, and the app's full-text search of the saved papers' titles. On the
// database in DATABASE_URL, which holds the seed papers. The model is trained with the app's own
// computeRecommendations (a collection as the seed, as "More like this collection" does).
// Run with the react-server condition (server-only modules).
import { createPrismaClient } from "@/lib/create-prisma-client";
import { buildSimilarPapers } from "@/lib/discovery/build-similar-papers";
import { loadTrainingVocabulary } from "@/lib/recommendations/load-training-vocabulary";
import { computeRecommendations } from "@/lib/recommendations/train-reader";
import { seededRandom } from "@/lib/recommendations/train-reader-model";
import { searchPapers } from "@/lib/search/search-papers";
import { topicOfSlug } from "./lib/discovery-topics";

export type ForYouQualityResult = {
  readers: number;
  topics: { topic: string; papers: number; readers: number; forYou: number; trending: number; fulltext: number }[];
  overall: { forYou: number; trending: number; fulltext: number };
};

const K = 5;
const SAVED = 3;
const READERS_PER_TOPIC = 10;
// Three saved and five to find: a topic needs eight papers.
const MIN_PAPERS = SAVED + K;

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
await buildSimilarPapers(db, "full");
const vocabulary = (await loadTrainingVocabulary(db))!;
const papers = await db.paper.findMany({ select: { id: true, slug: true, title: true }, orderBy: [{ score: "desc" }, { id: "desc" }] });
const topicOf = topicOfSlug();
const slugOf = new Map(papers.map((p) => [p.id, p.slug]));
// Seeded, so that every run simulates the same readers.
const random = seededRandom(42);
const precision = (topic: string, ids: string[]) => ids.slice(0, K).filter((id) => topicOf.get(slugOf.get(id)!) === topic).length / K;

const rows: ForYouQualityResult["topics"] = [];
for (const topic of new Set(topicOf.values())) {
  const members = papers.filter((p) => topicOf.get(p.slug) === topic);
  if (members.length < MIN_PAPERS) continue;
  const scores = { forYou: [] as number[], trending: [] as number[], fulltext: [] as number[] };
  for (let reader = 0; reader < READERS_PER_TOPIC; reader++) {
    const shuffled = [...members].sort(() => random() - 0.5);
    const saved = shuffled.slice(0, SAVED);
    const savedIds = new Set(saved.map((p) => p.id));
    const { recommendations } = await computeRecommendations(db, vocabulary, {
      // No such person: nothing of anyone's is read but the saves given here.
      userId: `bench-reader-${topic}-${reader}`,
      positivesOverride: saved.map((p) => ({ paperId: p.id, reason: { kind: "saved", paperId: p.id, collectionId: "bench" } })),
      limit: K + SAVED,
    });
    scores.forYou.push(
      precision(
        topic,
        recommendations.map((r) => r.paperId).filter((id) => !savedIds.has(id)),
      ),
    );
    scores.trending.push(
      precision(
        topic,
        papers.map((p) => p.id).filter((id) => !savedIds.has(id)),
      ),
    );
    // Each saved title as the app's search takes it, the answers taken in turn, saved papers out.
    const answers = await Promise.all(saved.map((p) => searchPapers({ q: p.title.slice(0, 250), sort: "relevance", limit: K + SAVED })));
    const merged: string[] = [];
    for (let rank = 0; rank < K + SAVED; rank++)
      for (const answer of answers) {
        const id = answer.papers[rank]?.id;
        if (id && !savedIds.has(id) && !merged.includes(id)) merged.push(id);
      }
    scores.fulltext.push(precision(topic, merged));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  rows.push({
    topic,
    papers: members.length,
    readers: READERS_PER_TOPIC,
    forYou: mean(scores.forYou),
    trending: mean(scores.trending),
    fulltext: mean(scores.fulltext),
  });
}
const weighted = (key: "forYou" | "trending" | "fulltext") =>
  rows.reduce((sum, row) => sum + row[key] * row.readers, 0) / rows.reduce((n, row) => n + row.readers, 0);
const result: ForYouQualityResult = {
  readers: rows.reduce((n, row) => n + row.readers, 0),
  topics: rows,
  overall: { forYou: weighted("forYou"), trending: weighted("trending"), fulltext: weighted("fulltext") },
};
await db.$disconnect();
console.log(JSON.stringify(result));
process.exit(0);
