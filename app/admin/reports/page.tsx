import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportedCommentRow } from "@/components/moderation/reported-comment-row";
import { SuspendedUserList } from "@/components/moderation/suspended-user-list";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { getDb } from "@/lib/db";
import { listReportedComments } from "@/lib/moderation/list-reported-comments";
import { listSuspendedUsers } from "@/lib/moderation/list-suspended-users";
import { isAdmin } from "@/lib/users/is-admin";

export const metadata: Metadata = { title: "Reports", robots: { index: false } };

/**
 * The moderators' page: open reports grouped by comment, and suspended accounts. Every action is a
 * plain form to /api/admin/…, which checks the moderator again in the write itself.
 */
export default async function AdminReportsPage({ searchParams }: PageProps<"/admin/reports">) {
  const user = await getSessionUser();
  // As /admin/jobs: to anyone but an admin, signed in, the page does not exist.
  if (!user || !isAdmin(user.username)) notFound();
  const db = getDb();
  const [reported, suspended] = await Promise.all([listReportedComments(db), listSuspendedUsers(db)]);
  const done = (await searchParams).done;
  return (
    <div className="mx-auto max-w-4xl py-6">
      <h1 className="text-2xl font-bold tracking-tight">Reports</h1>
      <p className="meta mt-1 text-sm">
        Open reports of comments, most reported first. Dismiss closes a comment&apos;s reports, hidden or not.
      </p>
      <p role="status" className="mt-3 text-sm font-medium">
        {typeof done === "string" ? done : null}
      </p>
      {reported.length === 0 ? (
        <p className="mt-4">No open reports.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {reported.map((comment) => (
            <ReportedCommentRow key={comment.commentId} comment={comment} />
          ))}
        </ul>
      )}
      <SuspendedUserList users={suspended} />
    </div>
  );
}
