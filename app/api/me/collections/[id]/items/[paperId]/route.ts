import {
  addItemResponseSchema,
  removeItemResponseSchema,
  updateItemResponseSchema,
  type UpdateItemResponse,
} from "@/lib/api/collections-schemas";
import { revalidatePublicCollections } from "@/lib/collections/cache";
import { addItem, moveItem, removeItem, setItemNote } from "@/lib/collections/items";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { COLLECTION_FULL, isIdShape, updateItemSchema } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/collections/[id]/items/[paperId]">;
const NO_COLLECTION = "no collection of yours has this id";
const NO_PAPER = "no paper has this id";
const NO_ITEM = "this paper is not in the collection";

async function ids(params: Context["params"]) {
  const { id, paperId } = await params;
  if (!isIdShape(id)) throw new HttpError(404, NO_COLLECTION);
  if (!isIdShape(paperId)) throw new HttpError(404, NO_PAPER);
  return { id, paperId };
}

/** Adds the paper at the end. Repeating it changes nothing: `{ added: false }`. */
export const PUT = route(
  { auth: "required", rateLimit: "collectionEdit", response: addItemResponseSchema },
  async ({ user }, { params }: Context) => {
    const { id, paperId } = await ids(params);
    const result = await addItem(user.id, id, paperId);
    if (result.status === "no-collection") throw new HttpError(404, NO_COLLECTION);
    if (result.status === "no-paper") throw new HttpError(404, NO_PAPER);
    if (result.status === "full") throw new HttpError(409, COLLECTION_FULL);
    if (result.added) await revalidatePublicCollections(result.visibility);
    return { added: result.added };
  },
);

/** Takes the paper out. Repeating it changes nothing: `{ removed: false }`. */
export const DELETE = route({ auth: "required", response: removeItemResponseSchema }, async ({ user }, { params }: Context) => {
  const { id, paperId } = await ids(params);
  const result = await removeItem(user.id, id, paperId);
  if (!result) throw new HttpError(404, NO_COLLECTION);
  if (result.removed) await revalidatePublicCollections(result.visibility);
  return { removed: result.removed };
});

/** Edits the note (`{ note }`) and/or moves the paper to just after another (`{ after: paperId | null }`). */
export const PATCH = route(
  { auth: "required", body: updateItemSchema, rateLimit: "collectionEdit", response: updateItemResponseSchema },
  async ({ body, user }, { params }: Context) => {
    const { id, paperId } = await ids(params);
    const answer: UpdateItemResponse = {};
    if (body.note !== undefined) {
      const result = await setItemNote(user.id, id, paperId, body.note);
      if (result.status === "no-collection") throw new HttpError(404, NO_COLLECTION);
      if (result.status === "no-item") throw new HttpError(404, NO_ITEM);
      await revalidatePublicCollections(result.visibility);
      answer.note = result.note;
    }
    if (body.after !== undefined) {
      const result = await moveItem(user.id, id, paperId, body.after);
      if (result.status === "no-collection") throw new HttpError(404, NO_COLLECTION);
      if (result.status === "no-item") throw new HttpError(404, NO_ITEM);
      if (result.status === "no-after") throw new HttpError(400, "after: must be a paper in this collection, or null for the top");
      await revalidatePublicCollections(result.visibility);
      answer.moved = true;
    }
    return answer;
  },
);
