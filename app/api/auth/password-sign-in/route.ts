import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInOnServer } from "@/lib/auth/sign-in-on-server";
import { clientIp } from "@/lib/http/client-ip";
import { redirectTo, route } from "@/lib/http/route";
import { passwordSignInFormSchema } from "@/lib/validations/credentials";

/**
 * The sign-in form's action when it is posted without script: signs in and goes on to the page
 * the form came for, or back to the form with "Wrong email or password". With script, the form
 * talks to Auth.js's endpoint instead and this is never called.
 */
export const POST = route({ body: passwordSignInFormSchema, bodyType: "form" }, async ({ request, body }) => {
  const back = safeCallbackUrl(body.callbackUrl);
  if (await signInOnServer(clientIp(request), body.email, body.password)) return redirectTo(back);
  return redirectTo(`/signin?${new URLSearchParams({ callbackUrl: back, error: "CredentialsSignin" })}`);
});
