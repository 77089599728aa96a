import { collectionResponseSchema, deleteCollectionResponseSchema, ownedCollectionResponseSchema } from "@/lib/api/collections-schemas";
import { expirePublicCollection, revalidatePublicCollections } from "@/lib/collections/cache";
import { getOwnedCollection } from "@/lib/collections/read";
import { deleteCollection, updateCollection } from "@/lib/collections/write";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { isIdShape, updateCollectionSchema } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/collections/[id]">;
// Someone else's collection answers exactly like one that does not exist: 404, never 403.
const NOT_FOUND = "no collection of yours has this id";

/** One of my collections with its items in order. */
export const GET = route({ auth: "required", response: collectionResponseSchema }, async ({ user }, { params }: Context) => {
  const { id } = await params;
  const collection = isIdShape(id) ? await getOwnedCollection(user.id, id) : null;
  if (!collection) throw new HttpError(404, NOT_FOUND);
  return { collection };
});

/** Renames, describes, or changes visibility: `{ title?, description?, visibility? }`. */
export const PATCH = route(
  { auth: "required", body: updateCollectionSchema, response: ownedCollectionResponseSchema },
  async ({ body, user }, { params }: Context) => {
    const { id } = await params;
    const result = isIdShape(id) ? await updateCollection(user.id, id, body) : null;
    if (!result) throw new HttpError(404, NOT_FOUND);
    if (!(await expirePublicCollection(result.previousVisibility, result.collection.visibility))) {
      await revalidatePublicCollections(result.previousVisibility, result.collection.visibility);
    }
    return { collection: result.collection };
  },
);

/** Deletes the collection and its items; the papers stay. */
export const DELETE = route({ auth: "required", response: deleteCollectionResponseSchema }, async ({ user }, { params }: Context) => {
  const { id } = await params;
  const deleted = isIdShape(id) ? await deleteCollection(user.id, id) : null;
  if (!deleted) throw new HttpError(404, NOT_FOUND);
  await expirePublicCollection(deleted.visibility, "DELETED");
  return { deleted: true as const };
});
