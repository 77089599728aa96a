import { saveResponseSchema } from "@/lib/api/collections-schemas";
import { revalidatePublicCollections } from "@/lib/collections/cache";
import { savePaper } from "@/lib/collections/saves";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { COLLECTION_FULL, savePaperSchema } from "@/lib/validations/collection";

/** The Save button: `{ paperId }` goes into my Reading list (created on first use). Idempotent. */
export const POST = route(
  { auth: "required", body: savePaperSchema, rateLimit: "collectionEdit", response: saveResponseSchema },
  async ({ body, user }) => {
    const result = await savePaper(user.id, body.paperId);
    if (!result) throw new HttpError(404, "paperId: no paper has this id");
    if (result === "full") throw new HttpError(409, `Reading list: ${COLLECTION_FULL}`);
    if (result.added) await revalidatePublicCollections(result.visibility);
    return { saved: true as const, collectionId: result.collectionId, added: result.added };
  },
);
