import { describe, expect, test } from "vitest";
import { firstZodMessage } from "@/lib/http/first-zod-message";
import { signUpSchema } from "@/lib/validations/sign-up";

const valid = { email: "Ada@Example.com ", password: "12345678", username: "Ada_L", name: " Ada Lovelace " };

describe("signUpSchema", () => {
  test("normalizes email and username, trims the name", () => {
    expect(signUpSchema.parse(valid)).toEqual({ email: "ada@example.com", password: "12345678", username: "ada_l", name: "Ada Lovelace" });
  });

  test.each([
    [{ password: "1234567" }, "password: must be at least 8 characters"],
    [{ password: "x".repeat(201) }, "password: must be at most 200 characters"],
    [{ email: "ada" }, "email: must be an email address"],
    [{ email: 42 }, "email: is required"],
    [{ username: "ab" }, "username: must be at least 3 characters"],
    [{ username: "-ada" }, "username: may use only letters, digits, - and _, starting with a letter or digit"],
    [{ username: "ada lovelace" }, "username: may use only letters, digits, - and _, starting with a letter or digit"],
    [{ username: "Admin" }, "username: is reserved; choose another"],
    [{ username: "a".repeat(31) }, "username: must be at most 30 characters"],
    [{ name: "   " }, "name: is required"],
    [{ name: "Ada\u0000" }, "name: must not contain control characters"],
  ])("%j → %s", (change, message) => {
    const result = signUpSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(firstZodMessage(result.error!)).toBe(message);
  });
});
