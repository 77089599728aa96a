import { z } from "zod";
import { cursorParam, limitParam } from "@/lib/validations/page-query";

/** `?limit=1..100&cursor=` of GET /api/me/reads. */
export const readsQuerySchema = z.object({ limit: limitParam(100, 30), cursor: cursorParam });
