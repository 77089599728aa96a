import { HttpError } from "@/lib/http/http-error";
import { redirectTo, route } from "@/lib/http/route";
import { queueJobAsAdmin } from "@/lib/jobs/queue-job-as-admin";

type Context = RouteContext<"/api/admin/jobs/[name]/run">;

/**
 * "Run now" on /admin/jobs: a form, so it works without script. Queues a run (or finds the one
 * already waiting) and goes back to the page, which says so. Anyone not an admin, signed in or
 * not, gets a 404.
 */
export const POST = route({ auth: "optional" }, async ({ user }, { params }: Context) => {
  const { name } = await params;
  if (!user) throw new HttpError(404, "not found");
  const queued = await queueJobAsAdmin(user, name);
  return redirectTo(`/admin/jobs?${new URLSearchParams({ [queued.alreadyQueued ? "waiting" : "queued"]: name })}`);
});
