import { describe, expect, test } from "vitest";
import { usernameSchema } from "@/lib/validations/username";
import { usernameFromProfile } from "@/lib/users/username-from-profile";

describe("usernameFromProfile", () => {
  test.each([
    [{ login: "OctoCat" }, /^octocat-[0-9a-f]{6}$/],
    [{ preferred_username: "Jane.Doe" }, /^jane-doe-[0-9a-f]{6}$/],
    [{ email: "Émile+papers@example.com" }, /^emile-papers-[0-9a-f]{6}$/],
    [{ name: "   " }, /^reader-[0-9a-f]{6}$/],
    [{ name: "日本語" }, /^reader-[0-9a-f]{6}$/],
    [{ name: "A very long display name that keeps going" }, /^a-very-long-display-[0-9a-f]{6}$/],
  ])("%j gives a valid username", (profile, pattern) => {
    const username = usernameFromProfile(profile);
    expect(username).toMatch(pattern);
    expect(usernameSchema.safeParse(username).success).toBe(true);
  });
});
