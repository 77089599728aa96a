import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDb, type Database } from "./embedded-db";

const IDLE_IN_TRANSACTION_TIMEOUT_MS = 1000;

/** A frontend message: a type byte, then the length (counting itself) and the body. */
function frontendMessage(type: string, body: Buffer, length = body.length + 4): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(length, 1);
  return Buffer.concat([header, body]);
}

function startupPacket(length?: number): Buffer {
  const body = Buffer.from("user\0postgres\0database\0postgres\0\0");
  const header = Buffer.alloc(8);
  header.writeInt32BE(length ?? body.length + 8, 0);
  header.writeInt32BE(196608, 4);
  return Buffer.concat([header, body]);
}

/** Sends `bytes` on a fresh connection and resolves with everything the server answered before it closed. */
function sendRaw(port: number, bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => socket.write(bytes));
    const received: Buffer[] = [];
    socket.on("data", (chunk) => received.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(received)));
  });
}

/** The type bytes of the backend messages in `bytes` (and the code of each ErrorResponse). */
function messageTypes(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let at = 0; at + 5 <= bytes.length; at += 1 + bytes.readInt32BE(at + 1)) {
    const type = String.fromCharCode(bytes[at]!);
    const body = bytes.subarray(at + 5, at + 1 + bytes.readInt32BE(at + 1)).toString();
    types.push(type === "E" ? `E:${/\0C([^\0]*)/.exec(`\0${body}`)?.[1]}` : type);
  }
  return types;
}

describe("the embedded database server", () => {
  let database: Database;
  let port: number;
  beforeAll(async () => {
    database = await startEmbeddedDb({ dataDir: "memory://", port: 0, idleInTransactionTimeoutMs: IDLE_IN_TRANSACTION_TIMEOUT_MS });
    port = Number(new URL(database.url).port);
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

  it("drops connections that send impossible lengths and keeps serving everyone else", { timeout: 30_000 }, async () => {
    const steady = new pg.Client(database.url);
    await steady.connect();
    let attacking = true;
    let answered = 0;
    const queries = (async () => {
      while (attacking) {
        const { rows } = await steady.query("SELECT $1::int * 2 AS v", [answered]);
        expect(rows[0].v).toBe(answered * 2);
        answered += 1;
      }
    })();

    // Each of these used to spin the server's parser forever, hanging every client.
    const eightZeroBytes = Buffer.alloc(8);
    const hugeStartup = startupPacket(0x7fffffff);
    const negativeBeforeLogin = Buffer.concat([startupPacket(), frontendMessage("p", Buffer.alloc(0), -1)]);
    for (const attack of [eightZeroBytes, hugeStartup, negativeBeforeLogin]) {
      expect(messageTypes(await sendRaw(port, attack))).toEqual(expect.arrayContaining(["E:08P01"]));
    }
    // And after login: a client whose stream goes wrong (a negative, then a too-short length).
    for (const length of [-1, 3]) {
      const broken = new pg.Client(database.url);
      const dropped = new Promise<void>((resolve) => broken.on("end", () => resolve()));
      broken.on("error", () => {});
      await broken.connect();
      broken.connection.stream.write(frontendMessage("Q", Buffer.from("SELECT 1\0"), length));
      await dropped;
    }

    attacking = false;
    await queries;
    const { rows } = await steady.query("SELECT n FROM counter WHERE id = 1");
    await steady.end();
    expect(answered).toBeGreaterThan(0);
    expect(rows).toHaveLength(1);
  });

  it("refuses a wrong or missing password, and runs nothing before login", async () => {
    const withPassword = (password: string) => {
      const url = new URL(database.url);
      url.password = password;
      return url.toString();
    };
    for (const url of [withPassword("wrong"), withPassword("")]) {
      const client = new pg.Client(url);
      await expect(client.connect()).rejects.toThrow(/password/);
    }
    // A client that skips authentication and sends a query gets the SCRAM challenge, then an error.
    const answer = messageTypes(await sendRaw(port, Buffer.concat([startupPacket(), frontendMessage("Q", Buffer.from("SELECT 1\0"))])));
    expect(answer).toEqual(["R", "E:08P01"]);
  });

  it("rolls back and drops a connection idle in a transaction, not one that keeps working", { timeout: 30_000 }, async () => {
    const busy = new pg.Client(database.url);
    await busy.connect();
    await busy.query("BEGIN");
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, IDLE_IN_TRANSACTION_TIMEOUT_MS / 3));
      await busy.query("UPDATE counter SET n = n + 1 WHERE id = 1");
    }
    await busy.query("COMMIT");
    await busy.end();

    const idle = new pg.Client(database.url);
    const dropped = new Promise<Error & { code?: string }>((resolve) => idle.on("error", resolve));
    await idle.connect();
    await idle.query("BEGIN");
    await idle.query("UPDATE counter SET n = -5 WHERE id = 1");
    // Meanwhile others keep connecting (their start-up waits for the transaction), as a busy site
    // would: they must not postpone the timeout, or it would never come.
    const arrivals: Promise<pg.Client>[] = [];
    const arriving = setInterval(() => {
      const client = new pg.Client(database.url);
      arrivals.push(client.connect().then(() => client));
    }, IDLE_IN_TRANSACTION_TIMEOUT_MS / 10);
    const error = await dropped.finally(() => clearInterval(arriving));
    expect(error.code).toBe("25P03");
    for (const client of await Promise.all(arrivals)) {
      const { rows } = await client.query("SELECT n FROM counter WHERE id = 1");
      expect(rows[0].n).not.toBe(-5);
      await client.end();
    }
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
