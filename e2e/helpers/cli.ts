import { execFile } from "node:child_process";
import { promisify } from "node:util";

const port = Number(process.env.E2E_PORT ?? 3210);

/**
 * The database the web server under test uses: DATABASE_URL, or the embedded one it started
 * (port + 1, with the password playwright.config.ts gave it).
 */
export function e2eDatabaseUrl(): string {
  const password = encodeURIComponent(process.env.EMBEDDED_DB_PASSWORD ?? "");
  return process.env.DATABASE_URL ?? `postgresql://postgres:${password}@127.0.0.1:${port + 1}/postgres?sslmode=disable`;
}

/** Runs one of the project's scripts (`scripts/<name>.ts`) against the server's database. */
export async function runScript(
  name: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", `scripts/${name}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), APP_URL: `http://localhost:${port}`, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
