import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { measureSidewaysOverflow } from "./helpers/sideways-overflow";

const token = "A".repeat(43);

async function expectNoViolations(page: Page, path: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path} ${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
  }
}

test.describe("accessibility of import and digest pages", () => {
  for (const path of [
    "/?category=q-bio.NC",
    `/subscribe/confirm?token=${token}&frequency=weekly`,
    "/subscribe/confirm?confirmed=daily",
    `/unsubscribe?token=${token}`,
    "/unsubscribe?done=1",
  ]) {
    test(`${path} has no detectable violations`, async ({ page }) => {
      await expectNoViolations(page, path);
    });
  }

  for (const path of ["/submit", "/settings"]) {
    test(`${path}, signed in, has no detectable violations`, async ({ page }) => {
      await signUpAndSignIn(page);
      await expectNoViolations(page, path);
    });
  }

  test("the subscribe form works from the keyboard and fits a phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/");
    const form = page.getByRole("form", { name: "Get trending papers in your email inbox" });
    await form.getByLabel("Email address").focus();
    await page.keyboard.type("not-an-address");
    await page.keyboard.press("Enter");
    await expect(form.getByRole("status")).toHaveText("enter a valid email address, like ada@example.com");
    expect(await measureSidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});
