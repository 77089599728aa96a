import { describe, expect, test } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  test("hashes with a fresh salt each time and verifies only the right password", async () => {
    const password = "correct horse battery staple";
    const [first, second] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    const cases: [string, string, boolean][] = [
      [password, first, true],
      [password, second, true],
      ["correct horse battery stapl", first, false],
      ["Correct horse battery staple", first, false],
      ["", first, false],
      [password, "not a hash", false],
      [password, first.replace(/^scrypt/, "bcrypt"), false],
    ];
    for (const [candidate, stored, expected] of cases) expect(await verifyPassword(candidate, stored)).toBe(expected);
  });

  test("treats canonically equivalent Unicode the same", async () => {
    const composed = "caf\u00e9 au lait";
    const decomposed = "cafe\u0301 au lait";
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  test("is slow enough to hurt guessing (at least 20 ms a hash)", async () => {
    const started = performance.now();
    await hashPassword("timing the hash");
    expect(performance.now() - started).toBeGreaterThan(20);
  });
});
