import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import { UserMenu } from "@/components/auth/user-menu";
import { InboxLink } from "@/components/alerts/inbox-link";

const navLinks: { href: string; label: string; className?: string }[] = [
  { href: "/papers/date", label: "Daily" },
  { href: "/papers/week", label: "Weekly" },
  { href: "/papers/month", label: "Monthly" },
  // On a phone this one lives in the account menu, so the header fits on one line.
  { href: "/collections", label: "Collections", className: "hidden sm:block" },
  { href: "/for-you", label: "For you", className: "hidden sm:block" },
];

/** The same on every page and for every visitor, so pages stay cacheable; who is signed in is a client island. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-row">
        <Link prefetch={false} href="/" className="flex items-center gap-2 text-base font-semibold tracking-tight">
          <span aria-hidden="true" className="logo-mark">
            P
          </span>
          Papershelf
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto sm:max-w-sm sm:flex-1">
          <SearchBox />
        </div>
        <nav aria-label="Main" className="ml-auto flex items-center gap-1 text-sm">
          {navLinks.map((link) => (
            <Link key={link.href} href={link.href} prefetch={false} className={link.className ? `nav-link ${link.className}` : "nav-link"}>
              {link.label}
            </Link>
          ))}
          <InboxLink />
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}
