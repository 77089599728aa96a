import type { PrismaClient } from "@/lib/generated/prisma/client";

export type SimilarList = { paperId: string; similarIds: string[]; scores: number[] };

/**
 * Replaces the lists of these papers, one statement for the batch, so each paper's list changes
 * whole (idempotent: a retried run writes the same rows). The lists travel as one JSON parameter
 * because PostgreSQL's unnest flattens an array of arrays. A paper deleted while the build ran is
 * skipped by the join rather than failing the batch on its foreign key.
 */
export async function saveSimilarPapers(db: PrismaClient, lists: readonly SimilarList[]): Promise<void> {
  if (lists.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "SimilarPapers" ("paperId", "similarIds", "scores", "computedAt")
    SELECT l."paperId",
           ARRAY(SELECT e FROM jsonb_array_elements_text(l."similarIds") WITH ORDINALITY AS t(e, n) ORDER BY n),
           ARRAY(SELECT e::real FROM jsonb_array_elements_text(l."scores") WITH ORDINALITY AS t(e, n) ORDER BY n),
           now()
    FROM jsonb_to_recordset(${JSON.stringify(lists)}::jsonb) AS l("paperId" text, "similarIds" jsonb, "scores" jsonb)
    JOIN "Paper" p ON p."id" = l."paperId"
    ON CONFLICT ("paperId") DO UPDATE
      SET "similarIds" = EXCLUDED."similarIds", "scores" = EXCLUDED."scores", "computedAt" = EXCLUDED."computedAt"`;
}
