import { beforeEach, describe, expect, it } from "vitest";
import { confirmSubscription } from "@/lib/subscriptions/confirm-subscription";
import { getDigestSettings } from "@/lib/subscriptions/get-digest-settings";
import { requestSubscription } from "@/lib/subscriptions/request-subscription";
import { unsubscribe } from "@/lib/subscriptions/unsubscribe";
import { updateOwnSubscription } from "@/lib/subscriptions/update-own-subscription";
import { resetDb, testDb } from "@/tests/db";

const row = (email: string) => testDb().subscription.findUniqueOrThrow({ where: { email } });

beforeEach(() => resetDb());

describe("subscriptions", () => {
  it("goes from request to confirmed to unsubscribed and back, one row throughout", async () => {
    const first = await requestSubscription("ada@example.test", "weekly", null);
    expect(first).toMatchObject({ kind: "confirm", frequency: "weekly" });
    const firstToken = first.kind === "confirm" ? first.confirmToken : "";
    expect(await row("ada@example.test")).toMatchObject({ status: "PENDING", frequency: "WEEKLY", confirmToken: firstToken });

    // Asking again sends a new link; only the newest one works.
    const second = await requestSubscription("ada@example.test", "daily", null);
    const confirmToken = second.kind === "confirm" ? second.confirmToken : "";
    expect(confirmToken).not.toBe(firstToken);
    expect(await confirmSubscription(firstToken, "daily")).toBeNull();
    expect(await confirmSubscription(confirmToken, "daily")).toEqual({ email: "ada@example.test", frequency: "daily" });
    // Once: the link cannot be used again.
    expect(await confirmSubscription(confirmToken, "weekly")).toBeNull();
    const active = await row("ada@example.test");
    expect(active).toMatchObject({ status: "ACTIVE", frequency: "DAILY" });
    expect(active.confirmedAt).toBeInstanceOf(Date);

    expect(await unsubscribe(active.unsubscribeToken)).toBe(true);
    expect(await unsubscribe(active.unsubscribeToken)).toBe(true);
    expect((await row("ada@example.test")).status).toBe("UNSUBSCRIBED");
    // An old confirmation link does not subscribe someone who has left.
    expect(await confirmSubscription(confirmToken, "daily")).toBeNull();
    expect(await confirmSubscription(firstToken, "daily")).toBeNull();
    expect((await row("ada@example.test")).status).toBe("UNSUBSCRIBED");

    await requestSubscription("ada@example.test", "weekly", null);
    expect(await row("ada@example.test")).toMatchObject({ status: "PENDING", frequency: "WEEKLY" });
    expect(await testDb().subscription.count()).toBe(1);
  });

  it("leaves an active subscription alone, and tells only its owner, by email", async () => {
    const asked = await requestSubscription("ada@example.test", "daily", null);
    await confirmSubscription(asked.kind === "confirm" ? asked.confirmToken : "", "daily");
    const before = await row("ada@example.test");
    const stranger = await testDb().user.create({ data: { name: "Mallory", email: "mallory@example.test", emailVerified: new Date() } });
    expect(await requestSubscription("ada@example.test", "weekly", stranger.id)).toEqual({
      kind: "already-active",
      unsubscribeToken: before.unsubscribeToken,
      frequency: "daily",
    });
    expect(await row("ada@example.test")).toMatchObject({
      status: "ACTIVE",
      frequency: "DAILY",
      userId: null,
      confirmToken: before.confirmToken,
    });
    expect((await getDigestSettings(stranger.id)).subscription).toBeNull();
  });

  it("links a subscription only to a signed-in person whose verified email it is", async () => {
    const unverified = await testDb().user.create({ data: { name: "Eve", email: "eve@example.test" } });
    const verified = await testDb().user.create({ data: { name: "Ada", email: "Ada@Example.test", emailVerified: new Date() } });
    // Someone else's address, while signed in: not linked, so Settings cannot show its state.
    await requestSubscription("grace@example.test", "daily", verified.id);
    expect((await row("grace@example.test")).userId).toBeNull();
    // One's own address, but never verified: not linked either.
    await requestSubscription("eve@example.test", "daily", unverified.id);
    expect((await row("eve@example.test")).userId).toBeNull();
    // One's own verified address (whatever its case): linked.
    await requestSubscription("ada@example.test", "daily", verified.id);
    expect((await row("ada@example.test")).userId).toBe(verified.id);
  });

  it("refuses a confirmation link more than two days old", async () => {
    const asked = await requestSubscription("ada@example.test", "daily", null);
    await testDb().$executeRaw`UPDATE "Subscription" SET "confirmRequestedAt" = "confirmRequestedAt" - interval '49 hours'`;
    expect(await confirmSubscription(asked.kind === "confirm" ? asked.confirmToken : "", "daily")).toBeNull();
    expect((await row("ada@example.test")).status).toBe("PENDING");
    // Asking again gives a link that works.
    const again = await requestSubscription("ada@example.test", "daily", null);
    expect(await confirmSubscription(again.kind === "confirm" ? again.confirmToken : "", "daily")).not.toBeNull();
  });

  it("rejects unknown tokens", async () => {
    expect(await confirmSubscription("x".repeat(43), "daily")).toBeNull();
    expect(await unsubscribe("x".repeat(43))).toBe(false);
  });

  it("lets an account manage only the subscription it asked for", async () => {
    const ada = await testDb().user.create({ data: { name: "Ada", email: "ada@example.test", emailVerified: new Date() } });
    const grace = await testDb().user.create({ data: { name: "Grace", email: "grace@example.test", emailVerified: new Date() } });
    const asked = await requestSubscription("ada@example.test", "daily", ada.id);
    const confirmToken = asked.kind === "confirm" ? asked.confirmToken : "";
    expect(await getDigestSettings(ada.id)).toEqual({
      accountEmail: "ada@example.test",
      subscription: { email: "ada@example.test", frequency: "daily", status: "PENDING" },
    });
    await confirmSubscription(confirmToken, "daily");

    expect(await updateOwnSubscription(grace.id, { unsubscribe: true })).toBe(false);
    expect(await updateOwnSubscription(ada.id, { frequency: "weekly" })).toBe(true);
    expect(await row("ada@example.test")).toMatchObject({ status: "ACTIVE", frequency: "WEEKLY" });
    expect(await updateOwnSubscription(ada.id, { unsubscribe: true })).toBe(true);
    expect((await row("ada@example.test")).status).toBe("UNSUBSCRIBED");
    expect(await updateOwnSubscription(ada.id, { frequency: "daily" })).toBe(false);
  });
});
