import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PaperSummary } from "@/lib/api/papers-schemas";
import { paperSummarySelect, toPaperSummary } from "@/lib/papers/paper-summary";
import type { Period } from "@/lib/periods";

/** The period's most upvoted papers (trending score breaks ties), for the digest. */
export async function listDigestPapers(db: PrismaClient, period: Period, limit = 10): Promise<PaperSummary[]> {
  const rows = await db.paper.findMany({
    where: { listedAt: { gte: period.start, lt: period.end } },
    orderBy: [{ upvotes: "desc" }, { score: "desc" }, { id: "desc" }],
    take: limit,
    select: paperSummarySelect,
  });
  return rows.map(toPaperSummary);
}
