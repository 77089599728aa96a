import { deleteAlert } from "@/lib/alerts/delete-alert";
import { deleteAlertResponseSchema } from "@/lib/api/alerts-schemas";
import { getDb } from "@/lib/db";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";

type Context = RouteContext<"/api/me/alerts/[id]">;

/** Stops following; its feed's address stops working. Someone else's alert answers 404, like none. */
export const DELETE = route(
  { auth: "required", rateLimit: "alertEdit", response: deleteAlertResponseSchema },
  async ({ user }, { params }: Context) => {
    const { id } = await params;
    if (!(await deleteAlert(getDb(), user.id, id))) throw new HttpError(404, "no alert of yours has this id");
    return { deleted: true as const };
  },
);
