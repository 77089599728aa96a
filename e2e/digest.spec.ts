import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { startFakeSmtp, type FakeSmtp, type ReceivedEmail } from "../tests/fake-smtp";
import { signUpAndSignIn } from "./helpers/auth";
import { runScript } from "./helpers/cli";
import { createPapers } from "./helpers/papers";

// The app's SMTP_URL points here (playwright.config.ts); one server for the file.
test.describe.configure({ mode: "serial" });
let smtp: FakeSmtp;
test.beforeAll(async () => {
  // moderation.spec.ts listens on the same port: whichever comes second waits for the other to finish.
  test.setTimeout(150_000);
  smtp = await startFakeSmtp(Number(process.env.E2E_SMTP_PORT ?? 3451), { waitForPortMs: 120_000 });
});
test.afterAll(() => smtp.close());

const uniqueEmail = () => `digest-${randomBytes(4).toString("hex")}@example.com`;
/** "January 15, 2000", as digests name a day. */
const dayLabel = (day: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

async function mailTo(address: string, subject: RegExp): Promise<ReceivedEmail> {
  await expect
    .poll(() => smtp.messages.filter((m) => m.to.includes(address) && subject.test(m.subject)).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  return smtp.messages.find((m) => m.to.includes(address) && subject.test(m.subject))!;
}

async function confirmFromEmail(page: Page, address: string) {
  const confirmation = await mailTo(address, /^Confirm your Papershelf digest$/);
  const link = /http:\/\/localhost:\d+\/subscribe\/confirm\?token=[A-Za-z0-9_-]{43}&frequency=(daily|weekly)/.exec(confirmation.text)?.[0];
  expect(link, confirmation.text).toBeTruthy();
  expect(confirmation.html).toContain(link!.replace("&", "&amp;"));
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your digest" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You are subscribed" })).toBeVisible();
}

const digest = (...args: string[]) => runScript("digest", args, { SMTP_URL: smtp.url });

test.describe("the email digest", () => {
  test("anyone subscribes from the feed, confirms, gets the digest once, and leaves in one click", async ({ page, request }) => {
    // The day's papers, most upvoted first, are what the digest lists.
    const mine = await createPapers(3, (i) => ({ upvotes: [2, 9, 5][i] }));
    const expected = [1, 2, 0].map((i) => mine.papers[i]!);
    const address = uniqueEmail();
    await page.goto("/");
    const form = page.getByRole("form", { name: "Get trending papers in your email inbox" });
    await form.getByLabel("Email address").fill("not-an-email");
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(form.getByRole("status")).toHaveText("enter a valid email address, like ada@example.com");
    await form.getByLabel("Email address").fill(address);
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(form.getByRole("status")).toHaveText("Check your inbox: we sent you a link to confirm.");

    // Nothing is sent before confirmation.
    const early = await digest("--frequency", "daily", "--date", mine.day);
    expect(early.code, early.stderr).toBe(0);
    expect(smtp.messages.filter((m) => m.to.includes(address) && /^Trending/.test(m.subject))).toHaveLength(0);

    await confirmFromEmail(page, address);
    const run = await digest("--frequency", "daily", "--date", mine.day);
    expect(run.code, run.stderr).toBe(0);
    const message = await mailTo(address, new RegExp(`^Trending papers of ${dayLabel(mine.day)}$`));
    expect(message.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const oneClick = /^<(http:\/\/localhost:\d+\/api\/subscriptions\/unsubscribe\?token=[A-Za-z0-9_-]{43})>$/.exec(
      message.headers.get("list-unsubscribe") ?? "",
    )?.[1];
    expect(oneClick).toBeTruthy();
    expect(message.text).toMatch(new RegExp(`^1\\. ${expected[0]!.title}$`, "m"));
    const paperLinks = [...message.html.matchAll(/href="(http:\/\/localhost:\d+\/papers\/[^"]+)"/g)].map((m) => m[1]!);
    expect(paperLinks.map((link) => new URL(link).pathname)).toEqual(expected.map((p) => `/papers/${p.slug}`));
    expect((await request.get(paperLinks[0]!)).status()).toBe(200);
    expect(message.html).toContain(oneClick!.replace("/api/subscriptions/unsubscribe", "/unsubscribe"));

    // A re-run sends nothing twice.
    await digest("--frequency", "daily", "--date", mine.day);
    expect(smtp.messages.filter((m) => m.to.includes(address) && /^Trending/.test(m.subject))).toHaveLength(1);

    // One-click unsubscribe, as a mail client does it (RFC 8058): no cookies, no page. The next
    // day with papers sends nothing to this address.
    const unsubscribed = await request.post(oneClick!, { form: { "List-Unsubscribe": "One-Click" } });
    expect(unsubscribed.status()).toBe(200);
    const later = await createPapers(1);
    const after = await digest("--frequency", "daily", "--date", later.day);
    expect(after.stdout).toMatch(/sent \d+ messages? with 1 papers?/);
    expect(smtp.messages.filter((m) => m.to.includes(address) && /^Trending/.test(m.subject))).toHaveLength(1);
  });

  test("answers the same whether or not an address is subscribed", async ({ request }) => {
    const known = uniqueEmail();
    const answers = [];
    for (const email of [known, known, uniqueEmail()]) {
      const response = await request.post("/api/subscriptions", { data: { email, frequency: "weekly" } });
      answers.push([response.status(), await response.json()]);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual([202, { message: "Check your inbox: we sent you a link to confirm." }]);
    const bad = await request.post("/api/subscriptions", { data: { email: "x@", frequency: "hourly" } });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ error: "email: enter a valid email address, like ada@example.com" });
    const foreign = await request.post("/api/subscriptions", {
      data: { email: uniqueEmail() },
      headers: { Origin: "https://evil.example" },
    });
    expect(foreign.status()).toBe(403);
  });

  test("the unsubscribe link in the footer asks once, then unsubscribes", async ({ page }) => {
    const mine = await createPapers(2);
    const address = uniqueEmail();
    await page.request.post("/api/subscriptions", { data: { email: address, frequency: "weekly" } });
    await confirmFromEmail(page, address);
    const run = await digest("--frequency", "weekly", "--date", mine.day);
    expect(run.code, run.stderr).toBe(0);
    const message = await mailTo(address, new RegExp(`^Trending papers of Week \\d+, ${mine.day.slice(0, 4)} `));
    expect(message.text).toContain(mine.papers[0]!.title);
    const footer = /http:\/\/localhost:\d+\/unsubscribe\?token=[A-Za-z0-9_-]{43}/.exec(message.text)?.[0];
    await page.goto(footer!);
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You are unsubscribed" })).toBeVisible();
  });

  test("a signed-in reader subscribes and manages the digest in settings", async ({ page }) => {
    const user = await signUpAndSignIn(page);
    // A subscription belongs to an account only for its verified address: confirm it from the sign-up email.
    const verification = await mailTo(user.email, /^Confirm your Papershelf email address$/);
    await page.goto(/http:\/\/localhost:\d+\/verify-email\?token=[A-Za-z0-9_-]{43}/.exec(verification.text)![0]);
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your email address is confirmed" })).toBeVisible();
    await page.goto("/settings");
    const section = page.getByRole("region", { name: "Email digest" });
    await expect(section.getByLabel("Email address")).toHaveValue(user.email);
    await section.getByRole("button", { name: "Subscribe" }).click();
    await expect(section.getByRole("status")).toHaveText("Check your inbox: we sent you a link to confirm.");
    await confirmFromEmail(page, user.email);

    await page.goto("/settings");
    await expect(section).toContainText(`You get the daily digest at ${user.email}`);
    // The radios are server-rendered; a click only sticks once React has hydrated them.
    await expect(() => section.getByRole("radio", { name: "Weekly" }).check({ timeout: 1000 })).toPass();
    await expect(section).toContainText("You get the weekly digest");
    await page.reload();
    await expect(section.getByRole("radio", { name: "Weekly" })).toBeChecked();
    await section.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(section.getByRole("button", { name: "Subscribe" })).toBeVisible();
  });
});
