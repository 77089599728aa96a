import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { drainAlertMatching } from "@/lib/alerts/drain-alert-matching";
import { queueAlertMatching } from "@/lib/alerts/queue-alert-matching";
import type { ImportedPaper } from "@/lib/import/imported-paper";
import { planPaperUpdate, STORED_PAPER_SELECT, type StoredPaper } from "@/lib/import/plan-paper-update";
import { trendingScore, trendingScoreSql } from "@/lib/ranking";
import { slugifyTitle } from "@/lib/slugify-title";

export type SavedPaper = { id: string; slug: string; arxivId: string; title: string; status: "created" | "updated" | "unchanged" };

// Serializes importers, so two imports of the same new paper (or of two papers whose titles give
// the same slug) cannot both insert, and each one's created/updated/unchanged is exact.
const IMPORT_LOCK = 4242002;
// Suffixes probed per query when a slug is taken ("title-2" … "title-21").
const SLUG_PROBE = 20;
// Rows per INSERT: 20 columns each stays well under PostgreSQL's 65,535 parameters.
const INSERT_CHUNK = 1000;

type Tx = Prisma.TransactionClient;

async function takenSlugs(tx: Tx, candidates: string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const rows = await tx.paper.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
  return new Set(rows.map((r) => r.slug));
}

/**
 * A free slug for each base, in order: the base itself, else base-2, base-3, …; a few batched
 * lookups on the unique index for a whole day, not one query per paper.
 */
async function allocateSlugs(tx: Tx, bases: string[]): Promise<string[]> {
  const slugs: string[] = [];
  const used = new Set<string>();
  const exact = await takenSlugs(tx, [...new Set(bases)]);
  let pending: number[] = [];
  bases.forEach((base, i) => {
    if (exact.has(base) || used.has(base)) return pending.push(i);
    slugs[i] = base;
    used.add(base);
  });
  for (let from = 2; pending.length > 0; from += SLUG_PROBE) {
    const range = Array.from({ length: SLUG_PROBE }, (_, k) => from + k);
    const taken = await takenSlugs(tx, [...new Set(pending.flatMap((i) => range.map((n) => `${bases[i]}-${n}`)))]);
    pending = pending.filter((i) => {
      const free = range.map((n) => `${bases[i]}-${n}`).find((slug) => !taken.has(slug) && !used.has(slug));
      if (free === undefined) return true;
      slugs[i] = free;
      used.add(free);
      return false;
    });
  }
  return slugs;
}

/**
 * Inserts or updates a batch of papers in one transaction, keyed by arXiv id: all of the batch
 * is written or none of it. Each paper comes back "created", "updated" or "unchanged" (nothing
 * differed, nothing written). What an update may change is planPaperUpdate's: never a paper's
 * slug, votes or submitter (none for a seeded or listed paper: whoever imports it again did not
 * submit it); its trending score is recomputed from the kept upvotes. A paper added without an
 * arXiv id (the seed listing) whose title gives the same slug is taken to be the same paper.
 *
 * New papers are queued for alert matching in the same transaction and matched right after it
 * commits (lib/alerts/drain-alert-matching.ts); should that fail, the match-alerts job does it.
 *
 * A new paper's own upvotes start at the source's count (Hugging Face's), so a fresh feed ranks
 * sensibly; from then on Hugging Face's votes only move hfUpvotes, never ours.
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

  const result = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
      const known = await tx.paper.findMany({ where: { arxivId: { in: papers.map((p) => p.arxivId) } }, select: STORED_PAPER_SELECT });
      const byArxivId = new Map(known.map((row) => [row.arxivId!, row]));
      const unknown = papers.filter((p) => !byArxivId.has(p.arxivId));
      const withoutId = await tx.paper.findMany({
        where: { arxivId: null, slug: { in: unknown.map((p) => slugifyTitle(p.title)) } },
        select: STORED_PAPER_SELECT,
      });
      const bySlug = new Map(withoutId.map((row) => [row.slug, row]));

      const saved = new Map<string, SavedPaper>();
      const toCreate: ImportedPaper[] = [];
      const updatedIds: string[] = [];
      for (const paper of papers) {
        const base = slugifyTitle(paper.title);
        const target: StoredPaper | undefined = byArxivId.get(paper.arxivId) ?? bySlug.get(base);
        if (!target) {
          toCreate.push(paper);
          continue;
        }
        bySlug.delete(base);
        const changes = planPaperUpdate(target, paper);
        if (Object.keys(changes).length === 0) {
          saved.set(paper.arxivId, { id: target.id, slug: target.slug, title: target.title, arxivId: paper.arxivId, status: "unchanged" });
          continue;
        }
        await tx.paper.update({ where: { id: target.id }, data: changes, select: { id: true } });
        updatedIds.push(target.id);
        saved.set(paper.arxivId, {
          id: target.id,
          slug: target.slug,
          title: changes.title ?? target.title,
          arxivId: paper.arxivId,
          status: "updated",
        });
      }

      const slugs = await allocateSlugs(
        tx,
        toCreate.map((p) => slugifyTitle(p.title)),
      );
      for (let start = 0; start < toCreate.length; start += INSERT_CHUNK) {
        const rows = await tx.paper.createManyAndReturn({
          data: toCreate.slice(start, start + INSERT_CHUNK).map((paper, k) => ({
            slug: slugs[start + k]!,
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
            arxivVersion: paper.arxivVersion ?? null,
            hfUpvotes: paper.hfUpvotes ?? null,
            codeUrl: paper.code?.url ?? null,
            codeStars: paper.code?.stars ?? null,
            projectUrl: paper.projectUrl ?? null,
            submittedById,
          })),
          select: { id: true, slug: true, title: true, arxivId: true },
        });
        for (const row of rows)
          saved.set(row.arxivId!, { id: row.id, slug: row.slug, title: row.title, arxivId: row.arxivId!, status: "created" });
      }

      // Queued in the same transaction, matched after it (below): never lost, and the import lock
      // is not held while every alert is tried.
      await queueAlertMatching(
        tx,
        [...saved.values()].filter((p) => p.status === "created").map((p) => p.id),
      );
      if (updatedIds.length > 0) {
        // In its own statement, after listedAt may have moved: the formula reads the stored row.
        await tx.$executeRaw`UPDATE "Paper" SET "score" = ${trendingScoreSql(Prisma.sql`"upvotes"`)} WHERE "id" = ANY(${updatedIds}::text[])`;
      }
      return papers.map((p) => saved.get(p.arxivId)!);
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
  if (result.some((paper) => paper.status === "created")) {
    // The papers are saved whatever happens here: a failure leaves them queued for the job.
    await drainAlertMatching(db).catch((error: unknown) =>
      console.error("Matching new papers against alerts failed; the match-alerts job will retry:", error),
    );
  }
  return result;
}
