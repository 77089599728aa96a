import { MAX_REPORT_NOTE_LENGTH } from "@/lib/validations/moderation";

const REASONS = [
  { value: "spam", label: "Spam or advertising" },
  { value: "harassment", label: "Harassment or abuse" },
  { value: "off-topic", label: "Off-topic" },
  { value: "other", label: "Something else" },
] as const;

/** The report form: a reason (required) and a note; posts as a plain form, with or without script. */
export function ReportCommentForm({ commentId, back }: { commentId: string; back: string }) {
  return (
    <form method="post" action={`/api/comments/${encodeURIComponent(commentId)}/report`} className="mt-6 space-y-4">
      <fieldset>
        <legend className="font-semibold">Why are you reporting it?</legend>
        <div className="mt-2 space-y-1">
          {REASONS.map((reason) => (
            <label key={reason.value} className="flex items-center gap-2">
              <input type="radio" name="reason" value={reason.value} required />
              {reason.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="report-note" className="font-semibold">
          A note for the moderators <span className="meta font-normal">(optional)</span>
        </label>
        <textarea id="report-note" name="note" maxLength={MAX_REPORT_NOTE_LENGTH} rows={3} className="input mt-1 block w-full" />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn btn-primary">
          Send report
        </button>
        <a href={back} className="underline">
          Cancel
        </a>
      </div>
    </form>
  );
}
