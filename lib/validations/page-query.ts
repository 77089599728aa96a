import { z } from "zod";
import { CURSOR_PATTERN } from "@/lib/keyset-cursor";

/** `limit` of a paged listing: a whole number from 1 to `max`, `fallback` when absent. */
export function limitParam(max: number, fallback: number) {
  const message = `must be a whole number from 1 to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(1, "must be at least 1").max(max, `must be at most ${max}`).default(fallback);
}

/** `cursor` of a paged listing: the shape of a `nextCursor`; whether it is one is the codec's to say. */
export const cursorParam = z.string().regex(new RegExp(CURSOR_PATTERN), "must be the nextCursor of a previous response").optional();
