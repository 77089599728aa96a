import { describe, expect, it } from "vitest";
import { decodeSearchCursor, encodeSearchCursor } from "@/lib/search/search-cursor";

describe("search cursors", () => {
  it.each([
    { sort: "relevance" as const, key: 0.06079271, id: "c1" },
    { sort: "relevance" as const, key: 0.1 + 0.2, id: "c2" },
    { sort: "new" as const, key: "2025-06-01T00:00:00.000Z", id: "c3" },
    { sort: "top" as const, key: 12, id: "c4" },
  ])("round-trips %j exactly", (cursor) => {
    expect(decodeSearchCursor(encodeSearchCursor(cursor), cursor.sort)).toEqual(cursor);
  });

  it.each([
    ["another sort's cursor", encodeSearchCursor({ sort: "top", key: 3, id: "x" }), "new"],
    ["a date that is not one", Buffer.from(JSON.stringify(["new", "yesterday", "x"])).toString("base64url"), "new"],
    ["a rank that is not a number", Buffer.from(JSON.stringify(["relevance", "1", "x"])).toString("base64url"), "relevance"],
    ["an empty id", Buffer.from(JSON.stringify(["top", 1, ""])).toString("base64url"), "top"],
    ["not JSON", "bm90IGpzb24", "top"],
    ["not base64url", "a b", "top"],
  ] as const)("rejects %s", (_name, raw, sort) => {
    expect(decodeSearchCursor(raw, sort)).toBeNull();
  });
});
