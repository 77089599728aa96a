import { openApiDocument } from "@/lib/api/openapi";
import { route } from "@/lib/http/route";

// The document depends only on the code, so it is rendered once at build time.
export const dynamic = "force-static";

export const GET = route({}, () => Response.json(openApiDocument()));
