// Whether the production build is the build of this checkout and this configuration: `npm start`
// rebuilds when the fingerprint of its inputs differs from the one recorded by the last build.
// Contents, not modification times: a checkout, a copy or a restore can give a changed file an
// older time than the build, and then a time check serves a stale build without a word.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * What `next build` never reads, by path from the repository root. Everything else counts, so a
 * new file or folder can only cause one build too many, never a stale one. Dependencies count
 * through package-lock.json.
 */
const NOT_INPUTS = [
  /^(\.git|node_modules|data|e2e|e2e-cluster|deploy|tests|scripts|bench|\.ci|\.tmp|test-results|playwright-report|coverage)(\/|$)/,
  // Build output (any NEXT_DIST_DIR named .next-*), and files that builds and type-checks write.
  /^\.next/,
  /^next-env\.d\.ts$/,
  /\.tsbuildinfo$/,
  // Benchmark output served from public/ (see bench/).
  /^public\/\.bench(\/|$)/,
  // Tests, documentation, and the configuration of tools other than Next.
  /\.test\.tsx?$/,
  /\.md$/,
  /^(eslint\.config\.mjs|vitest\.config\.ts|playwright\.config\.ts|prisma\.config\.ts)$/,
  /^\.(prettierrc\.json|prettierignore|gitignore|git-blame-ignore-revs)$/,
];

function inputFiles(root: string, skip: (relative: string) => boolean): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (skip(relative)) continue;
      if (entry.isDirectory()) walk(relative);
      else if (entry.isFile()) files.push(relative);
    }
  };
  walk("");
  return files.sort();
}

/**
 * A hash of every build input under `root` (file names and contents) and of the configuration
 * the build sees. `distDir` is left out wherever it is.
 */
export function buildFingerprint(root: string, distDir: string, configuration: Record<string, string | undefined>): string {
  const dist = path.relative(root, path.resolve(root, distDir)).split(path.sep).join("/");
  const skip = (relative: string) => relative === dist || NOT_INPUTS.some((pattern) => pattern.test(relative));
  const hash = createHash("sha256");
  for (const file of inputFiles(root, skip)) {
    const contents = readFileSync(path.join(root, file));
    hash.update(`${file}\0${contents.length}\0`).update(contents);
  }
  const settings = Object.entries(configuration)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  hash.update(JSON.stringify(settings));
  return hash.digest("hex");
}

const stampFile = (distDir: string) => path.join(distDir, "papershelf-build-inputs");

/** True when `distDir` holds a complete build whose recorded fingerprint is `fingerprint`. */
export function buildIsCurrent(distDir: string, fingerprint: string): boolean {
  if (!existsSync(path.join(distDir, "BUILD_ID")) || !existsSync(stampFile(distDir))) return false;
  return readFileSync(stampFile(distDir), "utf8").trim() === fingerprint;
}

/** Records the fingerprint of the inputs a successful build was made from. */
export function recordBuild(distDir: string, fingerprint: string): void {
  writeFileSync(stampFile(distDir), `${fingerprint}\n`);
}
