"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/ui/form-field";
import { SubscribeForm } from "@/components/digest/subscribe-form";
import { digestApi } from "@/lib/client/digest-api";
import { useInstantValue } from "@/lib/hooks/use-instant-value";
import type { DigestSettings as Settings } from "@/lib/subscriptions/get-digest-settings";

/** The digest part of account settings: subscribe, or manage the subscription this account made. */
export function DigestSettings({ accountEmail, subscription }: Settings) {
  const router = useRouter();
  const mutation = useMutation({ mutationFn: digestApi.update, onSuccess: () => router.refresh() });
  const active = subscription && subscription.status !== "UNSUBSCRIBED" ? subscription : null;
  const [frequency, changeFrequency] = useInstantValue(active?.frequency);

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
        {(["daily", "weekly"] as const).map((choice) => (
          <label key={choice} className="flex items-center gap-1.5">
            <input
              type="radio"
              name="digest-frequency"
              value={choice}
              checked={frequency === choice}
              onChange={() => changeFrequency(choice, () => mutation.mutateAsync({ frequency: choice }))}
            />
            {choice === "daily" ? "Daily" : "Weekly"}
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
