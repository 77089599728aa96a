import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The secret kept in `file`, generated on first use. Only this user may read it: the file is 0600
 * and a folder created for it 0700. `onCreate` is told when this call generated it.
 */
export function readOrCreateSecret(file: string, onCreate: () => void = () => {}): string {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) {
    // Written whole, then linked into place: when two starts race, both end up with the first's secret.
    const draft = `${file}.${process.pid}`;
    writeFileSync(draft, randomBytes(33).toString("base64url"), { mode: 0o600 });
    try {
      linkSync(draft, file);
      onCreate();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  return readFileSync(file, "utf8").trim();
}
