import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { OAuth2Server } from "oauth2-mock-server";
import { signUp, uniqueUser } from "./helpers/auth";

// A real OpenID Connect provider on the port the web server's AUTH_HUGGINGFACE_ISSUER names
// (see playwright.config.ts): discovery, PKCE, signed ID tokens, all checked by Auth.js.
const issuerPort = Number(process.env.E2E_PORT ?? 3210) + 2;
let provider: OAuth2Server;
// What the provider says about the person signing in; each test sets it.
let claims: Record<string, unknown> = {};

// One provider on one port: the tests of this file share a worker.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  provider = new OAuth2Server();
  await provider.issuer.keys.generate("RS256");
  await provider.start(issuerPort, "localhost");
  provider.issuer.url = `http://localhost:${issuerPort}`;
  provider.service.on("beforeTokenSigning", (token) => Object.assign(token.payload, claims));
});

test.afterAll(async () => {
  await provider?.stop();
});

test("signs in through an OpenID Connect provider and back, twice into the same account", async ({ page }) => {
  const tag = randomBytes(4).toString("hex");
  const person = { sub: `hf-${tag}`, email: `oidc-${tag}@example.com`, name: `Oidc Person ${tag}`, preferred_username: `oidc_${tag}` };
  claims = person;

  for (let round = 0; round < 2; round++) {
    await page.goto("/signin?callbackUrl=%2Fabout");
    await page.getByRole("button", { name: "Continue with Hugging Face" }).click();
    await expect(page).toHaveURL(/\/about$/);
    const menu = page.getByRole("button", { name: `Account menu for ${person.name}` });
    await expect(menu).toBeVisible();
    await menu.click();
    await expect(page.getByRole("menu")).toContainText(`@oidc-${tag}-`);
    if (round === 0) {
      await page.getByRole("menuitem", { name: "Sign out" }).click();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    }
  }
  // The second round found the account the first created, through the stored Account row.
  await page.getByRole("menuitem", { name: "Your profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
});

test("a sign-in that proves the address takes it back from a password account that never confirmed it", async ({ page, request }) => {
  const tag = randomBytes(4).toString("hex");
  const squatter = uniqueUser({ email: `claimed-${tag}@example.com` });
  await signUp(request, squatter);
  const owner = { sub: `hf-owner-${tag}`, email: squatter.email, email_verified: true, name: `Address Owner ${tag}` };
  claims = owner;

  await page.goto("/signin?callbackUrl=%2Fabout");
  await page.getByRole("button", { name: "Continue with Hugging Face" }).click();
  await expect(page).toHaveURL(/\/about$/);
  const menu = page.getByRole("button", { name: `Account menu for ${owner.name}` });
  await menu.click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // The password account's owner is told why its address no longer signs in.
  await page.goto("/signin");
  await page.getByLabel("Email").fill(squatter.email);
  await page.getByLabel("Password").fill(squatter.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#main").getByRole("alert")).toContainText("This email address now belongs to another account");
});

test("the provider's button works without JavaScript, and refuses a provider the site does not have", async ({ browser, page }) => {
  const tag = randomBytes(4).toString("hex");
  const person = { sub: `hf-nojs-${tag}`, email: `oidc-nojs-${tag}@example.com`, name: `No Script ${tag}` };
  claims = person;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto("/signin?callbackUrl=%2Fabout");
  await noScript.getByRole("button", { name: "Continue with Hugging Face" }).click();
  await expect(noScript).toHaveURL(/\/about$/);
  // Cached pages show no one's name without script; the session is what the sign-in leaves.
  const me = (await (await context.request.get("/api/me")).json()) as { user: { name: string } | null };
  expect(me.user?.name).toBe(person.name);
  await context.close();

  await page.goto("/signin");
  const refused = await page.request.post("/api/auth/provider-sign-in", {
    form: { provider: "github-of-someone-else", callbackUrl: "/about" },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toContain("is not a sign-in provider");
});
