import type { SimilarPaper } from "@/lib/api/discovery-schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { paperSummaryColumns, toPaperSummary } from "@/lib/papers/paper-summary";

type Row = Parameters<typeof toPaperSummary>[0] & { similarity: number };

/**
 * A paper's stored similar papers, best first: one indexed row and its list joined to the papers
 * (ids of papers deleted since drop out). Null when no paper has this id; an empty list when the
 * job has not reached the paper yet or nothing resembles it.
 */
export async function findSimilarPapers(db: PrismaClient, paperId: string, limit: number): Promise<SimilarPaper[] | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${paperSummaryColumns}, s."score"::float8 AS "similarity"
    FROM "SimilarPapers" sp
    CROSS JOIN LATERAL unnest(sp."similarIds", sp."scores") WITH ORDINALITY AS s("similarId", "score", "rank")
    JOIN "Paper" p ON p."id" = s."similarId"
    WHERE sp."paperId" = ${paperId}
    ORDER BY s."rank"
    LIMIT ${limit}`;
  if (rows.length === 0) {
    const paper = await db.paper.findUnique({ where: { id: paperId }, select: { id: true } });
    if (!paper) return null;
  }
  return rows.map(({ similarity, ...row }) => ({ ...toPaperSummary(row), similarity: Math.round(similarity * 1000) / 1000 }));
}
