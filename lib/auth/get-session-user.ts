import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getUserById } from "@/lib/users/get-user-by-id";

export type SessionUser = { id: string; username: string; name: string };

/**
 * The signed-in person, or null. Looked up in the database on every request (once, thanks to
 * `cache`), so a session of a deleted account, or one from before a database reset, is no session.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUserById(id);
  if (!user) return null;
  const username = user.username ?? user.id;
  return { id: user.id, username, name: user.name?.trim() || username };
});

/** For a personal page at `path`: the signed-in person, or a redirect to sign in and come back. */
export async function requirePageUser(path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}
