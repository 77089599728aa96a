import { toAlertView } from "@/lib/alerts/alert-view";
import { alertRefusal } from "@/lib/alerts/alert-refusal";
import { createAlert, MAX_ALERTS_PER_PERSON } from "@/lib/alerts/create-alert";
import { listAlerts } from "@/lib/alerts/list-alerts";
import { alertListResponseSchema, alertResponseSchema } from "@/lib/api/alerts-schemas";
import { getDb } from "@/lib/db";
import { reply, route } from "@/lib/http/route";
import { createAlertSchema } from "@/lib/validations/alert";

/** My alerts, newest first, each with its private feed's address. */
export const GET = route({ auth: "required", response: alertListResponseSchema }, async ({ user }) => ({
  alerts: (await listAlerts(getDb(), user.id)).map(toAlertView),
  limit: MAX_ALERTS_PER_PERSON,
}));

/**
 * Follows a search `{ kind: "search", q, has_code }`, a category `{ kind: "category", category }`
 * or an author `{ kind: "author", name }`: 201 with the alert, 200 with the one that already follows it.
 */
export const POST = route(
  { auth: "required", body: createAlertSchema, rateLimit: "alertEdit", response: alertResponseSchema },
  async ({ body, user }) => {
    const result = await createAlert(getDb(), user.id, body);
    if (result.status !== "ok") throw alertRefusal(result);
    return reply({ alert: toAlertView(result.alert) }, { status: result.created ? 201 : 200 });
  },
);
