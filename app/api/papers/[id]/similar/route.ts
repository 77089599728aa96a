import { similarPapersSchema } from "@/lib/api/discovery-schemas";
import { getSimilarPapers } from "@/lib/discovery/get-similar-papers";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { similarQuerySchema } from "@/lib/validations/similar-query";

/** The papers most similar to one, precomputed by the similar-papers job: `?limit=` (1–50, default 10). */
export const GET = route(
  { query: similarQuerySchema, response: similarPapersSchema },
  async ({ query }, { params }: RouteContext<"/api/papers/[id]/similar">) => {
    const { id } = await params;
    const papers = id.length <= 100 ? await getSimilarPapers(id, query.limit) : null;
    if (!papers) throw new HttpError(404, "no paper has this id");
    return { papers };
  },
);
