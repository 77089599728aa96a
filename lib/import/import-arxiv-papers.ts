import { env } from "@/lib/env.js";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseArxivId } from "@/lib/import/arxiv-id";
import { fetchArxivPapers, type FetchArxivOptions } from "@/lib/import/fetch-arxiv-papers";
import { ImportError } from "@/lib/import/import-error";
import { saveImportedPapers, type SavedPaper } from "@/lib/import/save-imported-papers";

// The Submit page's API answers "created" or "updated" (lib/api/papers-schemas.ts): for a person
// re-submitting a paper that is already here, "unchanged" is an "updated" that wrote nothing.
export type ArxivImportResult = { saved: (Omit<SavedPaper, "status"> & { status: "created" | "updated" })[]; missing: string[] };

/**
 * Imports papers by arXiv id or URL: checks every input first, fetches them all, then writes
 * them in one transaction. Ids arXiv does not know are reported in `missing`, not written.
 */
export async function importArxivPapers(
  db: PrismaClient,
  inputs: string[],
  options: { submittedById?: string | null } & Partial<FetchArxivOptions> = {},
): Promise<ArxivImportResult> {
  const { submittedById, ...fetchOptions } = options;
  const invalid = inputs.filter((input) => parseArxivId(input) === null);
  if (invalid.length > 0) {
    throw new ImportError(
      `not an arXiv id or URL: ${invalid.map((i) => JSON.stringify(i)).join(", ")} (try 2310.06825 or https://arxiv.org/abs/2310.06825)`,
    );
  }
  if (inputs.length === 0) throw new ImportError("give at least one arXiv id or URL");
  const ids = inputs.map((input) => parseArxivId(input)!);
  const { papers, missing } = await fetchArxivPapers(ids, { baseUrl: env.ARXIV_API_URL, ...fetchOptions });
  const saved = await saveImportedPapers(db, papers, { submittedById });
  return { saved: saved.map((paper) => ({ ...paper, status: paper.status === "created" ? "created" : "updated" })), missing };
}
