"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { AlertView } from "@/lib/api/alerts-schemas";
import { signInHref } from "@/lib/auth/callback-url";
import { alertsApi, type FollowTarget } from "@/lib/client/alerts-api";
import { announce } from "@/lib/client/announce";
import { queryKeys } from "@/lib/client/query-keys";
import { useMe } from "@/lib/client/use-me";
import { useMyAlerts } from "@/lib/client/use-my-alerts";

function sameTarget(alert: AlertView, target: FollowTarget): boolean {
  if (target.kind === "search") return alert.kind === "search" && alert.query === target.q.trim() && alert.hasCode === target.has_code;
  if (target.kind === "category") return alert.kind === "category" && alert.query === target.category;
  return alert.kind === "author" && alert.query.toLowerCase() === target.name.trim().toLowerCase();
}

/**
 * Follow (or stop following) a search, a category or an author: new papers that match go to the
 * inbox. Signed out, it leads to sign-in and back. A toggle button, so screen readers hear its state.
 * It is a form: without script (or before it runs) a press follows through
 * `POST /api/me/alerts/follow` and lands on the inbox, which lists what the person follows.
 */
export function FollowButton({
  target,
  label,
  followingLabel = "Following",
}: {
  target: FollowTarget;
  label: string;
  followingLabel?: string;
}) {
  const me = useMe();
  const alerts = useMyAlerts();
  const client = useQueryClient();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = alerts.data?.alerts.find((alert) => sameTarget(alert, target)) ?? null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (me.data === null) return router.push(signInHref(window.location.pathname + window.location.search));
    setBusy(true);
    setError(null);
    try {
      if (current) {
        await alertsApi.unfollow(current.id);
        announce(`Stopped following. ${label} is off.`);
      } else {
        await alertsApi.follow(target);
        announce("Following: new papers that match go to your inbox.");
      }
      await client.invalidateQueries({ queryKey: queryKeys.myAlerts() });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      method="post"
      action="/api/me/alerts/follow"
      className="inline-flex flex-wrap items-center gap-2"
      onSubmit={(event) => void onSubmit(event)}
    >
      {Object.entries(formFields(target)).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button className="btn" aria-pressed={current !== null} disabled={busy}>
        {current ? `✓ ${followingLabel}` : label}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </form>
  );
}

/** The target as the no-script form posts it (lib/validations/alert.ts, followFormSchema). */
function formFields(target: FollowTarget): Record<string, string> {
  if (target.kind === "search") return { kind: "search", q: target.q, ...(target.has_code && { has_code: "1" }) };
  if (target.kind === "category") return { kind: "category", category: target.category };
  return { kind: "author", name: target.name };
}
