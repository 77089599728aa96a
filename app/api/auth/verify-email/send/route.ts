import { consumeEmailLink } from "@/lib/auth/email-link-limit";
import { env } from "@/lib/env.js";
import { route } from "@/lib/http/route";
import { getMailTransport } from "@/lib/mail/get-mail-transport";
import { getEmailStatus } from "@/lib/users/get-email-status";
import { sendEmailLink } from "@/lib/users/send-email-link";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

/** Emails the signed-in account a new verification link (the older ones stop working). */
export const POST = route({ auth: "optional" }, async ({ user }) => {
  if (!user) return seeOther(`/signin?callbackUrl=${encodeURIComponent("/verify-email")}`);
  if (!env.SMTP_URL) return seeOther("/verify-email?result=no-mail");
  const { email, verified } = await getEmailStatus(user.id);
  if (!email || verified) return seeOther("/verify-email");
  if ((await consumeEmailLink(email)) !== null) return seeOther("/verify-email?result=wait");
  try {
    await sendEmailLink(email, "verify", { transport: getMailTransport(), appUrl: env.APP_URL, from: env.MAIL_FROM });
  } catch (error) {
    console.error(`Could not send a verification link: ${error instanceof Error ? error.message : String(error)}`);
    return seeOther("/verify-email?result=not-sent");
  }
  return seeOther("/verify-email?result=sent");
});
