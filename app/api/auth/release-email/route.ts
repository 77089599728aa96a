import { redirectTo, route } from "@/lib/http/route";
import { releaseEmail } from "@/lib/users/release-email";
import { emailLinkFormSchema } from "@/lib/validations/email-link-form";

/** The take-back page's form posts here; the emailed link alone proves the address is theirs. */
export const POST = route({ body: emailLinkFormSchema, bodyType: "form" }, async ({ body }) => {
  return redirectTo(`/release-email?result=${await releaseEmail(body.token)}`);
});
