"use client";

import Form from "next/form";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Suspense, useEffect, useRef, useState } from "react";
import { searchHref } from "@/lib/search/search-href";
import { isSearchSort } from "@/lib/search/search-sort";

const TYPING_PAUSE_MS = 250;
const FIELD_ID = "site-search";

/**
 * The header's search field; `/` focuses it from anywhere except while typing in another field.
 * On /search it shows the current query and updates the results as you type.
 */
export function SearchBox() {
  // Here rather than in the field: the field below is replaced once after hydration, and the
  // shortcut must work throughout.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
      event.preventDefault();
      document.getElementById(FIELD_ID)?.focus();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  // Reading the URL's query makes this part client-rendered on prerendered pages; the fallback
  // is the same field, so nothing moves when it takes over.
  return (
    <Suspense fallback={<SearchField initial="" live={false} sort={null} />}>
      <SearchFieldFromUrl />
    </Suspense>
  );
}

function SearchFieldFromUrl() {
  const params = useSearchParams();
  const live = usePathname() === "/search";
  const sort = params.get("sort");
  return <SearchField initial={live ? (params.get("q") ?? "") : ""} live={live} sort={live && isSearchSort(sort) ? sort : null} />;
}

function SearchField({ initial, live, sort }: { initial: string; live: boolean; sort: string | null }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [value, setValue] = useState(initial);
  // The URL's query changes when we send what was typed (ignore: the field is ahead of it) or by
  // navigation, such as a "did you mean" link or Back (show it).
  const [urlQuery, setUrlQuery] = useState(initial);
  const [sent, setSent] = useState<string | null>(null);
  if (initial !== urlQuery) {
    setUrlQuery(initial);
    if (initial !== sent) setValue(initial);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function onChange(next: string) {
    setValue(next);
    if (!live) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setSent(next);
      // replace, not push: Back should leave the search, not replay every keystroke.
      router.replace(searchHref({ q: next, sort: isSearchSort(sort) ? sort : undefined }), { scroll: false });
    }, TYPING_PAUSE_MS);
  }

  return (
    <Form prefetch={false} action="/search" role="search" className="relative w-full" onSubmit={() => clearTimeout(timer.current)}>
      <label htmlFor={FIELD_ID} className="sr-only">
        Search papers
      </label>
      <input
        id={FIELD_ID}
        name="q"
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder="Search papers"
        maxLength={250}
        autoComplete="off"
        enterKeyHint="search"
        className="input pr-8"
      />
      {sort && sort !== "relevance" && <input type="hidden" name="sort" value={sort} />}
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-zinc-300 px-1.5 text-xs text-zinc-500 sm:block dark:border-zinc-700 dark:text-zinc-400"
      >
        /
      </kbd>
    </Form>
  );
}
