import { toAlertView } from "@/lib/alerts/alert-view";
import { revokeAlertToken } from "@/lib/alerts/revoke-alert-token";
import { alertResponseSchema } from "@/lib/api/alerts-schemas";
import { getDb } from "@/lib/db";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";

type Context = RouteContext<"/api/me/alerts/[id]/token">;

/** A new private feed address for the alert; the old one answers 404 from now on. */
export const POST = route(
  { auth: "required", rateLimit: "alertEdit", response: alertResponseSchema },
  async ({ user }, { params }: Context) => {
    const { id } = await params;
    const alert = await revokeAlertToken(getDb(), user.id, id);
    if (!alert) throw new HttpError(404, "no alert of yours has this id");
    return { alert: toAlertView(alert) };
  },
);
