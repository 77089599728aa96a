/** Downloads of a collection (BibTeX, CSV, JSON) and its Atom feed, when it has one for this reader. */
export function ExportLinks({ base, feed, className = "btn" }: { base: string; feed: string | null; className?: string }) {
  return (
    <>
      <a className={className} href={`${base}/export?format=bib`} download>
        BibTeX
      </a>
      <a className={className} href={`${base}/export?format=csv`} download>
        CSV
      </a>
      <a className={className} href={`${base}/export?format=json`} download>
        JSON
      </a>
      {feed && (
        <a className={className} href={feed}>
          Atom feed
        </a>
      )}
    </>
  );
}
