import { HttpError } from "@/lib/http/http-error";
import { redirectTo, route } from "@/lib/http/route";
import { setUserSuspended } from "@/lib/moderation/set-user-suspended";
import { isIdShape } from "@/lib/validations/collection";

type Context = RouteContext<"/api/admin/users/[id]/unsuspend">;

/** "Unsuspend" in /admin/reports' list of suspended accounts: a form; 404 to anyone not a moderator. */
export const POST = route({ auth: "optional", rateLimit: "moderation" }, async ({ user }, { params }: Context) => {
  const { id } = await params;
  if (!user || !isIdShape(id)) throw new HttpError(404, "not found");
  const result = await setUserSuspended({ userId: id, actorId: user.id, suspended: false });
  if (result.status !== "ok") throw new HttpError(404, "not found");
  return redirectTo(`/admin/reports?${new URLSearchParams({ done: "The suspension is lifted." })}`);
});
