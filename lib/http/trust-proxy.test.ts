import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeForwardedHeaders, parseTrustProxy } from "@/lib/http/trust-proxy.js";

// A real server on loopback: the socket address is 127.0.0.1, as a client on this machine sees it.
let trustSetting = "";
let seen: IncomingHttpHeaders = {};
const server = createServer((request, response) => {
  normalizeForwardedHeaders(request, parseTrustProxy(trustSetting));
  seen = request.headers;
  response.end();
});
beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(headers: Record<string, string>): Promise<IncomingHttpHeaders> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(seen));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the client address", () => {
  const forged = { "X-Forwarded-For": "203.0.113.7, 198.51.100.9", "X-Real-IP": "198.51.100.10", "X-Forwarded-Proto": "https" };

  it.each([
    ["no proxy trusted (the default): the socket's address, whatever the headers say", "", "127.0.0.1", false],
    ["explicitly false", "false", "127.0.0.1", false],
    ["one trusted hop: the address that hop saw", "1", "198.51.100.9", true],
    ["two trusted hops", "2", "203.0.113.7", true],
    ["more hops than entries: the leftmost entry", "5", "203.0.113.7", true],
    ["the proxy's address trusted: the entry it appended", "127.0.0.1", "198.51.100.9", true],
    ["loopback trusted by name", "loopback", "198.51.100.9", true],
    ["a trusted chain: loopback and the inner proxy", "loopback, 198.51.100.0/24", "203.0.113.7", true],
    ["another proxy's address trusted, not ours: the socket's", "10.0.0.1", "127.0.0.1", false],
  ])("%s", async (_name, setting, expected, keepsProto) => {
    trustSetting = setting;
    const headers = await send(forged);
    expect(headers["x-forwarded-for"]).toBe(expected);
    expect(headers["x-real-ip"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBe(keepsProto ? "https" : undefined);
  });

  it("is the socket's address when no header was sent", async () => {
    trustSetting = "1";
    expect((await send({}))["x-forwarded-for"]).toBe("127.0.0.1");
  });
});

describe("TRUST_PROXY", () => {
  it.each(["nonsense", "300.1.1.1", "10.0.0.0/99", "loopback,,"])("refuses %j", (value) => {
    expect(() => parseTrustProxy(value)).toThrow();
  });
});
