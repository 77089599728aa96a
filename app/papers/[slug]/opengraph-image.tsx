import { paperCard } from "@/lib/og/paper-card";
import { SOCIAL_CARD_SIZE, socialCardResponse } from "@/lib/og/social-card";
import { getPaperBySlug } from "@/lib/papers/get-paper";

// Rendered on first request and kept like the paper page: a vote or an import revalidates the papers
// tag that getPaperBySlug reads under, and the card is drawn again with the new count.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export const alt = "The paper's title, authors and upvotes on Papershelf";
export const size = SOCIAL_CARD_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const paper = await getPaperBySlug((await params).slug);
  if (!paper) return Response.json({ error: "No such paper." }, { status: 404 });
  return socialCardResponse(paperCard(paper));
}
