import { getPublicCollectionCard } from "@/lib/collections/card";
import { collectionCardResponse } from "@/lib/og/collection-card-response";
import { SOCIAL_CARD_SIZE } from "@/lib/og/social-card";

// Read on every request, like the page: a collection made private must stop showing its card at once.
// Only public collections have one (an owner's private view links to it, and gets 404 like anyone).
export const dynamic = "force-dynamic";

export const alt = "The collection's title, owner and number of papers on Papershelf";
export const size = SOCIAL_CARD_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  return collectionCardResponse(await getPublicCollectionCard((await params).id));
}
