import { getSessionUser } from "@/lib/auth/get-session-user";
import { appUrl, exportResponse } from "@/lib/collections/export-response";
import { getViewableCollection } from "@/lib/collections/get-viewable-collection";
import { isIdShape } from "@/lib/validations/collection";

/** `?format=bib|csv|json`: my collection, or anyone's public one. */
export async function GET(request: Request, { params }: RouteContext<"/collections/[id]/export">) {
  const { id } = await params;
  const user = await getSessionUser();
  const found = isIdShape(id) ? await getViewableCollection(user?.id ?? null, id) : null;
  return exportResponse(request, found?.collection ?? null, `${appUrl()}/collections/${id}`);
}
