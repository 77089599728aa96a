"use client";

import { useId, useState, type FormEvent } from "react";
import { z } from "zod";
import {
  COLLECTION_DESCRIPTION_MAX,
  COLLECTION_TITLE_MAX,
  collectionDescriptionSchema,
  collectionTitleSchema,
} from "@/lib/validations/collection";

export type CollectionDetails = { title: string; description: string };

// The server's own field rules, checked here first so a mistake is shown without a round trip.
const detailsSchema = z.object({ title: collectionTitleSchema, description: collectionDescriptionSchema });

// Where the form stands: a box of its own on /collections, a list row being edited, the editor's side panel.
const LOOKS = {
  new: {
    form: "rounded-lg border border-zinc-200 p-4 dark:border-zinc-800",
    heading: "text-base font-semibold",
    fields: "mt-3 grid gap-3 sm:grid-cols-[1fr_1.5fr_auto] sm:items-end",
    label: "mb-1 block text-sm font-medium",
    error: "mt-2 text-sm text-red-700 dark:text-red-300",
    actions: "",
    submit: "btn-primary",
  },
  row: {
    form: "space-y-3",
    heading: "",
    fields: "space-y-3",
    label: "mb-1 block text-sm font-medium",
    error: "text-sm text-red-700 dark:text-red-300",
    actions: "flex gap-2",
    submit: "btn-primary",
  },
  panel: {
    form: "",
    heading: "text-sm font-semibold",
    fields: "",
    label: "mt-2 mb-1 block text-xs font-medium",
    error: "mt-1 text-xs text-red-700 dark:text-red-300",
    actions: "mt-2",
    submit: "btn",
  },
} as const;

/**
 * A collection's title and description: the one form behind "New collection", a row's "Edit" and
 * the editor's panel. `heading` is shown; without it, `label` names the form. A new collection's
 * description is one optional line beside the title; an existing one's is a text area. Escape
 * cancels when there is `onCancel`.
 */
export function CollectionDetailsForm({
  look,
  heading,
  label,
  initial = { title: "", description: "" },
  submitLabel,
  busy = false,
  error = null,
  onSubmit,
  onCancel,
}: {
  look: keyof typeof LOOKS;
  heading?: string;
  label?: string;
  initial?: CollectionDetails;
  submitLabel: string;
  busy?: boolean;
  /** The server's refusal, shown where a mistake in the fields would be. */
  error?: string | null;
  /** A new collection's form empties itself when the promise this returns resolves. */
  onSubmit: (details: CollectionDetails) => void | Promise<unknown>;
  onCancel?: () => void;
}) {
  const id = useId();
  const classes = LOOKS[look];
  const [title, setTitle] = useState(initial.title);
  const [description, setDescription] = useState(initial.description);
  const [invalid, setInvalid] = useState<string | null>(null);
  const message = invalid ?? error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = detailsSchema.safeParse({ title, description });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setInvalid(`${issue?.path[0] === "description" ? "Description" : "Title"} ${issue?.message ?? "is not valid"}.`);
    }
    setInvalid(null);
    const sent = onSubmit(parsed.data);
    if (look === "new" && sent) {
      void sent.then(
        () => {
          setTitle("");
          setDescription("");
        },
        () => undefined,
      );
    }
  }

  const oneLine = look === "new";
  const descriptionProps = {
    id: `${id}-description`,
    className: oneLine ? "input" : "input min-h-20",
    value: description,
    maxLength: COLLECTION_DESCRIPTION_MAX,
    onChange: (event: { target: { value: string } }) => setDescription(event.target.value),
  };
  const submitButton = (
    <button type="submit" className={classes.submit} disabled={busy}>
      {submitLabel}
    </button>
  );
  return (
    <form
      onSubmit={submit}
      aria-labelledby={heading ? `${id}-heading` : undefined}
      aria-label={heading ? undefined : label}
      onKeyDown={(event) => onCancel && event.key === "Escape" && onCancel()}
      className={classes.form}
    >
      {heading && (
        <h2 id={`${id}-heading`} className={classes.heading}>
          {heading}
        </h2>
      )}
      <div className={classes.fields}>
        <div>
          <label htmlFor={`${id}-title`} className={classes.label}>
            Title
          </label>
          <input
            id={`${id}-title`}
            className="input"
            value={title}
            maxLength={COLLECTION_TITLE_MAX}
            required={oneLine}
            autoFocus={look === "row"}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-description`} className={classes.label}>
            Description {oneLine && <span className="meta font-normal">(optional)</span>}
          </label>
          {oneLine ? <input {...descriptionProps} /> : <textarea {...descriptionProps} />}
        </div>
        {oneLine && submitButton}
      </div>
      {message && (
        <p role="alert" className={classes.error}>
          {message}
        </p>
      )}
      {!oneLine && (
        <div className={classes.actions}>
          {submitButton}
          {onCancel && (
            <button type="button" className="btn" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      )}
    </form>
  );
}
