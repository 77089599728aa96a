// A local stand-in for the arXiv API and the Hugging Face API, serving the recorded responses in
// tests/fixtures, so import tests run without the internet. Scripted responses (errors, delays)
// are served first, in order, to exercise retries and timeouts.
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

export type ScriptedResponse = { status: number; headers?: Record<string, string>; body?: string; delayMs?: number };

export type FakeUpstream = {
  origin: string;
  arxivApiUrl: string;
  hfApiUrl: string;
  /** Path and query of every request received, in order. */
  requests: string[];
  script: (...responses: ScriptedResponse[]) => void;
  /** Serves another recorded response for an id, e.g. a later version of the paper. */
  useArxivFixture: (arxivId: string, file: string) => void;
  close: () => Promise<void>;
};

function arxivFeed(ids: string[], overrides: Map<string, string>): string {
  const entries = ids.flatMap((id) => {
    const file = path.join(FIXTURES, "arxiv", overrides.get(id) ?? `${id.replace("/", "-")}.xml`);
    if (!existsSync(file)) return [];
    return readFileSync(file, "utf8").match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
  });
  const query = `search_query=&amp;id_list=${ids.join(",")}&amp;start=0&amp;max_results=${ids.length}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?${encodeURIComponent(query)}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: ${query}</title>
  <id>http://arxiv.org/api/fake</id>
  <updated>2024-05-21T00:00:00-04:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${entries.length}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${entries.length}</opensearch:itemsPerPage>
  ${entries.join("\n  ")}
</feed>
`;
}

function route(url: URL, overrides: Map<string, string>): ScriptedResponse {
  if (url.pathname === "/api/query") {
    const ids = (url.searchParams.get("id_list") ?? "").split(",").filter(Boolean);
    return { status: 200, headers: { "content-type": "application/atom+xml; charset=utf-8" }, body: arxivFeed(ids, overrides) };
  }
  if (url.pathname === "/api/daily_papers") {
    const file = path.join(FIXTURES, "hf", `daily_papers-${url.searchParams.get("date")}.json`);
    return { status: 200, headers: { "content-type": "application/json" }, body: existsSync(file) ? readFileSync(file, "utf8") : "[]" };
  }
  const fixture = path.join(FIXTURES, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""));
  if (url.pathname.startsWith("/hf/") && existsSync(fixture)) {
    return { status: 200, headers: { "content-type": "application/json" }, body: readFileSync(fixture, "utf8") };
  }
  return { status: 404, headers: { "content-type": "text/plain" }, body: "Not Found" };
}

export async function startFakeUpstream(port = 0): Promise<FakeUpstream> {
  const requests: string[] = [];
  const scripted: ScriptedResponse[] = [];
  const overrides = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(`${url.pathname}${url.search}`);
    const response = scripted.shift() ?? route(url, overrides);
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(response.status, response.headers);
      res.end(response.body ?? "");
    };
    if (response.delayMs) setTimeout(send, response.delayMs);
    else send();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    arxivApiUrl: `${origin}/api/query`,
    hfApiUrl: `${origin}/api`,
    requests,
    script: (...responses) => scripted.push(...responses),
    useArxivFixture: (id, file) => overrides.set(id, file),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
