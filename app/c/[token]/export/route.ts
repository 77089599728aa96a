import { appUrl, exportResponse } from "@/lib/collections/export-response";
import { getSharedCollection } from "@/lib/collections/get-shared-collection";

/** `?format=bib|csv|json` of a collection shared by link; works signed out. */
export async function GET(request: Request, { params }: RouteContext<"/c/[token]/export">) {
  const { token } = await params;
  return exportResponse(request, await getSharedCollection(token), `${appUrl()}/c/${token}`);
}
