import { importPaperResponseSchema } from "@/lib/api/papers-schemas";
import { getDb } from "@/lib/db";
import { HttpError } from "@/lib/http/http-error";
import { reply, route } from "@/lib/http/route";
import { importArxivPapers } from "@/lib/import/import-arxiv-papers";
import { ImportError } from "@/lib/import/import-error";
import { PAPER_CARDS_TAG, PAPERS_TAG } from "@/lib/cache/cache-tags";
import { revalidateEverywhere } from "@/lib/cache/revalidate-everywhere";
import { importPaperSchema } from "@/lib/validations/import-paper";

/** Submits a paper by arXiv id or URL: fetches it from arXiv and adds (or updates) it, crediting the submitter. */
export const POST = route(
  { auth: "required", body: importPaperSchema, rateLimit: "importPaper", response: importPaperResponseSchema },
  async ({ body, user }) => {
    let result;
    try {
      // A person is waiting: fewer, shorter attempts than the command line's.
      result = await importArxivPapers(getDb(), [body.arxiv], { submittedById: user.id, retries: 1, timeoutMs: 15_000 });
    } catch (error) {
      if (error instanceof ImportError)
        throw new HttpError(502, `Could not get the paper from arXiv: ${error.message}. Try again in a minute.`);
      throw error;
    }
    const paper = result.saved[0];
    if (!paper) throw new HttpError(404, `arXiv has no paper ${result.missing[0] ?? body.arxiv}.`);
    await revalidateEverywhere({ background: [PAPERS_TAG, PAPER_CARDS_TAG] });
    return reply({ paper }, { status: paper.status === "created" ? 201 : 200 });
  },
);
