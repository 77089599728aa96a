import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { revalidateResponseSchema } from "@/lib/api/jobs-schemas";
import { revalidateKey } from "@/lib/cache/request-revalidation";
import { revalidationSchema } from "@/lib/cache/revalidation-message";
import { env } from "@/lib/env.js";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";

function hasWorkerKey(request: Request): boolean {
  if (!env.AUTH_SECRET) return false;
  const given = Buffer.from(request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(revalidateKey(env.AUTH_SECRET));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Another process changed what cached pages show: this server's revalidation listener passing on
 * a message from another server, a worker or a script (lib/cache/start-revalidation-listener.ts),
 * or, on the embedded database, the worker or a script directly. Refreshes this server's cache
 * only; it never passes the message on. Only for holders of the key derived from AUTH_SECRET;
 * anyone else is told nothing is here. No cookie is read, so the same-origin check does not apply.
 */
export const POST = route(
  { body: revalidationSchema, response: revalidateResponseSchema, crossSite: "allow" },
  async ({ request, body }) => {
    if (!hasWorkerKey(request)) throw new HttpError(404, "not found");
    for (const tag of body.now) revalidateTag(tag, { expire: 0 });
    for (const tag of body.background) revalidateTag(tag, "max");
    return { now: body.now, background: body.background };
  },
);
