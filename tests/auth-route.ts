// Calls Auth.js's route handlers (app/api/auth/[...nextauth]) the way a browser or script would,
// keeping cookies, on the real database. Import it after setting AUTH_SECRET (see vi.hoisted).
import { NextRequest } from "next/server";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { hashPassword } from "@/lib/auth/password";
import { createPasswordUser } from "@/lib/users/create-password-user";

export const APP = "http://localhost:3000";

/** A cookie jar: `name=value` pairs from Set-Cookie, sent back on each request. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly address = `10.${rand()}.${rand()}.${rand()}`) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  keep(response: Response): Response {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const [name, value] = [pair!.slice(0, at), pair!.slice(at + 1)];
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async get(path: string, headers: Record<string, string> = {}, url = `${APP}${path}`): Promise<Response> {
    return this.keep(
      await GET(new NextRequest(url, { headers: { cookie: this.cookieHeader, "x-forwarded-for": this.address, ...headers } })),
    );
  }

  async post(path: string, body: string, headers: Record<string, string> = {}, url = `${APP}${path}`): Promise<Response> {
    const request = new NextRequest(url, {
      method: "POST",
      body,
      headers: {
        cookie: this.cookieHeader,
        "x-forwarded-for": this.address,
        "content-type": "application/x-www-form-urlencoded",
        "x-auth-return-redirect": "1",
        ...headers,
      },
    });
    return this.keep(await POST(request));
  }

  async csrfToken(): Promise<string> {
    return ((await (await this.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  }

  /** Posts the sign-in form; fields are sent in order, so a field may be given twice. */
  async signIn(fields: [string, string][] | { email: string; password: string }, headers: Record<string, string> = {}): Promise<Response> {
    const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
    const body = new URLSearchParams([...pairs, ["csrfToken", await this.csrfToken()]]).toString();
    return this.post("/api/auth/callback/credentials", body, headers);
  }

  async session(): Promise<{ user?: { id: string } } | null> {
    return (await (await this.get("/api/auth/session")).json()) as { user?: { id: string } } | null;
  }
}

function rand(): number {
  return Math.floor(Math.random() * 250) + 1;
}

/** What a sign-in POST came to: signed in, refused as a wrong password, or another status. */
export async function outcome(response: Response): Promise<"signed-in" | "wrong" | number> {
  if (response.status !== 200) return response.status;
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.has("error") ? "wrong" : "signed-in";
}

let counter = 0;

/** A password account, as sign-up makes it. */
export async function createAccount(overrides: { email?: string; password?: string } = {}) {
  counter += 1;
  const tag = `${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const email = overrides.email ?? `reader-${tag}@example.com`;
  const password = overrides.password ?? `correct horse ${tag}`;
  const created = await createPasswordUser({
    email,
    passwordHash: await hashPassword(password),
    username: `reader-${tag}`,
    name: "Reader",
  });
  if (created.status !== "created") throw new Error(`could not create ${email}: ${created.status}`);
  return { id: created.id, email, password };
}
