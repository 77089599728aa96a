import type { SendMailOptions } from "nodemailer";
import { escapeHtml } from "@/lib/mail/escape-html";
import type { SubscriptionRequest } from "@/lib/subscriptions/request-subscription";

const BUTTON = "display: inline-block; padding: 8px 14px; background: #4f46e5; color: #fff; border-radius: 6px; text-decoration: none;";

/**
 * The answer to a subscribe request, sent to the address asked for: the double opt-in link (nothing
 * else is sent until its owner follows it), or, when the address already gets the digest, a note
 * saying so with a way to stop it. Only the address's owner learns which it was.
 */
export function confirmationEmail(request: SubscriptionRequest, options: { to: string; from: string; appUrl: string }): SendMailOptions {
  const { to, from, appUrl } = options;
  const what = `the ${request.frequency} Papershelf digest`;
  const [subject, lines, link, label] =
    request.kind === "confirm"
      ? [
          "Confirm your Papershelf digest",
          [
            `Someone, hopefully you, asked to get ${what}: the trending research papers, by email.`,
            "To confirm, open this link within two days and press Confirm:",
          ],
          `${appUrl}/subscribe/confirm?token=${request.confirmToken}&frequency=${request.frequency}`,
          "Confirm my subscription",
        ]
      : [
          "You already get the Papershelf digest",
          [
            `Someone, hopefully you, asked to get the Papershelf digest at this address. You already get ${what}, so nothing has changed.`,
            "To stop it, open this link:",
          ],
          `${appUrl}/unsubscribe?token=${request.unsubscribeToken}`,
          "Unsubscribe",
        ];
  const footer =
    request.kind === "confirm"
      ? "If it was not you, ignore this message: nothing will be sent to you."
      : "If you want to keep it, ignore this message.";
  const text = [...lines.slice(0, 1), "", ...lines.slice(1), link, "", footer].join("\n");
  const html = `<!doctype html><html lang="en"><body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #18181b;">
<p>${escapeHtml(lines[0]!)}</p>
<p><a href="${escapeHtml(link)}" style="${BUTTON}">${escapeHtml(label)}</a></p>
<p style="color: #52525b; font-size: 14px;">${escapeHtml(footer)}</p>
</body></html>`;
  return { from, to, subject, text, html };
}
