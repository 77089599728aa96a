import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Puts new papers in the inbox of everyone whose alert matches them, in one INSERT … SELECT over
 * the batch: each paper is matched once, against all alerts, rather than each person's alerts
 * being run against the papers. Categories and author names are hash-joined (one pass over the
 * batch's categories and authors and one over the alerts of that kind); a saved search is its
 * stored tsquery against the paper's stored search vector, the same `@@` the search page uses, and
 * its "Has code" filter is the feed's (lib/papers/list-papers.ts HAS_CODE_SQL, which this file cannot
 * import: it is server-only, and ingestion runs in scripts too).
 *
 * Called by drainAlertMatching in the transaction that takes the papers off the queue, so none is
 * lost or matched twice; the unique key (person, paper, alert) makes running it again on the same
 * papers add nothing anyway. Returns the items added.
 */
export async function matchNewPapers(tx: Prisma.TransactionClient, paperIds: string[]): Promise<number> {
  if (paperIds.length === 0) return 0;
  return tx.$executeRaw`
    WITH new_paper AS (
      SELECT "id", "categories", "authors", "search", "codeUrl" FROM "Paper" WHERE "id" = ANY(${paperIds}::text[])
    ),
    matched AS (
      SELECT p."id" AS "paperId", a."id" AS "alertId", a."ownerId"
      FROM new_paper p CROSS JOIN LATERAL unnest(p."categories") AS c(category)
      JOIN "Alert" a ON a."kind" = 'CATEGORY' AND a."query" = c.category
      UNION
      SELECT p."id", a."id", a."ownerId"
      FROM new_paper p CROSS JOIN LATERAL unnest(p."authors") AS n(name)
      JOIN "Alert" a ON a."kind" = 'AUTHOR' AND lower(a."query") = lower(n.name)
      UNION
      SELECT p."id", a."id", a."ownerId"
      FROM new_paper p JOIN "Alert" a ON a."kind" = 'SEARCH'
        AND p."search" @@ a."tsquery"::tsquery
        AND (NOT a."hasCode" OR (p."codeUrl" IS NOT NULL AND p."codeUrl" ~* '^https?://'))
    )
    INSERT INTO "InboxItem" ("id", "userId", "paperId", "alertId", "createdAt")
    SELECT gen_random_uuid()::text, "ownerId", "paperId", "alertId", now() FROM matched
    ON CONFLICT ("userId", "paperId", "alertId") DO NOTHING`;
}
