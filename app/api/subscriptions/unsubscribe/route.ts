import { oneClickUnsubscribeRoute } from "@/lib/http/one-click-unsubscribe-route";
import { isSubscriptionToken } from "@/lib/subscriptions/subscription-token";
import { unsubscribe } from "@/lib/subscriptions/unsubscribe";

/** One-click unsubscribe from the digest (RFC 8058), and the unsubscribe page's button. */
export const POST = oneClickUnsubscribeRoute({ isToken: isSubscriptionToken, unsubscribe, page: "/unsubscribe" });
