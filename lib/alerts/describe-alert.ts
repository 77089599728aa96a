import type { AlertRef } from "@/lib/api/alerts-schemas";

/** How an alert is named to people (also in the browser, so no server import here): "mamba" (with code), cs.LG, Ada Lovelace. */
export function describeAlert(alert: Pick<AlertRef, "kind" | "query" | "hasCode">): string {
  if (alert.kind === "search") return `Search “${alert.query}”${alert.hasCode ? " with code" : ""}`;
  if (alert.kind === "category") return `Category ${alert.query}`;
  return `Author ${alert.query}`;
}
