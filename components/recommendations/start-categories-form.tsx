/**
 * A new reader's first step in "For you": a few categories to start from. A plain form (each
 * checkbox its own field, `category:<name>`), so it works without script.
 */
export function StartCategoriesForm({ categories, chosen }: { categories: { category: string; papers: number }[]; chosen: string[] }) {
  if (categories.length === 0) return null;
  return (
    <form method="post" action="/api/me/reader-start" className="my-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <fieldset>
        <legend className="font-semibold">Start from a few categories</legend>
        {chosen.length > 0 && (
          <p className="meta mt-1 text-sm">You chose {chosen.join(", ")}: your first recommendations arrive within a minute.</p>
        )}
        <div className="mt-3 flex flex-wrap gap-2">
          {categories.map(({ category, papers }) => (
            <label key={category} className="chip inline-flex cursor-pointer items-center gap-1.5">
              <input type="checkbox" name={`category:${category}`} defaultChecked={chosen.includes(category)} />
              {category} <span className="meta">({papers})</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="btn-primary mt-3">
        Start with these
      </button>
    </form>
  );
}
