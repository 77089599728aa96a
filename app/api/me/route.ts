import { getSessionUser } from "@/lib/auth/get-session-user";

/** Who is signed in, for the header's menu: `{ user: { id, username, name } | null }`. */
export async function GET() {
  const user = await getSessionUser();
  return Response.json({ user }, { headers: { "Cache-Control": "private, no-store" } });
}
