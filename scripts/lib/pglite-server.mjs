// The embedded PostgreSQL server: one PGlite, shared by many wire-protocol connections.
//
// PGlite runs one backend session, so connections must take turns. pglite-socket's own
// multiplexer takes turns per *message*, which breaks the extended protocol: another connection's
// Parse can land between this connection's Parse and Bind ("unnamed prepared statement does not
// exist"). Here a turn is a whole unit, everything a client sends up to Sync or a simple Query,
// and while a connection is inside a transaction only its units run, so transactions stay whole.
//
// Usage: node pglite-server.mjs --db=<dir|memory://> --port=<port> [--host=127.0.0.1]
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const dataDir = args.db ?? "memory://";
const port = Number(args.port ?? 5499);
const host = args.host ?? "127.0.0.1";

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });

/** @type {{ conn: Connection, bytes: Uint8Array }[]} */
const queue = [];
/** The connection whose transaction is open, if any: only its units may run. */
let owner = null;
let running = false;

async function rollbackAbandoned() {
  // A client that vanished mid-transaction must not leave everyone else waiting.
  await db.exec("ROLLBACK");
  owner = null;
}

async function drain() {
  if (running) return;
  running = true;
  try {
    for (;;) {
      const index = owner ? queue.findIndex((unit) => unit.conn === owner) : 0;
      if (index === -1 || queue.length === 0) break;
      const [unit] = queue.splice(index, 1);
      if (unit.conn.closed) continue;
      try {
        await db.runExclusive(() =>
          db.execProtocolRawStream(unit.bytes, { onRawData: (data) => unit.conn.socket.write(Buffer.from(data)) }),
        );
      } catch (error) {
        console.error("pglite-server: protocol error", error);
        unit.conn.socket.destroy();
      }
      owner = db.isInTransaction() ? unit.conn : null;
      if (owner?.closed) await rollbackAbandoned();
    }
  } finally {
    running = false;
  }
}

class Connection {
  /** @param {net.Socket} socket */
  constructor(socket) {
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    this.pending = [];
    this.started = false;
    this.closed = false;
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.receive(chunk));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => void this.close());
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        const code = this.buffer.readInt32BE(4);
        if (this.buffer.length < length) return;
        const message = this.buffer.subarray(0, length);
        this.buffer = this.buffer.subarray(length);
        if (code === SSL_REQUEST) this.socket.write("N");
        else if (code === CANCEL_REQUEST) this.socket.end();
        else if (code === PROTOCOL_3) {
          this.started = true;
          this.enqueue([message]);
        } else this.socket.destroy();
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) return;
      const type = String.fromCharCode(this.buffer[0]);
      const message = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      if (type === "X") {
        this.socket.end();
        return;
      }
      this.pending.push(message);
      // Sync ends an extended-protocol exchange; a simple Query is an exchange by itself.
      if (type === "S" || type === "Q") {
        this.enqueue(this.pending);
        this.pending = [];
      }
    }
  }

  enqueue(messages) {
    queue.push({ conn: this, bytes: new Uint8Array(Buffer.concat(messages)) });
    void drain();
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i].conn === this) queue.splice(i, 1);
    if (owner === this && !running) {
      await rollbackAbandoned();
      void drain();
    }
  }
}

const server = net.createServer((socket) => new Connection(socket));
server.listen(port, host, () => console.log(`pglite-server: serving ${dataDir} on ${host}:${port}`));

async function shutdown() {
  server.close();
  // Closing flushes PGlite's data directory; a kill -9 still keeps what was committed.
  await db.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
