import { revalidatePublicCollections } from "@/lib/collections/revalidate-public-collections";
import { savePaper } from "@/lib/collections/save-paper";
import { HttpError } from "@/lib/http/http-error";
import { mutationRoute } from "@/lib/http/mutation-route";
import { savePaperSchema } from "@/lib/validations/collection";

/** The Save button: `{ paperId }` goes into my Reading list (created on first use). Idempotent. */
export const POST = mutationRoute({ body: savePaperSchema }, async ({ body, user }) => {
  const result = await savePaper(user.id, body.paperId);
  if (!result) throw new HttpError(404, "paperId: no paper has this id");
  if (result.added) revalidatePublicCollections(result.visibility);
  return Response.json(
    { saved: true, collectionId: result.collectionId, added: result.added },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
