import { randomUUID } from "node:crypto";
import { z } from "zod";
import { CACHE_TAGS, COMMENTS_TAG_PATTERN, PAPER_CARDS_TAG, PAPERS_TAG, PROFILE_TAG_PATTERN } from "@/lib/cache/cache-tags";

/** The PostgreSQL channel on which writers tell every app server which cached pages changed. */
export const REVALIDATION_CHANNEL = "papershelf_revalidate";

const tag = z.union([z.enum(CACHE_TAGS), z.string().regex(PROFILE_TAG_PATTERN), z.string().regex(COMMENTS_TAG_PATTERN)]);
const tagList = z.array(tag).max(10).default([]);

/**
 * Which cached pages changed, and how soon each must show it. `background`: the next request is
 * still served the cached copy once and renders afresh behind it (Next's "max" profile), so no
 * reader waits for a render. `now`: the cached copy expires, for changes no one may see the old
 * copy of again (a collection made private, a vote posted without script that returns to the page
 * it was pressed on, an import a person runs and then looks for).
 */
export const revalidationSchema = z
  .strictObject({ now: tagList, background: tagList })
  .refine((value) => value.now.length + value.background.length > 0, "name at least one tag in now or background");
export type Revalidation = z.input<typeof revalidationSchema>;

/**
 * After papers were imported or ingested: the lists show them on the next request (the person who
 * ran the import looks for them at once); their social cards follow in the background.
 */
export const PAPERS_IMPORTED: Revalidation = { now: [PAPERS_TAG], background: [PAPER_CARDS_TAG] };

/** As sent on the channel: the revalidation and the app server that sent it (null from workers and scripts). */
export const revalidationMessageSchema = z.strictObject({
  now: tagList,
  background: tagList,
  origin: z.string().max(64).nullable(),
});
export type RevalidationMessage = z.input<typeof revalidationMessageSchema>;

// On globalThis: the listener (instrumentation) and the routes are separate bundles of one process.
const globalForServer = globalThis as unknown as { papershelfServerId?: string };

/** This process's id in revalidation messages, so a server skips the messages it sent itself. */
export function thisServerId(): string {
  return (globalForServer.papershelfServerId ??= randomUUID());
}
