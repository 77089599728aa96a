import { revalidatePublicCollections } from "@/lib/collections/revalidate-public-collections";
import { shareCollection } from "@/lib/collections/share-collection";
import { stopSharing } from "@/lib/collections/stop-sharing";
import { HttpError } from "@/lib/http/http-error";
import { mutationRoute } from "@/lib/http/mutation-route";
import { isIdShape, shareCollectionSchema } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/collections/[id]/share">;
const noStore = { "Cache-Control": "private, no-store" };
const NOT_FOUND = "no collection of yours has this id";

/**
 * Shares by link: `{ collection, sharePath: "/c/<token>" }`. `{ "regenerate": true }` replaces the
 * link; the old one answers 404 from then on. A private collection becomes unlisted.
 */
export const POST = mutationRoute({ body: shareCollectionSchema }, async ({ body, user }, { params }: Context) => {
  const { id } = await params;
  const collection = isIdShape(id) ? await shareCollection(user.id, id, body.regenerate) : null;
  if (!collection) throw new HttpError(404, NOT_FOUND);
  revalidatePublicCollections(collection.visibility);
  return Response.json({ collection, sharePath: `/c/${collection.shareToken}` }, { headers: noStore });
});

/** Stops sharing by link: every copy of the link answers 404. An unlisted collection becomes private. */
export const DELETE = mutationRoute({}, async ({ user }, { params }: Context) => {
  const { id } = await params;
  const collection = isIdShape(id) ? await stopSharing(user.id, id) : null;
  if (!collection) throw new HttpError(404, NOT_FOUND);
  revalidatePublicCollections(collection.visibility);
  return Response.json({ collection }, { headers: noStore });
});
