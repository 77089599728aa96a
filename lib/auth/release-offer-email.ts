import type { SendMailOptions } from "nodemailer";
import { escapeHtml } from "@/lib/mail/escape-html";

/**
 * Sent when someone signs up with an address that a never-confirmed password account holds: the
 * address's owner can take it back (and then sign up), whoever created that account.
 */
export function releaseOfferEmail(options: { to: string; from: string; appUrl: string; token: string }): SendMailOptions {
  const { to, from, appUrl, token } = options;
  const link = `${appUrl}/release-email?token=${token}`;
  const text = [
    "Someone tried to create a Papershelf account with this address, which another account already uses",
    "but never confirmed.",
    "",
    "If that other account is not yours, you can take the address back from it here and then sign up:",
    link,
    "",
    "The link works for 24 hours. If the other account is yours, confirm the address from its",
    "sign-up email instead, or ignore this message.",
  ].join("\n");
  const html = `<!doctype html><html lang="en"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #18181b;">
<p>Someone tried to create a Papershelf account with this address, which another account already uses but never confirmed.</p>
<p>If that other account is not yours, you can take the address back from it and then sign up:</p>
<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 8px 14px; background: #4f46e5; color: #fff; border-radius: 6px; text-decoration: none;">Take my address back</a></p>
<p style="color: #52525b; font-size: 14px;">The link works for 24 hours. If the other account is yours, confirm the address from its sign-up email instead, or ignore this message.</p>
</body></html>`;
  return { from, to, subject: "Your address is used by an unconfirmed Papershelf account", text, html };
}
