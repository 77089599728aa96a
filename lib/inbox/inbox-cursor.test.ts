import { describe, expect, test } from "vitest";
import {
  compareInboxKeys,
  decodeInboxCursor,
  encodeInboxCursor,
  type InboxKey,
  type InboxKind,
  INBOX_KINDS,
  type InboxPage,
  kindBound,
  type KindBound,
  mergeInboxPage,
} from "@/lib/inbox/inbox-cursor";

const T = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));
const key = (second: number, kind: InboxKind, id: string): InboxKey => ({ createdAt: T(second), kind, id });
const label = (k: InboxKey) => `${k.createdAt.getUTCSeconds()}${k.kind[0]}${k.id}`;

/** What a kind's SQL read keeps of a bound, written out independently of kindBound. */
function keeps(bound: KindBound, entry: InboxKey): boolean {
  const at = bound.at.getTime();
  const time = entry.createdAt.getTime();
  if (time !== at) return time < at;
  return bound.sameTime === "all" || (bound.sameTime === "below" && entry.id < bound.idBelow);
}

/** Every entry, paged the way listInbox does: per kind at most limit + 1 after the cursor, merged. */
function pageThrough(entries: InboxKey[], limit: number): InboxKey[][] {
  const sorted = [...entries].sort(compareInboxKeys);
  const pages: InboxKey[][] = [];
  let cursor: InboxKey | null = null;
  for (;;) {
    const from: InboxKey | null = cursor;
    const lists: InboxKey[][] = INBOX_KINDS.map((kind) =>
      sorted.filter((e) => e.kind === kind && (from === null || keeps(kindBound(from, kind), e))).slice(0, limit + 1),
    );
    const page: InboxPage<InboxKey> = mergeInboxPage(lists, limit);
    pages.push(page.entries);
    // The cursor goes through its text form, as it does between requests.
    cursor = page.next && decodeInboxCursor(encodeInboxCursor(page.next));
    if (!page.next) return pages;
    expect(cursor).toEqual(page.next);
    if (pages.length > entries.length + 2) throw new Error("paging does not end");
  }
}

describe("compareInboxKeys", () => {
  test.each([
    { name: "newer first", a: key(2, "comment", "a"), b: key(1, "paper", "z"), sign: -1 },
    { name: "at the same time, a paper before a comment", a: key(1, "paper", "a"), b: key(1, "comment", "z"), sign: -1 },
    { name: "same time and kind: the larger id first", a: key(1, "comment", "b"), b: key(1, "comment", "a"), sign: -1 },
    { name: "ids compare by code unit (digits < upper < lower)", a: key(1, "paper", "a"), b: key(1, "paper", "Z"), sign: -1 },
    { name: "the same key", a: key(1, "paper", "x"), b: key(1, "paper", "x"), sign: 0 },
  ])("$name", ({ a, b, sign }) => {
    expect(Math.sign(compareInboxKeys(a, b))).toBe(sign);
    expect(Math.sign(compareInboxKeys(b, a))).toBe(-sign || 0);
  });
});

describe("kindBound", () => {
  test.each([
    { cursor: key(5, "paper", "m"), kind: "paper", bound: { at: T(5), sameTime: "below", idBelow: "m" } },
    { cursor: key(5, "paper", "m"), kind: "comment", bound: { at: T(5), sameTime: "all" } },
    { cursor: key(5, "comment", "m"), kind: "paper", bound: { at: T(5), sameTime: "none" } },
    { cursor: key(5, "comment", "m"), kind: "comment", bound: { at: T(5), sameTime: "below", idBelow: "m" } },
  ] as const)("after $cursor.kind $cursor.id, $kind", ({ cursor, kind, bound }) => {
    expect(kindBound(cursor, kind)).toEqual(bound);
  });
});

describe("mergeInboxPage", () => {
  test.each([
    { name: "nothing", lists: [[], []], limit: 2, entries: [], next: null },
    { name: "fewer than a page", lists: [[key(3, "comment", "a")], [key(2, "paper", "b")]], limit: 2, entries: ["3ca", "2pb"], next: null },
    {
      name: "exactly a page: no next",
      lists: [[key(3, "comment", "a")], [key(4, "paper", "b")]],
      limit: 2,
      entries: ["4pb", "3ca"],
      next: null,
    },
    {
      name: "one kind fills the page",
      lists: [[key(1, "comment", "a")], [key(5, "paper", "c"), key(4, "paper", "b"), key(3, "paper", "a")]],
      limit: 2,
      entries: ["5pc", "4pb"],
      next: "4pb",
    },
    {
      name: "equal times interleave by kind, then id",
      lists: [
        [key(1, "comment", "b"), key(1, "comment", "a")],
        [key(1, "paper", "b"), key(1, "paper", "a")],
      ],
      limit: 3,
      entries: ["1pb", "1pa", "1cb"],
      next: "1cb",
    },
  ])("$name", ({ lists, limit, entries, next }) => {
    const page = mergeInboxPage(lists, limit);
    expect(page.entries.map(label)).toEqual(entries);
    expect(page.next && label(page.next)).toBe(next);
  });

  test("keeps the entries' own fields", () => {
    const entry = { ...key(1, "paper", "a"), title: "A paper" };
    expect(mergeInboxPage([[entry], []], 5).entries).toEqual([entry]);
  });
});

describe("paging", () => {
  test("hand-made ties across both kinds page to the same list as one sort", () => {
    const entries = [key(1, "comment", "b"), key(1, "paper", "b"), key(1, "comment", "a"), key(1, "paper", "a"), key(0, "paper", "z")];
    for (const limit of [1, 2, 3, 5, 6]) {
      expect(pageThrough(entries, limit).flat().map(label)).toEqual(["1pb", "1pa", "1cb", "1ca", "0pz"]);
    }
  });

  test("five hundred random inboxes page to exactly a naive sort of all their entries", () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    for (let run = 0; run < 500; run += 1) {
      // Few distinct times and ids, so ties at the same time (and the same id in both kinds) are common.
      const seen = new Set<string>();
      const entries: InboxKey[] = [];
      for (let i = Math.floor(random() * 40); i > 0; i -= 1) {
        const entry = key(Math.floor(random() * 6), pick(INBOX_KINDS), pick(["0", "9", "A", "Z", "a", "ab", "b", "z-", "z_"]));
        // An id is unique within its kind (a notification's id, a matched paper's id).
        if (seen.has(`${entry.kind}${entry.id}`)) continue;
        seen.add(`${entry.kind}${entry.id}`);
        entries.push(entry);
      }
      const limit = 1 + Math.floor(random() * 7);
      const naive = [...entries].sort((a, b) =>
        a.createdAt < b.createdAt
          ? 1
          : a.createdAt > b.createdAt
            ? -1
            : a.kind !== b.kind
              ? a.kind === "paper"
                ? -1
                : 1
              : a.id < b.id
                ? 1
                : -1,
      );
      const pages = pageThrough(entries, limit);
      expect(pages.flat()).toEqual(naive);
      expect(pages.every((page, i) => page.length === limit || i === pages.length - 1)).toBe(true);
      expect(pages.length).toBe(Math.max(1, Math.ceil(entries.length / limit)));
    }
  });
});

describe("inbox cursors", () => {
  test("round-trip, in the alphabet of every cursor", () => {
    for (const k of [key(0, "paper", "cmb1x2y3z0000abcd"), key(59, "comment", "A_b-9")]) {
      const raw = encodeInboxCursor(k);
      expect(raw).toMatch(/^[A-Za-z0-9_-]{1,200}$/);
      expect(decodeInboxCursor(raw)).toEqual(k);
    }
  });

  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  test.each([
    ["empty", ""],
    ["not base64url", "a b"],
    ["not JSON", Buffer.from("{").toString("base64url")],
    ["not a list", encode({ at: "2026-01-01T00:00:00.000Z" })],
    ["too short", encode(["2026-01-01T00:00:00.000Z", "paper"])],
    ["an unknown kind", encode(["2026-01-01T00:00:00.000Z", "alert", "a"])],
    ["not a date", encode(["yesterday", "paper", "a"])],
    ["a date not in toISOString's form", encode(["2026-01-01", "paper", "a"])],
    ["an empty id", encode(["2026-01-01T00:00:00.000Z", "paper", ""])],
    ["an id with a NUL", encode(["2026-01-01T00:00:00.000Z", "paper", "a\u0000"])],
    ["an id too long", encode(["2026-01-01T00:00:00.000Z", "comment", "a".repeat(65)])],
    ["a number for an id", encode(["2026-01-01T00:00:00.000Z", "comment", 7])],
    ["another listing's cursor", encode([null, "2026-01-01T00:00:00.000Z", "a"])],
  ])("refuses %s", (_, raw) => {
    expect(decodeInboxCursor(raw)).toBeNull();
  });
});
