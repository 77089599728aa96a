import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it, inject } from "vitest";
import { startFakeUpstream, type FakeUpstream } from "@/tests/fake-upstream";
import { resetDb, testDb } from "@/tests/db";

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => resetDb());

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: inject("databaseUrl"), ARXIV_API_URL: upstream.arxivApiUrl, HF_API_URL: upstream.hfApiUrl };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run import", () => {
  it("imports arXiv papers and says what it did", async () => {
    const result = await cli("arxiv", "2310.06825", "https://arxiv.org/pdf/hep-th/9711200v1");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^added +2310\.06825 +\/papers\/mistral-7b$/m);
    expect(result.stdout).toContain("2 papers imported: 2 new, 0 updated.");
    expect(await testDb().paper.count()).toBe(2);
    const again = await cli("arxiv", "2310.06825v1");
    expect(again.stdout).toContain("1 paper imported: 0 new, 1 updated.");
    expect(await testDb().paper.count()).toBe(2);
  });

  it("imports a Hugging Face listing by day", async () => {
    const result = await cli("hf", "2023-10-11");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("2 papers imported: 2 new, 0 updated.");
  });

  it.each([
    [["arxiv", "not-an-id"], 1, /^Import failed, nothing was written: not an arXiv id or URL: "not-an-id"/],
    [["arxiv", "2310.99999"], 1, /^arXiv has no paper 2310\.99999\.$/m],
    [
      ["hf", "tests/fixtures/arxiv/2310.06825.xml"],
      1,
      /^Import failed, nothing was written: tests\/fixtures\/arxiv\/2310\.06825\.xml is not valid JSON/,
    ],
    [["pubmed", "1"], 2, /^Usage:/],
    [["arxiv"], 2, /^Usage:/],
  ])("fails clearly for %j", async (args, code, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});
