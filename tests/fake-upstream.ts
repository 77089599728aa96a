// A local stand-in for the arXiv API and the Hugging Face API, serving the recorded responses in
// tests/fixtures, so import tests run without the internet. Scripted responses (errors, delays)
// are served first, in order, to exercise retries and timeouts. arXiv searches for a day's new
// submissions (search_query=cat:… AND submittedDate:[…]) are answered, page by page, from the
// entries of tests/fixtures/arxiv/days/*.xml by their published day, or from a day set by a test.
import { existsSync, readdirSync, readFileSync } from "node:fs";
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
  /** The same, with when each arrived (Date.now()). */
  requestLog: { url: string; at: number }[];
  script: (...responses: ScriptedResponse[]) => void;
  /** Serves another recorded response for an id, e.g. a later version of the paper. */
  useArxivFixture: (arxivId: string, file: string) => void;
  /** Replaces a day's arXiv submissions (entry elements, see tests/fixtures/arxiv/generate-day.ts). */
  setArxivDay: (day: string, entries: string[]) => void;
  /** Replaces a day's Hugging Face listing (the JSON of /api/daily_papers?date=day). */
  setHfDay: (day: string, json: string) => void;
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

const XML = { "content-type": "application/atom+xml; charset=utf-8" };

function recordedDays(): Map<string, string[]> {
  const days = new Map<string, string[]>();
  const dir = path.join(FIXTURES, "arxiv", "days");
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".xml"))) {
    for (const entry of readFileSync(path.join(dir, file), "utf8").match(/<entry>[\s\S]*?<\/entry>/g) ?? []) {
      const day = /<published>(\d{4}-\d{2}-\d{2})T/.exec(entry)?.[1];
      if (day) days.set(day, [...(days.get(day) ?? []), entry]);
    }
  }
  return days;
}

// What the real API does with search_query, sortBy=submittedDate, start and max_results.
function arxivSearch(url: URL, days: Map<string, string[]>): ScriptedResponse {
  const query = url.searchParams.get("search_query") ?? "";
  const range = /submittedDate:\[(\d{4})(\d{2})(\d{2})0000 TO (\d{4})(\d{2})(\d{2})2359\]/.exec(query);
  const categories = [...query.matchAll(/cat:([A-Za-z.-]+)/g)].map((m) => m[1]!);
  const start = Number(url.searchParams.get("start") ?? 0);
  const max = Number(url.searchParams.get("max_results") ?? 10);
  if (!range || range.slice(1, 4).join("") !== range.slice(4, 7).join("")) {
    return { status: 400, headers: { "content-type": "text/plain" }, body: "the fake serves one day per query" };
  }
  const day = `${range[1]}-${range[2]}-${range[3]}`;
  const matching = (days.get(day) ?? []).filter((entry) => categories.some((c) => entry.includes(`<category term="${c}"`)));
  const page = matching.slice(start, start + max);
  const self = `search_query=${query}&amp;id_list=&amp;start=${start}&amp;max_results=${max}`;
  return {
    status: 200,
    headers: XML,
    body: `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?${encodeURIComponent(self)}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: ${self}</title>
  <id>http://arxiv.org/api/fake-search</id>
  <updated>${day}T00:00:00-04:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${matching.length}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${start}</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${max}</opensearch:itemsPerPage>
  ${page.join("\n  ")}
</feed>
`,
  };
}

function route(url: URL, overrides: Map<string, string>, days: Map<string, string[]>, hfDays: Map<string, string>): ScriptedResponse {
  if (url.pathname === "/api/query" && url.searchParams.get("search_query")) return arxivSearch(url, days);
  if (url.pathname === "/api/query") {
    const ids = (url.searchParams.get("id_list") ?? "").split(",").filter(Boolean);
    return { status: 200, headers: XML, body: arxivFeed(ids, overrides) };
  }
  if (url.pathname === "/api/daily_papers") {
    const file = path.join(FIXTURES, "hf", `daily_papers-${url.searchParams.get("date")}.json`);
    const body = hfDays.get(url.searchParams.get("date") ?? "") ?? (existsSync(file) ? readFileSync(file, "utf8") : "[]");
    // Pages of `limit` items (the API's `p` is 0-based), when asked for.
    const limit = url.searchParams.get("limit");
    if (limit === null) return { status: 200, headers: { "content-type": "application/json" }, body };
    const page = Number(url.searchParams.get("p") ?? 0);
    const items = (JSON.parse(body) as unknown[]).slice(page * Number(limit), (page + 1) * Number(limit));
    return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(items) };
  }
  const fixture = path.join(FIXTURES, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""));
  if (url.pathname.startsWith("/hf/") && existsSync(fixture)) {
    return { status: 200, headers: { "content-type": "application/json" }, body: readFileSync(fixture, "utf8") };
  }
  return { status: 404, headers: { "content-type": "text/plain" }, body: "Not Found" };
}

export async function startFakeUpstream(port = 0): Promise<FakeUpstream> {
  const requests: string[] = [];
  const requestLog: { url: string; at: number }[] = [];
  const scripted: ScriptedResponse[] = [];
  const overrides = new Map<string, string>();
  const days = recordedDays();
  const hfDays = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(`${url.pathname}${url.search}`);
    requestLog.push({ url: `${url.pathname}${url.search}`, at: Date.now() });
    const response = scripted.shift() ?? route(url, overrides, days, hfDays);
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
    requestLog,
    script: (...responses) => scripted.push(...responses),
    useArxivFixture: (id, file) => overrides.set(id, file),
    setArxivDay: (day, entries) => days.set(day, entries),
    setHfDay: (day, json) => hfDays.set(day, json),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
