import "server-only";
import { env } from "@/lib/env.js";
import { renderAtom, renderRss } from "@/lib/feeds/paper-feed";
import { feedHref } from "@/lib/papers/feed-href";
import { getFeedPage } from "@/lib/papers/get-feed-page";

const formats = {
  atom: { path: "/feed.xml", type: "application/atom+xml; charset=utf-8", render: renderAtom },
  rss: { path: "/rss.xml", type: "application/rss+xml; charset=utf-8", render: renderRss },
} as const;

/**
 * The newest papers (the "New" sort's first page, from the same cache), optionally of one
 * arXiv category (already checked by the route's query schema) and only with code, as a feed.
 */
export async function paperFeedResponse(
  { category, hasCode }: { category: string | null; hasCode: boolean },
  format: keyof typeof formats,
): Promise<Response> {
  const { path, type, render } = formats[format];
  const page = await getFeedPage("new", null, category, hasCode);
  const appUrl = env.APP_URL.replace(/\/$/, "");
  const query = new URLSearchParams();
  if (category) query.set("category", category);
  if (hasCode) query.set("has_code", "1");
  const which = `new papers${hasCode ? " with code" : ""}`;
  const body = render({
    title: `Papershelf: ${which}${category ? ` in ${category}` : ""}`,
    description: category
      ? `The newest papers${hasCode ? " with code" : ""} listed in ${category} on Papershelf.`
      : `The ${which} listed on Papershelf, every day.`,
    selfUrl: `${appUrl}${path}${query.size > 0 ? `?${query}` : ""}`,
    pageUrl: `${appUrl}${feedHref({ sort: "new", category, hasCode })}`,
    appUrl,
    papers: page.papers,
  });
  // Feed readers poll; a few minutes of shared caching keeps them cheap without hiding new papers for long.
  return new Response(body, { headers: { "Content-Type": type, "Cache-Control": "public, max-age=300" } });
}
