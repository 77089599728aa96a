import "server-only";
import { unstable_cache } from "next/cache";
import type { CollectionCardData } from "@/lib/collections/card";
import { pluralize } from "@/lib/format";
import { socialCardResponse, type SocialCard } from "@/lib/og/social-card";

// Keyed by everything the card shows, so a card is drawn once per look and never needs invalidating;
// old looks fall out of the cache as it fills. Base64, since the data cache keeps JSON.
const drawCard = unstable_cache(
  async (card: SocialCard) => Buffer.from(await socialCardResponse(card).arrayBuffer()).toString("base64"),
  ["collection-social-card"],
);

// Like every answer about a collection (its page is read per request, its feeds are `noStore`): a
// shared cache must not keep showing a card after the collection stopped being shared or public.
const NO_STORE = { "Cache-Control": "private, no-store" };

/** A collection's social card (title, owner, number of papers) as a PNG, or 404 when there is no such collection to show. */
export async function collectionCardResponse(collection: CollectionCardData | null): Promise<Response> {
  if (!collection) return Response.json({ error: "No collection you can see is here." }, { status: 404, headers: NO_STORE });
  const png = await drawCard({
    kind: "Collection",
    title: collection.title,
    byline: `Collected by ${collection.ownerName}`,
    stat: pluralize(collection.itemCount, "paper"),
  });
  return new Response(Buffer.from(png, "base64"), { headers: { ...NO_STORE, "Content-Type": "image/png" } });
}
