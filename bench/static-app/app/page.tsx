import { readFileSync } from "node:fs";

type Paper = { id: string; slug: string; title: string; abstract: string; authorCount: number; publishedAt: string | null; upvotes: number };

// Same papers, same kind of markup as the feed's cards, rendered once at build time.
export default function StaticFeed() {
  const { papers } = JSON.parse(readFileSync(process.env.BENCH_FEED_JSON!, "utf8")) as { papers: Paper[] };
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <h1 className="text-2xl font-bold tracking-tight">Trending papers</h1>
      {papers.map((paper) => (
        <article key={paper.id} aria-labelledby={`t-${paper.id}`} className="flex gap-3 border-b border-zinc-200 py-4 sm:gap-4 dark:border-zinc-800">
          <div className="flex w-11 shrink-0 flex-col items-center self-start rounded-md border border-zinc-200 py-1.5 text-sm dark:border-zinc-800">
            <button type="button" aria-label="Upvote" aria-pressed="false" className="rounded p-0.5 text-zinc-500 hover:text-accent-600">▲</button>
            <span className="font-semibold tabular-nums">{paper.upvotes}</span>
          </div>
          <div className="min-w-0 flex-1">
            <h2 id={`t-${paper.id}`} className="text-base leading-snug font-semibold sm:text-lg">
              <a href={`/papers/${paper.slug}`} className="hover:text-accent-700 hover:underline dark:hover:text-accent-300">{paper.title}</a>
            </h2>
            <p className="meta mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              <span>{paper.authorCount} authors</span>
              <time dateTime={paper.publishedAt ?? ""}>{paper.publishedAt}</time>
            </p>
            <div className="mt-1.5 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">
              <div className="line-clamp-3"><p>{paper.abstract}</p></div>
              <button type="button" aria-expanded="false" className="mt-0.5 font-medium text-accent-700 hover:underline dark:text-accent-300">more</button>
            </div>
          </div>
        </article>
      ))}
    </main>
  );
}
