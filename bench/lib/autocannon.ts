import { onCore, runJson } from "./processes";

export type Cannon = {
  requests: { average: number; total: number };
  throughput: { total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
};

/**
 * autocannon against `url` for `seconds`, pinned to `core` (the server runs on the other one). A
 * wrong answer invalidates a comparison, so any non-2xx throws; a timeout (an error to autocannon)
 * is only slow, and counted.
 */
export function runAutocannon(
  url: string,
  { seconds, connections = 50, core = 1 }: { seconds: number; connections?: number; core?: number },
): Cannon {
  const [command, args] = onCore(core, process.execPath, [
    "node_modules/autocannon/autocannon.js",
    "-j",
    "-c",
    String(connections),
    "-d",
    String(seconds),
    url,
  ]);
  const result = runJson<Cannon>(command, args);
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers`);
  return result;
}
