import "server-only";
import type { Transporter } from "nodemailer";
import { releaseOfferEmail } from "@/lib/auth/release-offer-email";
import { verificationEmail } from "@/lib/auth/verification-email";
import { createEmailToken } from "@/lib/users/create-email-token";
import { findEmailHolder } from "@/lib/users/find-email-holder";

export type MailOptions = { transport: Transporter; appUrl: string; from: string };

/**
 * Emails a link about `email` while a password account holds it without having proved it:
 * "verify" asks that account's owner to confirm it; "release" offers the address's owner (who
 * just tried to sign up with it) to take it back from that account. Nothing is sent for an
 * address that is confirmed, free, or an OAuth account's. Answers what was sent.
 */
export async function sendEmailLink(
  email: string,
  purpose: "verify" | "release",
  { transport, appUrl, from }: MailOptions,
): Promise<"verify" | "release" | null> {
  const holder = await findEmailHolder(email);
  if (!holder?.email || !holder.passwordHash || holder.emailVerified) return null;
  const base = appUrl.replace(/\/$/, "");
  if (purpose === "verify") {
    const token = await createEmailToken("VERIFY", holder.id, holder.email);
    await transport.sendMail(verificationEmail({ to: holder.email, from, appUrl: base, token, username: holder.username ?? holder.id }));
  } else {
    const token = await createEmailToken("RELEASE", holder.id, holder.email);
    await transport.sendMail(releaseOfferEmail({ to: holder.email, from, appUrl: base, token }));
  }
  return purpose;
}
