import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAlert } from "@/lib/alerts/create-alert";
import { sendDigests } from "@/lib/digest/send-digests";
import { createMailTransport } from "@/lib/mail/create-mail-transport";
import { parsePeriod } from "@/lib/periods";
import { subscriptionToken } from "@/lib/subscriptions/subscription-token";
import { startFakeSmtp, type FakeSmtp } from "@/tests/fake-smtp";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";

const APP = "https://papers.example";
const DAY = parsePeriod("date", "2025-10-29")!;
let smtp: FakeSmtp;

beforeAll(async () => {
  smtp = await startFakeSmtp();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await resetDb();
  smtp.messages.length = 0;
});

const run = (transport = createMailTransport(smtp.url)) =>
  sendDigests(testDb(), transport, { frequency: "daily", period: DAY, appUrl: APP, from: "digest@papers.example" }).finally(() =>
    transport.close(),
  );

async function subscribe(email: string, userId: string | null) {
  await testDb().subscription.create({
    data: { email, userId, status: "ACTIVE", frequency: "DAILY", confirmToken: subscriptionToken(), unsubscribeToken: subscriptionToken() },
  });
}

/** An inbox item as matching makes it, at a given time (matching itself is tested in lib/alerts/). */
async function match(userId: string, alertId: string, paperId: string, at: string) {
  await testDb().inboxItem.create({ data: { userId, alertId, paperId, createdAt: new Date(at) } });
}

describe("the digest and alerts", () => {
  it("lists what a subscriber's alerts matched during the period, only theirs, and still sends once", async () => {
    const [ada, bob] = await createTestUsers(2, "digest-alerts");
    await createTestPaper({ title: "Trending today", upvotes: 5, listedAt: new Date("2025-10-29T08:00:00Z") });
    const inPeriod = await createTestPaper({ title: "Matched in the period", listedAt: new Date("2020-01-01T00:00:00Z") });
    const before = await createTestPaper({ title: "Matched the day before", listedAt: new Date("2020-01-01T00:00:00Z") });
    const bobs = await createTestPaper({ title: "Bob's match", listedAt: new Date("2020-01-01T00:00:00Z") });
    const adaAlert = await createAlert(testDb(), ada!, { kind: "category", category: "cs.LG" });
    const bobAlert = await createAlert(testDb(), bob!, { kind: "author", name: "Grace Hopper" });
    if (adaAlert.status !== "ok" || bobAlert.status !== "ok") throw new Error("alerts not made");
    await match(ada!, adaAlert.alert.id, inPeriod.id, "2025-10-29T12:00:00Z");
    await match(ada!, adaAlert.alert.id, before.id, "2025-10-28T23:59:00Z");
    await match(bob!, bobAlert.alert.id, bobs.id, "2025-10-29T12:00:00Z");
    await subscribe("ada@example.test", ada!);
    await subscribe("anonymous@example.test", null);

    expect(await run()).toMatchObject({ sent: 2 });
    expect(await run()).toMatchObject({ sent: 0 });
    expect(smtp.messages).toHaveLength(2);

    const adaMail = smtp.messages.find((m) => m.to[0] === "ada@example.test")!;
    expect(adaMail.text).toContain("From what you follow");
    expect(adaMail.text).toContain("* Matched in the period\n  Matched Category cs.LG\n");
    expect(adaMail.text).not.toContain("Matched the day before");
    expect(adaMail.text).not.toContain("Bob's match");
    expect(adaMail.text).toContain("Trending today");
    expect(adaMail.html).toContain(`<a href="${APP}/inbox"`);

    const anonymous = smtp.messages.find((m) => m.to[0] === "anonymous@example.test")!;
    expect(anonymous.text).not.toContain("From what you follow");
    expect(anonymous.text).toContain("Trending today");
  });
});
