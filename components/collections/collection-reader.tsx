import Link from "next/link";
import { CollectionItems } from "@/components/collections/collection-items";
import { CopyCollectionButton } from "@/components/collections/copy-collection-button";
import { ExportLinks } from "@/components/collections/export-links";
import { renderMathTitles } from "@/components/papers/math-titles";
import type { CollectionWithItems } from "@/lib/api/collections-schemas";
import { formatDate, pluralize } from "@/lib/format";

/**
 * The read-only view of someone's collection (a share link, or a public collection): the same for
 * every visitor, so it carries no per-user data; copying is a client island.
 */
export function CollectionReader({
  collection,
  base,
  source,
}: {
  collection: CollectionWithItems;
  base: string;
  source: { token: string } | { collectionId: string };
}) {
  return (
    <div className="mx-auto max-w-3xl">
      <p className="meta text-sm">{collection.visibility === "PUBLIC" ? "Public collection" : "Shared collection"}</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight break-words">{collection.title}</h1>
      {collection.description && (
        <p className="mt-2 max-w-[70ch] whitespace-pre-line text-zinc-700 dark:text-zinc-300">{collection.description}</p>
      )}
      <p className="meta mt-2 text-sm">
        By{" "}
        <Link prefetch={false} href={`/u/${encodeURIComponent(collection.owner.username)}`} className="font-medium hover:underline">
          {collection.owner.name}
        </Link>{" "}
        · {pluralize(collection.items.length, "paper")} · Updated{" "}
        <time dateTime={collection.updatedAt}>{formatDate(collection.updatedAt)}</time>
      </p>
      <div className="mt-4 flex flex-wrap items-start gap-2">
        <CopyCollectionButton source={source} />
        <ExportLinks base={base} feed={`${base}/feed.xml`} />
      </div>
      <div className="mt-6">
        <CollectionItems items={collection.items} mathTitles={renderMathTitles(collection.items.map((item) => item.paper))} />
      </div>
    </div>
  );
}
