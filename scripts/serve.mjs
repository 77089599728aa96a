// The production web server: Next's request handler behind a node:http server of our own, so the
// client's address comes from the socket (or from proxies the operator trusts) before any app code
// sees the request. `npm start` runs it; it serves the build in NEXT_DIST_DIR (or .next).
import { createServer } from "node:http";
import next from "next";
import { answerNotModified, needsConditionalAnswer } from "../lib/http/answer-not-modified.js";
import { normalizeForwardedHeaders, parseTrustProxy } from "../lib/http/trust-proxy.js";

const port = Number(process.env.PORT ?? 3000);
const trust = parseTrustProxy(process.env.TRUST_PROXY);

const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

// Set once SIGTERM arrives: answers then close their connection, so keep-alive clients move on.
let draining = false;
const server = createServer((request, response) => {
  normalizeForwardedHeaders(request, trust);
  if (draining) response.setHeader("Connection", "close");
  if (needsConditionalAnswer(request)) answerNotModified(request, response);
  void handle(request, response);
});
// Lingering close, as nginx's `lingering_close` does. A route that refuses a body before reading
// all of it (a 413 past the 64 KB cap) answers with `Connection: close`; closing the socket at
// once, with the client's next bytes still arriving, makes the kernel reset the connection, and a
// reset can throw away the answer before the client has read it. So the closing side first ends
// its half, then reads and discards what still comes for a moment (at most 1 MB or 1 s: a body
// without end is still cut off), and only then closes.
const LINGER_BYTES = 1024 * 1024;
const LINGER_MS = 1000;
server.on("connection", (socket) => {
  socket.destroySoon = function lingeringClose() {
    this.end();
    let drained = 0;
    const close = () => this.destroy();
    this.on("data", (chunk) => {
      drained += chunk.length;
      if (drained > LINGER_BYTES) close();
    });
    this.on("end", close);
    this.resume();
    setTimeout(close, LINGER_MS).unref();
  };
});

// Every interface, IPv4 and IPv6, as `next start` listens.
server.listen(port, () => console.log(`▲ Papershelf ready on http://localhost:${port}`));

// Graceful stop, as load balancers and supervisors expect: stop taking connections at once (a
// balancer's next health check fails and it routes elsewhere), let the requests in flight finish,
// close idle keep-alive connections, and exit when the last one is done; past SHUTDOWN_GRACE_MS
// (default 25 s, under the usual 30 s before a supervisor kills) whatever remains is cut off.
const GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS ?? 25_000);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (draining) return;
    draining = true;
    console.log(`▲ Papershelf stopping (${signal}): finishing the requests in flight`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, GRACE_MS).unref();
  });
}
