// Test helpers for the real database started by tests/global-setup.ts. Never a mock.
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/create-prisma-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { trendingScore } from "@/lib/ranking";

let client: PrismaClient | undefined;

export function testDb(): PrismaClient {
  client ??= createPrismaClient(inject("databaseUrl"), 8);
  return client;
}

/** Empties every table the app writes, in one statement, so each test file starts clean. */
export async function resetDb() {
  await testDb()
    .$executeRaw`TRUNCATE "JobRun", "IngestState", "AlertMatchQueue", "TfidfVocabulary", "DigestDelivery", "Subscription", "RateLimiterFlexible", "CollectionItem", "Collection", "Vote", "Session", "Account", "VerificationToken", "Paper", "SearchWord", "User" CASCADE`;
}

let counter = 0;

/** Inserts a paper with sensible defaults; `listedAt` and `upvotes` drive the sorts. */
export async function createTestPaper(
  overrides: {
    title?: string;
    abstract?: string;
    listedAt?: Date;
    upvotes?: number;
    authors?: string[];
    categories?: string[];
    arxivId?: string;
    codeUrl?: string | null;
    codeStars?: number | null;
    projectUrl?: string | null;
    hfUpvotes?: number | null;
  } = {},
) {
  counter += 1;
  const listedAt = overrides.listedAt ?? new Date(Date.UTC(2025, 0, 1 + (counter % 28)));
  const upvotes = overrides.upvotes ?? 0;
  return testDb().paper.create({
    data: {
      slug: `test-paper-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      title: overrides.title ?? `Test paper ${counter}`,
      abstract: overrides.abstract ?? `Abstract of test paper ${counter}.`,
      authors: overrides.authors ?? [],
      authorCount: overrides.authors?.length ?? 3,
      categories: overrides.categories ?? [],
      arxivId: overrides.arxivId,
      listedAt,
      publishedAt: listedAt,
      upvotes,
      score: trendingScore(upvotes, listedAt),
      codeUrl: overrides.codeUrl,
      codeStars: overrides.codeStars,
      projectUrl: overrides.projectUrl,
      hfUpvotes: overrides.hfUpvotes,
    },
  });
}

/** Inserts `count` users in one statement and returns their ids in creation order. */
export async function createTestUsers(count: number, prefix = "user"): Promise<string[]> {
  const tag = `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
  const data = Array.from({ length: count }, (_, i) => ({
    email: `${tag}-${i}@example.com`,
    username: `${tag}-${String(i).padStart(4, "0")}`,
  }));
  await testDb().user.createMany({ data });
  const users = await testDb().user.findMany({
    where: { username: { startsWith: `${tag}-` } },
    orderBy: { username: "asc" },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
