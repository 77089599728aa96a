import "server-only";
import { renderCollectionAtom } from "@/lib/collections/collection-atom";
import type { CollectionWithItems } from "@/lib/collections/collection-view";
import { toBibtex } from "@/lib/collections/export-bibtex";
import { toCsv } from "@/lib/collections/export-csv";
import { toJsonExport } from "@/lib/collections/export-json";
import { env } from "@/lib/env.js";
import { jsonError } from "@/lib/http/json-error";

export const EXPORT_FORMATS = ["bib", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TYPES: Record<ExportFormat, string> = {
  bib: "application/x-bibtex; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

// Access can be taken away at any moment (regenerate, stop sharing, private), so nothing here may
// be kept by a browser or proxy; nosniff keeps a browser from reading a download as a page.
const NO_CACHE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export function appUrl(): string {
  return env.APP_URL.replace(/\/$/, "");
}

/** "Reading list" → reading-list.bib, with an RFC 6266 UTF-8 name for titles beyond ASCII. */
function disposition(title: string, format: ExportFormat): string {
  const ascii =
    title
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .toLowerCase()
      .slice(0, 60) || "collection";
  return `attachment; filename="${ascii}.${format}"; filename*=UTF-8''${encodeURIComponent(`${title.slice(0, 80)}.${format}`)}`;
}

/** `?format=bib|csv|json` of a collection the viewer may see, as a download. */
export function exportResponse(request: Request, collection: CollectionWithItems | null, collectionUrl: string): Response {
  const format = new URL(request.url).searchParams.get("format");
  if (!EXPORT_FORMATS.includes(format as ExportFormat))
    return jsonError(400, `format: must be one of ${EXPORT_FORMATS.join(", ")}`, NO_CACHE);
  if (!collection) return jsonError(404, "no collection you can see is here", NO_CACHE);
  const chosen = format as ExportFormat;
  const body =
    chosen === "bib"
      ? toBibtex(collection.items, appUrl())
      : chosen === "csv"
        ? toCsv(collection.items, appUrl())
        : JSON.stringify(toJsonExport(collection, { appUrl: appUrl(), collectionUrl, exportedAt: new Date() }), null, 2);
  return new Response(body, {
    headers: { ...NO_CACHE, "Content-Type": TYPES[chosen], "Content-Disposition": disposition(collection.title, chosen) },
  });
}

/** The Atom feed of a collection shared by link or public; 404 otherwise. */
export function atomResponse(collection: CollectionWithItems | null, urls: { selfUrl: string; pageUrl: string }): Response {
  if (!collection) return jsonError(404, "no collection you can see is here", NO_CACHE);
  return new Response(renderCollectionAtom(collection, { appUrl: appUrl(), ...urls }), {
    headers: { ...NO_CACHE, "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
