"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { signInHref } from "@/lib/auth/callback-url";
import { authApi, type SessionUser } from "@/lib/client/auth-api";
import { useMe } from "@/lib/client/use-me";
import { useDismiss } from "@/lib/hooks/use-dismiss";

/**
 * Sign in, or the signed-in person's menu. The header's HTML is the same for everyone (pages are
 * cached), so who is signed in is fetched here; the box has a fixed size so nothing moves when it arrives.
 */
export function UserMenu() {
  const me = useMe();
  return (
    <div className="flex h-8 w-32 shrink-0 items-center justify-end">
      {me.isPending ? (
        <>
          <div className="skeleton js-only h-7 w-24" aria-hidden="true" />
          {/* Without script nothing would ever replace the skeleton: a plain link instead. */}
          <a href="/signin" className="btn-primary nojs-only">
            Sign in
          </a>
        </>
      ) : me.data ? (
        <AccountMenu user={me.data} />
      ) : (
        <SignInLink />
      )}
    </div>
  );
}

function SignInLink() {
  const pathname = usePathname();
  const router = useRouter();
  return (
    <Link
      prefetch={false}
      href={signInHref(pathname)}
      // The query string too (sort, page), read at click time so the static header needs no search params.
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        router.push(signInHref(window.location.pathname + window.location.search));
      }}
      className="btn-primary"
    >
      Sign in
    </Link>
  );
}

function AccountMenu({ user }: { user: SessionUser }) {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (open) items()[0]?.focus();
  }, [open]);
  useDismiss([button, menu], open, (reason) => close(reason === "escape"));

  function onMenuKeyDown(event: KeyboardEvent) {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      all[(moves[event.key]! + all.length) % all.length]?.focus();
    } else if (event.key === "Tab") {
      close(false);
    }
  }

  async function onSignOut() {
    setSigningOut(true);
    try {
      await authApi.signOut();
    } finally {
      // A full load, so no per-user data stays in memory.
      window.location.assign(window.location.pathname + window.location.search);
    }
  }

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Account menu for ${user.name}`}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className="flex h-8 max-w-32 items-center gap-1.5 rounded-md px-1.5 text-sm text-zinc-800 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <span
          aria-hidden="true"
          className="grid h-6 w-6 shrink-0 place-items-center rounded-full bg-accent-100 text-xs font-semibold text-accent-900 uppercase dark:bg-accent-900 dark:text-accent-100"
        >
          {Array.from(user.name)[0] ?? "?"}
        </span>
        <span className="truncate">{user.name}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-3 w-3 shrink-0 fill-current">
          <path d="M5 7l5 6 5-6z" />
        </svg>
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="Account"
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 z-20 mt-1 w-52 rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          <p className="meta truncate border-b border-zinc-200 px-3 py-2 dark:border-zinc-700">
            Signed in as <span className="font-medium text-zinc-900 dark:text-zinc-100">@{user.username}</span>
          </p>
          {[
            { href: `/u/${user.username}`, label: "Your profile" },
            { href: "/collections", label: "Collections" },
            { href: "/for-you", label: "For you" },
            { href: "/inbox", label: "Inbox" },
            { href: "/submit", label: "Submit a paper" },
            { href: "/settings", label: "Settings" },
          ].map((item) => (
            <Link
              prefetch={false}
              key={item.href}
              role="menuitem"
              tabIndex={-1}
              href={item.href}
              onClick={() => close(false)}
              className="block px-3 py-2 hover:bg-zinc-100 focus:bg-zinc-100 focus:outline-none dark:hover:bg-zinc-800 dark:focus:bg-zinc-800"
            >
              {item.label}
            </Link>
          ))}
          <button
            role="menuitem"
            tabIndex={-1}
            type="button"
            disabled={signingOut}
            onClick={() => void onSignOut()}
            className="block w-full px-3 py-2 text-left hover:bg-zinc-100 focus:bg-zinc-100 focus:outline-none disabled:opacity-60 dark:hover:bg-zinc-800 dark:focus:bg-zinc-800"
          >
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      )}
    </div>
  );
}
