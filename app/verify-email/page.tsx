import type { Metadata } from "next";
import Link from "next/link";
import { MessagePanel } from "@/components/ui/message-panel";
import { TokenForm } from "@/components/ui/token-form";
import { isEmailToken } from "@/lib/auth/email-token";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { env } from "@/lib/env.js";
import { getEmailStatus } from "@/lib/users/get-email-status";

export const metadata: Metadata = { title: "Confirm your email address", robots: { index: false } };

function SendLinkForm() {
  return (
    <form method="post" action="/api/auth/verify-email/send">
      <button type="submit" className="btn">
        Email me a new link
      </button>
    </form>
  );
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Where the verification email's link lands, and where a signed-in person sees whether their
 * address is confirmed. Confirming takes a button press (mail scanners follow links) while signed
 * in to the account the link was sent for.
 */
export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const params = await searchParams;
  const token = first(params.token);
  const result = first(params.result);
  const user = await getSessionUser();
  const status = user ? await getEmailStatus(user.id) : null;
  const canResend = Boolean(env.SMTP_URL && status?.email && status.hasPassword && !status.verified);

  if (result === "verified") {
    return (
      <MessagePanel title="Your email address is confirmed">
        <p>No other account can take it now, and it is the one you sign in with.</p>
        <p>
          <Link prefetch={false} href="/" className="btn">
            Read today’s papers
          </Link>
        </p>
      </MessagePanel>
    );
  }
  if (result === "invalid" || result === "expired") {
    return (
      <MessagePanel title={result === "expired" ? "This link has expired" : "This link does not work"}>
        <p>
          {result === "expired"
            ? "Links work for 24 hours."
            : "It was already used, a newer link replaced it, or it was sent for another account."}{" "}
          {canResend ? "Ask for a new one:" : user ? "" : "Sign in to ask for a new one."}
        </p>
        {canResend && <SendLinkForm />}
      </MessagePanel>
    );
  }
  if (result === "sent" || result === "wait" || result === "not-sent" || result === "no-mail") {
    const message = {
      sent: `We sent a new link to ${status?.email ?? "your address"}. It works for 24 hours.`,
      wait: "We already sent several links to this address in the last hour. Use the newest one, or try again later.",
      "not-sent": "The email could not be sent. Please try again later.",
      "no-mail": "This server does not send email, so addresses cannot be confirmed here.",
    }[result];
    return (
      <MessagePanel title="Confirm your email address">
        <p role="status">{message}</p>
      </MessagePanel>
    );
  }

  if (!user) {
    const back = token && isEmailToken(token) ? `/verify-email?token=${token}` : "/verify-email";
    return (
      <MessagePanel title="Confirm your email address">
        <p>Sign in to the account this address belongs to, and you will come back here to confirm it.</p>
        <p>
          <Link prefetch={false} href={`/signin?callbackUrl=${encodeURIComponent(back)}`} className="btn-primary">
            Sign in to confirm
          </Link>
        </p>
      </MessagePanel>
    );
  }
  if (token && isEmailToken(token) && status?.email && !status.verified) {
    return (
      <MessagePanel title="Confirm your email address">
        <p>
          Confirm that <strong>{status.email}</strong> is the address of your account <strong>@{user.username}</strong>.
        </p>
        <TokenForm action="/api/auth/verify-email" token={token} label="Confirm my email address" />
      </MessagePanel>
    );
  }
  if (!status?.email) {
    return (
      <MessagePanel title="Your account has no email address">
        <p>Another account proved that the address it had is theirs. You can keep using this account while you are signed in.</p>
      </MessagePanel>
    );
  }
  if (status.verified) {
    return (
      <MessagePanel title="Your email address is confirmed">
        <p>
          <strong>{status.email}</strong> is confirmed as your account’s address.
        </p>
      </MessagePanel>
    );
  }
  return (
    <MessagePanel title="Confirm your email address">
      <p>
        <strong>{status.email}</strong> is not confirmed yet. Until it is, a sign-in with GitHub, Google or Hugging Face that proves the
        address belongs to someone can take it from this account.
      </p>
      {canResend ? <SendLinkForm /> : <p>This server does not send email, so addresses cannot be confirmed here.</p>}
    </MessagePanel>
  );
}
