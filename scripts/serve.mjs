// The production web server: Next's request handler behind a node:http server of our own, so the
// client's address comes from the socket (or from proxies the operator trusts) before any app code
// sees the request. `npm start` runs it; it serves the build in NEXT_DIST_DIR (or .next).
import { createServer } from "node:http";
import next from "next";
import { normalizeForwardedHeaders, parseTrustProxy } from "../lib/http/trust-proxy.js";

const port = Number(process.env.PORT ?? 3000);
const trust = parseTrustProxy(process.env.TRUST_PROXY);

const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  normalizeForwardedHeaders(request, trust);
  void handle(request, response);
});
// Every interface, IPv4 and IPv6, as `next start` listens.
server.listen(port, () => console.log(`▲ Papershelf ready on http://localhost:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections can hold close() open; do not wait for them for long.
    setTimeout(() => process.exit(0), 2_000).unref();
  });
}
