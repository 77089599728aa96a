import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SeedPaper } from "@/lib/seed/parse-daily-papers";

/** The parsed seed listing committed with the project (scripts/parse-seed.ts writes it). */
export async function loadSeedPapers(root = process.cwd()): Promise<SeedPaper[]> {
  return JSON.parse(await readFile(path.join(root, "prisma/seed/papers.json"), "utf8")) as SeedPaper[];
}
