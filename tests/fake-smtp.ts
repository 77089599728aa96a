// A real SMTP server (smtp-server) on localhost that keeps what it accepts, for digest and
// subscription tests. `onMessage` can refuse or hold a message to simulate failures and crashes.
import type { AddressInfo, Socket } from "node:net";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";

export type ReceivedEmail = {
  from: string;
  to: string[];
  raw: string;
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
};

/** "accept", or an SMTP error to answer with (e.g. 550 for a refused address), or a promise to wait on first. */
export type MessageDecision = "accept" | { code: number; message: string } | Promise<"accept" | { code: number; message: string }>;

export type FakeSmtp = {
  url: string;
  port: number;
  messages: ReceivedEmail[];
  /** Decides on each following message; `index` counts from 0 again at every call. */
  onMessage: (decide: ((email: ReceivedEmail, index: number) => MessageDecision) | null) => void;
  waitFor: (count: number, timeoutMs?: number) => Promise<void>;
  close: () => Promise<void>;
};

function unfoldHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return headers;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function decodeQuotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function splitPart(part: string): { headers: Map<string, string>; body: string } {
  const at = part.search(/\r?\n\r?\n/);
  if (at < 0) return { headers: unfoldHeaders(part), body: "" };
  const gap = part.slice(at).match(/^\r?\n\r?\n/)![0].length;
  return { headers: unfoldHeaders(part.slice(0, at)), body: part.slice(at + gap) };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  return body;
}

/** Enough MIME for nodemailer's output: a single part or multipart/alternative of text and HTML. */
export function parseEmail(raw: string, from = "", to: string[] = []): ReceivedEmail {
  const { headers, body } = splitPart(raw);
  let text = "";
  let html = "";
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => splitPart(p.replace(/^\r?\n/, "")))
    : [{ headers, body }];
  for (const part of parts) {
    const partType = part.headers.get("content-type") ?? "text/plain";
    const decoded = decodeBody(part.headers, part.body).replace(/\r\n/g, "\n").replace(/\n$/, "");
    if (partType.startsWith("text/html")) html = decoded;
    else if (partType.startsWith("text/plain")) text = decoded;
  }
  return { from, to, raw, headers, subject: headers.get("subject") ?? "", text, html };
}

/**
 * A fake SMTP server on `port` (0: any free one). `waitForPortMs`: while another one holds the
 * port, wait for it to close instead of failing. The e2e app sends all its mail to one port, which
 * the specs that read mail each listen on: the port is their lock, so one waits for the other.
 */
export async function startFakeSmtp(port = 0, { waitForPortMs = 0 }: { waitForPortMs?: number } = {}): Promise<FakeSmtp> {
  const messages: ReceivedEmail[] = [];
  let decide: ((email: ReceivedEmail, index: number) => MessageDecision) | null = null;
  let seen = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const email = parseEmail(
          Buffer.concat(chunks).toString("utf8"),
          session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          session.envelope.rcptTo.map((r) => r.address),
        );
        const index = seen++;
        void Promise.resolve(decide ? decide(email, index) : "accept").then((decision) => {
          if (decision === "accept") {
            messages.push(email);
            callback();
          } else {
            callback(Object.assign(new Error(decision.message), { responseCode: decision.code }));
          }
        });
      });
    },
  });
  // Clients may keep pooled connections open; closing must not wait for them.
  const sockets = new Set<Socket>();
  server.server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  const deadline = Date.now() + waitForPortMs;
  for (;;) {
    try {
      // smtp-server passes its socket server's errors on as its own "error" event.
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.off("error", reject);
          resolve();
        });
      });
      break;
    } catch (error) {
      // Node lets a server listen again after a failed listen.
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages,
    onMessage: (fn) => {
      decide = fn;
      seen = 0;
    },
    waitFor: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} emails, got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
