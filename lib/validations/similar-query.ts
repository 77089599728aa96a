import { z } from "zod";
import { limitParam } from "@/lib/validations/page-query";

/** Query of GET /api/papers/{id}/similar. At most 20 are stored per paper (SIMILAR_PAPERS_KEPT). */
export const similarQuerySchema = z.object({ limit: limitParam(50, 10) });
