import { meResponseSchema } from "@/lib/api/me-schemas";
import { route } from "@/lib/http/route";

/** Who is signed in, for the header's menu: `{ user: { id, username, name } | null }`. */
export const GET = route({ auth: "optional", response: meResponseSchema }, ({ user }) => ({ user }));
