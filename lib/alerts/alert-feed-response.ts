import { alertFeedUrl, toAlertRef } from "@/lib/alerts/alert-view";
import { describeAlert } from "@/lib/alerts/describe-alert";
import { getAlertFeed } from "@/lib/alerts/get-alert-feed";
import { env } from "@/lib/env.js";
import { renderAtom } from "@/lib/feeds/paper-feed";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/http-error";

/**
 * An alert's private Atom feed (the newest papers it matched), rendered by the site's own feed
 * code. An unknown or revoked token is a 404 that says nothing about whose it was.
 */
export async function alertFeedResponse(db: PrismaClient, token: string): Promise<Response> {
  const feed = await getAlertFeed(db, token);
  if (!feed) throw new HttpError(404, "No feed is at this address (it may have been revoked).");
  const appUrl = env.APP_URL.replace(/\/$/, "");
  const name = describeAlert(toAlertRef(feed.alert));
  const body = renderAtom({
    title: `Papershelf alert: ${name}`,
    description: `New papers that matched your alert (${name}) on Papershelf.`,
    selfUrl: alertFeedUrl(token),
    pageUrl: `${appUrl}/inbox`,
    appUrl,
    papers: feed.papers,
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
