import { describe, expect, it } from "vitest";
import { isAdmin } from "@/lib/users/is-admin";

describe("isAdmin", () => {
  it.each([
    ["ada", "ada", true],
    ["ada", " grace , ada ", true],
    ["ada", "Ada", false],
    ["ada", "adam", false],
    ["ada", "", false],
    ["", "", false],
    ["", ",,", false],
  ])("%j in %j: %s", (username, list, expected) => {
    expect(isAdmin(username, list)).toBe(expected);
  });
});
