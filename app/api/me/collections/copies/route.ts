import { ownedCollectionResponseSchema } from "@/lib/api/collections-schemas";
import { copyCollection } from "@/lib/collections/write";
import { HttpError } from "@/lib/http/http-error";
import { reply, route } from "@/lib/http/route";
import { copyCollectionSchema, TOO_MANY_COLLECTIONS } from "@/lib/validations/collection";

/** "Copy to my collections": `{ token }` of a share link, or `{ collectionId }` of a public collection. */
export const POST = route(
  { auth: "required", body: copyCollectionSchema, rateLimit: "collectionCreate", response: ownedCollectionResponseSchema },
  async ({ body, user }) => {
    const collection = await copyCollection(
      user.id,
      body.token !== undefined ? { token: body.token } : { collectionId: body.collectionId! },
    );
    if (!collection) throw new HttpError(404, "no collection you can see matches this link");
    if (collection === "too-many") throw new HttpError(409, TOO_MANY_COLLECTIONS);
    return reply({ collection }, { status: 201 });
  },
);
