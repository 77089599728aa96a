import { openApiDocument } from "@/lib/api/openapi";

// The document depends only on the code, so it is rendered once at build time.
export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument());
}
