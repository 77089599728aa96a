import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { revalidateBodySchema, revalidateResponseSchema } from "@/lib/api/jobs-schemas";
import { env } from "@/lib/env.js";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { revalidateKey } from "@/lib/jobs/revalidate-app";

function hasWorkerKey(request: Request): boolean {
  if (!env.AUTH_SECRET) return false;
  const given = Buffer.from(request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(revalidateKey(env.AUTH_SECRET));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A worker or a command-line import changed papers: refresh the cached pages that show them, at
 * once (the next request renders afresh). Only for holders of the key derived from AUTH_SECRET;
 * anyone else is told nothing is here. No cookie is read, so the same-origin check does not apply.
 */
export const POST = route(
  { body: revalidateBodySchema, response: revalidateResponseSchema, crossSite: "allow" },
  async ({ request, body }) => {
    if (!hasWorkerKey(request)) throw new HttpError(404, "not found");
    for (const tag of body.tags) revalidateTag(tag, { expire: 0 });
    return { revalidated: body.tags };
  },
);
