/**
 * The one button that acts on an emailed link: a plain form posting the link's token, so that mail
 * scanners which follow links cannot act on their own, and it works without JavaScript.
 */
export function TokenForm({ action, token, label }: { action: string; token: string; label: string }) {
  return (
    <form method="post" action={action}>
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="btn-primary">
        {label}
      </button>
    </form>
  );
}
