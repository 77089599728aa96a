"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { digestApi } from "@/lib/client/digest-api";
import type { DigestFrequencyName } from "@/lib/validations/subscribe";

/**
 * "Get trending papers in your email inbox": email and frequency, then a confirmation email
 * (double opt-in). The same form on the feed (for anyone) and in account settings.
 */
export function SubscribeForm({ defaultEmail = "", layout = "inline" }: { defaultEmail?: string; layout?: "inline" | "stacked" }) {
  const id = useId();
  const [email, setEmail] = useState(defaultEmail);
  const [frequency, setFrequency] = useState<DigestFrequencyName>("daily");
  const mutation = useMutation({ mutationFn: digestApi.subscribe });

  // The server checks the address (one set of rules, and no validation library in the feed's
  // script); its message names the field, which this form makes obvious.
  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    mutation.mutate({ email, frequency });
  }

  const error = mutation.isError ? mutation.error.message.replace(/^email: /, "") : null;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      className={layout === "inline" ? "mt-3 max-w-xl" : "max-w-md space-y-3"}
    >
      <p id={`${id}-title`} className={layout === "inline" ? "meta text-sm" : "text-sm font-medium"}>
        Get trending papers in your email inbox
      </p>
      <div className={layout === "inline" ? "mt-1.5 flex flex-wrap gap-2" : "flex flex-wrap gap-2"}>
        <input
          type="email"
          aria-label="Email address"
          name="email"
          autoComplete="email"
          placeholder="you@example.com"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-status`}
          className="input min-w-0 flex-1 basis-48"
          maxLength={254}
        />
        <label htmlFor={`${id}-frequency`} className="sr-only">
          How often
        </label>
        <select
          id={`${id}-frequency`}
          value={frequency}
          onChange={(event) => setFrequency(event.target.value as DigestFrequencyName)}
          className="input w-auto"
        >
          <option value="daily">Daily</option>
          <option value="weekly">Weekly</option>
        </select>
        <button type="submit" className="btn-primary" disabled={mutation.isPending}>
          {mutation.isPending ? "Subscribing…" : "Subscribe"}
        </button>
      </div>
      <p
        id={`${id}-status`}
        role="status"
        aria-live="polite"
        className={error ? "mt-1.5 text-sm text-red-700 dark:text-red-300" : "mt-1.5 text-sm text-green-800 dark:text-green-300"}
      >
        {error ?? (mutation.isSuccess ? mutation.data : "")}
      </p>
    </form>
  );
}
