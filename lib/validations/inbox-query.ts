import { z } from "zod";
import { decodeInboxCursor } from "@/lib/inbox/inbox-cursor";
import { cursorParam, limitParam } from "@/lib/validations/page-query";

/** An inbox cursor, decoded; one this server did not make is refused like any bad value. */
export const inboxCursorParam = cursorParam.transform((raw, ctx) => {
  if (raw === undefined) return null;
  return decodeInboxCursor(raw) ?? (ctx.addIssue({ code: "custom", message: "must be the nextCursor of a previous response" }), z.NEVER);
});

/** `?limit=1..100&cursor=` of GET /api/me/inbox. */
export const inboxQuerySchema = z.object({ limit: limitParam(100, 50), cursor: inboxCursorParam });
