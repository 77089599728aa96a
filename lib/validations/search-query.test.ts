import { describe, expect, it } from "vitest";
import { searchParamsToObject } from "@/lib/validations/papers-query";
import { searchQuerySchema } from "@/lib/validations/search-query";

function parse(query: string) {
  const raw = searchParamsToObject(new URLSearchParams(query));
  if (!raw.ok) return { ok: false as const, message: raw.error };
  const result = searchQuerySchema.safeParse(raw.value);
  return result.success ? { ok: true as const, value: result.data } : { ok: false as const, message: result.error.issues[0]?.message };
}

describe("searchQuerySchema", () => {
  it.each([
    ["", { q: "", sort: "relevance", limit: 20 }],
    ["q=mamba", { q: "mamba", sort: "relevance", limit: 20 }],
    ["q=mamba&sort=new&limit=100", { q: "mamba", sort: "new", limit: 100 }],
    ["q=" + "a".repeat(250), { q: "a".repeat(250), sort: "relevance", limit: 20 }],
    ["q=%00%27%22&sort=top&cursor=abc_DEF-1", { q: "\u0000'\"", sort: "top", limit: 20, cursor: "abc_DEF-1" }],
  ])("accepts %j", (query, expected) => {
    expect(parse(query)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["q=" + "a".repeat(251), "must be at most 250 characters"],
    ["sort=trending", "must be one of relevance, new, top"],
    ["limit=0", "must be at least 1"],
    ["limit=101", "must be at most 100"],
    ["limit=2.5", "must be a whole number from 1 to 100"],
    ["cursor=a%20b", "must be the nextCursor of a previous response"],
  ])("rejects %j", (query, message) => {
    expect(parse(query)).toEqual({ ok: false, message });
  });
});
