import { MathText } from "@/components/papers/math-text";
import { getSimilarPapersForPage } from "@/lib/discovery/get-similar-papers";
import { formatAuthors, formatDate } from "@/lib/format";

/**
 * "Similar papers" on a paper's page: the job's precomputed list from the data cache, rendered with
 * the page (plain links, no script, nothing computed per request). Titles wrap, so a 375 px phone
 * shows them whole.
 */
export async function SimilarPapers({ paperId }: { paperId: string }) {
  const papers = await getSimilarPapersForPage(paperId);
  return (
    <section aria-labelledby="similar-papers-heading" className="mt-8">
      <h2 id="similar-papers-heading" className="text-lg font-semibold">
        Similar papers
      </h2>
      {papers.length === 0 ? (
        <p className="meta mt-2 text-sm">None yet: similar papers are found a few minutes after a paper is added.</p>
      ) : (
        <ol className="mt-2 space-y-3 text-sm">
          {papers.map((paper) => {
            const authors = formatAuthors(paper.authors, paper.authorCount, 2);
            return (
              <li key={paper.id} className="break-words">
                <a href={`/papers/${paper.slug}`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                  <MathText text={paper.title} />
                </a>
                {(authors || paper.publishedAt) && (
                  <p className="meta mt-0.5 text-xs">
                    {authors}
                    {authors && paper.publishedAt && " · "}
                    {paper.publishedAt && <time dateTime={paper.publishedAt.slice(0, 10)}>{formatDate(paper.publishedAt)}</time>}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
