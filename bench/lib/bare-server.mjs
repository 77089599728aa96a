// The reference: Node's http module returning fixed bytes, the fastest a Node server can answer.
import { readFileSync } from "node:fs";
import http from "node:http";

const body = process.env.BODY_FILE ? readFileSync(process.env.BODY_FILE) : Buffer.from(process.env.BODY_TEXT ?? "");
const type = process.env.CONTENT_TYPE ?? "text/html; charset=utf-8";
http
  .createServer((_req, res) => {
    res.writeHead(200, { "content-type": type, "content-length": body.length });
    res.end(body);
  })
  .listen(Number(process.argv[2]), "127.0.0.1");
