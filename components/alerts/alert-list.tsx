"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeAlert } from "@/lib/alerts/describe-alert";
import type { AlertListResponse, AlertView } from "@/lib/api/alerts-schemas";
import { alertsApi } from "@/lib/client/alerts-api";
import { announce } from "@/lib/client/announce";
import { queryKeys } from "@/lib/client/query-keys";
import { useMyAlerts } from "@/lib/client/use-my-alerts";

/** What I follow: each alert's private Atom feed (copy it, or give it a new address) and a way to stop. */
export function AlertList({ initial }: { initial: AlertListResponse }) {
  const alerts = useMyAlerts(initial);
  const { alerts: list, limit } = alerts.data ?? initial;
  return (
    <section aria-labelledby="alerts-heading" className="mt-8">
      <h2 id="alerts-heading" className="text-lg font-semibold">
        What you follow
      </h2>
      <p className="meta mb-2 text-sm">
        {list.length} of {limit}. Each has a private Atom feed: anyone with its address can read it, so give it a new one if it got out.
      </p>
      {list.length === 0 ? (
        <p className="meta text-sm">Nothing yet: use “Save this search as an alert” on a search, or Follow on a category or an author.</p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {list.map((alert) => (
            <AlertRow key={alert.id} alert={alert} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AlertRow({ alert }: { alert: AlertView }) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = describeAlert(alert);

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await action();
      announce(done);
      await client.invalidateQueries({ queryKey: queryKeys.myAlerts() });
    } catch (caught) {
      setError(`Not done: ${caught instanceof Error ? caught.message : String(caught)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="py-3">
      <p className="font-medium">{name}</p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <label className="min-w-0 flex-1 text-sm">
          <span className="sr-only">Private feed address of {name}</span>
          <input className="input font-mono text-xs" readOnly value={alert.feedUrl} onFocus={(event) => event.currentTarget.select()} />
        </label>
        <button
          type="button"
          className="btn"
          aria-label={`Copy the feed address of ${name}`}
          onClick={() => void run(() => navigator.clipboard.writeText(alert.feedUrl), "Feed address copied.")}
        >
          Copy
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          aria-label={`New feed address for ${name}`}
          onClick={() => void run(() => alertsApi.revokeFeed(alert.id), "New feed address made; the old one no longer works.")}
        >
          New address
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          aria-label={`Stop following ${name}`}
          onClick={() =>
            void run(async () => {
              await alertsApi.unfollow(alert.id);
              await client.invalidateQueries({ queryKey: ["inbox"] });
            }, `Stopped following ${name}.`)
          }
        >
          Stop following
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </li>
  );
}
