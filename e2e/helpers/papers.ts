import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../../lib/create-prisma-client";
import { trendingScore } from "../../lib/ranking";
import { e2eDatabaseUrl } from "./cli";

export type PaperSpec = {
  title?: string;
  abstract?: string;
  authors?: string[];
  /** When it differs from the number of names ("9 authors" with no names). */
  authorCount?: number;
  upvotes?: number;
  /** Listed this many days before `day` (0 to 14), to spread papers over dates. */
  daysEarlier?: number;
  /** Code and project links and Hugging Face's count, as ingestion would store them (none by default). */
  codeUrl?: string;
  codeStars?: number;
  projectUrl?: string;
  hfUpvotes?: number;
};

export type TestPaper = { id: string; slug: string; arxivId: string; title: string; upvotes: number; listedAt: Date };

export type TestPapers = {
  /** In the order asked for; without `daysEarlier`, each is listed a minute after the next one. */
  papers: TestPaper[];
  /** An arXiv-style category only these papers have: `/?category=…` is a feed of exactly them. */
  category: string;
  /** The day they are listed (YYYY-MM-DD): its day, week and month views hold only these papers. */
  day: string;
  /** A made-up word (lowercase letters) in every default title and abstract, for searches. */
  word: string;
};

/** A word no other test's papers contain. */
export function uniqueWord(): string {
  return "zo" + [...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join("");
}

// Each call lists its papers in a month of its own, counted up from 2000-01: the seed starts in
// 2018, and the recorded arXiv and Hugging Face fixtures that other tests import are from 1997,
// 2017 and later. Papers that old never lead the feed, its newest period or its trending sort,
// so what other tests see of the seed stays as it is.
const FIRST_MONTH = { year: 2000, month: 0 };
const LAST_MONTH = { year: 2017, month: 4 };
const SLUG_PREFIX = "e2e-";
// Serializes the choice of month between parallel workers (any constant the app does not use).
const MONTH_LOCK = 4242901;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * Creates `count` papers for one test, straight in the database of the server under test (the
 * one place that knows its URL is e2eDatabaseUrl), through the app's own Prisma client and
 * trending formula. Pages that list them are rendered on first visit, so they show at once.
 */
export async function createPapers(count: number, spec: (index: number, word: string) => PaperSpec = () => ({})): Promise<TestPapers> {
  const word = uniqueWord();
  const Word = word[0]!.toUpperCase() + word.slice(1);
  const category = `test.${Word}`;
  const db = createPrismaClient(e2eDatabaseUrl(), 1);
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${MONTH_LOCK})`;
      const latest = await tx.paper.findFirst({
        where: { slug: { startsWith: SLUG_PREFIX } },
        orderBy: { listedAt: "desc" },
        select: { listedAt: true },
      });
      const { year, month } = latest ? { year: latest.listedAt.getUTCFullYear(), month: latest.listedAt.getUTCMonth() + 1 } : FIRST_MONTH;
      const noon = new Date(Date.UTC(year, month, 15, 12));
      if (noon > new Date(Date.UTC(LAST_MONTH.year, LAST_MONTH.month, 15, 12))) {
        throw new Error("createPapers: no free month left; the end-to-end tests need a fresh database");
      }
      const yyyy = noon.getUTCFullYear();
      const mm = pad(noon.getUTCMonth() + 1);
      const papers = Array.from({ length: count }, (_, index) => {
        const paper = spec(index, word);
        const listedAt = new Date(noon.getTime() - (paper.daysEarlier ?? 0) * 86_400_000 - index * 60_000);
        const authors = paper.authors ?? ["Ada Tester", "Grace Example"];
        const upvotes = paper.upvotes ?? 0;
        return {
          slug: `${SLUG_PREFIX}${yyyy}-${mm}-${index + 1}`,
          // arXiv's new-style ids, YYMM.NNNNN, unique because the month is.
          arxivId: `${String(yyyy).slice(2)}${mm}.${pad(index + 1, 5)}`,
          title: paper.title ?? `Paper ${index + 1} on ${Word}`,
          abstract: paper.abstract ?? `What ${word} networks learn, part ${index + 1}: a paper made for one end-to-end test.`,
          authors,
          authorCount: paper.authorCount ?? authors.length,
          categories: [category],
          primaryCategory: category,
          listedAt,
          publishedAt: listedAt,
          upvotes,
          score: trendingScore(upvotes, listedAt),
          codeUrl: paper.codeUrl ?? null,
          codeStars: paper.codeStars ?? null,
          projectUrl: paper.projectUrl ?? null,
          hfUpvotes: paper.hfUpvotes ?? null,
        };
      });
      await tx.paper.createMany({ data: papers });
      const rows = await tx.paper.findMany({ where: { slug: { in: papers.map((p) => p.slug) } }, select: { id: true, slug: true } });
      const ids = new Map(rows.map((row) => [row.slug, row.id]));
      return {
        papers: papers.map((p) => ({
          id: ids.get(p.slug)!,
          slug: p.slug,
          arxivId: p.arxivId,
          title: p.title,
          upvotes: p.upvotes,
          listedAt: p.listedAt,
        })),
        category,
        day: `${yyyy}-${mm}-15`,
        word,
      };
    });
  } finally {
    await db.$disconnect();
  }
}

/** The feed of exactly these papers, in one sort, as the app writes its URL. */
export function feedOf(papers: TestPapers, sort: "trending" | "top" | "new" = "new"): string {
  return sort === "trending" ? `/?category=${papers.category}` : `/?sort=${sort}&category=${papers.category}`;
}
