import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadMe, loadPaperState } from "@/lib/client/load-paper-state";

// A real HTTP server stands in for /api/me/paper-state: it records every request and answers as the
// route does (the viewer, their votes and reads of the ids asked, a count for each; a POST's
// `opened` paper is read).
const ADA = { id: "u1", username: "ada", name: "Ada" };
let server: Server;
let requests: string[][] = [];
let posts: { ids: string[]; body: string }[] = [];

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url!, "http://localhost");
    const ids = url.searchParams.get("ids")?.split(",") ?? [];
    requests.push(ids);
    let body = "";
    for await (const chunk of request) body += String(chunk);
    if (request.method === "POST") posts.push({ ids, body });
    const opened = request.method === "POST" ? (JSON.parse(body) as { opened: string }).opened : null;
    const answer = {
      signedIn: true,
      user: ADA,
      votes: ids.filter((id) => id.endsWith("v")),
      saved: [],
      read: ids.filter((id) => id.endsWith("r") || id === opened),
      counts: Object.fromEntries(ids.map((id) => [id, id.length])),
    };
    response
      .writeHead(url.pathname === "/api/me/paper-state" ? 200 : 404, { "Content-Type": "application/json" })
      .end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const realFetch = globalThis.fetch;
  // The browser resolves the loader's relative URLs against the page; here, against the server.
  vi.stubGlobal("fetch", (url: string, init?: RequestInit) => realFetch(`${base}${url}`, init));
});

afterAll(() => {
  vi.unstubAllGlobals();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests = [];
  posts = [];
});

describe("the page's one per-viewer request", () => {
  it("carries every card's paper and who is signed in, asked in the same moment", async () => {
    const [a, b, me, again] = await Promise.all([loadPaperState("a-v"), loadPaperState("bb"), loadMe(), loadPaperState("a-v")]);
    expect(requests).toEqual([["a-v", "bb"]]);
    expect(a).toEqual({ signedIn: true, voted: true, saved: false, read: false, upvotes: 3 });
    expect(again).toEqual(a);
    expect(b).toEqual({ signedIn: true, voted: false, saved: false, read: false, upvotes: 2 });
    expect(posts).toEqual([]);
    expect(me).toEqual(ADA);
  });

  it("asks without ids when a page shows no papers", async () => {
    expect(await loadMe()).toEqual(ADA);
    expect(requests).toEqual([[]]);
  });

  it("splits more than a hundred papers into requests of a hundred, answering who once", async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `p${i}`);
    const [states, me] = await Promise.all([Promise.all(ids.map((id) => loadPaperState(id))), loadMe()]);
    expect(requests.map((r) => r.length)).toEqual([100, 50]);
    expect(states.map((s) => s.upvotes)).toEqual(ids.map((id) => id.length));
    expect(me).toEqual(ADA);
  });

  it("asks again for papers asked later", async () => {
    await loadPaperState("x");
    await loadPaperState("y");
    expect(requests).toEqual([["x"], ["y"]]);
  });

  it("marks the opened paper read in the same request, a POST, and answers read for it", async () => {
    const [opened, card, me] = await Promise.all([loadPaperState("page", { opened: true }), loadPaperState("card-r"), loadMe()]);
    expect(requests).toEqual([["page", "card-r"]]);
    expect(posts).toEqual([{ ids: ["page", "card-r"], body: JSON.stringify({ opened: "page" }) }]);
    expect(opened.read).toBe(true);
    expect(card.read).toBe(true);
    expect(me).toEqual(ADA);
  });

  it("asks the same papers later with a GET, which marks nothing", async () => {
    await loadPaperState("page", { opened: true });
    await loadPaperState("page");
    expect(posts.map((p) => p.ids)).toEqual([["page"]]);
    expect(requests).toEqual([["page"], ["page"]]);
  });
});
