import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { OAuth2Server } from "oauth2-mock-server";

// A real OpenID Connect provider on the port the web server's AUTH_HUGGINGFACE_ISSUER names
// (see playwright.config.ts): discovery, PKCE, signed ID tokens, all checked by Auth.js.
const issuerPort = Number(process.env.E2E_PORT ?? 3210) + 2;
let provider: OAuth2Server;

test.beforeAll(async () => {
  provider = new OAuth2Server();
  await provider.issuer.keys.generate("RS256");
  await provider.start(issuerPort, "localhost");
  provider.issuer.url = `http://localhost:${issuerPort}`;
});

test.afterAll(async () => {
  await provider?.stop();
});

test("signs in through an OpenID Connect provider and back, twice into the same account", async ({ page }) => {
  const tag = randomBytes(4).toString("hex");
  const claims = { sub: `hf-${tag}`, email: `oidc-${tag}@example.com`, name: `Oidc Person ${tag}`, preferred_username: `oidc_${tag}` };
  provider.service.on("beforeTokenSigning", (token) => Object.assign(token.payload, claims));

  for (let round = 0; round < 2; round++) {
    await page.goto("/signin?callbackUrl=%2Fabout");
    await page.getByRole("button", { name: "Continue with Hugging Face" }).click();
    await expect(page).toHaveURL(/\/about$/);
    const menu = page.getByRole("button", { name: `Account menu for ${claims.name}` });
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
  await expect(page.getByRole("heading", { level: 1, name: claims.name })).toBeVisible();
});
