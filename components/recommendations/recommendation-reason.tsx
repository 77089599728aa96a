import Link from "next/link";
import type { RecommendationReasonView } from "@/lib/api/recommendations-schemas";

/** "Because you saved X in Y": the one line that says why a paper is in "For you". */
export function RecommendationReason({ reason }: { reason: RecommendationReasonView }) {
  const paper = (link: { slug: string; title: string }) => (
    <Link prefetch={false} href={`/papers/${link.slug}`} className="font-medium italic underline-offset-2 hover:underline">
      {link.title}
    </Link>
  );
  return (
    <p className="meta mt-2 text-sm" data-testid="recommendation-reason">
      {reason.kind === "saved" && (
        <>
          Because you saved {paper(reason.paper)} in{" "}
          <Link prefetch={false} href={`/collections/${reason.collection.id}`} className="underline-offset-2 hover:underline">
            {reason.collection.title}
          </Link>
        </>
      )}
      {reason.kind === "upvoted" && <>Because you upvoted {paper(reason.paper)}</>}
      {reason.kind === "category" && <>Because you chose {reason.category}</>}
      {reason.kind === "trending" && <>Trending</>}
    </p>
  );
}
