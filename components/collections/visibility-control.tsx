"use client";

import { useId } from "react";
import { useInstantValue } from "@/lib/hooks/use-instant-value";
import type { CollectionVisibility } from "@/lib/validations/collection";

const VISIBILITY = [
  { value: "PRIVATE", label: "Private", hint: "Only you can see it." },
  { value: "UNLISTED", label: "Unlisted", hint: "Anyone with the link can see it." },
  { value: "PUBLIC", label: "Public", hint: "Listed on your profile and on each paper’s page." },
] as const;

/** Who can see a collection; the choice shows at once, and `onChange` saves it. */
export function VisibilityControl({
  value,
  onChange,
}: {
  value: CollectionVisibility;
  onChange: (value: CollectionVisibility) => Promise<unknown>;
}) {
  const name = useId();
  const [shown, change] = useInstantValue(value);
  return (
    <fieldset>
      <legend className="text-sm font-semibold">Who can see it</legend>
      <div className="mt-2 space-y-2">
        {VISIBILITY.map((option) => (
          <label key={option.value} className="flex cursor-pointer gap-2 text-sm">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={shown === option.value}
              onChange={() => change(option.value, () => onChange(option.value))}
              className="mt-0.5 h-4 w-4 accent-accent-600"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              <span className="meta block text-xs">{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
