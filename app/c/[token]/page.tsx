import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CollectionReader } from "@/components/collections/collection-reader";
import { getSharedCollection } from "@/lib/collections/read";
import { pluralize } from "@/lib/format";

// Read on every request: a regenerated or stopped link must stop working at once, which a cached
// page would not.
export const dynamic = "force-dynamic";

// Metadata and page both need it; one read per request.
const shared = cache(getSharedCollection);

export async function generateMetadata({ params }: PageProps<"/c/[token]">): Promise<Metadata> {
  const collection = await shared((await params).token);
  if (!collection) return { title: "Collection not found", robots: { index: false } };
  const description =
    collection.description || `${pluralize(collection.items.length, "paper")} collected by ${collection.owner.name} on Papershelf.`;
  return {
    title: collection.title,
    description,
    // A link is shared with people, not with search engines.
    robots: { index: false, follow: false },
    openGraph: { type: "website", title: collection.title, description, url: `/c/${(await params).token}` },
    twitter: { card: "summary_large_image", title: collection.title, description },
    alternates: { types: { "application/atom+xml": `/c/${(await params).token}/feed.xml` } },
  };
}

export default async function SharedCollectionPage({ params }: PageProps<"/c/[token]">) {
  const { token } = await params;
  const collection = await shared(token);
  if (!collection) notFound();
  return <CollectionReader collection={collection} base={`/c/${token}`} source={{ token }} />;
}
