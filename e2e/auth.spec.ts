import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signUp, signUpAndSignIn, uniqueUser } from "./helpers/auth";
import { createPapers } from "./helpers/papers";

const accountMenu = (page: Page, name: string) => page.getByRole("button", { name: `Account menu for ${name}` });

test.describe("accounts", () => {
  test("signs up with the form, returns where it started, and signs out", async ({ page }) => {
    const user = uniqueUser();
    await page.goto("/?sort=top");
    await page.getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F%3Fsort%3Dtop$/);
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("Display name").fill(user.name);
    await page.getByLabel("Username").fill(user.username);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/\?sort=top$/);
    await accountMenu(page, user.name).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(accountMenu(page, user.name)).toHaveCount(0);
  });

  test("explains invalid sign-up fields next to them", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Display name").fill("Ada");
    await page.getByLabel("Username").fill("a!");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#main").getByRole("alert")).toHaveText("Please fix the highlighted fields.");
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Must be at least 8 characters")).toBeVisible();
    await expect(page.getByText("Must be an email address")).toBeVisible();
    await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
  });

  test("signs in with the form; the menu works from the keyboard", async ({ page }) => {
    const user = uniqueUser();
    await signUp(page, user);
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email.toUpperCase());
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const menuButton = accountMenu(page, user.name);
    await expect(menuButton).toBeVisible();
    await expect(page).toHaveURL(/\/$/);

    await menuButton.focus();
    await page.keyboard.press("Enter");
    await expect(menuButton).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("menuitem", { name: "Your profile" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menuitem", { name: "Collections" })).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toHaveCount(0);
    await expect(menuButton).toBeFocused();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");

    await page.keyboard.press("Enter");
    await page.getByRole("menuitem", { name: "Your profile" }).press("Enter");
    await expect(page).toHaveURL(new RegExp(`/u/${user.username}$`));
    await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
    await expect(page.getByText(/Joined/)).toBeVisible();
  });

  test("a wrong password and an unknown email get the same answer", async ({ page }) => {
    const user = uniqueUser();
    await signUp(page, user);
    await page.goto("/signin");
    for (const [email, password] of [
      [user.email, "not the password"],
      [uniqueUser().email, user.password],
    ]) {
      await page.getByLabel("Email").fill(email!);
      await page.getByLabel("Password").fill(password!);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator("#main").getByRole("alert")).toHaveText("Wrong email or password.");
    }
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("the header has the same size signed out, loading and signed in", async ({ page }) => {
    await page.goto("/");
    const slot = page.getByRole("navigation", { name: "Main" });
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    const signedOut = await slot.boundingBox();
    const user = await signUpAndSignIn(page);
    await page.goto("/");
    await expect(accountMenu(page, user.name)).toBeVisible();
    expect(await slot.boundingBox()).toEqual(signedOut);
  });

  // Check the page itself, not the loading skeleton streamed before it.
  async function violations(page: Page) {
    await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
    return (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.help}`);
  }

  test("sign-in and sign-up have no detectable accessibility violations", async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of ["/signin", "/signup"]) {
        await page.goto(path);
        expect(await violations(page), `${path} ${colorScheme}`).toEqual([]);
      }
    }
  });

  test("a profile with the account menu open has no detectable accessibility violations", async ({ page }) => {
    const {
      papers: [paper],
    } = await createPapers(1);
    const user = await signUpAndSignIn(page);
    expect((await page.request.put(`/api/papers/${paper!.id}/vote`)).status()).toBe(200);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/u/${user.username}`);
      await expect(page.getByRole("button", { name: "Upvote" })).toHaveAttribute("aria-pressed", "true");
      await accountMenu(page, user.name).click();
      await expect(page.getByRole("menu")).toBeVisible();
      expect(await violations(page), `profile ${colorScheme}`).toEqual([]);
    }
  });

  test("unknown profiles are 404", async ({ page }) => {
    const response = await page.goto("/u/nobody-has-this-name-42");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Profile not found" })).toBeVisible();
  });
});

test.describe("sign-up and sign-in API", () => {
  test("answers 400 with a message for bad fields and 409 for a taken username", async ({ request }) => {
    const user = uniqueUser();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...user, password: "1234567" }, 400, "password: must be at least 8 characters"],
      [{ ...user, email: "nope" }, 400, "email: must be an email address"],
      [{ ...user, username: "no spaces" }, 400, "username: may use only letters, digits, - and _, starting with a letter or digit"],
      [{ ...user, name: "" }, 400, "name: is required"],
      [{ email: user.email }, 400, "password: is required"],
    ];
    for (const [body, status, error] of cases) {
      const response = await request.post("/api/auth/signup", { data: body });
      expect(response.status()).toBe(status);
      expect(await response.json()).toEqual({ error });
    }
    const bad = await request.post("/api/auth/signup", { data: "{not json", headers: { "Content-Type": "application/json" } });
    expect(bad.status()).toBe(400);

    await signUp(request, user);
    const taken = await request.post("/api/auth/signup", { data: { ...uniqueUser(), username: user.username } });
    expect(taken.status()).toBe(409);
    expect(await taken.json()).toEqual({ error: "username: is taken; choose another" });
  });

  test("a registered email gets the same answer as a new one, and its account is untouched", async ({ request }) => {
    const user = uniqueUser();
    await signUp(request, user);
    const again = await request.post("/api/auth/signup", {
      data: { ...uniqueUser(), email: user.email, password: "a different password" },
    });
    expect(again.status()).toBe(201);
    expect(await again.json()).toEqual({ ok: true });
    await signIn(request, user);
    const me = (await (await request.get("/api/me")).json()) as { user: { username: string } };
    expect(me.user.username).toBe(user.username);
  });

  test("refuses cross-site sign-ups", async ({ request }) => {
    const response = await request.post("/api/auth/signup", { data: uniqueUser(), headers: { Origin: "https://evil.example" } });
    expect(response.status()).toBe(403);
  });

  test("the sign-in form's own route refuses other sites and counts guesses with Auth.js's", async ({ request }) => {
    const user = uniqueUser();
    await signUp(request, user);
    const address = { "X-Forwarded-For": "10.9.0.2" };
    const viaForm = (password: string, headers: Record<string, string> = {}) =>
      request.post("/api/auth/password-sign-in", {
        form: { email: user.email, password },
        headers: { ...address, ...headers },
        maxRedirects: 0,
      });
    expect((await viaForm(user.password, { Origin: "https://evil.example" })).status()).toBe(403);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await request.post("/api/auth/callback/credentials", {
        form: { email: user.email, password: `guess ${attempt}`, csrfToken },
        headers: { "X-Auth-Return-Redirect": "1", ...address },
      });
      statuses.push(response.status());
    }
    const wrong = await viaForm("another guess");
    statuses.push(wrong.status());
    expect(wrong.headers()["location"]).toMatch(/^\/signin\?callbackUrl=%2F&error=CredentialsSignin$/);
    for (const password of ["a guess too many", user.password]) statuses.push((await viaForm(password)).status());
    // Five wrong guesses through either door, then even the right password waits.
    expect(statuses).toEqual([200, 200, 200, 303, 303, 429]);
  });

  test("limits password guesses per account and address: five, then 429 with Retry-After", async ({ request }) => {
    const user = uniqueUser();
    await signUp(request, user);
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let attempt = 0; attempt < 7; attempt++) {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await request.post("/api/auth/callback/credentials", {
        form: { email: user.email, password: `guess ${attempt}`, csrfToken },
        headers: { "X-Auth-Return-Redirect": "1", "X-Forwarded-For": "10.9.0.1" },
      });
      statuses.push(response.status());
      retryAfter = response.headers()["retry-after"];
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
  });
});
