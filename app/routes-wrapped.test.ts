// Every route handler of the app goes through lib/http/route.ts, so each gets the same checks, the
// JSON errors and the body cap. A handler exported any other way is caught here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

const files = routeFiles("app");

/** The file that defines `builder`: the route file itself, or the `@/` module it imports it from. */
function builderSource(source: string, builder: string): string {
  const imported = new RegExp(`import\\s*\\{[^}]*\\b${builder}\\b[^}]*\\}\\s*from\\s*"@/([^"]+)"`).exec(source);
  return imported ? readFileSync(`${imported[1]}.ts`, "utf8") : source;
}

describe("the route handlers", () => {
  test("are found", () => {
    expect(files.length).toBeGreaterThan(25);
  });

  test.each(files)("%s exports only handlers built by route()", (file) => {
    const source = readFileSync(file, "utf8");
    const exported = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const|let|var)\s+(\w+)|export\s+const\s*\{([^}]*)\}/g)];
    const methods = exported
      .flatMap((match) => (match[1] ? [match[1]] : match[2]!.split(",").map((name) => name.trim())))
      .filter((name) => METHODS.includes(name));
    expect(methods.length, "no handler exported").toBeGreaterThan(0);
    for (const method of methods) {
      // `export const GET = route(…)`, or a helper that returns route(…): a local one (the vote
      // route's) or one shared from lib/ (the one-click unsubscribe routes').
      const definition = new RegExp(`export const ${method} = (\\w+)\\(`).exec(source);
      expect(definition, `${method} is not \`export const ${method} = …(…)\``).not.toBeNull();
      const builder = definition![1]!;
      if (builder !== "route")
        expect(builderSource(source, builder)).toMatch(new RegExp(`function ${builder}\\([^)]*\\)[^{]*\\{\\s*return route\\(`));
    }
  });
});
