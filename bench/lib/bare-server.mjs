// The reference: Node's http module returning fixed bytes, the fastest a Node server can answer.
// HEADERS_JSON (an object) replays another server's response headers, so both send as many bytes.
import { readFileSync } from "node:fs";
import http from "node:http";

const body = process.env.BODY_FILE ? readFileSync(process.env.BODY_FILE) : Buffer.from(process.env.BODY_TEXT ?? "");
const headers = process.env.HEADERS_JSON
  ? JSON.parse(process.env.HEADERS_JSON)
  : { "content-type": process.env.CONTENT_TYPE ?? "text/html; charset=utf-8" };
http
  .createServer((_req, res) => {
    res.writeHead(200, { ...headers, "content-length": body.length });
    res.end(body);
  })
  .listen(Number(process.argv[2]), "127.0.0.1");
