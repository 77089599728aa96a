// Child of bench/discovery.ts: precision@5 of similar papers and of two baselines on the seed
// listing's evaluation set (bench/lib/discovery-topics.ts), on the database in DATABASE_URL, which
// holds the seed papers. Builds the lists with the job's own function, reads them with the app's,
// searches with the app's searchPapers(). Run with the react-server condition (server-only modules).
import { createPrismaClient } from "@/lib/create-prisma-client";
import { buildSimilarPapers } from "@/lib/discovery/build-similar-papers";
import { findSimilarPapers } from "@/lib/discovery/find-similar-papers";
import { searchPapers } from "@/lib/search/search-papers";
import { MIN_TOPIC_SIZE, topicOfSlug } from "./lib/discovery-topics";

export type QualityResult = {
  papers: number;
  asked: number;
  topics: { topic: string; size: number; similar: number; trending: number; fulltext: number }[];
  overall: { similar: number; trending: number; fulltext: number };
  fulltextEmpty: number;
};

const K = 5;
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
await buildSimilarPapers(db, "full");
const papers = await db.paper.findMany({ select: { id: true, slug: true, title: true }, orderBy: { score: "desc" } });
const topicOf = topicOfSlug();
const sizes = new Map<string, number>();
for (const topic of topicOf.values()) sizes.set(topic, (sizes.get(topic) ?? 0) + 1);

/** Share of the first K answers in the paper's topic; missing answers count as wrong. */
const precision = (topic: string, slugs: string[]) => slugs.slice(0, K).filter((slug) => topicOf.get(slug) === topic).length / K;

const perTopic = new Map<string, { similar: number[]; trending: number[]; fulltext: number[] }>();
let fulltextEmpty = 0;
for (const paper of papers) {
  const topic = topicOf.get(paper.slug);
  if (!topic || sizes.get(topic)! < MIN_TOPIC_SIZE) continue;
  const similar = (await findSimilarPapers(db, paper.id, K))!.map((p) => p.slug);
  // Trending: the same five for everyone, the feed's top papers other than this one.
  const trending = papers.filter((p) => p.id !== paper.id).map((p) => p.slug);
  const found = await searchPapers({ q: paper.title.slice(0, 250), sort: "relevance", limit: K + 1 });
  const fulltext = found.papers.filter((p) => p.id !== paper.id).map((p) => p.slug);
  if (fulltext.length === 0) fulltextEmpty += 1;
  const row = perTopic.get(topic) ?? { similar: [], trending: [], fulltext: [] };
  row.similar.push(precision(topic, similar));
  row.trending.push(precision(topic, trending));
  row.fulltext.push(precision(topic, fulltext));
  perTopic.set(topic, row);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const all = [...perTopic.values()];
const result: QualityResult = {
  papers: papers.length,
  asked: all.reduce((n, row) => n + row.similar.length, 0),
  topics: [...perTopic].map(([topic, row]) => ({
    topic,
    size: row.similar.length,
    similar: mean(row.similar),
    trending: mean(row.trending),
    fulltext: mean(row.fulltext),
  })),
  overall: {
    similar: mean(all.flatMap((row) => row.similar)),
    trending: mean(all.flatMap((row) => row.trending)),
    fulltext: mean(all.flatMap((row) => row.fulltext)),
  },
  fulltextEmpty,
};
await db.$disconnect();
console.log(JSON.stringify(result));
process.exit(0);
