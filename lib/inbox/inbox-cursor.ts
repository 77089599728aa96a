import { readCursorParts, writeCursorParts } from "@/lib/keyset-cursor";

/**
 * The inbox holds two kinds of entries kept in two tables: papers a person's alerts matched and
 * notifications about comments. One list of both, newest first, is paged by keyset: every entry
 * has a key (createdAt, kind, id), keys are ordered descending as tuples (so at equal times
 * "paper" comes before "comment", then the larger id first, comparing ids by code unit as
 * PostgreSQL's "C" collation does), and a cursor is the key of a page's last entry.
 *
 * Each table is read for at most limit + 1 entries after the cursor (`kindBound` says which);
 * `mergeInboxPage` merges those reads and cuts the page. Pure, so the order is tested on its own.
 */
export const INBOX_KINDS = ["comment", "paper"] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

export type InboxKey = { createdAt: Date; kind: InboxKind; id: string };

export type InboxPage<T extends InboxKey> = { entries: T[]; next: InboxKey | null };

/**
 * Where one kind's read starts after `cursor`: entries older than `at`, and at exactly `at` all of
 * them ("all"), none ("none"), or those whose id is below `idBelow`.
 */
export type KindBound = { at: Date; sameTime: "all" | "none" } | { at: Date; sameTime: "below"; idBelow: string };

// Ids this server makes (cuids) fit; anything else in a cursor was not made here.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when `a` is listed before `b` (newer), positive when after, 0 for the same key. */
export function compareInboxKeys(a: InboxKey, b: InboxKey): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || compareText(b.kind, a.kind) || compareText(b.id, a.id);
}

export function kindBound(cursor: InboxKey, kind: InboxKind): KindBound {
  const at = cursor.createdAt;
  if (kind === cursor.kind) return { at, sameTime: "below", idBelow: cursor.id };
  // A kind that sorts below the cursor's comes after it at the same time; one above came before.
  return { at, sameTime: compareText(kind, cursor.kind) < 0 ? "all" : "none" };
}

/**
 * One page of at most `limit` entries from `lists`, each sorted by compareInboxKeys and holding
 * everything of its kind after the cursor up to limit + 1 entries. When some list had more, the
 * page is followed by another one, which starts after `next`.
 */
export function mergeInboxPage<T extends InboxKey>(lists: readonly (readonly T[])[], limit: number): InboxPage<T> {
  const all = lists.flat().sort(compareInboxKeys);
  const entries = all.slice(0, limit);
  const last = entries.at(-1);
  return { entries, next: all.length > limit && last ? { createdAt: last.createdAt, kind: last.kind, id: last.id } : null };
}

/** Opaque to clients, written like every cursor of this server (lib/keyset-cursor.ts). */
export function encodeInboxCursor(key: InboxKey): string {
  return writeCursorParts([key.createdAt.toISOString(), key.kind, key.id]);
}

/** The key in `raw`, or null when `raw` is not a cursor this server made (the caller says how that is refused). */
export function decodeInboxCursor(raw: string): InboxKey | null {
  const parts = readCursorParts(raw, 3);
  if (!parts) return null;
  const [at, kind, id] = parts;
  if (typeof at !== "string" || typeof id !== "string" || !ID.test(id)) return null;
  if (!INBOX_KINDS.some((known) => known === kind)) return null;
  const createdAt = new Date(at);
  // Only the exact form toISOString writes, so one key has one cursor.
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== at) return null;
  return { createdAt, kind: kind as InboxKind, id };
}
