import type { PrismaClient } from "@/lib/generated/prisma/client";
import { trendingScore } from "@/lib/ranking";
import type { SeedPaper } from "@/lib/seed/parse-daily-papers";

/**
 * The seed listing's date heading ("Oct 29" in prisma/seed/daily-papers.txt): the parser lists the
 * papers shown without a date of their own on it (papers.json's listedAt).
 */
export const SEED_LISTING_DATE = "2025-10-29";

/**
 * Loads the seed papers into an empty database. Returns how many were inserted; a database that
 * already has papers is left alone, so restarts never duplicate or overwrite anything.
 */
export async function seedPapers(db: PrismaClient, papers: SeedPaper[]): Promise<number> {
  return db.$transaction(
    async (tx) => {
      // Serializes concurrent seeders (two `npm start`s against one server) so only one inserts.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242001)`;
      if ((await tx.paper.findFirst({ select: { id: true } })) !== null) return 0;
      const result = await tx.paper.createMany({
        data: papers.map((paper) => {
          const publishedAt = paper.publishedAt ? new Date(`${paper.publishedAt}T00:00:00Z`) : null;
          // The listing's day, never the day it was loaded: a paper dated by the load would sit on
          // top of Trending with no votes on every fresh start.
          const listedOn = paper.listedAt ?? paper.publishedAt;
          if (!listedOn) throw new Error(`seed paper "${paper.slug}" has no date, and its listing no date heading`);
          const listedAt = new Date(`${listedOn}T00:00:00Z`);
          return {
            slug: paper.slug,
            title: paper.title,
            abstract: paper.abstract,
            authorCount: paper.authorCount ?? 0,
            publishedAt,
            listedAt,
            upvotes: paper.upvotes,
            score: trendingScore(paper.upvotes, listedAt),
          };
        }),
      });
      return result.count;
      // Prisma's default 5 s is too short for a first start on a busy machine (a 2-core CI runner
      // building the app beside it took 5.8 s); the whole seed still commits or none of it does.
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}
