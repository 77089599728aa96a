import Link from "next/link";
import { listPublicCollectionsByOwner } from "@/lib/collections/lists";
import { formatDate, pluralize } from "@/lib/format";

/** A person's public collections, on their profile. Private and unlisted ones never show. */
export async function ProfileCollections({ username, name }: { username: string; name: string }) {
  const collections = await listPublicCollectionsByOwner(username);
  return (
    <section aria-labelledby="public-collections-heading" className="mt-8">
      <h2 id="public-collections-heading" className="mb-2 text-lg font-semibold">
        Public collections <span className="meta text-sm font-normal">({collections.length})</span>
      </h2>
      {collections.length === 0 ? (
        <p className="empty-state text-center">{name} has no public collections yet.</p>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {collections.map((collection) => (
            <li key={collection.id} className="p-3">
              <Link
                prefetch={false}
                href={`/collections/${collection.id}`}
                className="font-semibold hover:text-accent-700 hover:underline dark:hover:text-accent-300"
              >
                {collection.title}
              </Link>
              {collection.description && <p className="meta mt-0.5 line-clamp-2 text-sm">{collection.description}</p>}
              <p className="meta mt-0.5 text-xs">
                {pluralize(collection.itemCount, "paper")} · Updated{" "}
                <time dateTime={collection.updatedAt}>{formatDate(collection.updatedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
