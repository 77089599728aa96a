import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PaperCard } from "@/components/papers/paper-card";
import { DismissibleRecommendation } from "@/components/recommendations/dismissible-recommendation";
import { RecommendationReason } from "@/components/recommendations/recommendation-reason";
import { StartCategoriesForm } from "@/components/recommendations/start-categories-form";
import { Tabs } from "@/components/ui/tabs";
import { requirePageUser } from "@/lib/auth/get-session-user";
import { getRecommendations } from "@/lib/recommendations/get-recommendations";
import { listStartCategories } from "@/lib/recommendations/list-start-categories";
import { recommendationsQuerySchema } from "@/lib/validations/recommendations";

export const metadata: Metadata = { title: "For you", robots: { index: false } };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Personal, so rendered per request; never cached. The list itself was trained by a job. */
export default async function ForYouPage({ searchParams }: PageProps<"/for-you">) {
  const params = await searchParams;
  const parsed = recommendationsQuerySchema.safeParse({ window: one(params.window), collection: one(params.collection) });
  if (!parsed.success) notFound();
  const query = { ...parsed.data, limit: 30 };
  const here = `/for-you?${new URLSearchParams(Object.entries({ window: query.window, collection: query.collection ?? "" }).filter(([, v]) => v))}`;
  const user = await requirePageUser(here);
  const found = await getRecommendations(user.id, query);
  if (!found) notFound();
  const windowHref = (window: string) =>
    `/for-you?${new URLSearchParams({ ...(query.collection ? { collection: query.collection } : {}), window })}`;
  const starting = found.basis === "trending" && !found.collection;
  const startCategories = starting ? await listStartCategories() : [];
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">{found.collection ? <>More like “{found.collection.title}”</> : "For you"}</h1>
      <p className="meta mt-1 mb-4 text-sm">
        {found.collection ? (
          <>
            Papers like the ones in this collection.{" "}
            <Link prefetch={false} href={`/collections/${found.collection.id}`} className="underline">
              Back to the collection
            </Link>
          </>
        ) : starting ? (
          // Papers from a listing without arXiv categories (the seed's) leave nothing to pick: say so only when there is.
          `Save or upvote a few papers${startCategories.length > 0 ? ", or pick a few categories," : ""} and this page learns what you read. Until then: what is trending.`
        ) : (
          "Papers like the ones you saved and upvoted, each with the reason. Press Not interested to teach it what you skip."
        )}
      </p>
      <Tabs
        label="Papers from"
        tabs={[
          { href: windowHref("week"), label: "Last 7 days", current: query.window === "week" },
          { href: windowHref("all"), label: "Any time", current: query.window === "all" },
        ]}
      />
      {starting && <StartCategoriesForm categories={startCategories} chosen={found.startCategories} />}
      {found.papers.length === 0 ? (
        <div className="empty-state mt-4 text-center">
          {query.window === "week" ? (
            <>
              Nothing new for you in the last 7 days.{" "}
              <Link prefetch={false} href={windowHref("all")} className="underline">
                See any time
              </Link>
            </>
          ) : (
            "Nothing to recommend yet."
          )}
        </div>
      ) : (
        <div data-testid="paper-list" className="mt-2">
          {found.papers.map((paper) => {
            const card = <PaperCard paper={paper} footer={<RecommendationReason reason={paper.reason} />} />;
            return found.basis === "model" ? (
              <DismissibleRecommendation key={paper.id} paperId={paper.id} title={paper.title}>
                {card}
              </DismissibleRecommendation>
            ) : (
              <div key={paper.id}>{card}</div>
            );
          })}
        </div>
      )}
    </div>
  );
}
