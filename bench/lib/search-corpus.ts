// Synthetic papers for the search benchmark, generated in SQL (INSERT ... SELECT generate_series),
// with a vocabulary that behaves like real text: word ranks follow Zipf's law (the r-th most common
// word is drawn with probability ~1/r), so a few words are in almost every abstract and most are
// rare. The 200 most common words are real English and machine-learning words; the long tail is
// made-up syllable words, so every rank is a distinct word.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { SECONDS_PER_DECADE_OF_VOTES } from "@/lib/ranking";

export const VOCABULARY_SIZE = 200_000;

// Roughly in the order of their frequency in arXiv ML abstracts; English stop words included,
// as in real text (the text-search configuration drops them).
export const COMMON_WORDS = [
  "the",
  "of",
  "and",
  "a",
  "to",
  "in",
  "we",
  "is",
  "for",
  "that",
  "model",
  "with",
  "on",
  "this",
  "models",
  "by",
  "learning",
  "our",
  "as",
  "are",
  "language",
  "an",
  "data",
  "from",
  "which",
  "can",
  "be",
  "performance",
  "training",
  "large",
  "results",
  "method",
  "tasks",
  "show",
  "these",
  "it",
  "approach",
  "based",
  "task",
  "neural",
  "network",
  "methods",
  "using",
  "propose",
  "new",
  "inference",
  "its",
  "such",
  "not",
  "attention",
  "have",
  "also",
  "existing",
  "more",
  "framework",
  "efficient",
  "than",
  "has",
  "both",
  "while",
  "two",
  "high",
  "time",
  "state",
  "at",
  "or",
  "into",
  "across",
  "paper",
  "deep",
  "use",
  "however",
  "problem",
  "each",
  "different",
  "multiple",
  "significantly",
  "their",
  "learn",
  "trained",
  "reasoning",
  "vision",
  "fine",
  "tuning",
  "parameters",
  "memory",
  "computational",
  "tokens",
  "transformer",
  "experiments",
  "dataset",
  "benchmark",
  "generation",
  "compared",
  "novel",
  "demonstrate",
  "accuracy",
  "improve",
  "achieves",
  "prior",
  "work",
  "other",
  "via",
  "layer",
  "where",
  "information",
  "image",
  "output",
  "input",
  "quality",
  "between",
  "how",
  "real",
  "world",
  "complex",
  "diverse",
  "cost",
  "scale",
  "sparse",
  "knowledge",
  "adaptive",
  "representation",
  "structure",
  "one",
  "first",
  "without",
  "only",
  "policy",
  "reward",
  "agents",
  "retrieval",
  "context",
  "long",
  "text",
  "video",
  "visual",
  "graph",
  "optimization",
  "gradient",
  "loss",
  "objective",
  "efficiency",
  "latency",
  "throughput",
  "hardware",
  "gpu",
  "energy",
  "compression",
  "quantization",
  "pruning",
  "distillation",
  "experts",
  "mixture",
  "routing",
  "decoding",
  "speculative",
  "cache",
  "kernel",
  "parallel",
  "distributed",
  "robust",
  "safety",
  "alignment",
  "human",
  "preference",
  "feedback",
  "reinforcement",
  "supervised",
  "unsupervised",
  "contrastive",
  "pretraining",
  "pretrained",
  "downstream",
  "zero",
  "shot",
  "few",
  "prompt",
  "prompting",
  "instruction",
  "chain",
  "thought",
  "evaluation",
  "metrics",
  "analysis",
  "theory",
  "theoretical",
  "bound",
  "convergence",
  "algorithm",
  "algorithms",
  "stochastic",
  "noise",
  "diffusion",
  "generative",
  "adversarial",
  "latent",
  "space",
  "embedding",
  "encoder",
  "decoder",
];

const CONSONANTS = "bcdfghjklmnprstvz"; // 17
const VOWELS = "aeiou"; // 5

/** The word of rank `r` (1-based), the same as the SQL below: tests and query lists use it. */
export function wordOfRank(r: number): string {
  if (r <= COMMON_WORDS.length) return COMMON_WORDS[r - 1]!;
  const c = (n: number) => CONSONANTS[n % 17]!;
  const v = (n: number) => VOWELS[n % 5]!;
  return (
    c(r) + v(Math.floor(r / 17)) + c(Math.floor(r / 85)) + v(Math.floor(r / 1445)) + c(Math.floor(r / 7225)) + v(Math.floor(r / 122825))
  );
}

/** The SQL expression of `wordOfRank` for an integer expression `r`, with `common` the COMMON_WORDS array. */
const WORD_SQL = (r: string) => `CASE WHEN ${r} <= ${COMMON_WORDS.length} THEN common[${r}] ELSE
  substr('${CONSONANTS}', ${r} % 17 + 1, 1) || substr('${VOWELS}', (${r} / 17) % 5 + 1, 1) ||
  substr('${CONSONANTS}', (${r} / 85) % 17 + 1, 1) || substr('${VOWELS}', (${r} / 1445) % 5 + 1, 1) ||
  substr('${CONSONANTS}', (${r} / 7225) % 17 + 1, 1) || substr('${VOWELS}', (${r} / 122825) % 5 + 1, 1) END`;

// A Zipf (s = 1) rank in 1..n, by inverting the continuous approximation of its distribution.
const ZIPF_SQL = (n: number) => `least(${n}, floor(exp(random() * ln(${n + 1})))::int)`;

const BATCH = 25_000;
const DAYS = 5 * 365;

/**
 * Inserts `count` papers: titles of 5 to 12 words (the ten most common words left out, as titles
 * rarely start with "the of and"), abstracts of 120 to 199 words, 1 to 6 authors with made-up
 * names, listing days spread over five years in insertion order (as a real archive grows), and
 * votes with a long tail (most papers 0 to 2, a few hundreds).
 * Indexes are dropped during the load and rebuilt at the end, which is several times faster
 * than maintaining a GIN index row by row; their definitions are read back from the database so
 * they come back exactly as the migrations made them. The SearchWord vocabulary is filled the
 * same way, in one statement after the load.
 */
export async function insertSearchCorpus(db: PrismaClient, count: number, onProgress?: (done: number) => void) {
  const indexes = await db.$queryRaw<{ name: string; def: string }[]>`
    SELECT indexname AS name, indexdef AS def FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = 'Paper'
      AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = '"Paper"'::regclass)`;
  for (const { name } of indexes) await db.$executeRaw`DROP INDEX ${Prisma.raw(`"${name.replaceAll('"', '""')}"`)}`;
  // The vocabulary trigger works row by row; one statement at the end does the same in bulk.
  await db.$executeRaw`ALTER TABLE "Paper" DISABLE TRIGGER "Paper_search_words"`;
  for (let start = 1; start <= count; start += BATCH) {
    const end = Math.min(count, start + BATCH - 1);
    // Sub-selects refer to `i` so that PostgreSQL evaluates them (and random()) once per row.
    const word = (r: string) => Prisma.raw(WORD_SQL(r));
    const zipf = (n: number) => Prisma.raw(ZIPF_SQL(n));
    await db.$executeRaw`INSERT INTO "Paper" ("id", "slug", "title", "abstract", "authors", "authorCount", "publishedAt", "listedAt", "updatedAt", "upvotes", "score")
       SELECT 'sb' || i, 'search-bench-' || i, initcap(left(title, 1)) || substr(title, 2), abstract, authors, cardinality(authors), at, at, at, up,
              log(greatest(up, 1)::numeric)::float8 + extract(epoch from at)::float8 / ${SECONDS_PER_DECADE_OF_VOTES}::float8
       FROM (
         SELECT i,
           (SELECT string_agg(${word("r")}, ' ') FROM (SELECT 10 + ${zipf(VOCABULARY_SIZE - 10)} AS r FROM generate_series(1, 5 + (i * 7) % 8)) w) AS title,
           (SELECT string_agg(${word("r")}, ' ') FROM (SELECT ${zipf(VOCABULARY_SIZE)} AS r FROM generate_series(1, 120 + (i * 13) % 80)) w) AS abstract,
           ARRAY(SELECT initcap(${word("f")}) || 'n ' || initcap(${word("s")}) || 'sen'
                 FROM (SELECT 1000 + (random() * 3000)::int AS f, 200 + ${zipf(50_000)} AS s FROM generate_series(1, 1 + i % 6)) n) AS authors,
           timestamp '2021-01-01' + (i::float8 / ${count}::float8 * ${DAYS}::float8) * interval '1 day' + random() * interval '1 hour' AS at,
           floor(exp(power(random(), 3) * ln(1001)))::int - 1 AS up
         FROM generate_series(${start}::int, ${end}::int) AS i, (SELECT ${COMMON_WORDS}::text[] AS common) AS c
       ) AS s`;
    onProgress?.(end);
  }
  // A session setting: the caller's client has one connection. More memory builds GIN faster.
  await db.$executeRaw`SET maintenance_work_mem = '256MB'`;
  for (const { def } of indexes) await db.$executeRaw`${Prisma.raw(def)}`;
  await db.$executeRaw`
    INSERT INTO "SearchWord" ("word")
    SELECT DISTINCT w.lexeme FROM "Paper" AS p, unnest(to_tsvector('simple', p."title" || ' ' || paper_authors_text(p."authors"))) AS w
    WHERE length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '[0-9]'
    ON CONFLICT DO NOTHING`;
  await db.$executeRaw`ALTER TABLE "Paper" ENABLE TRIGGER "Paper_search_words"`;
  await db.$executeRaw`VACUUM ANALYZE "Paper"`;
}
