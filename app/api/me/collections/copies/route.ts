import { copyCollection } from "@/lib/collections/copy-collection";
import { HttpError } from "@/lib/http/http-error";
import { mutationRoute } from "@/lib/http/mutation-route";
import { copyCollectionSchema } from "@/lib/validations/collection";

/** "Copy to my collections": `{ token }` of a share link, or `{ collectionId }` of a public collection. */
export const POST = mutationRoute({ body: copyCollectionSchema }, async ({ body, user }) => {
  const collection = await copyCollection(user.id, body.token !== undefined ? { token: body.token } : { collectionId: body.collectionId! });
  if (!collection) throw new HttpError(404, "no collection you can see matches this link");
  return Response.json({ collection }, { status: 201, headers: { "Cache-Control": "private, no-store" } });
});
