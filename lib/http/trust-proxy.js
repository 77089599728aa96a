// Which address a request came from, decided once at the edge of the app (scripts/serve.mjs) and
// handed to the app as the only X-Forwarded-For value. `next start` keeps whatever X-Forwarded-For
// the client sent, so without this every per-address limit could be walked around with a forged
// header. Plain JavaScript because the server entry and lib/env.js load it without a compiler.
import proxyaddr from "proxy-addr";

/**
 * Parses TRUST_PROXY: unset, "" or "false" trusts no proxy (the socket's address is the client's);
 * a number trusts that many hops in front of the app; otherwise a comma-separated list of addresses,
 * CIDR ranges or the names "loopback", "linklocal", "uniquelocal" (see the README).
 * Throws on anything else, so a typo stops the app instead of silently trusting nobody or everybody.
 * @param {string | undefined} value
 * @returns {(address: string, hop: number) => boolean}
 */
export function parseTrustProxy(value) {
  const text = (value ?? "").trim();
  if (text === "" || text === "false") return () => false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(text.split(",").map((entry) => entry.trim()));
}

/**
 * Rewrites a Node request's forwarding headers so that the app can believe them: X-Forwarded-For
 * becomes the one client address, and X-Forwarded-Proto/-Host are kept only when a trusted proxy
 * sent them (Next fills them in from the socket and Host header otherwise).
 * @param {import("node:http").IncomingMessage} request
 * @param {(address: string, hop: number) => boolean} trust
 */
export function normalizeForwardedHeaders(request, trust) {
  const peerTrusted = Boolean(request.socket.remoteAddress && trust(request.socket.remoteAddress, 0));
  // A dual-stack server sees IPv4 clients as "::ffff:a.b.c.d"; one client, one spelling.
  request.headers["x-forwarded-for"] = proxyaddr(request, trust).replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  delete request.headers["x-real-ip"];
  delete request.headers.forwarded;
  if (!peerTrusted) {
    delete request.headers["x-forwarded-proto"];
    delete request.headers["x-forwarded-host"];
    delete request.headers["x-forwarded-port"];
  }
}
