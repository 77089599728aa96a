/** A failed action's message under its control, in plain words, until the reader dismisses it. */
export function ErrorPopover({ message, onDismiss, className }: { message: string; onDismiss: () => void; className: string }) {
  return (
    <p role="alert" className={`popover-error ${className}`}>
      {message}{" "}
      <button type="button" className="font-medium underline" onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  );
}
