import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/periods";
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
    ["category=cs.LG", { sort: "trending", limit: 30, category: "cs.LG" }],
    ["category=astro-ph.CO&sort=top", { sort: "top", limit: 30, category: "astro-ph.CO" }],
    ["category=hep-th", { sort: "trending", limit: 30, category: "hep-th" }],
    ["date=2025-10-29", { sort: "trending", limit: 30, date: parsePeriod("date", "2025-10-29") }],
    ["week=2025-W44&sort=new", { sort: "new", limit: 30, week: parsePeriod("week", "2025-W44") }],
    ["month=2024-02&category=cs.CL", { sort: "trending", limit: 30, month: parsePeriod("month", "2024-02"), category: "cs.CL" }],
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
    ["category=cs%20LG", "must be an arXiv category like cs.LG"],
    ["category=I.2.7", "must be an arXiv category like cs.LG"],
    ["category=", "must be an arXiv category like cs.LG"],
    ["date=2025-02-30", "must be a day like 2025-10-29"],
    ["date=today", "must be a day like 2025-10-29"],
    ["week=2025-W54", "must be an ISO week like 2025-W44"],
    ["month=2025-13", "must be a month like 2025-10"],
    ["date=2025-10-29&week=2025-W44", "give only one of date, week and month"],
  ])("rejects %j", (query, message) => {
    expect(parse(query)).toEqual({ ok: false, message });
  });

  it("rejects a repeated parameter", () => {
    expect(searchParamsToObject(new URLSearchParams("limit=1&limit=2"))).toEqual({ ok: false, error: "limit: give it once" });
  });
});
