"use client";

import { useEffect, useRef } from "react";

/** The header's search field; `/` focuses it from anywhere except while typing in another field. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
      event.preventDefault();
      input.current?.focus();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form role="search" action="/search" className="relative w-full">
      <label htmlFor="site-search" className="sr-only">
        Search papers
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search papers"
        maxLength={250}
        autoComplete="off"
        className="input pr-8"
      />
      <kbd aria-hidden="true" className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-zinc-300 px-1.5 text-xs text-zinc-500 sm:block dark:border-zinc-700 dark:text-zinc-400">
        /
      </kbd>
    </form>
  );
}
