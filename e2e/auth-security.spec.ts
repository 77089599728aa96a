import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { hashEmailToken } from "../lib/auth/email-token";
import { signIn, signUp, signUpAndSignIn, uniqueUser } from "./helpers/auth";
import { e2eDatabaseUrl } from "./helpers/cli";

const origin = `http://localhost:${Number(process.env.E2E_PORT ?? 3210)}`;
const accountMenu = (page: Page, name: string) => page.getByRole("button", { name: `Account menu for ${name}` });

/** Records every request the context makes to another origin, and stops it there. */
async function watchOffSite(context: BrowserContext): Promise<string[]> {
  const offSite: string[] = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      offSite.push(route.request().url());
      return route.abort();
    },
  );
  return offSite;
}

// Values of callbackUrl that passed the old "starts with /" check and that browsers resolve to
// another site, as they appear in the link (encoded once).
const BYPASSES = [
  "/%09/evil.example",
  "/%0A/evil.example",
  "//evil.example",
  "/%5Cevil.example",
  "/%5C/evil.example",
  "/%2F%2Fevil.example",
  "https://evil.example/",
  "https:evil.example",
  "/.//evil.example",
  "/%E3%80%80/evil.example",
];

test.describe("redirects after signing in", () => {
  test("the sign-in page never sends the browser off-site, signed out or signed in", async ({ context }) => {
    // Seven page loads, four sign-ins and sixteen redirects.
    test.setTimeout(120_000);
    const offSite = await watchOffSite(context);
    const user = uniqueUser();
    await signUp(context, user);
    // A page per visit, so that one visit's redirect cannot cut into the next. A signed-in visit
    // replaces itself with the redirect target as soon as it streams, which goto may report as an
    // aborted navigation: where the browser ends up is what counts.
    const visit = async (path: string, check: (page: Page) => Promise<void>) => {
      const page = await context.newPage();
      await page.goto(path, { waitUntil: "commit" }).catch((error: Error) => {
        if (!error.message.includes("net::ERR_ABORTED")) throw error;
      });
      await check(page);
      await page.close();
    };
    // Signing in through the form: the browser ends on our home page.
    for (const bypass of BYPASSES.slice(0, 4)) {
      await context.clearCookies();
      await visit(`/signin?callbackUrl=${bypass}`, async (page) => {
        await page.getByLabel("Email").fill(user.email);
        await page.getByLabel("Password").fill(user.password);
        await page.getByRole("button", { name: "Sign in" }).click();
        await expect(accountMenu(page, user.name), bypass).toBeVisible();
        expect(page.url(), bypass).toBe(`${origin}/`);
      });
    }
    // Already signed in, the pages answer with a redirect before any HTML: its Location is the whole
    // story, so every bypass is checked on the response (the context's cookies, no page load), and
    // one of each in the browser.
    for (const bypass of BYPASSES) {
      for (const path of ["/signin", "/signup"]) {
        const response = await context.request.get(`${path}?callbackUrl=${bypass}`, { maxRedirects: 0 });
        expect(response.status(), `${path} ${bypass}`).toBe(307);
        expect(new URL(response.headers().location ?? "", origin).href, `${path} ${bypass}`).toBe(`${origin}/`);
      }
    }
    for (const path of ["/signin", "/signup"]) {
      await visit(`${path}?callbackUrl=${BYPASSES.at(-1)}`, (page) => expect(page).toHaveURL(`${origin}/`));
    }
    expect(offSite).toEqual([]);
    // A path of our own still works.
    await visit(`/signin?callbackUrl=${encodeURIComponent("/search?q=state space")}`, (page) =>
      expect(page).toHaveURL(`${origin}/search?q=state%20space`),
    );
  });
});

test.describe("sessions", () => {
  test("a copy of the session cookie stops working once its owner signs out", async ({ page, browser }) => {
    const user = await signUpAndSignIn(page);
    const thief = await browser.newContext();
    await thief.addCookies(await page.context().cookies());
    const stolen = await thief.newPage();
    await stolen.goto("/");
    await expect(accountMenu(stolen, user.name)).toBeVisible();

    await page.goto("/");
    await accountMenu(page, user.name).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    await stolen.reload();
    await expect(stolen.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await (await thief.request.get("/api/me")).json()).toEqual({ user: null });
    await thief.close();
  });

  test("a forged Host cannot change Auth.js's URLs", async ({ request }) => {
    const forged = { Host: "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" };
    const providers = (await (await request.get("/api/auth/providers", { headers: forged })).json()) as Record<
      string,
      { signinUrl: string; callbackUrl: string }
    >;
    for (const provider of Object.values(providers)) {
      expect(new URL(provider.signinUrl).origin).toBe(origin);
      expect(new URL(provider.callbackUrl).origin).toBe(origin);
    }
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const user = uniqueUser();
    await signUp(request, user);
    const signedIn = await request.post("/api/auth/callback/credentials", {
      form: { email: user.email, password: user.password, csrfToken, callbackUrl: "https://evil.example/" },
      headers: { ...forged, "X-Auth-Return-Redirect": "1" },
    });
    expect(await signedIn.json()).toEqual({ url: `${origin}/` });
  });
});

test.describe("the sign-in form's body", () => {
  test("a field given twice is refused, and a crafted Content-Type cannot make Auth.js read another body", async ({ request }) => {
    const user = uniqueUser();
    await signUp(request, user);
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const twice = await request.post("/api/auth/callback/credentials", {
      data: new URLSearchParams([
        ["email", "random@example.com"],
        ["email", user.email],
        ["password", user.password],
        ["csrfToken", csrfToken],
      ]).toString(),
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    });
    expect([twice.status(), await twice.json()]).toEqual([400, { error: "email: give it once" }]);
    // A form type that mentions JSON, with a JSON body: read as a form (no email in it), by Auth.js too.
    await request.post("/api/auth/callback/credentials", {
      data: JSON.stringify({ email: user.email, password: user.password, csrfToken }),
      headers: { "Content-Type": "application/x-www-form-urlencoded; x=application/json", "X-Auth-Return-Redirect": "1" },
    });
    const json = await request.post("/api/auth/callback/credentials", {
      data: JSON.stringify({ email: user.email, password: user.password, csrfToken }),
      headers: { "Content-Type": "application/json", "X-Auth-Return-Redirect": "1" },
    });
    expect(json.status()).toBe(415);
    expect(await (await request.get("/api/me")).json()).toEqual({ user: null });
  });
});

test.describe("email verification", () => {
  /** A verification link for the account, as the sign-up email carries it (the database keeps only its hash). */
  async function verificationLink(email: string): Promise<string> {
    const token = randomBytes(32).toString("base64url");
    const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await client.connect();
    try {
      // Sign-up makes a link of its own just after answering; a newer one replaces it, so wait for it first.
      await expect
        .poll(
          async () =>
            (await client.query(`SELECT 1 FROM "EmailToken" t JOIN "User" u ON u.id = t."userId" WHERE u.email = $1`, [email])).rowCount,
        )
        .toBe(1);
      await client.query(
        `UPDATE "EmailToken" SET "tokenHash" = $1 WHERE "userId" = (SELECT id FROM "User" WHERE email = $2) AND purpose = 'VERIFY'`,
        [hashEmailToken(token), email],
      );
    } finally {
      await client.end();
    }
    return `/verify-email?token=${token}`;
  }

  test("the emailed link confirms the address once its owner is signed in", async ({ page }) => {
    const user = uniqueUser();
    await signUp(page, user);
    const link = await verificationLink(user.email);

    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.getByRole("link", { name: "Sign in to confirm" }).click();
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    // Back on the link's page, signed in: one button confirms.
    await expect(page).toHaveURL(`${origin}${link}`);
    await expect(page.getByText(`Confirm that ${user.email} is the address of your account @${user.username}.`)).toBeVisible();
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page).toHaveURL(/\/verify-email\?result=verified$/);
    await expect(page.getByRole("heading", { name: "Your email address is confirmed" })).toBeVisible();

    // The link works once.
    await page.goto(link);
    await expect(page.getByText(`${user.email} is confirmed as your account’s address.`)).toBeVisible();
  });

  test("another account's session cannot use the link", async ({ page }) => {
    const owner = uniqueUser();
    await signUp(page, owner);
    const link = await verificationLink(owner.email);
    const other = await signUpAndSignIn(page);
    await page.goto(link);
    await expect(page.getByText(`@${other.username}`)).toBeVisible();
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();

    // The owner can still use it.
    await page.context().clearCookies();
    await signIn(page, owner);
    await page.goto(link);
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page.getByRole("heading", { name: "Your email address is confirmed" })).toBeVisible();
  });
});
