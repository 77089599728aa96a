import { unsaveResponseSchema } from "@/lib/api/collections-schemas";
import { signInHref } from "@/lib/auth/callback-url";
import { revalidatePublicCollections } from "@/lib/collections/cache";
import { savePaper, unsavePaper } from "@/lib/collections/saves";
import { HttpError } from "@/lib/http/http-error";
import { pageBackHref } from "@/lib/http/page-back-href";
import { redirectTo, route } from "@/lib/http/route";
import { paperAnchor } from "@/lib/papers/paper-anchor";
import { COLLECTION_FULL, isIdShape } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/saves/[paperId]">;

/**
 * The Save button is a form, so a press before the page's script runs (or without script) still
 * saves: into the Reading list, like the scripted button, then back to the card. It never
 * unsaves, as the cached page cannot show whether the paper was saved. Signed out, it goes to
 * sign-in and back to the page.
 */
export const POST = route({ auth: "optional", rateLimit: "collectionEdit" }, async ({ user, request }, { params }: Context) => {
  const { paperId } = await params;
  const back = pageBackHref(request, "/");
  if (!user) return redirectTo(signInHref(back));
  const result = isIdShape(paperId) ? await savePaper(user.id, paperId) : null;
  if (!result) throw new HttpError(404, "no paper has this id");
  if (result === "full") throw new HttpError(409, `Reading list: ${COLLECTION_FULL}`);
  if (result.added) await revalidatePublicCollections(result.visibility);
  return redirectTo(pageBackHref(request, "/", paperAnchor(paperId)));
});

/** Unsave: takes the paper out of every collection of mine. Idempotent; says which ones it left. */
export const DELETE = route({ auth: "required", response: unsaveResponseSchema }, async ({ user }, { params }: Context) => {
  const { paperId } = await params;
  const removedFrom = isIdShape(paperId) ? await unsavePaper(user.id, paperId) : [];
  await revalidatePublicCollections(...removedFrom.map((c) => c.visibility));
  return { saved: false as const, removedFrom: removedFrom.map(({ id, title }) => ({ id, title })) };
});
