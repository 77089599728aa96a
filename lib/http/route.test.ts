// The route wrapper, called as Next calls a route handler, on the real database (rate limits).
// Only the session (which person is signed in) is a stand-in: it needs a running Next server.
import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { z } from "zod";

type User = { id: string; username: string; name: string };
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/get-session-user", () => ({ getSessionUser: async () => session.user }));

import { HttpError } from "@/lib/http/http-error";
import { MAX_BODY_BYTES } from "@/lib/http/read-request";
import { redirectTo, reply, route } from "@/lib/http/route";
import { resetDb } from "@/tests/db";

const ADA: User = { id: "user-ada", username: "ada", name: "Ada" };
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  await resetDb();
});

afterEach(() => {
  session.user = null;
  vi.restoreAllMocks();
});

/** A fresh client address per test, so rate-limit counters never carry over. */
function newAddress(): string {
  return `198.51.100.${Math.floor(Math.random() * 250)}-${Math.random().toString(36).slice(2, 8)}`;
}

function post(path: string, init: { body?: BodyInit; headers?: Record<string, string>; method?: string } = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? "POST",
    body: init.body,
    headers: init.headers,
    ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** A body that never ends, counting what was read from it (nothing is read ahead: highWaterMark 0). */
function endlessBody(chunkBytes = 8 * 1024) {
  const stats = { pulled: 0, pulls: 0 };
  const chunk = new Uint8Array(chunkBytes).fill(0x61);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        stats.pulls += 1;
        stats.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, stats };
}

describe("the order of the checks", () => {
  const handled: string[] = [];
  const probe = route(
    {
      auth: "required",
      query: z.object({ times: z.coerce.number().int().max(3, "must be at most 3").default(1) }),
      body: z.strictObject({ word: z.string().max(10, "must be at most 10 characters") }),
      // 20 an hour per address.
      rateLimit: "signUp",
      response: z.strictObject({ echo: z.string() }),
    },
    ({ query, body }) => {
      handled.push(body.word);
      return { echo: body.word.repeat(query.times) };
    },
  );

  function call(options: { crossSite?: boolean; signedIn?: boolean; query?: string; word?: string; address: string }) {
    session.user = options.signedIn ? ADA : null;
    return probe(
      post(`/probe?${options.query ?? ""}`, {
        body: JSON.stringify({ word: options.word ?? "ok" }),
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": options.address,
          ...(options.crossSite ? { origin: "https://evil.example", host: "localhost:3000" } : {}),
        },
      }),
    );
  }

  test("each request is refused by the first check it fails, and only a request that passes all reaches the handler", async () => {
    const address = newAddress();
    const everythingWrong = { crossSite: true, signedIn: false, query: "times=9", word: "far too long a word", address };
    const cases: [Parameters<typeof call>[0], number, unknown][] = [
      [everythingWrong, 403, { error: "Cross-site requests are not allowed." }],
      [{ ...everythingWrong, crossSite: false }, 401, { error: "Sign in to do this." }],
      [{ ...everythingWrong, crossSite: false, signedIn: true }, 400, { error: "times: must be at most 3" }],
      [{ ...everythingWrong, crossSite: false, signedIn: true, query: "times=2" }, 400, { error: "word: must be at most 10 characters" }],
      [{ signedIn: true, query: "times=2", word: "ab", address }, 200, { echo: "abab" }],
    ];
    for (const [options, status, body] of cases) {
      const response = await call(options);
      expect([status, await response.json()]).toEqual([response.status, body]);
    }
    expect(handled).toEqual(["ab"]);

    // Refused requests were not counted: 19 more of the 20 an hour pass, the next one is limited.
    for (let i = 0; i < 19; i++) expect((await call({ signedIn: true, word: `w${i}`, address })).status).toBe(200);
    const limited = await call({ signedIn: true, word: "one more", address });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(59 * 60);
    expect((await limited.json()).error).toMatch(/^Too many sign-ups from your network; try again in \d+ minutes\.$/);
    // The limit comes after the other checks: a bad body is still a 400, and never reaches the handler.
    expect((await call({ signedIn: true, word: "far too long a word", address })).status).toBe(400);
    expect(handled).toHaveLength(20);
    // Another address has its own counter.
    expect((await call({ signedIn: true, address: newAddress() })).status).toBe(200);
  });

  test("reads like GET are never refused as cross-site, writes from programs without browser headers are not either", async () => {
    const read = route({ response: z.strictObject({ ok: z.boolean() }) }, () => ({ ok: true }));
    const crossSiteGet = new Request(`${ORIGIN}/x`, { headers: { origin: "https://elsewhere.example", host: "localhost:3000" } });
    expect((await read(crossSiteGet)).status).toBe(200);
    const write = route({ response: z.strictObject({ ok: z.boolean() }) }, () => ({ ok: true }));
    expect((await write(post("/x"))).status).toBe(200);
    expect((await write(post("/x", { headers: { origin: "https://evil.example", host: "localhost:3000" } }))).status).toBe(403);
    // Unless the route says the key is in the request (a mailed token), not in a cookie.
    const tokenWrite = route({ crossSite: "allow" }, () => new Response(null, { status: 204 }));
    expect((await tokenWrite(post("/x", { headers: { origin: "https://mail.example", host: "localhost:3000" } }))).status).toBe(204);
  });
});

describe("query strings", () => {
  const list = route(
    { query: z.object({ limit: z.coerce.number().int().min(1, "must be at least 1").default(5), tag: z.string().optional() }) },
    ({ query }) => Response.json(query),
  );

  test.each([
    ["", 200, { limit: 5 }],
    ["limit=2&tag=x&unknown=1", 200, { limit: 2, tag: "x" }],
    ["limit=0", 400, { error: "limit: must be at least 1" }],
    ["limit=1&limit=2", 400, { error: "limit: give it once" }],
    ["tag=a&tag=b", 400, { error: "tag: give it once" }],
  ])("?%s → %i", async (query, status, body) => {
    const response = await list(new Request(`${ORIGIN}/list?${query}`));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual(body);
  });
});

describe("errors", () => {
  test("an unexpected error is a JSON 500 with a request id, logged with that id, and nothing of its message leaks", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = route({}, () => {
      throw new Error("the database password is hunter2");
    });
    const response = await failing(new Request(`${ORIGIN}/broken?x=1`));
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string; requestId: string };
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("X-Request-Id")).toBe(body.requestId);
    expect(body.error).toContain(body.requestId);
    expect(JSON.stringify(body)).not.toContain("hunter2");
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toContain(body.requestId);
    expect(String(logged.mock.calls[0]![0])).toContain("GET /broken");
    expect((logged.mock.calls[0]![1] as Error).message).toBe("the database password is hunter2");
  });

  test("a proxy's request id is kept, so both logs line up; a strange one is replaced", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = route({}, async () => Promise.reject(new TypeError("nope")));
    const kept = await failing(new Request(`${ORIGIN}/x`, { headers: { "x-request-id": "proxy-7f3a9c21" } }));
    expect(((await kept.json()) as { requestId: string }).requestId).toBe("proxy-7f3a9c21");
    const replaced = await failing(new Request(`${ORIGIN}/x`, { headers: { "x-request-id": "<script>" } }));
    expect(replaced.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("an HttpError thrown anywhere below the handler is its status, with its headers", async () => {
    const deep = async () => {
      throw new HttpError(409, "username: is taken; choose another", { "X-Why": "taken" });
    };
    const taken = route({ response: z.strictObject({ ok: z.boolean() }) }, async () => {
      await deep();
      return { ok: true };
    });
    const response = await taken(new Request(`${ORIGIN}/x`));
    expect(response.status).toBe(409);
    expect(response.headers.get("X-Why")).toBe("taken");
    expect(await response.json()).toEqual({ error: "username: is taken; choose another" });
  });
  test("a refused form that a page posted without script is a readable page with the way back, its text escaped", async () => {
    const refusing = route({}, () => {
      throw new HttpError(429, "Too many <votes>; try again in 30 s", { "Retry-After": "30" });
    });
    const navigation = { "sec-fetch-mode": "navigate", "sec-fetch-dest": "document", referer: `${ORIGIN}/?sort=top` };
    const response = await refusing(post("/x", { headers: navigation }));
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("30");
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain("Too many &lt;votes&gt;; try again in 30 s");
    expect(html).toContain('<a href="/?sort=top">Go back</a>');
    // A script's request, and a page's GET of an API address, still get JSON.
    expect(await (await refusing(post("/x"))).json()).toEqual({ error: "Too many <votes>; try again in 30 s" });
    const get = await refusing(new Request(`${ORIGIN}/x`, { headers: navigation }));
    expect(get.headers.get("Content-Type")).toContain("application/json");
  });
});

describe("answers", () => {
  const schema = z.strictObject({ n: z.number() });

  test("the data as JSON, or `reply` with a status and headers, or a redirect", async () => {
    expect(await (await route({ response: schema }, () => ({ n: 1 }))(new Request(ORIGIN))).json()).toEqual({ n: 1 });
    const created = await route({ response: schema }, () => reply({ n: 2 }, { status: 201, headers: { Link: "</next>" } }))(
      new Request(ORIGIN),
    );
    expect([created.status, created.headers.get("Link"), await created.json()]).toEqual([201, "</next>", { n: 2 }]);
    const moved = await route({ response: schema }, () => redirectTo("/done?x=1"))(post("/x"));
    expect([moved.status, moved.headers.get("Location"), await moved.text()]).toEqual([303, "/done?x=1", ""]);
    // A route without a JSON answer (a form's endpoint) redirects the same way.
    const formPost = await route({}, () => redirectTo("/after-form"))(post("/x"));
    expect([formPost.status, formPost.headers.get("Location")]).toEqual([303, "/after-form"]);
  });

  test("outside production, an answer that does not match its schema is a 500, extra fields included", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    // The compiler refuses a missing or renamed field; an extra one it cannot see, the schema can.
    const extra = { n: 1, secret: "hash" };
    const leaky = await route({ response: schema }, () => extra)(new Request(ORIGIN));
    expect(leaky.status).toBe(500);
    expect(JSON.stringify(await leaky.json())).not.toContain("hash");
    expect(logged).toHaveBeenCalledTimes(1);
  });

  test("per-person answers are `private, no-store`, errors and redirects included; public ones are left cacheable", async () => {
    const mine = route({ auth: "optional", response: schema }, ({ user }) => ({ n: user ? 1 : 0 }));
    session.user = ADA;
    expect((await mine(new Request(ORIGIN))).headers.get("Cache-Control")).toBe("private, no-store");
    session.user = null;
    expect((await mine(new Request(ORIGIN))).headers.get("Cache-Control")).toBe("private, no-store");

    const required = route({ auth: "required", response: schema }, () => ({ n: 1 }));
    const refused = await required(new Request(ORIGIN));
    expect([refused.status, refused.headers.get("Cache-Control")]).toEqual([401, "private, no-store"]);

    // A Response.redirect has immutable headers: the wrapper copies it to add the header.
    session.user = ADA;
    const redirect = await route({ auth: "required" }, () => Response.redirect(`${ORIGIN}/elsewhere`, 307))(new Request(ORIGIN));
    expect([redirect.status, redirect.headers.get("Cache-Control"), redirect.headers.get("Location")]).toEqual([
      307,
      "private, no-store",
      `${ORIGIN}/elsewhere`,
    ]);

    // What a handler sets itself stays.
    const own = await route(
      { auth: "required" },
      () => new Response("x", { headers: { "Cache-Control": "no-cache" } }),
    )(new Request(ORIGIN));
    expect(own.headers.get("Cache-Control")).toBe("no-cache");

    // A share link's answers are keyed by the URL's secret: no-store without a session.
    expect((await route({ noStore: true }, () => new Response("x"))(new Request(ORIGIN))).headers.get("Cache-Control")).toBe(
      "private, no-store",
    );
    expect((await route({ response: schema }, () => ({ n: 1 }))(new Request(ORIGIN))).headers.get("Cache-Control")).toBeNull();
  });

  test("a public route never reads the session", async () => {
    session.user = ADA;
    const seen: unknown[] = [];
    await route({}, ({ user }) => {
      seen.push(user);
      return new Response(null, { status: 204 });
    })(new Request(ORIGIN));
    expect(seen).toEqual([null]);
  });
});

describe("bodies", () => {
  const echo = route({ body: z.unknown() }, ({ body }) => Response.json({ body: body ?? null }));
  const form = route({ body: z.record(z.string(), z.string()), bodyType: "form" }, ({ body }) => Response.json(body));

  test("JSON of any content type; an empty body is `undefined`; broken JSON is a 400", async () => {
    expect(await (await echo(post("/x", { body: '{"a":[1,2]}', headers: { "content-type": "text/plain" } }))).json()).toEqual({
      body: { a: [1, 2] },
    });
    expect(await (await echo(post("/x", { body: "  " }))).json()).toEqual({ body: null });
    const broken = await echo(post("/x", { body: "[1," }));
    expect([broken.status, await broken.json()]).toEqual([400, { error: "body: must be JSON" }]);
  });

  test("forms: urlencoded or multipart, each field once; anything else is a 415", async () => {
    const urlencoded = await form(post("/x", { body: new URLSearchParams({ a: "1", b: "é" }) }));
    expect(await urlencoded.json()).toEqual({ a: "1", b: "é" });
    const multipart = new FormData();
    multipart.set("a", "2");
    expect(await (await form(post("/x", { body: multipart }))).json()).toEqual({ a: "2" });
    expect(await (await form(post("/x"))).json()).toEqual({});
    const repeated = await form(
      post("/x", { body: "email=a%40x&email=b%40x", headers: { "content-type": "application/x-www-form-urlencoded" } }),
    );
    expect([repeated.status, await repeated.json()]).toEqual([400, { error: "email: give it once" }]);
    // The trick of issue 10: a form content type that is not one, with a JSON body.
    const disguised = await form(post("/x", { body: '{"email":"b@x"}', headers: { "content-type": "application/json" } }));
    expect(disguised.status).toBe(415);
  });

  test("a body of exactly the cap is read; one byte more is a 413", async () => {
    const atCap = JSON.stringify("x".repeat(MAX_BODY_BYTES - 2));
    expect(atCap.length).toBe(MAX_BODY_BYTES);
    expect((await echo(post("/x", { body: atCap }))).status).toBe(200);
    const over = await echo(post("/x", { body: JSON.stringify("x".repeat(MAX_BODY_BYTES - 1)) }));
    expect([over.status, over.headers.get("Connection"), await over.json()]).toEqual([413, "close", { error: "body: too large" }]);
  });

  test.each([
    ["JSON", () => echo],
    ["a form", () => form],
  ])("%s that never ends is refused at the cap, after reading no more than the cap and a chunk", async (_name, handler) => {
    const { stream, stats } = endlessBody();
    const response = await handler()(post("/x", { body: stream, headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "body: too large" });
    const pulled = stats.pulled;
    expect(pulled).toBeGreaterThan(MAX_BODY_BYTES);
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 8 * 1024);
    // And it stays stopped.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stats.pulled).toBe(pulled);
  });

  test("a declared Content-Length over the cap is refused before a byte is read", async () => {
    const { stream, stats } = endlessBody();
    const response = await echo(post("/x", { body: stream, headers: { "content-length": String(10 * 1024 * 1024) } }));
    expect(response.status).toBe(413);
    expect(stats.pulls).toBe(0);
  });

  test("a chunked body sent by a real HTTP client to a real server stops at the cap, and the client gets the 413", async () => {
    // Adapts Node's request to a web Request the way Next does: its body is the Node stream itself,
    // which the Request reads only when the handler pulls (pauses the socket otherwise).
    const server = createServer(async (req: IncomingMessage, res) => {
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: req as unknown as BodyInit,
        duplex: "half",
      } as RequestInit);
      const response = await echo(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const serverSockets: { bytesRead: number }[] = [];
    server.on("connection", (socket) => serverSockets.push(socket));

    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const limit = 256 * 1024 * 1024;
    let sent = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const client = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/x", headers: { "transfer-encoding": "chunked" } });
      let answered = false;
      client.on("response", (response) => {
        answered = true;
        response.resume();
        resolve(response.statusCode!);
      });
      client.on("error", (error) => (answered ? undefined : reject(error)));
      const write = () => {
        while (!answered && sent < limit) {
          sent += chunk.length;
          if (!client.write(chunk)) return client.once("drain", write);
        }
        if (!answered) client.end();
      };
      write();
    });
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));

    expect(status).toBe(413);
    // What the server took off the network: the cap and what sat in buffers, nowhere near what was sent.
    const read = serverSockets.reduce((sum, socket) => sum + socket.bytesRead, 0);
    expect(read).toBeLessThan(4 * 1024 * 1024);
    expect(sent).toBeLessThan(limit);
  });
});

describe("NUL characters in the path", () => {
  // PostgreSQL's text cannot hold one: found by app/routes-fuzz.test.ts (GET /api/papers/{id} with
  // the id "\u0000" answered 500), refused for every route before any handler reads the database.
  const handler = vi.fn(() => Response.json({ ok: true }));
  const get = route({}, handler);

  test("in a path segment: 404, the handler never runs", async () => {
    const response = await get(new Request("http://localhost:3000/api/papers/%00"), { params: Promise.resolve({ id: "\u0000" }) });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Nothing is at an address with a NUL character (%00)." });
    expect(handler).not.toHaveBeenCalled();
  });

  test("in the query: left to the route's schema", async () => {
    const response = await get(new Request("http://localhost:3000/api/papers?q=a%00b"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test("the real paper route answers 404 for the fuzzer's counterexample", async () => {
    const { GET } = await import("@/app/api/papers/[id]/route");
    const response = await GET(new Request("http://localhost:3000/api/papers/%00"), { params: Promise.resolve({ id: "\u0000" }) });
    expect(response.status).toBe(404);
  });
});
