/** The upvote count; becomes an interactive button once sign-in exists. */
export function VoteControl({ upvotes }: { paperId: string; upvotes: number; title: string }) {
  return (
    <div className="flex w-11 shrink-0 flex-col items-center rounded-md border border-zinc-200 py-1.5 text-sm dark:border-zinc-800">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current text-zinc-500">
        <path d="M10 4l6 8H4z" />
      </svg>
      <span className="font-semibold tabular-nums" aria-label={`${upvotes} upvotes`}>
        {upvotes}
      </span>
    </div>
  );
}
