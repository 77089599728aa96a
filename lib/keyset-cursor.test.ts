import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/http/http-error";
import { decodeKeysetCursor, encodeKeysetCursor, InvalidCursorError } from "@/lib/keyset-cursor";

const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("keyset cursors", () => {
  it.each([
    { sort: "relevance", key: 0.06079271, id: "c1", kind: "number" },
    { sort: "relevance", key: 0.1 + 0.2, id: "c2", kind: "number" },
    { sort: "new", key: "2025-06-01T00:00:00.000Z", id: "c3", kind: "date" },
    { sort: "top", key: 12, id: "c4", kind: "number" },
    { sort: null, key: "2025-06-01T00:00:00.000Z", id: "c5", kind: "date" },
  ] as const)("round-trips %j exactly", ({ kind, ...cursor }) => {
    const encoded = encodeKeysetCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]{1,200}$/);
    expect(decodeKeysetCursor(encoded, cursor.sort, kind)).toEqual(cursor);
  });

  it.each([
    ["another sort's cursor", encodeKeysetCursor({ sort: "top", key: 3, id: "x" }), "new", "date"],
    ["a sorted cursor where there are no sorts", encodeKeysetCursor({ sort: "new", key: "2025-01-01", id: "x" }), null, "date"],
    ["a date that is not one", raw(["new", "yesterday", "x"]), "new", "date"],
    ["a rank that is not a number", raw(["relevance", "1", "x"]), "relevance", "number"],
    ["an empty id", raw(["top", 1, ""]), "top", "number"],
    ["an id too long to be one", raw(["top", 1, "x".repeat(41)]), "top", "number"],
    ["two fields", raw(["2025-01-01", "x"]), null, "date"],
    ["not JSON", "bm90IGpzb24", "top", "number"],
    ["not base64url", "a b", "top", "number"],
    ["too long", "a".repeat(201), "top", "number"],
  ] as const)("rejects %s with a 400", (_name, cursor, sort, kind) => {
    let thrown: unknown;
    try {
      decodeKeysetCursor(cursor, sort, kind);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidCursorError);
    expect(thrown).toBeInstanceOf(HttpError);
    expect((thrown as HttpError).status).toBe(400);
    expect((thrown as HttpError).message).toBe(
      sort === null
        ? "cursor: cursor is not valid; use the nextCursor of a previous page"
        : "cursor: cursor is not valid for this sort; use the nextCursor of a previous page",
    );
  });
});
