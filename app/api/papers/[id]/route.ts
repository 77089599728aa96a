import { paperDetailSchema } from "@/lib/api/papers-schemas";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { getPaperById } from "@/lib/papers/get-paper";

/** One paper with its links and submitter. */
export const GET = route({ response: paperDetailSchema }, async (_args, { params }: RouteContext<"/api/papers/[id]">) => {
  const { id } = await params;
  const paper = id.length <= 100 ? await getPaperById(id) : null;
  if (!paper) throw new HttpError(404, "no paper has this id");
  return paper;
});
