import { appUrl, atomResponse } from "@/lib/collections/export";
import { getSharedCollection } from "@/lib/collections/read";
import { route } from "@/lib/http/route";

/** Atom feed of a collection shared by link: the token is in the URL, so it stops with the link. */
export const GET = route({ noStore: true }, async (_args, { params }: RouteContext<"/c/[token]/feed.xml">) => {
  const { token } = await params;
  return atomResponse(await getSharedCollection(token), { selfUrl: `${appUrl()}/c/${token}/feed.xml`, pageUrl: `${appUrl()}/c/${token}` });
});
