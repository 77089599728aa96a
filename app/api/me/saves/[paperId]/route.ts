import { revalidatePublicCollections } from "@/lib/collections/revalidate-public-collections";
import { unsavePaper } from "@/lib/collections/unsave-paper";
import { mutationRoute } from "@/lib/http/mutation-route";
import { isIdShape } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/saves/[paperId]">;

/** Unsave: takes the paper out of every collection of mine. Idempotent; says which ones it left. */
export const DELETE = mutationRoute({}, async ({ user }, { params }: Context) => {
  const { paperId } = await params;
  const removedFrom = isIdShape(paperId) ? await unsavePaper(user.id, paperId) : [];
  revalidatePublicCollections(...removedFrom.map((c) => c.visibility));
  return Response.json(
    { saved: false, removedFrom: removedFrom.map(({ id, title }) => ({ id, title })) },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
