import { createCollection } from "@/lib/collections/create-collection";
import { listMyCollections } from "@/lib/collections/list-my-collections";
import { revalidatePublicCollections } from "@/lib/collections/revalidate-public-collections";
import { requireUser } from "@/lib/auth/require-user";
import { HttpError } from "@/lib/http/http-error";
import { jsonError } from "@/lib/http/json-error";
import { mutationRoute } from "@/lib/http/mutation-route";
import { createCollectionSchema, idSchema } from "@/lib/validations/collection";

const noStore = { "Cache-Control": "private, no-store" };

/** My collections, Reading list first. `?paperId=` adds `hasPaper` to each (the "Save to…" menu). */
export async function GET(request: Request) {
  const { user, response } = await requireUser();
  if (!user) return response;
  const raw = new URL(request.url).searchParams.get("paperId");
  const paperId = raw === null ? undefined : idSchema.safeParse(raw);
  if (paperId && !paperId.success) return jsonError(400, "paperId: must be an id");
  const collections = await listMyCollections(user.id, paperId?.data);
  return Response.json({ collections }, { headers: noStore });
}

/** Creates a collection: `{ title, description?, visibility?, paperId? }`; with `paperId` the paper goes in at once. */
export const POST = mutationRoute({ body: createCollectionSchema }, async ({ body, user }) => {
  const result = await createCollection(user.id, body);
  if (result.status === "no-paper") throw new HttpError(404, "paperId: no paper has this id");
  revalidatePublicCollections(result.collection.visibility);
  return Response.json({ collection: result.collection }, { status: 201, headers: noStore });
});
