import { paperCard } from "@/lib/og/paper-card";
import { SOCIAL_CARD_SIZE, socialCardResponse } from "@/lib/og/social-card";
import { getPaperCardBySlug } from "@/lib/papers/get-paper";

// Rendered on first request and kept: votes and imports refresh the cards' tag in the background,
// so the card is drawn again with the new count behind a request, never on one.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export const alt = "The paper's title, authors and upvotes on Papershelf";
export const size = SOCIAL_CARD_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const paper = await getPaperCardBySlug((await params).slug);
  if (!paper) return Response.json({ error: "No such paper." }, { status: 404 });
  return socialCardResponse(paperCard(paper));
}
