import type { Metadata } from "next";
import { DigestSettings } from "@/components/digest/digest-settings";
import { CommentEmailSetting } from "@/components/notifications/comment-email-setting";
import { requirePageUser } from "@/lib/auth/get-session-user";
import { env } from "@/lib/env.js";
import { getCommentEmails } from "@/lib/notifications/get-comment-emails";
import { getDigestSettings } from "@/lib/subscriptions/get-digest-settings";

export const metadata: Metadata = { title: "Settings", robots: { index: false } };

export default async function SettingsPage({ searchParams }: PageProps<"/settings">) {
  const user = await requirePageUser("/settings");
  const [digest, commentEmails, params] = await Promise.all([getDigestSettings(user.id), getCommentEmails(user.id), searchParams]);
  return (
    <div className="mx-auto max-w-2xl py-6">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <section aria-labelledby="digest-heading" className="mt-6 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
        <h2 id="digest-heading" className="text-lg font-semibold">
          Email digest
        </h2>
        {env.SMTP_URL ? (
          <DigestSettings accountEmail={digest.accountEmail} subscription={digest.subscription} />
        ) : (
          <p className="meta mt-2 text-sm">Email digests are not set up on this server yet.</p>
        )}
      </section>
      <CommentEmailSetting on={commentEmails} saved={params.saved === "comment-emails"} mailEnabled={Boolean(env.SMTP_URL)} />
    </div>
  );
}
