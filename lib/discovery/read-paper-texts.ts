import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PaperText } from "@/lib/discovery/tokenize-paper";

export type PaperTextRow = PaperText & { id: string };

/**
 * Every paper's text, a page at a time in id order (keyset), so a build at 100,000 papers holds
 * one page of abstracts at a time, never the corpus.
 */
export async function* readPaperTexts(db: PrismaClient, { pageSize = 2000, signal }: { pageSize?: number; signal?: AbortSignal } = {}) {
  let after: string | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const page: PaperTextRow[] = await db.paper.findMany({
      where: after === undefined ? {} : { id: { gt: after } },
      orderBy: { id: "asc" },
      take: pageSize,
      select: { id: true, title: true, abstract: true, authors: true },
    });
    if (page.length === 0) return;
    yield page;
    after = page.at(-1)!.id;
  }
}
