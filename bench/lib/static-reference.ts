import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { excerptAbstract } from "@/lib/papers/excerpt-abstract";
import { onCore, runOrThrow, startProcess } from "./processes";

const NEXT = "node_modules/next/dist/bin/next";
const env = {
  NEXT_TELEMETRY_DISABLED: "1",
  BENCH_FEED_JSON: `${process.cwd()}/bench/.work/feed.json`,
  NEXT_DIST_DIR: "../.work/static-next",
};

/** The app's first feed page as the reference page takes it: the papers with the excerpts the cards show. */
export async function fetchFeedPapers(appBase: string): Promise<string> {
  const api = (await (await fetch(`${appBase}/api/papers`)).json()) as { papers: { abstract: string }[] };
  return JSON.stringify({ papers: api.papers.map((paper) => ({ ...paper, abstract: excerptAbstract(paper.abstract).text })) });
}

/**
 * Builds the benchmarks' reference (bench/static-app, prerendered at build time): a fully static
 * Next page of the given papers with the feed's card markup and `padChars` characters of hidden
 * text at /, and Next's floor at /one-line. Answers the HTML of /. It lives in bench/.work, which
 * the caller removes.
 */
export function buildStaticReference(papersJson: string, padChars = 0): Buffer {
  mkdirSync("bench/.work", { recursive: true });
  writeFileSync("bench/.work/feed.json", papersJson);
  runOrThrow(process.execPath, [NEXT, "build", "--webpack", "bench/static-app"], { ...env, BENCH_PAD_CHARS: String(padChars) });
  return readFileSync("bench/.work/static-next/server/app/index.html");
}

/** Serves the last reference built with `next start` on core 0. */
export function startStaticReference(port: number) {
  return startProcess(...onCore(0, process.execPath, [NEXT, "start", "bench/static-app", "--port", String(port)]), env);
}
