import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { collectionsQuerySchema } from "@/lib/validations/collection";
import { commentsQuerySchema } from "@/lib/validations/comment";
import { papersQuerySchema } from "@/lib/validations/papers-query";
import { searchQuerySchema } from "@/lib/validations/search-query";
import { similarQuerySchema } from "@/lib/validations/similar-query";

const doc = openApiDocument();
type Operation = { parameters: { name: string; in: string }[]; responses: Record<string, unknown> };
const get = (path: keyof typeof doc.paths) => doc.paths[path].get as unknown as Operation;

function refs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => (key === "$ref" && typeof value === "string" ? [value] : refs(value)));
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and every reference resolves", () => {
    expect(doc.openapi).toBe("3.1.0");
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(5);
    for (const ref of all) {
      const name = ref.replace("#/components/schemas/", "");
      expect(doc.components.schemas, ref).toHaveProperty([name]);
    }
  });

  it.each(Object.keys(doc.paths))("documents %s, which exists", (path) => {
    const file = `app${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
    expect(existsSync(file), file).toBe(true);
  });

  it.each([
    ["/api/papers", papersQuerySchema.shape],
    ["/api/collections", collectionsQuerySchema.shape],
    ["/api/papers/search", searchQuerySchema.shape],
    ["/api/papers/{id}/similar", similarQuerySchema.shape],
    ["/api/papers/{id}/comments", commentsQuerySchema.shape],
  ] as const)("lists exactly the query parameters %s accepts", (path, shape) => {
    expect(
      get(path)
        .parameters.filter((p) => p.in === "query")
        .map((p) => p.name)
        .sort(),
    ).toEqual(Object.keys(shape).sort());
  });

  it("documents each paper's code and project links and Hugging Face's count, nullable, beside ours", () => {
    type Schema = { required: string[]; properties: Record<string, { anyOf?: { type: string; format?: string }[]; description?: string }> };
    const summary = (doc.components.schemas as Record<string, Schema>).PaperSummary!;
    for (const [field, type] of [
      ["codeUrl", "string"],
      ["codeStars", "integer"],
      ["projectUrl", "string"],
      ["hfUpvotes", "integer"],
    ] as const) {
      expect(summary.required, field).toContain(field);
      expect(
        summary.properties[field]?.anyOf?.map((branch) => branch.type),
        field,
      ).toEqual([type, "null"]);
      expect(summary.properties[field]?.description, field).toBeTruthy();
    }
    expect(summary.properties.codeUrl?.anyOf?.[0]?.format).toBe("uri");
    expect(summary.properties.hfUpvotes?.description).toMatch(/apart from `upvotes`/);
    const hasCode = get("/api/papers").parameters.find((p) => p.name === "has_code") as { schema?: { enum?: string[] } } | undefined;
    expect(hasCode?.schema?.enum).toEqual(["0", "1"]);
  });

  it("keeps validation-only noise out of the schemas", () => {
    const text = JSON.stringify(doc.components);
    expect(text).not.toContain("$schema");
    expect(text).not.toContain('"additionalProperties":false');
    expect(text).toContain('"format":"date-time"');
  });
});
