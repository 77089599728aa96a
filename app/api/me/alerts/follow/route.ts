import { alertRefusal } from "@/lib/alerts/alert-refusal";
import { createAlert } from "@/lib/alerts/create-alert";
import { signInHref } from "@/lib/auth/callback-url";
import { getDb } from "@/lib/db";
import { pageBackHref } from "@/lib/http/page-back-href";
import { redirectTo, route } from "@/lib/http/route";
import { followFormSchema } from "@/lib/validations/alert";

/**
 * A Follow button pressed without script (or before the page's script ran): follows, then shows
 * the inbox, where what the person follows is listed, since the cached page they came from cannot
 * show it. Signed out, to sign-in and back to the page. With script the button calls the JSON API.
 */
export const POST = route(
  { auth: "optional", body: followFormSchema, bodyType: "form", rateLimit: "alertEdit" },
  async ({ body, user, request }) => {
    if (!user) return redirectTo(signInHref(pageBackHref(request, "/")));
    const result = await createAlert(getDb(), user.id, body);
    if (result.status !== "ok") throw alertRefusal(result);
    return redirectTo(`/inbox?followed=${encodeURIComponent(result.alert.id)}#alerts-heading`);
  },
);
