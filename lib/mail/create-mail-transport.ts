import { createTransport, type Transporter } from "nodemailer";

/**
 * SMTP through nodemailer. `pool` keeps one connection open for a digest run, so it does not
 * reconnect per message; the web server's occasional confirmations connect each time.
 */
export function createMailTransport(smtpUrl: string | undefined, { pool = true } = {}): Transporter {
  if (!smtpUrl) throw new MailNotConfiguredError();
  return createTransport({
    url: smtpUrl,
    pool,
    maxConnections: 1,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

export class MailNotConfiguredError extends Error {
  constructor() {
    super("email is not set up on this server: set SMTP_URL (smtp://user:password@host:587)");
  }
}
