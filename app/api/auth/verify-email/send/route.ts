import { consumeEmailLink } from "@/lib/auth/email-link-limit";
import { env } from "@/lib/env.js";
import { signInHref } from "@/lib/auth/callback-url";
import { redirectTo, route } from "@/lib/http/route";
import { getMailTransport } from "@/lib/mail/get-mail-transport";
import { getEmailStatus } from "@/lib/users/get-email-status";
import { sendEmailLink } from "@/lib/users/send-email-link";

/** Emails the signed-in account a new verification link (the older ones stop working). */
export const POST = route({ auth: "optional" }, async ({ user }) => {
  if (!user) return redirectTo(signInHref("/verify-email"));
  if (!env.SMTP_URL) return redirectTo("/verify-email?result=no-mail");
  const { email, verified } = await getEmailStatus(user.id);
  if (!email || verified) return redirectTo("/verify-email");
  if ((await consumeEmailLink(email)) !== null) return redirectTo("/verify-email?result=wait");
  try {
    await sendEmailLink(email, "verify", { transport: getMailTransport(), appUrl: env.APP_URL, from: env.MAIL_FROM });
  } catch (error) {
    console.error(`Could not send a verification link: ${error instanceof Error ? error.message : String(error)}`);
    return redirectTo("/verify-email?result=not-sent");
  }
  return redirectTo("/verify-email?result=sent");
});
