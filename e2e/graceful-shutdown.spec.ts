import { spawn } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl } from "./helpers/cli";

// A server told to stop (SIGTERM, as a supervisor or a rolling deploy does) takes no new
// connections, finishes the request in flight, and exits cleanly; /api/health and /api/ready
// answer a load balancer meanwhile.

const mainPort = Number(process.env.E2E_PORT ?? 3210);
const port = mainPort + 8;

function connect(): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => resolve(socket));
    socket.once("error", reject);
  });
}

test("health and readiness answer a load balancer", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  expect(health.headers()["cache-control"]).toContain("no-store");
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ ready: true, database: "ok", migrations: "ok" });
});

test("SIGTERM: no new connections, the request in flight finishes, then a clean exit", async () => {
  test.setTimeout(120_000);
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: "production",
      DATABASE_URL: e2eDatabaseUrl(),
      AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      APP_URL: `http://localhost:${port}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [server.stdout!, server.stderr!]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status, { timeout: 60_000 })
    .toBe(200);

  // A request in flight: the headers and half of its body are sent, the rest after SIGTERM.
  const body = JSON.stringify({ email: "not-an-address", password: "x", username: "u", name: "n" });
  const socket = await connect();
  let answer = "";
  socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
  const closed = new Promise((resolve) => socket.once("close", resolve));
  socket.write(
    `POST /api/auth/signup HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: http://localhost:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  server.kill("SIGTERM");
  await expect.poll(() => output, { message: "the server should say it is stopping" }).toContain("stopping (SIGTERM)");

  // No new connections.
  await expect(connect()).rejects.toThrow(/ECONNREFUSED/);
  // The request in flight, slow to send the rest (a stop that waited only a moment would cut it
  // off), gets its whole answer (a 400 for this body); then the server closes the connection,
  // now idle, and exits.
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  expect(server.exitCode).toBeNull();
  socket.write(body.slice(10));
  await closed;
  expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  expect(answer).toContain('"error"');
  expect(await exited).toBe(0);
});
