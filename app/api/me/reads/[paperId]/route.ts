import { readStateResponseSchema } from "@/lib/api/reads-schemas";
import { HttpError } from "@/lib/http/http-error";
import { route } from "@/lib/http/route";
import { markRead } from "@/lib/reads/mark-read";
import { unmarkRead } from "@/lib/reads/unmark-read";
import { isIdShape } from "@/lib/validations/collection";

type Context = RouteContext<"/api/me/reads/[paperId]">;
const NO_PAPER = "no paper has this id";

async function paperIdOf(params: Context["params"]) {
  const { paperId } = await params;
  if (!isIdShape(paperId)) throw new HttpError(400, "paperId: must be a paper id (1 to 100 letters, digits, - or _)");
  return paperId;
}

/** Marks the paper read, now. Repeating it only moves `readAt`. */
export const PUT = route(
  { auth: "required", rateLimit: "readMark", response: readStateResponseSchema },
  async ({ user }, { params }: Context) => {
    const result = await markRead(user.id, await paperIdOf(params));
    if (result.status === "no-paper") throw new HttpError(404, NO_PAPER);
    return { read: true, readAt: result.readAt.toISOString() };
  },
);

/** "Mark as unread". Repeating it changes nothing. */
export const DELETE = route(
  { auth: "required", rateLimit: "readMark", response: readStateResponseSchema },
  async ({ user }, { params }: Context) => {
    const result = await unmarkRead(user.id, await paperIdOf(params));
    if (result.status === "no-paper") throw new HttpError(404, NO_PAPER);
    return { read: false, readAt: null };
  },
);
