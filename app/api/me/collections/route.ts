import { z } from "zod";
import { myCollectionsResponseSchema, ownedCollectionResponseSchema } from "@/lib/api/collections-schemas";
import { revalidatePublicCollections } from "@/lib/collections/cache";
import { listMyCollections } from "@/lib/collections/lists";
import { createCollection } from "@/lib/collections/write";
import { HttpError } from "@/lib/http/http-error";
import { reply, route } from "@/lib/http/route";
import { createCollectionSchema, idSchema, TOO_MANY_COLLECTIONS } from "@/lib/validations/collection";

/** My collections, Reading list first. `?paperId=` adds `hasPaper` to each (the "Save to…" menu). */
export const GET = route(
  { auth: "required", query: z.object({ paperId: idSchema.optional() }), response: myCollectionsResponseSchema },
  async ({ query, user }) => ({ collections: await listMyCollections(user.id, query.paperId) }),
);

/** Creates a collection: `{ title, description?, visibility?, paperId? }`; with `paperId` the paper goes in at once. */
export const POST = route(
  { auth: "required", body: createCollectionSchema, rateLimit: "collectionCreate", response: ownedCollectionResponseSchema },
  async ({ body, user }) => {
    const result = await createCollection(user.id, body);
    if (result.status === "too-many") throw new HttpError(409, TOO_MANY_COLLECTIONS);
    if (result.status === "no-paper") throw new HttpError(404, "paperId: no paper has this id");
    await revalidatePublicCollections(result.collection.visibility);
    return reply({ collection: result.collection }, { status: 201 });
  },
);
