import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";

// Two servers starting at once on a fresh PostgreSQL database: the migrations run once. Only on a
// PostgreSQL server (CI runs this suite on PostgreSQL 15): the embedded server has one owner.
describe.skipIf(inject("embeddedDatabase"))("migrations when several servers start together", () => {
  it("run once: one process migrates, the other waits for it and finds nothing to do", async () => {
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    const name = `papershelf_lock_${randomBytes(4).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(inject("databaseUrl"));
    url.pathname = `/${name}`;
    try {
      const migrate = () =>
        promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
          env: { ...process.env, DATABASE_URL: url.toString() },
        });
      const outputs = (await Promise.all([migrate(), migrate()])).map((result) => result.stdout);
      expect(outputs.filter((out) => /^Applied \d+ migration\(s\)\.$/m.test(out))).toHaveLength(1);
      expect(outputs.filter((out) => /^Database is up to date\.$/m.test(out))).toHaveLength(1);
      expect(outputs.join("")).toContain("Another server is migrating the database; waiting for it…");
    } finally {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
