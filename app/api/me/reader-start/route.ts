import { startCategoriesResponseSchema } from "@/lib/api/recommendations-schemas";
import { isFormBody } from "@/lib/http/read-request";
import { redirectTo, route } from "@/lib/http/route";
import { setStartCategories } from "@/lib/recommendations/set-start-categories";
import { startCategoriesSchema } from "@/lib/validations/recommendations";

/**
 * A new reader's starting categories for "For you": JSON `{ categories }` answers
 * `{ startCategories }`; the page's form (checkboxes `category:<name>`) goes back to /for-you.
 */
export const POST = route(
  {
    auth: "required",
    body: startCategoriesSchema,
    bodyType: "json-or-form",
    rateLimit: "recommendationInput",
    response: startCategoriesResponseSchema,
  },
  async ({ user, body, request }) => {
    await setStartCategories(user.id, body);
    if (isFormBody(request)) return redirectTo("/for-you?started=1");
    return { startCategories: body };
  },
);
