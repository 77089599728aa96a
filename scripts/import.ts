// `npm run import -- arxiv <id|url>...` and `npm run import -- hf <file|url|YYYY-MM-DD>`:
// pulls papers into the database (DATABASE_URL, or the embedded one).
import { importArxivPapers } from "@/lib/import/import-arxiv-papers";
import { ImportError } from "@/lib/import/import-error";
import { importHfDailyPapers } from "@/lib/import/import-hf-daily-papers";
import type { SavedPaper } from "@/lib/import/save-imported-papers";
import { exitWith, withDatabase } from "./lib/cli";
import { refreshAppPages } from "./lib/refresh-app-pages";

const USAGE = `Usage:
  npm run import -- arxiv <id|url>...         e.g. 2310.06825 https://arxiv.org/abs/hep-th/9711200
  npm run import -- hf <file|url|YYYY-MM-DD>  a Hugging Face Daily Papers listing (JSON)`;

const LABELS = { created: "added    ", updated: "updated  ", unchanged: "unchanged" } as const;

async function report(saved: Pick<SavedPaper, "status" | "arxivId" | "slug">[]) {
  for (const paper of saved) console.log(`${LABELS[paper.status]}  ${paper.arxivId.padEnd(16)} /papers/${paper.slug}`);
  const count = (status: SavedPaper["status"]) => saved.filter((p) => p.status === status).length;
  const unchanged = count("unchanged");
  console.log(
    `${saved.length} paper${saved.length === 1 ? "" : "s"} imported: ${count("created")} new, ${count("updated")} updated${unchanged ? `, ${unchanged} unchanged` : ""}.`,
  );
  if (saved.some((paper) => paper.status !== "unchanged")) console.log(await refreshAppPages());
}

async function main(): Promise<number> {
  const [source, ...args] = process.argv.slice(2);
  if ((source !== "arxiv" && source !== "hf") || args.length === 0 || (source === "hf" && args.length !== 1)) {
    console.error(USAGE);
    return 2;
  }
  return withDatabase(async (db) => {
    try {
      if (source === "arxiv") {
        const { saved, missing } = await importArxivPapers(db, args);
        await report(saved);
        if (missing.length > 0) {
          console.error(`arXiv has no paper ${missing.join(", ")}.`);
          return 1;
        }
      } else {
        await report(await importHfDailyPapers(db, args[0]!));
      }
      return 0;
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      console.error(`Import failed, nothing was written: ${error.message}`);
      return 1;
    }
  });
}

exitWith(main());
