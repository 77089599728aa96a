import { jsonError } from "@/lib/http/json-error";
import { getPaperById } from "@/lib/papers/get-paper";

export async function GET(_request: Request, { params }: RouteContext<"/api/papers/[id]">) {
  const { id } = await params;
  if (id.length > 100) return jsonError(404, "no paper has this id");
  const paper = await getPaperById(id);
  if (!paper) return jsonError(404, "no paper has this id");
  return Response.json(paper);
}
