import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ImportedPaper } from "@/lib/import/imported-paper";
import { trendingScore, trendingScoreSql } from "@/lib/ranking";
import { slugifyTitle } from "@/lib/slugify-title";

export type SavedPaper = { id: string; slug: string; arxivId: string; title: string; status: "created" | "updated" };

// Serializes importers, so two imports of the same new paper (or of two papers whose titles give
// the same slug) cannot both insert; imports are rare and short, so waiting costs nothing.
const IMPORT_LOCK = 4242002;

type Tx = Prisma.TransactionClient;

async function uniqueSlug(tx: Tx, base: string, taken: Set<string>): Promise<string> {
  const rows = await tx.paper.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const used = new Set([...taken, ...rows.map((r) => r.slug)]);
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** What a re-import changes: everything the source knows, nothing it does not (an HF listing has no categories). */
function updateData(paper: ImportedPaper): Prisma.PaperUpdateInput {
  return {
    arxivId: paper.arxivId,
    title: paper.title,
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
    ...(paper.authors.length ? { authors: paper.authors, authorCount: paper.authors.length } : {}),
    ...(paper.publishedAt ? { publishedAt: paper.publishedAt } : {}),
    ...(paper.sourceUpdatedAt ? { sourceUpdatedAt: paper.sourceUpdatedAt } : {}),
    ...(paper.url ? { url: paper.url } : {}),
    ...(paper.pdfUrl ? { pdfUrl: paper.pdfUrl } : {}),
    ...(paper.categories.length ? { categories: paper.categories, primaryCategory: paper.primaryCategory } : {}),
    ...(paper.listedAtIsListing ? { listedAt: paper.listedAt } : {}),
  };
}

/**
 * Inserts or updates a batch of papers in one transaction, keyed by arXiv id: all of the batch
 * is written or none of it. A paper that is already here keeps its slug, its upvotes and its
 * submitter (none for a seeded or listed paper: whoever imports it again did not submit it); its
 * trending score is recomputed from the kept upvotes. A paper added without
 * an arXiv id (the seed listing) whose title gives the same slug is taken to be the same paper.
 */
export async function saveImportedPapers(
  db: PrismaClient,
  input: ImportedPaper[],
  options: { submittedById?: string | null } = {},
): Promise<SavedPaper[]> {
  // A listing may name a paper twice; the last mention wins.
  const papers = [...new Map(input.map((p) => [p.arxivId, p])).values()];
  if (papers.length === 0) return [];
  const submittedById = options.submittedById ?? null;

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
      const known = await tx.paper.findMany({
        where: { arxivId: { in: papers.map((p) => p.arxivId) } },
        select: { id: true, arxivId: true },
      });
      const byArxivId = new Map(known.map((row) => [row.arxivId!, row]));
      const unknown = papers.filter((p) => !byArxivId.has(p.arxivId));
      const withoutId = await tx.paper.findMany({
        where: { arxivId: null, slug: { in: unknown.map((p) => slugifyTitle(p.title)) } },
        select: { id: true, slug: true },
      });
      const bySlug = new Map(withoutId.map((row) => [row.slug, row]));

      const saved: SavedPaper[] = [];
      const takenSlugs = new Set<string>();
      for (const paper of papers) {
        const base = slugifyTitle(paper.title);
        const target = byArxivId.get(paper.arxivId) ?? bySlug.get(base);
        if (target) {
          bySlug.delete(base);
          const row = await tx.paper.update({
            where: { id: target.id },
            data: updateData(paper),
            select: { id: true, slug: true, title: true },
          });
          saved.push({ ...row, arxivId: paper.arxivId, status: "updated" });
          continue;
        }
        const slug = await uniqueSlug(tx, base, takenSlugs);
        takenSlugs.add(slug);
        const row = await tx.paper.create({
          data: {
            slug,
            arxivId: paper.arxivId,
            title: paper.title,
            abstract: paper.abstract,
            authors: paper.authors,
            authorCount: paper.authors.length,
            publishedAt: paper.publishedAt,
            sourceUpdatedAt: paper.sourceUpdatedAt,
            listedAt: paper.listedAt,
            url: paper.url,
            pdfUrl: paper.pdfUrl,
            primaryCategory: paper.primaryCategory,
            categories: paper.categories,
            upvotes: paper.upvotes,
            score: trendingScore(paper.upvotes, paper.listedAt),
            submittedById,
          },
          select: { id: true, slug: true, title: true },
        });
        saved.push({ ...row, arxivId: paper.arxivId, status: "created" });
      }

      const updatedIds = saved.filter((p) => p.status === "updated").map((p) => p.id);
      if (updatedIds.length > 0) {
        // In its own statement, after listedAt may have moved: the formula reads the stored row.
        await tx.$executeRaw`UPDATE "Paper" SET "score" = ${trendingScoreSql(Prisma.sql`"upvotes"`)} WHERE "id" = ANY(${updatedIds}::text[])`;
      }
      return saved;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
