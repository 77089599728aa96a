/** Result cards' shape while a search runs, so the list does not jump when it arrives. */
export function SearchResultsSkeleton({ count = 5 }: { count?: number }) {
  return (
    <div aria-busy="true" aria-label="Loading results" role="status">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="flex gap-4 border-b border-zinc-200 py-4 dark:border-zinc-800">
          <div className="h-14 w-11 skeleton" />
          <div className="flex-1 space-y-2">
            <div className="h-5 w-3/4 skeleton" />
            <div className="h-4 w-1/3 skeleton" />
            <div className="h-12 w-full skeleton" />
          </div>
        </div>
      ))}
    </div>
  );
}
