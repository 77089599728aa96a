import type { AlertKindName, AlertRef, AlertView } from "@/lib/api/alerts-schemas";
import { env } from "@/lib/env.js";
import type { AlertKind } from "@/lib/generated/prisma/client";

export type AlertRow = { id: string; kind: AlertKind; query: string; hasCode: boolean; feedToken: string; createdAt: Date };

export const alertRowSelect = { id: true, kind: true, query: true, hasCode: true, feedToken: true, createdAt: true } as const;

export function alertKindName(kind: AlertKind): AlertKindName {
  return kind.toLowerCase() as AlertKindName;
}

/** The private Atom feed of an alert: the token is the only key, so the address is the secret. */
export function alertFeedUrl(feedToken: string): string {
  return `${env.APP_URL.replace(/\/$/, "")}/alerts/${feedToken}/feed.xml`;
}

export function toAlertRef(row: Pick<AlertRow, "id" | "kind" | "query" | "hasCode">): AlertRef {
  return { id: row.id, kind: alertKindName(row.kind), query: row.query, hasCode: row.hasCode };
}

export function toAlertView(row: AlertRow): AlertView {
  return { ...toAlertRef(row), feedUrl: alertFeedUrl(row.feedToken), createdAt: row.createdAt.toISOString() };
}
