import { getSharedCollectionCard } from "@/lib/collections/card";
import { collectionCardResponse } from "@/lib/og/collection-card-response";
import { SOCIAL_CARD_SIZE } from "@/lib/og/social-card";

// Read on every request, like the page: a stopped or regenerated link must stop showing the card at once.
export const dynamic = "force-dynamic";

export const alt = "The collection's title, owner and number of papers on Papershelf";
export const size = SOCIAL_CARD_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ token: string }> }) {
  return collectionCardResponse(await getSharedCollectionCard((await params).token));
}
