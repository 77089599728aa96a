import { after } from "next/server";
import { signUpResponseSchema } from "@/lib/api/me-schemas";
import { consumeEmailLink } from "@/lib/auth/email-link-limit";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { hashPassword } from "@/lib/auth/password";
import { signInOnServer } from "@/lib/auth/sign-in-on-server";
import { clientIp } from "@/lib/http/client-ip";
import { env } from "@/lib/env.js";
import { HttpError } from "@/lib/http/http-error";
import { isFormBody } from "@/lib/http/read-request";
import { redirectTo, reply, route } from "@/lib/http/route";
import { getMailTransport } from "@/lib/mail/get-mail-transport";
import { createPasswordUser } from "@/lib/users/create-password-user";
import { sendEmailLink } from "@/lib/users/send-email-link";
import { signUpFormSchema } from "@/lib/validations/sign-up";

/**
 * Creates an email-and-password account; sign in afterwards through Auth.js's credentials
 * callback. An email that already has an account gets the same answer as a new one (and the
 * same hashing time), so this endpoint never tells whether an address is registered.
 *
 * With SMTP, the address is then emailed, after the response so that its timing tells nothing
 * either: a new account's owner gets a link to verify it; when a never-verified account holds the
 * address, its owner gets a link to take it back.
 *
 * The sign-up form posts here without script too (a form body): the new account is then signed
 * in on the server and the browser goes on to `callbackUrl`; when signing in fails (the address
 * had an account with another password), to the sign-in form with the same words the script shows.
 */
export const POST = route(
  { body: signUpFormSchema, bodyType: "json-or-form", rateLimit: "signUp", response: signUpResponseSchema },
  async ({ request, body }) => {
    const passwordHash = await hashPassword(body.password);
    const result = await createPasswordUser({ email: body.email, passwordHash, username: body.username, name: body.name });
    if (result.status === "username-taken") throw new HttpError(409, "username: is taken; choose another");
    if (env.SMTP_URL) {
      after(async () => {
        try {
          if ((await consumeEmailLink(body.email)) !== null) return;
          const mail = { transport: getMailTransport(), appUrl: env.APP_URL, from: env.MAIL_FROM };
          await sendEmailLink(body.email, result.status === "created" ? "verify" : "release", mail);
        } catch (error) {
          console.error(`Could not email the new account's address: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    }
    if (!isFormBody(request)) return reply({ ok: true as const }, { status: 201 });
    const back = safeCallbackUrl(body.callbackUrl);
    if (await signInOnServer(clientIp(request), body.email, body.password)) return redirectTo(back);
    return redirectTo(`/signin?${new URLSearchParams({ callbackUrl: back, error: "SignUpNotSignedIn" })}`);
  },
);
