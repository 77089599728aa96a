/** A short page that says what happened (a link followed, a form sent) and what to do next. */
export function MessagePanel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-md py-8">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <div className="mt-3 space-y-4 text-zinc-800 dark:text-zinc-200">{children}</div>
    </div>
  );
}
