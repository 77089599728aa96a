import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import { UserMenu } from "@/components/auth/user-menu";

const navLinks: { href: string; label: string; className?: string }[] = [
  { href: "/papers/date", label: "Daily" },
  { href: "/papers/week", label: "Weekly" },
  { href: "/papers/month", label: "Monthly" },
  // On a phone this one lives in the account menu, so the header fits on one line.
  { href: "/collections", label: "Collections", className: "hidden sm:block" },
];

/** The same on every page and for every visitor, so pages stay cacheable; who is signed in is a client island. */
export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5">
        <Link href="/" className="flex items-center gap-2 text-base font-semibold tracking-tight">
          <span
            aria-hidden="true"
            className="grid h-7 w-7 place-items-center rounded-md bg-accent-600 text-sm text-white dark:bg-accent-500 dark:text-zinc-950"
          >
            P
          </span>
          Papershelf
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto sm:max-w-sm sm:flex-1">
          <SearchBox />
        </div>
        <nav aria-label="Main" className="ml-auto flex items-center gap-1 text-sm">
          {navLinks.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              prefetch={false}
              className={`${link.className ?? ""} rounded-md px-2 py-1 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800`}
            >
              {link.label}
            </Link>
          ))}
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}
