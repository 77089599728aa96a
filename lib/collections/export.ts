import "server-only";
import type { CollectionWithItems } from "@/lib/api/collections-schemas";
import { renderCollectionAtom, toBibtex, toCsv, toJsonExport } from "@/lib/collections/export-formats";
import { env } from "@/lib/env.js";
import { HttpError } from "@/lib/http/http-error";
import type { ExportFormat } from "@/lib/validations/collection";

const TYPES: Record<ExportFormat, string> = {
  bib: "application/x-bibtex; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

// Access can be taken away at any moment (regenerate, stop sharing, private), so nothing here may
// be kept by a browser or proxy; nosniff keeps a browser from reading a download as a page.
const NO_CACHE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

const NOT_FOUND = "no collection you can see is here";

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

/** A collection the viewer may see as a download (404 when there is none). */
export function exportResponse(collection: CollectionWithItems | null, format: ExportFormat, collectionUrl: string): Response {
  if (!collection) throw new HttpError(404, NOT_FOUND, NO_CACHE);
  const body =
    format === "bib"
      ? toBibtex(collection.items, appUrl())
      : format === "csv"
        ? toCsv(collection.items, appUrl())
        : JSON.stringify(toJsonExport(collection, { appUrl: appUrl(), collectionUrl, exportedAt: new Date() }), null, 2);
  return new Response(body, {
    headers: { ...NO_CACHE, "Content-Type": TYPES[format], "Content-Disposition": disposition(collection.title, format) },
  });
}

/** The Atom feed of a collection shared by link or public; 404 otherwise. */
export function atomResponse(collection: CollectionWithItems | null, urls: { selfUrl: string; pageUrl: string }): Response {
  if (!collection) throw new HttpError(404, NOT_FOUND, NO_CACHE);
  return new Response(renderCollectionAtom(collection, { appUrl: appUrl(), ...urls }), {
    headers: { ...NO_CACHE, "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
