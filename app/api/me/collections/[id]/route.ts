import { requireUser } from "@/lib/auth/require-user";
import { deleteCollection } from "@/lib/collections/delete-collection";
import { getOwnedCollection } from "@/lib/collections/get-owned-collection";
import { revalidatePublicCollections } from "@/lib/collections/revalidate-public-collections";
import { updateCollection } from "@/lib/collections/update-collection";
import { HttpError } from "@/lib/http/http-error";
import { jsonError } from "@/lib/http/json-error";
import { mutationRoute } from "@/lib/http/mutation-route";
import { isIdShape, updateCollectionSchema } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/collections/[id]">;
const noStore = { "Cache-Control": "private, no-store" };
// Someone else's collection answers exactly like one that does not exist: 404, never 403.
const NOT_FOUND = "no collection of yours has this id";

/** One of my collections with its items in order. */
export async function GET(_request: Request, { params }: Context) {
  const { user, response } = await requireUser();
  if (!user) return response;
  const { id } = await params;
  const collection = isIdShape(id) ? await getOwnedCollection(user.id, id) : null;
  if (!collection) return jsonError(404, NOT_FOUND);
  return Response.json({ collection }, { headers: noStore });
}

/** Renames, describes, or changes visibility: `{ title?, description?, visibility? }`. */
export const PATCH = mutationRoute({ body: updateCollectionSchema }, async ({ body, user }, { params }: Context) => {
  const { id } = await params;
  const result = isIdShape(id) ? await updateCollection(user.id, id, body) : null;
  if (!result) throw new HttpError(404, NOT_FOUND);
  revalidatePublicCollections(result.previousVisibility, result.collection.visibility);
  return Response.json({ collection: result.collection }, { headers: noStore });
});

/** Deletes the collection and its items; the papers stay. */
export const DELETE = mutationRoute({}, async ({ user }, { params }: Context) => {
  const { id } = await params;
  const deleted = isIdShape(id) ? await deleteCollection(user.id, id) : null;
  if (!deleted) throw new HttpError(404, NOT_FOUND);
  revalidatePublicCollections(deleted.visibility);
  return Response.json({ deleted: true }, { headers: noStore });
});
