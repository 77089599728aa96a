import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildFingerprint, buildIsCurrent, recordBuild } from "./build-fingerprint";

// Files the build reads, and files it never does (tests, scripts, docs, build output).
const BUILD_INPUTS = [
  "app/page.tsx",
  "components/papers/paper-card.tsx",
  "lib/env.js",
  "public/favicon.svg",
  "auth.ts",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const NOT_BUILD_INPUTS = [
  "README.md",
  "e2e/feed.spec.ts",
  "tests/db.ts",
  "scripts/start.ts",
  "bench/feed.ts",
  "lib/ranking.test.ts",
  "node_modules/next/package.json",
  ".next/BUILD_ID",
  ".next-e2e/BUILD_ID",
  "next-env.d.ts",
  "tsconfig.tsbuildinfo",
  "data/pglite/PG_VERSION",
  "test-results/.last-run.json",
  "public/.bench/page.html",
];

let root: string;

function write(relative: string, contents: string) {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), contents);
}

const configuration = { APP_URL: "http://localhost:3000", AUTH_GITHUB_ID: undefined };
const fingerprint = (distDir = ".next", settings: Record<string, string | undefined> = configuration) =>
  buildFingerprint(root, distDir, settings);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "papershelf-build-"));
  for (const file of [...BUILD_INPUTS, ...NOT_BUILD_INPUTS]) write(file, `contents of ${file}`);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("buildFingerprint", () => {
  it.each(BUILD_INPUTS)("changes when %s changes", (file) => {
    const before = fingerprint();
    write(file, "edited");
    expect(fingerprint()).not.toBe(before);
  });

  it.each(["app/new-page.tsx", ".env", ".env.production.local", "public/robots.txt", "instrumentation.ts", "styles/extra.css"])(
    "changes when %s appears: unknown files count",
    (file) => {
      const before = fingerprint();
      write(file, "new");
      expect(fingerprint()).not.toBe(before);
    },
  );

  it("changes when a file is deleted or renamed", () => {
    const before = fingerprint();
    rmSync(path.join(root, "components/papers/paper-card.tsx"));
    const deleted = fingerprint();
    expect(deleted).not.toBe(before);
    write("components/papers/card.tsx", "contents of components/papers/paper-card.tsx");
    expect(fingerprint()).not.toBe(deleted);
    expect(fingerprint()).not.toBe(before);
  });

  it("ignores modification times: an edit that keeps an old time still counts", () => {
    const before = fingerprint();
    write("lib/env.js", "edited");
    utimesSync(path.join(root, "lib/env.js"), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(fingerprint()).not.toBe(before);
  });

  it.each(NOT_BUILD_INPUTS)("does not change when %s changes", (file) => {
    const before = fingerprint();
    write(file, "edited");
    expect(fingerprint()).toBe(before);
  });

  it("leaves out the build directory wherever NEXT_DIST_DIR puts it", () => {
    const before = fingerprint("build/next");
    write("build/next/BUILD_ID", "x");
    expect(fingerprint("build/next")).toBe(before);
    expect(fingerprint(".next")).not.toBe(before);
  });

  it("changes with the configuration the build sees, not with unset settings", () => {
    const before = fingerprint();
    expect(fingerprint(".next", { ...configuration, APP_URL: "https://papers.example" })).not.toBe(before);
    expect(fingerprint(".next", { ...configuration, AUTH_GITHUB_ID: "id" })).not.toBe(before);
    expect(fingerprint(".next", { APP_URL: "http://localhost:3000" })).toBe(before);
  });
});

describe("buildIsCurrent", () => {
  it("is true only for a complete build recorded with the same fingerprint", () => {
    const dist = path.join(root, ".next");
    const current = fingerprint();
    expect(buildIsCurrent(dist, current)).toBe(false);
    write(".next/BUILD_ID", "abc");
    // A build made by `next build` alone, or one that failed, has no record: build again.
    expect(buildIsCurrent(dist, current)).toBe(false);
    recordBuild(dist, current);
    expect(buildIsCurrent(dist, current)).toBe(true);
    write("app/page.tsx", "edited");
    expect(buildIsCurrent(dist, fingerprint())).toBe(false);
  });
});
