import type { SuspendedUser } from "@/lib/moderation/list-suspended-users";

/** /admin/reports' list of suspended accounts, each with Unsuspend (a form). */
export function SuspendedUserList({ users }: { users: SuspendedUser[] }) {
  return (
    <section aria-labelledby="suspended-heading" className="mt-8">
      <h2 id="suspended-heading" className="text-lg font-semibold">
        Suspended accounts
      </h2>
      {users.length === 0 ? (
        <p className="mt-2">None.</p>
      ) : (
        <ul className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
          {users.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <a href={`/u/${encodeURIComponent(user.username)}`} className="font-medium underline">
                  <bdi>{user.username}</bdi>
                </a>{" "}
                <span className="meta text-sm">
                  since <time dateTime={user.suspendedAt.toISOString()}>{user.suspendedAt.toISOString().slice(0, 10)}</time>
                  {user.reason ? <>: {user.reason}</> : null}
                </span>
              </span>
              <form method="post" action={`/api/admin/users/${encodeURIComponent(user.id)}/unsuspend`}>
                <button type="submit" className="btn">
                  Unsuspend<span className="sr-only"> {user.username}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
