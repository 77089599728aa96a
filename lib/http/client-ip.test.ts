import { describe, expect, test } from "vitest";
import { clientIp } from "@/lib/http/client-ip";

describe("clientIp", () => {
  test.each([
    [{ "x-forwarded-for": "203.0.113.7" }, "203.0.113.7"],
    // The client may send its own header; the proxy appends the address it saw, which is what counts.
    [{ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }, "203.0.113.7"],
    [{ "x-forwarded-for": " 198.51.100.1 , ::1 " }, "::1"],
    [{ "x-real-ip": "198.51.100.2" }, "198.51.100.2"],
    [{}, "unknown"],
  ])("%j → %s", (headers, expected) => {
    expect(clientIp(new Request("http://localhost/", { headers }))).toBe(expected);
  });
});
