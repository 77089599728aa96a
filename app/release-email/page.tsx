import type { Metadata } from "next";
import Link from "next/link";
import { MessagePanel } from "@/components/ui/message-panel";
import { TokenForm } from "@/components/ui/token-form";
import { isEmailToken } from "@/lib/auth/email-token";

export const metadata: Metadata = { title: "Take your email address back", robots: { index: false } };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Where the take-back email's link lands: one button, so link scanners cannot act for you. */
export default async function ReleaseEmailPage({ searchParams }: PageProps<"/release-email">) {
  const params = await searchParams;
  const token = first(params.token);
  const result = first(params.result);
  if (result === "released") {
    return (
      <MessagePanel title="The address is yours again">
        <p>The account that used it no longer signs in with it. You can create your own account with it now.</p>
        <p>
          <Link prefetch={false} href="/signup" className="btn-primary">
            Create an account
          </Link>
        </p>
      </MessagePanel>
    );
  }
  if (result || !token || !isEmailToken(token)) {
    return (
      <MessagePanel title={result === "expired" ? "This link has expired" : "This link does not work"}>
        <p>
          It may be incomplete, used already, or replaced by a newer one; or the other account confirmed the address in the meantime.
          Signing up again with the address sends a new link while the address is unconfirmed.
        </p>
      </MessagePanel>
    );
  }
  return (
    <MessagePanel title="Take your email address back">
      <p>
        An account that never confirmed this address uses it. If that account is not yours, take the address back: the account stops signing
        in with it, and you can create your own.
      </p>
      <TokenForm action="/api/auth/release-email" token={token} label="Take my address back" />
    </MessagePanel>
  );
}
