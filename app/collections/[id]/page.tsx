import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CollectionEditor } from "@/components/collections/collection-editor";
import { CollectionReader } from "@/components/collections/collection-reader";
import { renderMathTitles } from "@/components/papers/math-titles";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { getViewableCollection } from "@/lib/collections/read";
import { pluralize } from "@/lib/format";
import { isIdShape } from "@/lib/validations/collection";

// The owner's page and a public collection's page share this address, so it is rendered per request.
export const dynamic = "force-dynamic";

// Metadata and page both need it; one read per request.
const viewable = cache(async (id: string) => {
  if (!isIdShape(id)) return null;
  const user = await getSessionUser();
  return getViewableCollection(user?.id ?? null, id);
});

async function load(params: PageProps<"/collections/[id]">["params"]) {
  return viewable((await params).id);
}

export async function generateMetadata({ params }: PageProps<"/collections/[id]">): Promise<Metadata> {
  const found = await load(params);
  if (!found) return { title: "Collection not found", robots: { index: false } };
  const { collection } = found;
  const description =
    collection.description || `${pluralize(collection.items.length, "paper")} collected by ${collection.owner.name} on Papershelf.`;
  if (found.isOwner && collection.visibility !== "PUBLIC") return { title: collection.title, robots: { index: false } };
  return {
    title: collection.title,
    description,
    openGraph: { type: "website", title: collection.title, description, url: `/collections/${collection.id}` },
    twitter: { card: "summary_large_image", title: collection.title, description },
    alternates: { canonical: `/collections/${collection.id}`, types: { "application/atom+xml": `/collections/${collection.id}/feed.xml` } },
  };
}

export default async function CollectionPage({ params }: PageProps<"/collections/[id]">) {
  const found = await load(params);
  // Someone else's private or unlisted collection is "not found", exactly like a missing one.
  if (!found) notFound();
  if (found.isOwner) {
    return (
      <>
        <CollectionEditor initial={found.collection} mathTitles={renderMathTitles(found.collection.items.map((item) => item.paper))} />
        {found.collection.items.length > 0 && (
          <p className="mx-auto mt-6 max-w-3xl text-sm">
            <Link
              prefetch={false}
              href={`/for-you?collection=${found.collection.id}`}
              className="font-medium text-accent-700 underline dark:text-accent-300"
            >
              More like this collection
            </Link>
          </p>
        )}
      </>
    );
  }
  return (
    <CollectionReader
      collection={found.collection}
      base={`/collections/${found.collection.id}`}
      source={{ collectionId: found.collection.id }}
    />
  );
}
