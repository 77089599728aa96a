/**
 * Settings' choice of reply emails: a plain form (works without script). Off by default: the
 * address was given to sign in, and the inbox already shows every reply.
 */
export function CommentEmailSetting({ on, saved, mailEnabled }: { on: boolean; saved: boolean; mailEnabled: boolean }) {
  return (
    <section aria-labelledby="comment-emails-heading" className="mt-6 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="comment-emails-heading" className="text-lg font-semibold">
        Replies and comments
      </h2>
      <p className="meta mt-1 text-sm">
        They always arrive in your inbox. By email: at most one message every 15 minutes, with all that is new.
      </p>
      {mailEnabled ? (
        <form method="post" action="/api/me/comment-emails" className="mt-3 flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="commentEmails" defaultChecked={on} />
            Email me replies and comments on my papers
          </label>
          <button type="submit" className="btn">
            Save
          </button>
          <span role="status" className="text-sm">
            {saved ? "Saved." : ""}
          </span>
        </form>
      ) : (
        <p className="meta mt-2 text-sm">Email is not set up on this server yet.</p>
      )}
    </section>
  );
}
