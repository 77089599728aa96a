import { appUrl, atomResponse } from "@/lib/collections/export-response";
import { getPublicCollection } from "@/lib/collections/get-public-collection";
import { isIdShape } from "@/lib/validations/collection";

/** Atom feed of a public collection. (Unlisted ones have theirs under their share link.) */
export async function GET(_request: Request, { params }: RouteContext<"/collections/[id]/feed.xml">) {
  const { id } = await params;
  const collection = isIdShape(id) ? await getPublicCollection(id) : null;
  return atomResponse(collection, { selfUrl: `${appUrl()}/collections/${id}/feed.xml`, pageUrl: `${appUrl()}/collections/${id}` });
}
