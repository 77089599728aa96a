import { appUrl, atomResponse } from "@/lib/collections/export";
import { getPublicCollection } from "@/lib/collections/read";
import { route } from "@/lib/http/route";
import { isIdShape } from "@/lib/validations/collection";

/** Atom feed of a public collection. (Unlisted ones have theirs under their share link.) */
export const GET = route({}, async (_args, { params }: RouteContext<"/collections/[id]/feed.xml">) => {
  const { id } = await params;
  const collection = isIdShape(id) ? await getPublicCollection(id) : null;
  return atomResponse(collection, { selfUrl: `${appUrl()}/collections/${id}/feed.xml`, pageUrl: `${appUrl()}/collections/${id}` });
});
