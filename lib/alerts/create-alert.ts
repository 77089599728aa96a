import { randomBytes } from "node:crypto";
import { alertRowSelect, type AlertRow } from "@/lib/alerts/alert-view";
import type { AlertKind, PrismaClient } from "@/lib/generated/prisma/client";
import { buildSearchQuery } from "@/lib/search/build-search-query";
import { tsquerySql } from "@/lib/search/tsquery-sql";
import type { CreateAlertInput } from "@/lib/validations/alert";

/** Alerts one person may have: each is matched against every new paper, so they are not free. */
export const MAX_ALERTS_PER_PERSON = 50;

export type CreateAlertResult =
  | { status: "ok"; alert: AlertRow; created: boolean }
  | { status: "limit" }
  /** A search whose words are all stop words ("the of"): PostgreSQL's tsquery of it is empty. */
  | { status: "nothing-to-match" };

/** 192 random bits, URL-safe. */
export function newFeedToken(): string {
  return randomBytes(24).toString("base64url");
}

function alertKey(input: CreateAlertInput): { kind: AlertKind; query: string; hasCode: boolean } {
  if (input.kind === "search") return { kind: "SEARCH", query: buildSearchQuery(input.q).text, hasCode: input.has_code };
  if (input.kind === "category") return { kind: "CATEGORY", query: input.category, hasCode: false };
  return { kind: "AUTHOR", query: input.name, hasCode: false };
}

/**
 * Follows a search, a category or an author. Following the same thing again gives the same alert
 * back (`created: false`). A search's tsquery is made here, once, by the same SQL the search page
 * runs (tsquerySql of buildSearchQuery), and stored as text: matching then only casts it.
 *
 * Race-free: the owner's row is locked first, so two requests at once cannot both pass the count
 * and exceed the limit, and the unique key (owner, kind, query, hasCode) makes a duplicate impossible.
 */
export async function createAlert(db: PrismaClient, ownerId: string, input: CreateAlertInput): Promise<CreateAlertResult> {
  const key = alertKey(input);
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${ownerId} FOR UPDATE`;
      const existing = await tx.alert.findUnique({ where: { ownerId_kind_query_hasCode: { ownerId, ...key } }, select: alertRowSelect });
      if (existing) return { status: "ok", alert: existing, created: false };
      if ((await tx.alert.count({ where: { ownerId } })) >= MAX_ALERTS_PER_PERSON) return { status: "limit" };

      let tsquery: string | null = null;
      if (input.kind === "search") {
        // From the query as given: a trailing space says the last word is finished (no prefix match).
        const sql = tsquerySql(buildSearchQuery(input.q));
        const [row] = sql ? await tx.$queryRaw<{ tsquery: string }[]>`SELECT ${sql}::text AS "tsquery"` : [];
        if (!row?.tsquery) return { status: "nothing-to-match" };
        tsquery = row.tsquery;
      }
      const alert = await tx.alert.create({ data: { ownerId, ...key, tsquery, feedToken: newFeedToken() }, select: alertRowSelect });
      return { status: "ok", alert, created: true };
      // One person's requests queue on their row lock: wait for a connection longer than Prisma's 2 s.
    },
    { maxWait: 15_000 },
  );
}
