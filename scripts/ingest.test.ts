import { execFile } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it, inject } from "vitest";
import { startFakeUpstream, type FakeUpstream } from "@/tests/fake-upstream";
import pg from "pg";
import { revalidateKey } from "@/lib/cache/request-revalidation";
import { REVALIDATION_CHANNEL } from "@/lib/cache/revalidation-message";
import { resetDb, testDb } from "@/tests/db";

// What the CLI asks the running app servers to refresh. On the embedded database it asks its one
// web server, for which this stands in (and checks the key); on a PostgreSQL server it sends a
// NOTIFY, which this listens for as every app server does.
const SECRET = "a-secret-of-at-least-thirty-two-characters";
const refreshes: unknown[] = [];
const webServer = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString()));
  req.on("end", () => {
    if (req.method === "POST" && req.url === "/api/internal/revalidate" && req.headers.authorization === `Bearer ${revalidateKey(SECRET)}`)
      refreshes.push(JSON.parse(body));
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
const listener = new pg.Client({ connectionString: inject("databaseUrl") });
listener.on("notification", (message) => refreshes.push(JSON.parse(message.payload ?? "")));
const PAPERS_IMPORTED = { now: ["papers"], background: ["paper-cards"] };
const expectedRefresh = inject("embeddedDatabase") ? PAPERS_IMPORTED : { ...PAPERS_IMPORTED, origin: null };

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
  await new Promise<void>((resolve) => webServer.listen(0, "127.0.0.1", resolve));
  if (!inject("embeddedDatabase")) {
    await listener.connect();
    await listener.query(`LISTEN ${REVALIDATION_CHANNEL}`);
  }
});
afterAll(async () => {
  await upstream.close();
  webServer.closeAllConnections();
  webServer.close();
  if (!inject("embeddedDatabase")) await listener.end();
});
beforeEach(async () => {
  refreshes.length = 0;
  await resetDb();
});

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const fullEnv = {
    ...process.env,
    DATABASE_URL: inject("databaseUrl"),
    ARXIV_API_URL: upstream.arxivApiUrl,
    HF_API_URL: upstream.hfApiUrl,
    INGEST_SOURCES: "hf",
    INGEST_ARXIV_CATEGORIES: "",
    AUTH_SECRET: SECRET,
    APP_INTERNAL_URL: `http://127.0.0.1:${(webServer.address() as AddressInfo).port}`,
    ...env,
  };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], {
      env: fullEnv,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run ingest", () => {
  it("backfills a range, a line per day and a summary, with progress on stderr", async () => {
    const result = await cli(["--from", "2025-06-02", "--to", "2025-06-04"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").filter(Boolean)).toEqual([
      "ingest hf 2025-06-02: 2 new, 0 updated, 0 unchanged",
      "ingest hf 2025-06-03: 1 new, 0 updated, 0 unchanged",
      "ingest hf 2025-06-04: 1 new, 0 updated, 0 unchanged",
      "hf: 3 days, 4 new, 0 updated, 0 unchanged, 0 failed",
      "The running servers show the changes now.",
      "Done.",
    ]);
    // The running servers were asked to refresh their cached papers (with the key only they can check).
    await expect.poll(() => refreshes).toEqual([expectedRefresh]);
    // Not a terminal: a plain percentage line per day.
    expect(result.stderr).toBe("hf: 33% (1/3 days)\nhf: 67% (2/3 days)\nhf: 100% (3/3 days)\n");
    expect(await testDb().paper.count()).toBe(4);
    const again = await cli(["--from", "2025-06-02", "--to", "2025-06-04"]);
    expect(again.stdout).toContain("hf: 3 days, 0 new, 0 updated, 4 unchanged, 0 failed");
    // Nothing changed, nothing to refresh. (A NOTIFY sent after the CLI's would arrive after it.)
    if (!inject("embeddedDatabase")) {
      await testDb().$executeRaw`SELECT pg_notify(${REVALIDATION_CHANNEL}, ${'{"marker":true}'})`;
      await expect.poll(() => refreshes.length).toBe(2);
      refreshes.pop();
    }
    expect(refreshes).toEqual([expectedRefresh]);
    // The embedded database's one web server is asked directly, and may be down.
    if (inject("embeddedDatabase")) {
      const unreachable = await cli(["--from", "2023-07-18", "--to", "2023-07-18"], { APP_INTERNAL_URL: "http://127.0.0.1:9" });
      expect(unreachable.stdout).toMatch(
        /^The server's cached pages were not refreshed \(no web server answered at http:\/\/127\.0\.0\.1:9 .*\); a running server shows the changes within an hour\.$/m,
      );
    }
  });

  it("runs both sources, arXiv for its categories", async () => {
    const result = await cli(["--from", "2023-10-10", "--to", "2023-10-10"], {
      INGEST_SOURCES: "hf,arxiv",
      INGEST_ARXIV_CATEGORIES: "cs.LG",
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("ingest arxiv 2023-10-10: 2 new, 0 updated, 0 unchanged");
    expect(result.stdout).toContain("hf: 1 day, 0 new, 0 updated, 0 unchanged, 0 failed");
    expect(result.stdout).toContain("arxiv: 1 day, 2 new, 0 updated, 0 unchanged, 0 failed");
  });

  it("without a range, reads the last 3 days and remembers the success", async () => {
    const result = await cli([]);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^ingest hf \d{4}-\d{2}-\d{2}: 0 new/gm)).toHaveLength(3);
    expect(result.stderr).toBe("");
    expect(await testDb().ingestState.count()).toBe(1);
  });

  it("exits 1 when a day failed, saying which and why", async () => {
    upstream.script({ status: 200, body: "{not json" });
    const result = await cli(["--from", "2025-06-02", "--to", "2025-06-03", "--source", "hf"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^ingest hf 2025-06-02 failed, nothing written for that day \(Hugging Face\): the Hugging Face listing is not valid JSON/m,
    );
    expect(result.stdout).toContain("ingest hf 2025-06-03: 1 new, 0 updated, 0 unchanged");
    expect(result.stdout).toContain("1 day failed (nothing written for it); run again to retry.");
  });

  it.each([
    [["--source", "pubmed"], {}, 2, /^--source must be hf or arxiv, not "pubmed"/],
    [["--from", "2025-02-30"], {}, 1, /^Ingestion failed: --from must be a day like 2025-10-29, not "2025-02-30"/],
    [["--bogus"], {}, 2, /Unknown option '--bogus'/],
    [["--source", "arxiv"], {}, 1, /^arXiv ingestion needs categories: set INGEST_ARXIV_CATEGORIES/],
  ])("fails clearly for %j", async (args, env, code, message) => {
    const result = await cli(args, env);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });

  it("does nothing when ingestion is off", async () => {
    const result = await cli([], { INGEST_SOURCES: "none" });
    expect(result).toMatchObject({ code: 0, stdout: "Ingestion is off (INGEST_SOURCES=none): nothing to do.\n" });
  });
});
