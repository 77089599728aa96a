import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { moveInList } from "@/lib/client/move-in-list";

const list = (ids: string) => [...ids].map((paperId) => ({ paperId }));
const ids = (items: { paperId: string }[]) => items.map((i) => i.paperId).join("");

describe("moveInList", () => {
  test.each([
    ["abcd", "a", "b", "bacd"],
    ["abcd", "d", "c", "abcd"],
    ["abcd", "d", null, "dabc"],
    ["abcd", "a", "d", "bcda"],
    ["abcd", "c", "a", "acbd"],
    ["a", "a", null, "a"],
    // Unknown ids change nothing: the server will answer 404 and the change is rolled back anyway.
    ["abc", "x", "a", "abc"],
    ["abc", "a", "x", "abc"],
  ])("%s: %s after %s gives %s", (before, paperId, after, expected) => {
    expect(ids(moveInList(list(before), paperId, after))).toBe(expected);
  });

  test("agrees with taking the item out and putting it back after `after`", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (paperIds, from, to) => {
          const items = paperIds.map((paperId) => ({ paperId }));
          const moved = paperIds[from % paperIds.length]!;
          const others = paperIds.filter((id) => id !== moved);
          const at = to % (others.length + 1);
          const after = at === 0 ? null : others[at - 1]!;
          const expected = [...others.slice(0, at), moved, ...others.slice(at)];
          expect(moveInList(items, moved, after).map((i) => i.paperId)).toEqual(expected);
        },
      ),
    );
  });

  test("keeps the items themselves, not copies", () => {
    const items = list("abc");
    const moved = moveInList(items, "c", null);
    expect(moved[0]).toBe(items[2]);
  });
});
