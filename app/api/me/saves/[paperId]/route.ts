import { unsaveResponseSchema } from "@/lib/api/collections-schemas";
import { revalidatePublicCollections } from "@/lib/collections/cache";
import { unsavePaper } from "@/lib/collections/saves";
import { route } from "@/lib/http/route";
import { isIdShape } from "@/lib/validations/collection";

/** Unsave: takes the paper out of every collection of mine. Idempotent; says which ones it left. */
export const DELETE = route(
  { auth: "required", response: unsaveResponseSchema },
  async ({ user }, { params }: RouteContext<"/api/me/saves/[paperId]">) => {
    const { paperId } = await params;
    const removedFrom = isIdShape(paperId) ? await unsavePaper(user.id, paperId) : [];
    revalidatePublicCollections(...removedFrom.map((c) => c.visibility));
    return { saved: false as const, removedFrom: removedFrom.map(({ id, title }) => ({ id, title })) };
  },
);
