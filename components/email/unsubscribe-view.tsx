import Link from "next/link";
import type { ReactNode } from "react";

export type UnsubscribeState = "ask" | "done" | "invalid";

/** What an unsubscribe page's query says: asked with a token, done, or a broken link. */
export function unsubscribeState({ token, done, invalid }: Record<string, string | string[] | undefined>): UnsubscribeState {
  return done ? "done" : invalid || typeof token !== "string" ? "invalid" : "ask";
}

type Props = {
  state: UnsubscribeState;
  token: string | string[] | undefined;
  /** The form route that unsubscribes the token. */
  action: string;
  askTitle: string;
  ask: ReactNode;
  done: ReactNode;
  /** "every digest", "every email": where the reader finds a working link. */
  everyEmail: string;
  back: { href: string; label: string };
};

/**
 * An email footer's unsubscribe page: one button, since a link scanner must not unsubscribe anyone
 * by opening the link (mail clients use the one-click header instead), then what happened.
 */
export function UnsubscribeView({ state, token, action, askTitle, ask, done, everyEmail, back }: Props) {
  return (
    <div className="mx-auto max-w-md py-8">
      <h1 className="text-2xl font-bold tracking-tight">
        {state === "done" ? "You are unsubscribed" : state === "invalid" ? "This link does not work" : askTitle}
      </h1>
      <div className="mt-3 space-y-4 text-zinc-800 dark:text-zinc-200">
        {state === "done" && <p>{done}</p>}
        {state === "invalid" && <p>It may be incomplete. Open the link in the email again; {everyEmail} has one.</p>}
        {state === "ask" && (
          <form method="post" action={action}>
            <input type="hidden" name="token" value={String(token)} />
            <input type="hidden" name="page" value="1" />
            <p className="mb-4">{ask}</p>
            <button type="submit" className="btn-primary">
              Unsubscribe
            </button>
          </form>
        )}
        {state !== "ask" && (
          <p>
            <Link prefetch={false} href={back.href} className="btn">
              {back.label}
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
