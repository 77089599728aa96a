import { describe, expect, it } from "vitest";
import { papersQuerySchema, searchParamsToObject } from "@/lib/validations/papers-query";

function parse(query: string) {
  const raw = searchParamsToObject(new URLSearchParams(query));
  if (!raw.ok) return { ok: false as const, message: raw.error };
  const result = papersQuerySchema.safeParse(raw.value);
  return result.success ? { ok: true as const, value: result.data } : { ok: false as const, message: result.error.issues[0]?.message };
}

describe("papersQuerySchema", () => {
  it.each([
    ["", { sort: "trending", limit: 30 }],
    ["sort=top", { sort: "top", limit: 30 }],
    ["sort=new&limit=1", { sort: "new", limit: 1 }],
    ["limit=100", { sort: "trending", limit: 100 }],
    ["cursor=abc_DEF-1", { sort: "trending", limit: 30, cursor: "abc_DEF-1" }],
    ["unknown=1&error=x", { sort: "trending", limit: 30 }],
  ])("accepts %j", (query, expected) => {
    expect(parse(query)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["sort=hot", "must be one of trending, top, new"],
    ["limit=0", "must be at least 1"],
    ["limit=101", "must be at most 100"],
    ["limit=1.5", "must be a whole number from 1 to 100"],
    ["limit=ten", "must be a whole number from 1 to 100"],
    ["cursor=a%20b", "must be the nextCursor of a previous response"],
    ["cursor=" + "a".repeat(201), "must be the nextCursor of a previous response"],
  ])("rejects %j", (query, message) => {
    expect(parse(query)).toEqual({ ok: false, message });
  });

  it("rejects a repeated parameter", () => {
    expect(searchParamsToObject(new URLSearchParams("limit=1&limit=2"))).toEqual({ ok: false, error: "limit: give it once" });
  });
});
