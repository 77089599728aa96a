// The embedded PostgreSQL server: one PGlite, shared by many wire-protocol connections.
//
// PGlite runs one backend session, so connections must take turns. pglite-socket's own
// multiplexer takes turns per *message*, which breaks the extended protocol: another connection's
// Parse can land between this connection's Parse and Bind ("unnamed prepared statement does not
// exist"). Here a turn is a whole unit, everything a client sends up to Sync or a simple Query,
// and while a connection is inside a transaction only its units run, so transactions stay whole.
//
// Any local process can reach the port, and one stuck connection would stop the whole site, so it
// also does what a PostgreSQL server does at its door: every length on the wire is checked before
// it is used (a bad frame drops that connection, nobody else's), clients authenticate with
// SCRAM-SHA-256 before PGlite sees a byte of theirs, and a connection that sits idle inside a
// transaction is rolled back and dropped, since it holds the one session everyone needs.
//
// Usage: PGLITE_SERVER_PASSWORD=<password> node pglite-server.mjs --db=<dir|memory://> --port=<port>
//          [--host=127.0.0.1] [--idle-in-transaction-timeout=<ms, 0 = never>] [--exit-with-parent]
// (with --exit-with-parent it stops when its stdin closes, and only then)
// The password comes from the environment, which other users cannot read, unlike the arguments.
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { createScramVerifier, SCRAM_MECHANISM } from "./scram-sha-256.mjs";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const dataDir = args.db ?? "memory://";
const port = Number(args.port ?? 5499);
const host = args.host ?? "127.0.0.1";
const idleInTransactionTimeout = Number(args["idle-in-transaction-timeout"] ?? 5000);
const password = process.env.PGLITE_SERVER_PASSWORD;
if (!password) {
  console.error("pglite-server: PGLITE_SERVER_PASSWORD is not set; refusing to serve without a password");
  process.exit(2);
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
// PostgreSQL's own limit for the start-up packet, which also bounds everything sent before login.
const MAX_STARTUP_LENGTH = 10_000;
// Far above any statement or row the app sends, far below what would exhaust PGlite's memory.
const MAX_MESSAGE_LENGTH = 64 * 1024 * 1024;
const AUTHENTICATION_TIMEOUT = 10_000;

const verifyScram = createScramVerifier(password);
const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });

/** @type {{ conn: Connection, bytes: Uint8Array }[]} */
const queue = [];
/** The connection whose transaction is open, if any: only its units may run. */
let owner = null;
let running = false;
/** Armed while the owner has nothing queued; only the owner's own activity disarms it. */
let idleTimer;

function disarmIdleTimer() {
  clearTimeout(idleTimer);
  idleTimer = undefined;
}

async function drain() {
  if (running) return;
  running = true;
  try {
    for (;;) {
      if (owner?.closed) {
        // A client that vanished (or was dropped) mid-transaction must not leave everyone else waiting.
        disarmIdleTimer();
        await db.exec("ROLLBACK");
        owner = null;
      }
      const index = owner ? queue.findIndex((unit) => unit.conn === owner) : queue.length > 0 ? 0 : -1;
      if (index === -1) break;
      const [unit] = queue.splice(index, 1);
      disarmIdleTimer();
      try {
        await db.runExclusive(() =>
          db.execProtocolRawStream(unit.bytes, { onRawData: (data) => unit.conn.socket.write(Buffer.from(data)) }),
        );
      } catch (error) {
        console.error("pglite-server: protocol error", error);
        unit.conn.close();
      }
      owner = db.isInTransaction() ? unit.conn : null;
    }
  } catch (error) {
    // Only the ROLLBACK above can land here; PGlite is unusable then, and a restart recovers it.
    console.error("pglite-server: could not roll back an abandoned transaction", error);
    process.exit(1);
  } finally {
    running = false;
  }
  // The owner has nothing queued: it is idle in its transaction, and everyone else waits for it.
  // Others arriving meanwhile (each new connection's start-up calls drain) must not postpone this.
  if (owner && idleInTransactionTimeout > 0 && !idleTimer) {
    const idle = owner;
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      if (owner !== idle) return;
      console.error(`pglite-server: dropped a connection idle in a transaction for ${idleInTransactionTimeout} ms`);
      idle.fail("25P03", "terminating connection due to idle-in-transaction timeout");
    }, idleInTransactionTimeout);
  }
}

/** A backend message: a type byte, then its length (which counts itself) and body. */
function message(type, ...parts) {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const int32 = (n) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const cstring = (text) => Buffer.from(`${text}\0`);
const authentication = (code, data = "") => message("R", int32(code), Buffer.from(data));

class Connection {
  /** @param {net.Socket} socket */
  constructor(socket) {
    this.socket = socket;
    /** Received bytes not yet taken as frames; only concatenated once a whole frame is there. */
    this.chunks = [];
    this.size = 0;
    this.needed = 4;
    this.pending = [];
    this.pendingSize = 0;
    /** startup → sasl-initial → sasl-final → ready */
    this.phase = "startup";
    this.closed = false;
    this.authTimer = setTimeout(() => this.fail("08P01", "authentication timed out"), AUTHENTICATION_TIMEOUT);
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.receive(chunk));
    socket.on("error", () => this.close());
    socket.on("close", () => this.close());
  }

  receive(chunk) {
    if (this.closed) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (!this.closed && this.size >= this.needed) {
      if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
      const frame = this.takeFrame(this.chunks[0]);
      if (!frame) continue;
      const rest = this.chunks[0].subarray(frame.length);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.size = rest.length;
      if (this.phase === "startup") this.startUp(frame);
      else if (this.phase === "ready") this.forward(frame);
      else this.authenticate(frame);
      this.needed = this.phase === "startup" ? 4 : 5;
    }
  }

  /**
   * The whole frame at the start of `buffer`, or null when more bytes are needed (then `needed`
   * says how many) or when its length is impossible (then the connection is dropped, since the
   * stream cannot be resynchronised). Before login every frame must fit the start-up limit.
   */
  takeFrame(buffer) {
    const startup = this.phase === "startup";
    const lengthAt = startup ? 0 : 1;
    if (buffer.length < lengthAt + 4) {
      this.needed = lengthAt + 4;
      return null;
    }
    const length = buffer.readInt32BE(lengthAt);
    const [min, max] = startup ? [8, MAX_STARTUP_LENGTH] : [4, this.phase === "ready" ? MAX_MESSAGE_LENGTH : MAX_STARTUP_LENGTH];
    if (length < min || length > max) {
      this.fail("08P01", `invalid ${startup ? "startup packet" : "message"} length ${length}`);
      return null;
    }
    if (buffer.length < lengthAt + length) {
      this.needed = lengthAt + length;
      return null;
    }
    return buffer.subarray(0, lengthAt + length);
  }

  startUp(frame) {
    const code = frame.readInt32BE(4);
    if ((code === SSL_REQUEST || code === GSSENC_REQUEST) && frame.length === 8) this.socket.write("N");
    else if (code === CANCEL_REQUEST && frame.length === 16) this.close();
    else if (code === PROTOCOL_3) {
      const fields = frame.subarray(8).toString().split("\0");
      const userAt = fields.findIndex((field, i) => i % 2 === 0 && field === "user");
      this.user = userAt === -1 ? "" : (fields[userAt + 1] ?? "");
      // Kept for PGlite, which sees it only once the client has proved it knows the password.
      this.startupPacket = Buffer.from(frame);
      this.phase = "sasl-initial";
      this.socket.write(authentication(10, `${SCRAM_MECHANISM}\0\0`));
    } else this.fail("08P01", `unsupported frontend protocol ${code >>> 16}.${code & 0xffff}`);
  }

  authenticate(frame) {
    if (frame[0] !== 0x70 /* "p" */) return this.fail("08P01", "expected a SASL response");
    const body = frame.subarray(5);
    if (this.phase === "sasl-initial") {
      const end = body.indexOf(0);
      const mechanism = end === -1 ? "" : body.subarray(0, end).toString();
      if (mechanism !== SCRAM_MECHANISM || body.length < end + 5)
        return this.fail("28000", "only SCRAM-SHA-256 authentication is supported");
      const length = body.readInt32BE(end + 1);
      const exchange = length >= 0 && body.length === end + 5 + length ? verifyScram(body.subarray(end + 5).toString()) : null;
      if (!exchange) return this.fail("08P01", "malformed SCRAM message");
      this.scram = exchange;
      this.phase = "sasl-final";
      this.socket.write(authentication(11, exchange.serverFirst));
      return;
    }
    const serverFinal = this.scram.finish(body.toString());
    if (!serverFinal) return this.fail("28P01", `password authentication failed for user "${this.user}"`);
    clearTimeout(this.authTimer);
    this.phase = "ready";
    this.socket.write(authentication(12, serverFinal));
    // PGlite answers the start-up packet with AuthenticationOk, the parameters and ReadyForQuery.
    this.enqueue([this.startupPacket]);
  }

  forward(frame) {
    const type = String.fromCharCode(frame[0]);
    if (type === "X") return this.close();
    this.pending.push(frame);
    this.pendingSize += frame.length;
    // Sync ends an extended-protocol exchange; a simple Query is an exchange by itself.
    if (type === "S" || type === "Q") {
      this.enqueue(this.pending);
      this.pending = [];
      this.pendingSize = 0;
    } else if (this.pendingSize > MAX_MESSAGE_LENGTH) this.fail("54000", "too many messages without a Sync");
  }

  enqueue(frames) {
    queue.push({ conn: this, bytes: new Uint8Array(Buffer.concat(frames)) });
    void drain();
  }

  /** Tells the client why (an ErrorResponse, as PostgreSQL sends), then drops the connection. */
  fail(code, text) {
    if (this.closed) return;
    const fields = [
      ["S", "FATAL"],
      ["V", "FATAL"],
      ["C", code],
      ["M", text],
    ];
    this.socket.end(message("E", ...fields.map(([key, value]) => cstring(`${key}${value}`)), Buffer.from([0])));
    // A client that does not read its error must not keep the socket open.
    setTimeout(() => this.socket.destroy(), 1000).unref();
    this.close();
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.authTimer);
    this.chunks = [];
    this.pending = [];
    if (!this.socket.writableEnded) this.socket.destroy();
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i].conn === this) queue.splice(i, 1);
    // Rolls back this connection's transaction, if it had one, and lets the others run.
    if (owner === this) void drain();
  }
}

const server = net.createServer((socket) => new Connection(socket));
server.listen(port, host, () => console.log(`pglite-server: serving ${dataDir} on ${host}:${port}`));

let shuttingDown = false;
async function shutdown() {
  if (shuttingDown) return;
  shuttingDown = true;
  server.close();
  // Closing flushes PGlite's data directory; a kill -9 still keeps what was committed.
  await db.close();
  process.exit(0);
}
if ("exit-with-parent" in args) {
  // Started by a supervisor, which holds the data directory's lock: it stops us by closing our
  // stdin, and its death (even by kill -9) closes it too, so the directory never stays open under
  // a lock nobody holds. Signals sent to the whole process group (Ctrl-C in a terminal, systemd's
  // stop) are the supervisor's to act on: obeying them would look to it like a crash to restart.
  process.stdin.on("close", () => void shutdown());
  process.stdin.resume();
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => {});
} else {
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());
}
