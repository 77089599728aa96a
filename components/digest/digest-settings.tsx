"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/ui/form-field";
import { SubscribeForm } from "@/components/digest/subscribe-form";
import type { DigestSettings as Settings } from "@/lib/subscriptions/get-digest-settings";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

async function patch(body: { frequency: DigestFrequencyName } | { unsubscribe: true }) {
  let response: Response;
  try {
    response = await fetch("/api/me/subscription", {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error("Could not reach the server. Check your connection and try again.");
  }
  if (!response.ok) {
    const error = ((await response.json().catch(() => ({}))) as { error?: string }).error;
    throw new Error(error ?? `Saving failed (error ${response.status}). Try again.`);
  }
}

/** The digest part of account settings: subscribe, or manage the subscription this account made. */
export function DigestSettings({ accountEmail, subscription }: Settings) {
  const router = useRouter();
  const mutation = useMutation({ mutationFn: patch, onSuccess: () => router.refresh() });
  const active = subscription && subscription.status !== "UNSUBSCRIBED" ? subscription : null;

  if (!active) {
    return (
      <div className="mt-3">
        <SubscribeForm layout="stacked" defaultEmail={accountEmail ?? ""} />
      </div>
    );
  }
  return (
    <div className="mt-3 space-y-3 text-sm">
      <p>
        {active.status === "PENDING" ? (
          <>
            Waiting for you to confirm: follow the link we emailed to <strong>{active.email}</strong>.
          </>
        ) : (
          <>
            You get the <strong>{active.frequency}</strong> digest at <strong>{active.email}</strong>.
          </>
        )}
      </p>
      <fieldset className="flex flex-wrap items-center gap-3" disabled={mutation.isPending}>
        <legend className="sr-only">How often</legend>
        {(["daily", "weekly"] as const).map((frequency) => (
          <label key={frequency} className="flex items-center gap-1.5">
            <input
              type="radio"
              name="digest-frequency"
              value={frequency}
              checked={
                (mutation.isPending && mutation.variables && "frequency" in mutation.variables
                  ? mutation.variables.frequency
                  : active.frequency) === frequency
              }
              onChange={() => mutation.mutate({ frequency })}
            />
            {frequency === "daily" ? "Daily" : "Weekly"}
          </label>
        ))}
        <button type="button" className="btn" onClick={() => mutation.mutate({ unsubscribe: true })}>
          Unsubscribe
        </button>
      </fieldset>
      <FormError message={mutation.isError ? mutation.error.message : null} />
    </div>
  );
}
