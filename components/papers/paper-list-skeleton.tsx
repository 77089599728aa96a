/** Placeholder cards with the same size as real ones, so nothing shifts when the list arrives. */
export function PaperListSkeleton({
  count = 6,
  label = "Loading papers",
  heading = true,
}: {
  count?: number;
  label?: string;
  heading?: boolean;
}) {
  return (
    <div aria-busy="true" aria-label={label} role="status">
      {heading && <div className="skeleton mb-4 h-14 w-64" />}
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="flex gap-4 border-b border-zinc-200 py-4 dark:border-zinc-800">
          <div className="skeleton h-14 w-11" />
          <div className="flex-1 space-y-2">
            <div className="skeleton h-5 w-3/4" />
            <div className="skeleton h-4 w-1/3" />
            <div className="skeleton h-12 w-full" />
          </div>
        </div>
      ))}
    </div>
  );
}
