import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { HttpError } from "@/lib/http/http-error";
import { parseQuery } from "@/lib/http/read-request";
import { parsePeriod } from "@/lib/periods";
import { papersQuerySchema } from "@/lib/validations/papers-query";
import { searchQuerySchema } from "@/lib/validations/search-query";

/** The query string through the schema as a route reads it: its value, or the 400's message. */
function parseWith(schema: z.ZodType, query: string) {
  try {
    return { ok: true as const, value: parseQuery(new URLSearchParams(query), schema) };
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 400) throw error;
    return { ok: false as const, message: error.message };
  }
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
    ["has_code=1", { sort: "trending", limit: 30, has_code: true }],
    ["has_code=0&sort=new", { sort: "new", limit: 30, has_code: false }],
    ["has_code=1&category=cs.CL&cursor=abc", { sort: "trending", limit: 30, has_code: true, category: "cs.CL", cursor: "abc" }],
  ])("accepts %j", (query, expected) => {
    expect(parseWith(papersQuerySchema, query)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["sort=hot", "sort: must be one of trending, top, new"],
    ["limit=0", "limit: must be at least 1"],
    ["limit=101", "limit: must be at most 100"],
    ["limit=1.5", "limit: must be a whole number from 1 to 100"],
    ["limit=ten", "limit: must be a whole number from 1 to 100"],
    ["cursor=a%20b", "cursor: must be the nextCursor of a previous response"],
    ["cursor=" + "a".repeat(201), "cursor: must be the nextCursor of a previous response"],
    ["category=cs%20LG", "category: must be an arXiv category like cs.LG"],
    ["category=I.2.7", "category: must be an arXiv category like cs.LG"],
    ["category=", "category: must be an arXiv category like cs.LG"],
    ["date=2025-02-30", "date: must be a day like 2025-10-29"],
    ["date=today", "date: must be a day like 2025-10-29"],
    ["week=2025-W54", "week: must be an ISO week like 2025-W44"],
    ["month=2025-13", "month: must be a month like 2025-10"],
    ["date=2025-10-29&week=2025-W44", "give only one of date, week and month"],
    ["has_code=yes", "has_code: must be 1 (only papers with code) or 0"],
    ["has_code=true", "has_code: must be 1 (only papers with code) or 0"],
    ["has_code=", "has_code: must be 1 (only papers with code) or 0"],
    ["has_code=01", "has_code: must be 1 (only papers with code) or 0"],
  ])("rejects %j", (query, message) => {
    expect(parseWith(papersQuerySchema, query)).toEqual({ ok: false, message });
  });

  it("rejects a repeated parameter", () => {
    expect(parseWith(papersQuerySchema, "limit=1&limit=2")).toEqual({ ok: false, message: "limit: give it once" });
  });
});

describe("searchQuerySchema", () => {
  it.each([
    ["", { q: "", sort: "relevance", limit: 20 }],
    ["q=mamba", { q: "mamba", sort: "relevance", limit: 20 }],
    ["q=mamba&sort=new&limit=100", { q: "mamba", sort: "new", limit: 100 }],
    ["q=" + "a".repeat(250), { q: "a".repeat(250), sort: "relevance", limit: 20 }],
    ["q=%00%27%22&sort=top&cursor=abc_DEF-1", { q: "\u0000'\"", sort: "top", limit: 20, cursor: "abc_DEF-1" }],
  ])("accepts %j", (query, expected) => {
    expect(parseWith(searchQuerySchema, query)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["q=" + "a".repeat(251), "q: must be at most 250 characters"],
    ["sort=trending", "sort: must be one of relevance, new, top"],
    ["limit=0", "limit: must be at least 1"],
    ["limit=101", "limit: must be at most 100"],
    ["limit=2.5", "limit: must be a whole number from 1 to 100"],
    ["cursor=a%20b", "cursor: must be the nextCursor of a previous response"],
  ])("rejects %j", (query, message) => {
    expect(parseWith(searchQuerySchema, query)).toEqual({ ok: false, message });
  });
});
