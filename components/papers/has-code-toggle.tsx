import Link from "next/link";

/**
 * "With code", beside a list's sort tabs: a link to the same list with the filter switched, current
 * while it is on. A link, not a button, so it works without script and each state is a page of
 * its own (the feed's are cached).
 */
export function HasCodeToggle({ href, on }: { href: string; on: boolean }) {
  return (
    <nav aria-label="Filter papers" className="tabs">
      <Link prefetch={false} href={href} aria-current={on ? "page" : undefined} className="tab">
        With code
      </Link>
    </nav>
  );
}
