import { appUrl, exportResponse } from "@/lib/collections/export";
import { getSharedCollection } from "@/lib/collections/read";
import { route } from "@/lib/http/route";
import { exportQuerySchema } from "@/lib/validations/collection";

/** `?format=bib|csv|json` of a collection shared by link; works signed out. */
export const GET = route({ query: exportQuerySchema, noStore: true }, async ({ query }, { params }: RouteContext<"/c/[token]/export">) => {
  const { token } = await params;
  return exportResponse(await getSharedCollection(token), query.format, `${appUrl()}/c/${token}`);
});
