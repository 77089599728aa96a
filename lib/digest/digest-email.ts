import type { SendMailOptions } from "nodemailer";
import { formatAuthors, pluralize } from "@/lib/format";
import { escapeHtml } from "@/lib/mail/escape-html";
import { describeAlert } from "@/lib/alerts/describe-alert";
import type { PaperSummary } from "@/lib/api/papers-schemas";
import type { MatchedPaper } from "@/lib/inbox/list-matched-in-period";
import type { Period } from "@/lib/periods";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

export type DigestEmailInput = {
  to: string;
  from: string;
  appUrl: string;
  subscriptionId: string;
  unsubscribeToken: string;
  frequency: DigestFrequencyName;
  digestKey: string;
  period: Period;
  papers: PaperSummary[];
  /** What the subscriber's alerts matched in the period (an account's subscription only). */
  matched?: MatchedPaper[];
};

const FOLLOWED_TITLE = "From what you follow";

function excerpt(text: string, max = 280): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 40))}…`;
}

/**
 * One subscriber's digest, as HTML and plain text. Every message carries its own one-click
 * unsubscribe (RFC 8058 headers, and a link in the footer) and a Message-ID derived from the
 * digest and the subscriber, so a receiving server can drop a duplicate should one ever slip out.
 */
export function digestEmail(input: DigestEmailInput): SendMailOptions {
  const { appUrl, papers, period, matched = [] } = input;
  const host = new URL(appUrl).hostname;
  const oneClick = `${appUrl}/api/subscriptions/unsubscribe?token=${input.unsubscribeToken}`;
  const unsubscribePage = `${appUrl}/unsubscribe?token=${input.unsubscribeToken}`;
  const title = `Trending papers of ${period.label}`;
  const paperUrl = (paper: PaperSummary) => `${appUrl}/papers/${paper.slug}`;
  const meta = (paper: PaperSummary) =>
    [formatAuthors(paper.authors, paper.authorCount), pluralize(paper.upvotes, "upvote")].filter(Boolean).join(" · ");

  const followed = (entry: MatchedPaper) => `Matched ${entry.alerts.map(describeAlert).join(", ")}`;
  const matchedText =
    matched.length === 0
      ? []
      : [
          FOLLOWED_TITLE,
          "-".repeat(FOLLOWED_TITLE.length),
          "",
          ...matched.flatMap((entry) => [`* ${entry.paper.title}`, `  ${followed(entry)}`, `  ${paperUrl(entry.paper)}`, ""]),
          `Your inbox: ${appUrl}/inbox`,
          "",
        ];
  const matchedHtml =
    matched.length === 0
      ? ""
      : `<tr><td><h2 style="font-size: 18px; margin: 8px 0 4px;">${FOLLOWED_TITLE}</h2></td></tr>
${matched
  .map(
    (entry) => `<tr><td style="padding: 8px 0; border-bottom: 1px solid #e4e4e7;">
<div style="font-size: 16px; font-weight: 600; line-height: 1.35;"><a href="${escapeHtml(paperUrl(entry.paper))}" style="color: #3730a3; text-decoration: none;">${escapeHtml(entry.paper.title)}</a></div>
<div style="color: #52525b; font-size: 13px; margin-top: 2px;">${escapeHtml(followed(entry))}</div>
</td></tr>`,
  )
  .join("\n")}
<tr><td style="padding: 8px 0 16px; font-size: 14px;"><a href="${escapeHtml(appUrl)}/inbox" style="color: #3730a3;">Your inbox</a></td></tr>`;

  const text = [
    title,
    "=".repeat(title.length),
    "",
    ...matchedText,
    ...papers.flatMap((paper, i) => [
      `${i + 1}. ${paper.title}`,
      `   ${meta(paper)}`,
      `   ${paperUrl(paper)}`,
      "",
      `   ${excerpt(paper.abstract)}`,
      "",
    ]),
    `More at ${appUrl}/`,
    "",
    "--",
    `You get this ${input.frequency} digest because you subscribed at ${appUrl}.`,
    `Unsubscribe: ${unsubscribePage}`,
  ].join("\n");

  const items = papers
    .map(
      (paper, i) => `<tr><td style="padding: 12px 0; border-bottom: 1px solid #e4e4e7;">
<div style="font-size: 17px; font-weight: 600; line-height: 1.35;">${i + 1}. <a href="${escapeHtml(paperUrl(paper))}" style="color: #3730a3; text-decoration: none;">${escapeHtml(paper.title)}</a></div>
<div style="color: #52525b; font-size: 13px; margin-top: 2px;">${escapeHtml(meta(paper))}</div>
<div style="font-size: 14px; line-height: 1.5; margin-top: 6px;">${escapeHtml(excerpt(paper.abstract))}</div>
</td></tr>`,
    )
    .join("\n");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin: 0; padding: 16px; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #18181b; background: #ffffff;">
<table role="presentation" width="100%" style="max-width: 640px; margin: 0 auto; border-collapse: collapse;">
<tr><td><h1 style="font-size: 22px; margin: 0 0 8px;">${escapeHtml(title)}</h1></td></tr>
${matchedHtml}
${items}
<tr><td style="padding-top: 16px; font-size: 14px;"><a href="${escapeHtml(appUrl)}/" style="color: #3730a3;">More papers on Papershelf</a></td></tr>
<tr><td style="padding-top: 24px; color: #52525b; font-size: 12px;">You get this ${input.frequency} digest because you subscribed at ${escapeHtml(host)}. <a href="${escapeHtml(unsubscribePage)}" style="color: #52525b;">Unsubscribe</a></td></tr>
</table>
</body></html>`;

  return {
    from: input.from,
    to: input.to,
    subject: title,
    text,
    html,
    messageId: `<${input.digestKey.replace(/[^A-Za-z0-9-]/g, ".")}.${input.subscriptionId}@${host}>`,
    headers: {
      "List-Unsubscribe": `<${oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": `Papershelf digest <digest.${host}>`,
    },
  };
}
