import type { SendMailOptions } from "nodemailer";
import { escapeHtml } from "@/lib/mail/escape-html";

/** Asks the owner of a new password account's address to confirm it (the link needs them signed in). */
export function verificationEmail(options: { to: string; from: string; appUrl: string; token: string; username: string }): SendMailOptions {
  const { to, from, appUrl, token, username } = options;
  const link = `${appUrl}/verify-email?token=${token}`;
  const text = [
    `Someone, hopefully you, created the Papershelf account @${username} with this address.`,
    "",
    "To confirm that the address is yours, open this link while signed in to that account and press Confirm:",
    link,
    "",
    "The link works for 24 hours. If you did not create this account, ignore this message.",
  ].join("\n");
  const html = `<!doctype html><html lang="en"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #18181b;">
<p>Someone, hopefully you, created the Papershelf account <strong>@${escapeHtml(username)}</strong> with this address.</p>
<p>To confirm that the address is yours, open this link while signed in to that account:</p>
<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 8px 14px; background: #4f46e5; color: #fff; border-radius: 6px; text-decoration: none;">Confirm my email address</a></p>
<p style="color: #52525b; font-size: 14px;">The link works for 24 hours. If you did not create this account, ignore this message.</p>
</body></html>`;
  return { from, to, subject: "Confirm your Papershelf email address", text, html };
}
