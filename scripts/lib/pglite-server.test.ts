import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDb, type Database } from "./embedded-db";

describe("the embedded database server", () => {
  let database: Database;
  beforeAll(async () => {
    database = await startEmbeddedDb({ dataDir: "memory://", port: 0 });
    const client = new pg.Client(database.url);
    await client.connect();
    await client.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0)");
    await client.end();
  });
  afterAll(() => database.stop());

  it("keeps extended-protocol queries and transactions of many connections apart", async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 12 });
    let errors = 0;
    const increments = Array.from({ length: 100 }, async () => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query("SELECT n FROM counter WHERE id = $1", [1]);
        await client.query("UPDATE counter SET n = $1 WHERE id = $2", [rows[0].n + 1, 1]);
        await client.query("COMMIT");
      } catch {
        errors += 1;
        await client.query("ROLLBACK").catch(() => {});
      } finally {
        client.release();
      }
    });
    // Parameterised reads from other connections, interleaved with the transactions above.
    const reads = Array.from({ length: 300 }, (_, i) =>
      pool.query("SELECT $1::int + 1 AS v", [i]).then(
        ({ rows }) => expect(rows[0].v).toBe(i + 1),
        () => (errors += 1),
      ),
    );
    await Promise.all([...increments, ...reads]);
    const { rows } = await pool.query("SELECT n FROM counter WHERE id = 1");
    await pool.end();
    expect(errors).toBe(0);
    // Read-modify-write is only exact because a transaction runs alone.
    expect(rows[0].n).toBe(100);
  });

  it("rolls back the transaction of a client that disconnects inside it", async () => {
    const quitter = new pg.Client(database.url);
    quitter.on("error", () => {});
    await quitter.connect();
    await quitter.query("BEGIN");
    await quitter.query("UPDATE counter SET n = -1 WHERE id = 1");
    quitter.connection.stream.destroy();
    const other = new pg.Client(database.url);
    await other.connect();
    const { rows } = await other.query("SELECT n FROM counter WHERE id = 1");
    await other.end();
    expect(rows[0].n).not.toBe(-1);
  });

  it("keeps committed data across a restart", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "papershelf-pglite-"));
    try {
      const first = await startEmbeddedDb({ dataDir: path.join(dir, "db"), port: 0 });
      const writer = new pg.Client(first.url);
      await writer.connect();
      await writer.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
      await writer.end();
      await first.stop();
      const second = await startEmbeddedDb({ dataDir: path.join(dir, "db"), port: 0 });
      const reader = new pg.Client(second.url);
      await reader.connect();
      const { rows } = await reader.query("SELECT v FROM kept");
      await reader.end();
      await second.stop();
      expect(rows).toEqual([{ v: "still here" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
