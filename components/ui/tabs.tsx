import Link from "next/link";

/** A row of links of which one is the current page, such as a list's sort orders. */
export function Tabs({ label, tabs }: { label: string; tabs: { href: string; label: string; current: boolean }[] }) {
  return (
    <nav aria-label={label} className="tabs">
      {tabs.map((tab) => (
        <Link prefetch={false} key={tab.href} href={tab.href} aria-current={tab.current ? "page" : undefined} className="tab">
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
