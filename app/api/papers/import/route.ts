import { revalidateTag } from "next/cache";
import { getDb } from "@/lib/db";
import { HttpError } from "@/lib/http/http-error";
import { jsonError } from "@/lib/http/json-error";
import { consumeLimit } from "@/lib/http/consume-limit";
import { mutationRoute } from "@/lib/http/mutation-route";
import { importArxivPapers } from "@/lib/import/import-arxiv-papers";
import { ImportError } from "@/lib/import/import-error";
import { PAPERS_TAG } from "@/lib/papers/cache-tags";
import { importPaperSchema } from "@/lib/validations/import-paper";

/** Submits a paper by arXiv id or URL: fetches it from arXiv and adds (or updates) it, crediting the submitter. */
export const POST = mutationRoute({ body: importPaperSchema }, async ({ body, user }) => {
  const wait = await consumeLimit("importPaper", user.id);
  if (wait !== null)
    return jsonError(429, `You have submitted many papers in a short time; try again in ${Math.ceil(wait / 60)} minutes.`, {
      "Retry-After": String(wait),
    });
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
  revalidateTag(PAPERS_TAG, "max");
  return Response.json({ paper }, { status: paper.status === "created" ? 201 : 200 });
});
