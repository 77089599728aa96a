// Turns a Daily Papers text listing (by default the seed's, prisma/seed/daily-papers.txt) into
// prisma/seed/papers.json, the file the seeder reads.
//
// Usage: npm run seed:parse [-- input]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseDailyPapers } from "../lib/seed/parse-daily-papers";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The default is anchored at the repo root so the script works from any cwd; an
// explicit argument is resolved against the cwd like any other CLI path.
const input = process.argv[2] ? path.resolve(process.argv[2]) : path.join(repoRoot, "prisma/seed/daily-papers.txt");
const output = path.join(repoRoot, "prisma/seed/papers.json");

const papers = parseDailyPapers(readFileSync(input, "utf8"));
if (papers.length === 0) throw new Error(`${input}: no papers found`);

mkdirSync(path.dirname(output), { recursive: true });
writeFileSync(output, `${JSON.stringify(papers, null, 2)}\n`);

const dated = papers.filter((p) => p.publishedAt !== null).length;
const upvotes = papers.reduce((sum, p) => sum + p.upvotes, 0);
console.log(
  `${path.relative(process.cwd(), output)}: ${papers.length} papers ` +
    `(${dated} dated, ${papers.length - dated} undated, ${upvotes} upvotes) from ${input}`,
);
