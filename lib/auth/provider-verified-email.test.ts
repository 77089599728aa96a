import { describe, expect, test } from "vitest";
import { withVerifiedGithubEmail } from "@/lib/auth/github-userinfo";
import { providerVerifiedEmail } from "@/lib/auth/provider-verified-email";

describe("providerVerifiedEmail", () => {
  test.each([
    [{ email: "Ada@Example.com", email_verified: true }, "ada@example.com"],
    [{ email: " ada@example.com ", email_verified: "true" }, "ada@example.com"],
    [{ email: "ada@example.com", email_verified: false }, null],
    [{ email: "ada@example.com", email_verified: "false" }, null],
    [{ email: "ada@example.com" }, null],
    [{ email: "not an address", email_verified: true }, null],
    [{ email_verified: true }, null],
    [null, null],
    ["ada@example.com", null],
  ])("%j → %s", (profile, expected) => {
    expect(providerVerifiedEmail(profile)).toBe(expected);
  });
});

describe("withVerifiedGithubEmail", () => {
  const profile = { login: "ada", email: "public@example.com" };
  test.each([
    [
      "the verified primary address",
      [
        { email: "public@example.com", primary: false, verified: true },
        { email: "primary@example.com", primary: true, verified: true },
      ],
      { email: "primary@example.com", email_verified: true },
    ],
    [
      "the public address when the primary one is unverified",
      [
        { email: "primary@example.com", primary: true, verified: false },
        { email: "public@example.com", primary: false, verified: true },
      ],
      { email: "public@example.com", email_verified: true },
    ],
    [
      "any verified address otherwise",
      [
        { email: "primary@example.com", primary: true, verified: false },
        { email: "other@example.com", primary: false, verified: true },
      ],
      { email: "other@example.com", email_verified: true },
    ],
    [
      "no vouching without a verified address",
      [{ email: "primary@example.com", primary: true, verified: false }],
      { email: "public@example.com", email_verified: false },
    ],
    ["no vouching when the list could not be read", null, { email: "public@example.com", email_verified: false }],
  ])("%s", (_name, emails, expected) => {
    const result = withVerifiedGithubEmail(profile, emails);
    expect(result).toEqual({ ...profile, ...expected });
    expect(providerVerifiedEmail(result)).toBe(expected.email_verified ? expected.email : null);
  });
});
