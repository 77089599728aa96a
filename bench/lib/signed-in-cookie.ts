import { randomBytes } from "node:crypto";

function cookieHeader(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, ...value] = pair!.split("=");
    jar.set(name!.trim(), value.join("="));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/**
 * Signs up and signs in one person through the public API of the app at `base`; returns their
 * cookie header. Person `i` comes from an address of its own (the app trusts X-Forwarded-For from
 * loopback in benches), so the per-address sign-up limits do not trip.
 */
export async function signedInCookie(base: string, i: number): Promise<string> {
  const tag = randomBytes(4).toString("hex");
  const user = { email: `bench-${tag}@example.com`, password: `bench password ${tag}`, username: `bench-${tag}`, name: `Bench ${i}` };
  const address = { "X-Forwarded-For": `10.77.${i >> 8}.${i & 255}` };
  const created = await fetch(`${base}/api/auth/signup`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...address },
    body: JSON.stringify(user),
  });
  if (created.status !== 201) throw new Error(`sign-up: ${created.status} ${await created.text()}`);
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Auth-Return-Redirect": "1",
      cookie: cookieHeader(csrf, jar),
      ...address,
    },
    body: new URLSearchParams({ email: user.email, password: user.password, csrfToken }),
  });
  const cookie = cookieHeader(signedIn, jar);
  if (!cookie.includes("session-token")) throw new Error(`sign-in failed: ${signedIn.status} ${await signedIn.text()}`);
  return cookie;
}
