import { readFileSync } from "node:fs";

type Paper = {
  id: string;
  slug: string;
  title: string;
  abstract: string;
  authorCount: number;
  publishedAt: string | null;
  upvotes: number;
};

// Same papers and the same card markup as the feed (see components/papers/paper-card.tsx), rendered once at build time.
// BENCH_PAD_CHARS: characters of hidden text that bring the page to another page's size (bench/feed-throughput.ts).
export default function StaticFeed() {
  const { papers } = JSON.parse(readFileSync(process.env.BENCH_FEED_JSON!, "utf8")) as { papers: Paper[] };
  const pad = Number(process.env.BENCH_PAD_CHARS ?? 0);
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <h1 className="text-2xl font-bold tracking-tight">Trending papers</h1>
      {pad > 0 && <p hidden>{"x".repeat(pad)}</p>}
      {papers.map((paper) => (
        <article key={paper.id} aria-labelledby={`t-${paper.id}`} className="card">
          <div className="vote-box vote-off">
            <button type="button" aria-label="Upvote" aria-pressed="false" className="vote-hit">
              ▲
            </button>
            <span className="font-semibold tabular-nums">{paper.upvotes}</span>
          </div>
          <div className="min-w-0 flex-1">
            <h2 id={`t-${paper.id}`} className="card-title">
              <a href={`/papers/${paper.slug}`} className="card-link">
                {paper.title}
              </a>
            </h2>
            <p className="card-meta">
              <span>{paper.authorCount} authors</span>
              <time dateTime={paper.publishedAt ?? ""}>{paper.publishedAt}</time>
            </p>
            <div className="card-abstract">
              <div className="line-clamp-3">
                <p>{paper.abstract}</p>
              </div>
              <button type="button" aria-expanded="false" className="link-button">
                more
              </button>
            </div>
          </div>
        </article>
      ))}
    </main>
  );
}
