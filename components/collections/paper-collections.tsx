import Link from "next/link";
import { listPublicCollectionsForPaper } from "@/lib/collections/lists";
import { pluralize } from "@/lib/format";

/** "In N collections" on a paper's page: public collections only, from the data cache. */
export async function PaperCollections({ paperId }: { paperId: string }) {
  const { total, collections } = await listPublicCollectionsForPaper(paperId);
  if (total === 0) return null;
  return (
    <section aria-labelledby="paper-collections-heading" className="mt-8">
      <h2 id="paper-collections-heading" className="text-lg font-semibold">
        In {pluralize(total, "collection")}
      </h2>
      <ul className="mt-2 space-y-1.5 text-sm">
        {collections.map((collection) => (
          <li key={collection.id}>
            <Link
              prefetch={false}
              href={`/collections/${collection.id}`}
              className="font-medium text-accent-700 hover:underline dark:text-accent-300"
            >
              {collection.title}
            </Link>{" "}
            <span className="meta">
              by {collection.owner.name} · {pluralize(collection.itemCount, "paper")}
            </span>
          </li>
        ))}
      </ul>
      {total > collections.length && <p className="meta mt-1 text-xs">and {pluralize(total - collections.length, "more collection")}</p>}
    </section>
  );
}
