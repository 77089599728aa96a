import Link from "next/link";

/** "First page" (when not on it) and "Next page" (when there is one) under a keyset-paged list. */
export function Pager({ firstHref, nextHref }: { firstHref: string | null; nextHref: string | null }) {
  return (
    <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
      {firstHref ? (
        <Link prefetch={false} href={firstHref} className="btn">
          First page
        </Link>
      ) : (
        <span />
      )}
      {nextHref && (
        <Link prefetch={false} href={nextHref} className="btn" rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}
