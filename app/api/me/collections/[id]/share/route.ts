import { ownedCollectionResponseSchema, shareCollectionResponseSchema } from "@/lib/api/collections-schemas";
import { revalidatePublicCollections } from "@/lib/collections/cache";
import { shareCollection, stopSharing } from "@/lib/collections/sharing";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { isIdShape, shareCollectionSchema } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/collections/[id]/share">;
const NOT_FOUND = "no collection of yours has this id";

/**
 * Shares by link: `{ collection, sharePath: "/c/<token>" }`. `{ "regenerate": true }` replaces the
 * link; the old one answers 404 from then on. A private collection becomes unlisted.
 */
export const POST = route(
  { auth: "required", body: shareCollectionSchema, response: shareCollectionResponseSchema },
  async ({ body, user }, { params }: Context) => {
    const { id } = await params;
    const collection = isIdShape(id) ? await shareCollection(user.id, id, body.regenerate) : null;
    if (!collection) throw new HttpError(404, NOT_FOUND);
    await revalidatePublicCollections(collection.visibility);
    return { collection, sharePath: `/c/${collection.shareToken}` };
  },
);

/** Stops sharing by link: every copy of the link answers 404. An unlisted collection becomes private. */
export const DELETE = route({ auth: "required", response: ownedCollectionResponseSchema }, async ({ user }, { params }: Context) => {
  const { id } = await params;
  const collection = isIdShape(id) ? await stopSharing(user.id, id) : null;
  if (!collection) throw new HttpError(404, NOT_FOUND);
  await revalidatePublicCollections(collection.visibility);
  return { collection };
});
