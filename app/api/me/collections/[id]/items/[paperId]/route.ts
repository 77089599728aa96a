import { addItem } from "@/lib/collections/add-item";
import { moveItem } from "@/lib/collections/move-item";
import { removeItem } from "@/lib/collections/remove-item";
import { revalidatePublicCollections } from "@/lib/collections/revalidate-public-collections";
import { setItemNote } from "@/lib/collections/set-item-note";
import { HttpError } from "@/lib/http/http-error";
import { mutationRoute } from "@/lib/http/mutation-route";
import { isIdShape, updateItemSchema } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/collections/[id]/items/[paperId]">;
const noStore = { "Cache-Control": "private, no-store" };
const NO_COLLECTION = "no collection of yours has this id";
const NO_ITEM = "this paper is not in the collection";

async function ids(params: Context["params"]) {
  const { id, paperId } = await params;
  if (!isIdShape(id)) throw new HttpError(404, NO_COLLECTION);
  if (!isIdShape(paperId)) throw new HttpError(404, "no paper has this id");
  return { id, paperId };
}

/** Adds the paper at the end. Repeating it changes nothing: `{ added: false }`. */
export const PUT = mutationRoute({}, async ({ user }, { params }: Context) => {
  const { id, paperId } = await ids(params);
  const result = await addItem(user.id, id, paperId);
  if (result.status === "no-collection") throw new HttpError(404, NO_COLLECTION);
  if (result.status === "no-paper") throw new HttpError(404, "no paper has this id");
  if (result.added) revalidatePublicCollections(result.visibility);
  return Response.json({ added: result.added }, { headers: noStore });
});

/** Takes the paper out. Repeating it changes nothing: `{ removed: false }`. */
export const DELETE = mutationRoute({}, async ({ user }, { params }: Context) => {
  const { id, paperId } = await ids(params);
  const result = await removeItem(user.id, id, paperId);
  if (!result) throw new HttpError(404, NO_COLLECTION);
  if (result.removed) revalidatePublicCollections(result.visibility);
  return Response.json({ removed: result.removed }, { headers: noStore });
});

/** Edits the note (`{ note }`) and/or moves the paper to just after another (`{ after: paperId | null }`). */
export const PATCH = mutationRoute({ body: updateItemSchema }, async ({ body, user }, { params }: Context) => {
  const { id, paperId } = await ids(params);
  const answer: { note?: string; moved?: boolean } = {};
  if (body.note !== undefined) {
    const result = await setItemNote(user.id, id, paperId, body.note);
    if (result.status === "no-collection") throw new HttpError(404, NO_COLLECTION);
    if (result.status === "no-item") throw new HttpError(404, NO_ITEM);
    revalidatePublicCollections(result.visibility);
    answer.note = result.note;
  }
  if (body.after !== undefined) {
    const result = await moveItem(user.id, id, paperId, body.after);
    if (result.status === "no-collection") throw new HttpError(404, NO_COLLECTION);
    if (result.status === "no-item") throw new HttpError(404, NO_ITEM);
    if (result.status === "no-after") throw new HttpError(400, "after: must be a paper in this collection, or null for the top");
    revalidatePublicCollections(result.visibility);
    answer.moved = true;
  }
  return Response.json(answer, { headers: noStore });
});
