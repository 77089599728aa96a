import "server-only";
import type { Transporter } from "nodemailer";
import { env } from "@/lib/env.js";
import { createMailTransport } from "@/lib/mail/create-mail-transport";

const globalForMail = globalThis as unknown as { papershelfMail?: Transporter };

/** The server's SMTP transport, made on first use (SMTP_URL); throws MailNotConfiguredError without it. */
export function getMailTransport(): Transporter {
  globalForMail.papershelfMail ??= createMailTransport(env.SMTP_URL, { pool: false });
  return globalForMail.papershelfMail;
}
