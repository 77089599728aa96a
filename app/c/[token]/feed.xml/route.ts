import { appUrl, atomResponse } from "@/lib/collections/export-response";
import { getSharedCollection } from "@/lib/collections/get-shared-collection";

/** Atom feed of a collection shared by link: the token is in the URL, so it stops with the link. */
export async function GET(_request: Request, { params }: RouteContext<"/c/[token]/feed.xml">) {
  const { token } = await params;
  return atomResponse(await getSharedCollection(token), { selfUrl: `${appUrl()}/c/${token}/feed.xml`, pageUrl: `${appUrl()}/c/${token}` });
}
