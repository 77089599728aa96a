import { appUrl, exportResponse } from "@/lib/collections/export";
import { getViewableCollection } from "@/lib/collections/read";
import { route } from "@/lib/http/route";
import { exportQuerySchema, isIdShape } from "@/lib/validations/collection";

/** `?format=bib|csv|json`: my collection, or anyone's public one. */
export const GET = route(
  { auth: "optional", query: exportQuerySchema },
  async ({ query, user }, { params }: RouteContext<"/collections/[id]/export">) => {
    const { id } = await params;
    const found = isIdShape(id) ? await getViewableCollection(user?.id ?? null, id) : null;
    return exportResponse(found?.collection ?? null, query.format, `${appUrl()}/collections/${id}`);
  },
);
