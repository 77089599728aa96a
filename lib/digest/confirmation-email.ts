import type { SendMailOptions } from "nodemailer";
import { escapeHtml } from "@/lib/mail/escape-html";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

/** The double opt-in message: nothing is sent to an address until its owner follows this link. */
export function confirmationEmail(options: {
  to: string;
  from: string;
  appUrl: string;
  confirmToken: string;
  frequency: DigestFrequencyName;
}): SendMailOptions {
  const { to, from, appUrl, confirmToken, frequency } = options;
  const link = `${appUrl}/subscribe/confirm?token=${confirmToken}&frequency=${frequency}`;
  const what = `the ${frequency} Papershelf digest`;
  const text = [
    `Someone, hopefully you, asked to get ${what}: the trending research papers, by email.`,
    "",
    `To confirm, open this link and press Confirm:`,
    link,
    "",
    "If it was not you, ignore this message: nothing will be sent to you.",
  ].join("\n");
  const html = `<!doctype html><html lang="en"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #18181b;">
<p>Someone, hopefully you, asked to get ${escapeHtml(what)}: the trending research papers, by email.</p>
<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 8px 14px; background: #4f46e5; color: #fff; border-radius: 6px; text-decoration: none;">Confirm my subscription</a></p>
<p style="color: #52525b; font-size: 14px;">If it was not you, ignore this message: nothing will be sent to you.</p>
</body></html>`;
  return { from, to, subject: "Confirm your Papershelf digest", text, html };
}
