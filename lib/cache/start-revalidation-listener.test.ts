import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, inject, vi } from "vitest";
import { CACHE_TAGS } from "@/lib/cache/cache-tags";
import { isEmbeddedDatabase } from "@/lib/cache/is-embedded-database";
import { publishRevalidation } from "@/lib/cache/publish-revalidation";
import { revalidateKey } from "@/lib/cache/request-revalidation";
import { REVALIDATION_CHANNEL, thisServerId } from "@/lib/cache/revalidation-message";
import { startRevalidationListener } from "@/lib/cache/start-revalidation-listener";
import { testDb } from "@/tests/db";

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const databaseUrl = inject("databaseUrl");

describe.runIf(inject("embeddedDatabase"))("on the embedded database", () => {
  it("is recognised, and nothing is published (one server, nothing to tell)", async () => {
    expect(await isEmbeddedDatabase(databaseUrl)).toBe(true);
    expect(await publishRevalidation(databaseUrl, { now: ["papers"], background: [], origin: null })).toBe(false);
  });
});

describe.skipIf(inject("embeddedDatabase"))("an app server's revalidation listener", () => {
  // Stands in for the app server the listener belongs to: what it is asked to refresh, with its key.
  const forwarded: unknown[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const allowed = req.url === "/api/internal/revalidate" && req.headers.authorization === `Bearer ${revalidateKey(SECRET)}`;
      if (allowed) forwarded.push(JSON.parse(body));
      res.writeHead(allowed ? 200 : 404, { "content-type": "application/json" }).end("{}");
    });
  });
  const logged: string[] = [];
  let listener: { stop: () => Promise<void> };

  /** The listener's own session, once it is listening (its last statement was the LISTEN). */
  async function listenerBackend(): Promise<number | undefined> {
    const rows = await testDb().$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity WHERE query = ${`LISTEN ${REVALIDATION_CHANNEL}`} AND state = 'idle'`;
    return rows[0]?.pid;
  }
  const publish = (message: object) => publishRevalidation(databaseUrl, { now: [], background: [], origin: null, ...message });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const selfUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    listener = startRevalidationListener({ databaseUrl, selfUrl, secret: SECRET, log: (line) => logged.push(line) });
    await vi.waitFor(async () => expect(await listenerBackend()).toBeDefined(), { timeout: 10_000, interval: 50 });
  });
  afterAll(async () => {
    await listener.stop();
    server.closeAllConnections();
    server.close();
  });

  it("is told what another server, a worker or a script changed, and passes it to its server", async () => {
    expect(await isEmbeddedDatabase(databaseUrl)).toBe(false);
    await publish({ now: ["papers"], background: ["paper-cards"], origin: "another-server" });
    await publish({ now: ["profile:ada_l"] });
    await expect
      .poll(() => forwarded)
      .toEqual([
        { now: ["papers"], background: ["paper-cards"] },
        { now: ["profile:ada_l"], background: [] },
      ]);
  });

  it("skips its own server's messages and malformed ones, loudly for the latter", async () => {
    forwarded.length = 0;
    await publish({ now: ["papers"], origin: thisServerId() });
    await testDb().$executeRaw`SELECT pg_notify(${REVALIDATION_CHANNEL}, ${'{"now":["no-such-tag"]}'})`;
    await testDb().$executeRaw`SELECT pg_notify(${REVALIDATION_CHANNEL}, ${"not json"})`;
    // Messages arrive in the order they were sent: once this one is through, the others were handled.
    await publish({ background: ["public-collections"] });
    await expect.poll(() => forwarded).toEqual([{ now: [], background: ["public-collections"] }]);
    expect(logged.filter((line) => line.startsWith("Ignored a malformed message"))).toHaveLength(2);
  });

  it("listens again after losing its connection, and refreshes everything it may have missed", async () => {
    forwarded.length = 0;
    const before = await listenerBackend();
    await testDb().$queryRaw`SELECT pg_terminate_backend(${before}::int)`;
    await expect.poll(async () => ((await listenerBackend()) ?? before) !== before, { timeout: 15_000 }).toBe(true);
    await expect.poll(() => forwarded).toEqual([{ now: [], background: [...CACHE_TAGS] }]);
    expect(logged.some((line) => line.startsWith("Cache messages from other servers paused"))).toBe(true);
    await publish({ now: ["papers"] });
    await expect.poll(() => forwarded.length).toBe(2);
  });
});
