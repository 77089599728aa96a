import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const FILE = "bench/RESULTS.md";
const HEADER =
  "# Benchmark results\n\nMeasured on this project's 2-core machine. Compare ratios within one run, not absolute numbers across runs.\n";

/** Replaces (or appends) one `## Title` section of bench/RESULTS.md, leaving the others alone. */
export function writeResultsSection(title: string, body: string) {
  const text = existsSync(FILE) ? readFileSync(FILE, "utf8") : HEADER;
  const heading = `## ${title}\n`;
  const section = `${heading}\n${body.trim()}\n`;
  const start = text.indexOf(heading);
  if (start === -1) return writeFileSync(FILE, `${text.trimEnd()}\n\n${section}`);
  const next = text.indexOf("\n## ", start + heading.length);
  writeFileSync(FILE, text.slice(0, start) + section + (next === -1 ? "" : text.slice(next)));
}

/** The commit measured, and whether the checkout differed from it (this file's own changes aside). */
export function describeCommit(): string {
  const git = (...args: string[]) => spawnSync("git", args, { encoding: "utf8" }).stdout.trim();
  const dirty = git("status", "--porcelain", "--untracked-files=no", "--", ".", `:!${FILE}`) !== "";
  return `${git("rev-parse", "--short", "HEAD")}${dirty ? " with uncommitted changes" : ""}`;
}
