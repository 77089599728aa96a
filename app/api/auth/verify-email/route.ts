import { signInHref } from "@/lib/auth/callback-url";
import { redirectTo, route } from "@/lib/http/route";
import { verifyEmail } from "@/lib/users/verify-email";
import { emailLinkFormSchema } from "@/lib/validations/email-link-form";

/**
 * The verification page's form posts here (a POST, so mail scanners following the link cannot
 * confirm). Needs the account's session as well as the link; answers with a redirect to the page
 * that says what happened.
 */
export const POST = route({ auth: "optional", body: emailLinkFormSchema, bodyType: "form" }, async ({ body, user }) => {
  if (!user) return redirectTo(signInHref(`/verify-email?token=${body.token}`));
  return redirectTo(`/verify-email?result=${await verifyEmail(user.id, body.token)}`);
});
