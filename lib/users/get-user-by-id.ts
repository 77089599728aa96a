import "server-only";
import { getDb } from "@/lib/db";

export function getUserById(id: string) {
  return getDb().user.findUnique({ where: { id }, select: { id: true, username: true, name: true } });
}
