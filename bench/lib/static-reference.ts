import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { onCore, runOrThrow, startProcess } from "./processes";

const NEXT = "node_modules/next/dist/bin/next";
const env = {
  NEXT_TELEMETRY_DISABLED: "1",
  BENCH_FEED_JSON: `${process.cwd()}/bench/.work/feed.json`,
  NEXT_DIST_DIR: "../.work/static-next",
};

/**
 * Builds the benchmarks' reference, a fully static Next page of the given papers with the feed's
 * card markup (bench/static-app, prerendered at build time), with `padChars` characters of hidden
 * text; answers the HTML the build prerendered. It lives in bench/.work, which the caller removes.
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
