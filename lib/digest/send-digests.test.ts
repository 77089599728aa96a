import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { sendDigests } from "@/lib/digest/send-digests";
import { createMailTransport } from "@/lib/mail/create-mail-transport";
import { parsePeriod } from "@/lib/periods";
import { subscriptionToken } from "@/lib/subscriptions/subscription-token";
import { startFakeSmtp, type FakeSmtp } from "@/tests/fake-smtp";
import { createTestPaper, resetDb, testDb } from "@/tests/db";

const APP = "https://papers.example";
const DAY = parsePeriod("date", "2025-10-29")!;
let smtp: FakeSmtp;
let daily: { id: string; email: string; unsubscribeToken: string }[] = [];

beforeAll(async () => {
  smtp = await startFakeSmtp();
});
afterAll(() => smtp.close());

async function subscribe(email: string, status: "ACTIVE" | "PENDING" | "UNSUBSCRIBED", frequency: "DAILY" | "WEEKLY" = "DAILY") {
  return testDb().subscription.create({
    data: { email, status, frequency, confirmToken: subscriptionToken(), unsubscribeToken: subscriptionToken() },
  });
}

beforeEach(async () => {
  await resetDb();
  smtp.messages.length = 0;
  smtp.onMessage(null);
  await createTestPaper({ title: "Quiet paper", upvotes: 1, listedAt: new Date("2025-10-29T10:00:00Z") });
  await createTestPaper({
    title: 'Loud <paper> & "friends"',
    upvotes: 9,
    listedAt: new Date("2025-10-29T01:00:00Z"),
    authors: ["Zoë Ångström"],
  });
  await createTestPaper({ title: "Yesterday's paper", upvotes: 50, listedAt: new Date("2025-10-28T23:59:59Z") });
  daily = [];
  for (let i = 0; i < 5; i++) daily.push(await subscribe(`reader${i}@example.test`, "ACTIVE"));
  await subscribe("weekly@example.test", "ACTIVE", "WEEKLY");
  await subscribe("pending@example.test", "PENDING");
  await subscribe("gone@example.test", "UNSUBSCRIBED");
});

const run = (transport = createMailTransport(smtp.url)) =>
  sendDigests(testDb(), transport, {
    frequency: "daily",
    period: DAY,
    appUrl: APP,
    from: "Papershelf <digest@papers.example>",
    batchSize: 2,
  }).finally(() => transport.close());

function recipients() {
  return smtp.messages.flatMap((m) => m.to).sort();
}
const expected = () => daily.map((s) => s.email).sort();

describe("sendDigests", () => {
  it("sends the period's top papers once to each confirmed subscriber, as HTML and text with one-click unsubscribe", async () => {
    const result = await run();
    expect(result).toEqual({ digestKey: "daily:2025-10-29", papers: 2, sent: 5, rejected: [] });
    expect(recipients()).toEqual(expected());

    const subscriber = daily[0]!;
    const message = smtp.messages.find((m) => m.to[0] === subscriber.email)!;
    expect(message.subject).toBe("Trending papers of October 29, 2025");
    expect(message.headers.get("list-unsubscribe")).toBe(`<${APP}/api/subscriptions/unsubscribe?token=${subscriber.unsubscribeToken}>`);
    expect(message.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(message.headers.get("message-id")).toBe(`<daily.2025-10-29.${subscriber.id}@papers.example>`);
    expect(message.headers.get("from")).toBe("Papershelf <digest@papers.example>");

    // Most upvoted first; the day before is not part of this digest.
    expect(message.text.indexOf('Loud <paper> & "friends"')).toBeLessThan(message.text.indexOf("Quiet paper"));
    expect(message.text).not.toContain("Yesterday's paper");
    expect(message.text).toContain("Zoë Ångström · 9 upvotes");
    expect(message.text).toContain(`Unsubscribe: ${APP}/unsubscribe?token=${subscriber.unsubscribeToken}`);
    expect(message.html).toContain("Loud &lt;paper&gt; &amp; &quot;friends&quot;");
    expect(message.html).not.toContain("<paper>");
    const links = [...message.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links.filter((l) => l!.startsWith(`${APP}/papers/`))).toHaveLength(2);
    expect(links).toContain(`${APP}/unsubscribe?token=${subscriber.unsubscribeToken}`);
    expect(await testDb().digestDelivery.count({ where: { digestKey: "daily:2025-10-29" } })).toBe(5);
  });

  it("sends nothing the second time", async () => {
    await run();
    expect(await run()).toMatchObject({ sent: 0 });
    expect(smtp.messages).toHaveLength(5);
  });

  it("sends nothing for a period without papers", async () => {
    expect(
      await sendDigests(testDb(), createMailTransport(smtp.url), {
        frequency: "daily",
        period: parsePeriod("date", "2025-11-02")!,
        appUrl: APP,
        from: "x@papers.example",
      }),
    ).toMatchObject({ papers: 0, sent: 0 });
    expect(smtp.messages).toHaveLength(0);
  });

  it("resumes after the mail server fails mid-run, and nobody gets it twice", async () => {
    smtp.onMessage((_email, index) => (index === 2 ? { code: 421, message: "Service not available, try later" } : "accept"));
    await expect(run()).rejects.toThrow(/421/);
    expect(smtp.messages).toHaveLength(2);
    smtp.onMessage(null);
    expect(await run()).toMatchObject({ sent: 3 });
    expect(recipients()).toEqual(expected());
  });

  it("skips an address the server refuses, and tries only that one again later", async () => {
    smtp.onMessage((email) => (email.to[0] === "reader3@example.test" ? { code: 550, message: "No such user" } : "accept"));
    expect(await run()).toMatchObject({ sent: 4, rejected: ["reader3@example.test"] });
    smtp.onMessage(null);
    expect(await run()).toMatchObject({ sent: 1, rejected: [] });
    expect(recipients()).toEqual(expected());
  });

  it("sends once when two runs race", async () => {
    const results = await Promise.all([run(), run(), run()]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(5);
    expect(recipients()).toEqual(expected());
  });

  it("survives the process being killed mid-send: a re-run sends exactly the rest", async () => {
    let release: (decision: { code: number; message: string }) => void = () => {};
    const held = new Promise<{ code: number; message: string }>((resolve) => (release = resolve));
    let atHeld: () => void = () => {};
    const reachedHeld = new Promise<void>((resolve) => (atHeld = resolve));
    smtp.onMessage((_email, index) => {
      if (index !== 3) return "accept";
      atHeld();
      return held;
    });
    const env = {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      SMTP_URL: smtp.url,
      APP_URL: APP,
      MAIL_FROM: "digest@papers.example",
    };
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/digest.ts", "--frequency", "daily", "--date", "2025-10-29"], {
      env,
      stdio: "ignore",
    });
    await reachedHeld;
    // Killed while the fourth message is in flight: its delivery is claimed but not marked sent.
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    release({ code: 451, message: "Aborted" });
    expect(smtp.messages).toHaveLength(3);
    expect(await testDb().digestDelivery.count({ where: { sentAt: null } })).toBe(1);
    // The dead run's claim is still fresh: a re-run now leaves it alone (it might still be sending)...
    smtp.onMessage(null);
    const early = spawn(process.execPath, ["--import", "tsx", "scripts/digest.ts", "--frequency", "daily", "--date", "2025-10-29"], {
      env,
      stdio: "ignore",
    });
    expect(await new Promise((resolve) => early.once("exit", resolve))).toBe(0);
    expect(smtp.messages).toHaveLength(4);
    // ...and takes it over once its lease has passed (here: moved back in time).
    await testDb().$executeRaw`UPDATE "DigestDelivery" SET "claimedAt" = "claimedAt" - interval '1 hour' WHERE "sentAt" IS NULL`;

    const rerun = spawn(process.execPath, ["--import", "tsx", "scripts/digest.ts", "--frequency", "daily", "--date", "2025-10-29"], {
      env,
      stdio: "ignore",
    });
    expect(await new Promise((resolve) => rerun.once("exit", resolve))).toBe(0);
    expect(recipients()).toEqual(expected());
    expect(await testDb().digestDelivery.count({ where: { sentAt: { not: null } } })).toBe(5);
  });

  it("keeps no transaction open while the mail server is slow to answer", async () => {
    let release: () => void = () => {};
    const held = new Promise<"accept">((resolve) => (release = () => resolve("accept")));
    let atHeld: () => void = () => {};
    const reachedHeld = new Promise<void>((resolve) => (atHeld = resolve));
    smtp.onMessage((_email, index) => {
      if (index !== 1) return "accept";
      atHeld();
      return held;
    });
    const sending = run();
    await reachedHeld;
    // On the embedded database every connection shares one session: had the run held a
    // transaction across the SMTP exchange, this one would wait for it, and the run waits for us.
    const during = await testDb().$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Subscription" SET "frequency" = 'DAILY' WHERE "email" = 'pending@example.test'`;
      return tx.digestDelivery.count({ where: { sentAt: { not: null } } });
    });
    expect(during).toBe(1);
    release();
    expect(await sending).toMatchObject({ sent: 5 });
  });
});
