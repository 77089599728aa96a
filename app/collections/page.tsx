import type { Metadata } from "next";
import { CollectionsManager } from "@/components/collections/collections-manager";
import { requirePageUser } from "@/lib/auth/get-session-user";
import { listMyCollections } from "@/lib/collections/lists";

export const metadata: Metadata = { title: "Your collections", robots: { index: false } };

/** Personal, so rendered per request; never cached. */
export default async function CollectionsPage() {
  const user = await requirePageUser("/collections");
  const collections = await listMyCollections(user.id);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Your collections</h1>
      <p className="meta mt-1 mb-6 text-sm">Keep papers to read, group them by topic, and share a collection with one link.</p>
      <CollectionsManager initial={collections} />
    </div>
  );
}
