import "server-only";
import { isShareTokenShape } from "@/lib/collections/share-token";
import { getDb } from "@/lib/db";
import { isIdShape } from "@/lib/validations/collection";

/**
 * Whether a collection page would show anything to this viewer: `/c/<token>` when the link is
 * live, `/collections/<id>` for its owner or when it is public. One indexed lookup, run by the
 * proxy before the page starts streaming, so that "not found" is a real 404 status. The page
 * itself checks again when it reads the collection.
 */
export async function isCollectionPageVisible(target: { token: string } | { id: string; viewerId: string | null }): Promise<boolean> {
  const db = getDb();
  if ("token" in target) {
    if (!isShareTokenShape(target.token)) return false;
    return (await db.collection.count({ where: { shareToken: target.token, visibility: { not: "PRIVATE" } } })) > 0;
  }
  if (!isIdShape(target.id)) return false;
  const visibleTo = target.viewerId
    ? [{ visibility: "PUBLIC" as const }, { ownerId: target.viewerId }]
    : [{ visibility: "PUBLIC" as const }];
  return (await db.collection.count({ where: { id: target.id, OR: visibleTo } })) > 0;
}
