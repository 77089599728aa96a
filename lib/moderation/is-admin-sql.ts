import { Prisma } from "@/lib/generated/prisma/client";
import { listAdminUsernames } from "@/lib/moderation/admin-usernames";

/**
 * A condition true only when `actorId` is an account named in ADMIN_USERNAMES. Every moderation
 * write puts it in its own WHERE clause, so the write is refused whoever calls it, not only where a
 * page happened to check.
 */
export function isAdminSql(actorId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "User" a WHERE a."id" = ${actorId} AND a."username" = ANY(${listAdminUsernames()}::text[]))`;
}
