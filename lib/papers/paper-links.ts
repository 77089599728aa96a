/** Links for a paper: the stored ones first, then what its arXiv id implies. */
export function paperLinks(paper: { arxivId: string | null; url: string | null; pdfUrl: string | null }) {
  const abs = paper.url ?? (paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : null);
  const pdf = paper.pdfUrl ?? (paper.arxivId ? `https://arxiv.org/pdf/${paper.arxivId}` : null);
  return { abs, pdf };
}
