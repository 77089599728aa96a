import { z } from "zod";
import { parseArxivId } from "@/lib/import/arxiv-id";

/** Body of POST /api/papers/import, shared by the Submit form and the server. */
export const importPaperSchema = z.object({
  arxiv: z
    .string({ error: "enter an arXiv id or link" })
    .trim()
    .min(1, "enter an arXiv id or link")
    .max(300, "must be at most 300 characters")
    .refine((value) => parseArxivId(value) !== null, "enter an arXiv id like 2310.06825 or a link like https://arxiv.org/abs/2310.06825"),
});
