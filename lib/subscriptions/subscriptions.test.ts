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
    const { confirmToken } = await requestSubscription("ada@example.test", "weekly", null);
    expect(await row("ada@example.test")).toMatchObject({ status: "PENDING", frequency: "WEEKLY", confirmToken });

    // Asking again keeps the token, so the first email's link still works.
    expect(await requestSubscription("ada@example.test", "daily", null)).toEqual({ confirmToken });
    expect(await confirmSubscription(confirmToken, "daily")).toEqual({ email: "ada@example.test", frequency: "daily" });
    const active = await row("ada@example.test");
    expect(active).toMatchObject({ status: "ACTIVE", frequency: "DAILY" });
    expect(active.confirmedAt).toBeInstanceOf(Date);

    expect(await unsubscribe(active.unsubscribeToken)).toBe(true);
    expect(await unsubscribe(active.unsubscribeToken)).toBe(true);
    expect((await row("ada@example.test")).status).toBe("UNSUBSCRIBED");

    await requestSubscription("ada@example.test", "weekly", null);
    expect(await row("ada@example.test")).toMatchObject({ status: "PENDING", frequency: "WEEKLY" });
    expect(await testDb().subscription.count()).toBe(1);
  });

  it("leaves an active subscription alone until its owner follows the emailed link", async () => {
    const { confirmToken } = await requestSubscription("ada@example.test", "daily", null);
    await confirmSubscription(confirmToken, "daily");
    const stranger = await testDb().user.create({ data: { name: "Mallory", email: "ada@example.test-not" } });
    expect(await requestSubscription("ada@example.test", "weekly", stranger.id)).toEqual({ confirmToken });
    expect(await row("ada@example.test")).toMatchObject({ status: "ACTIVE", frequency: "DAILY", userId: null });
    expect((await getDigestSettings(stranger.id)).subscription).toBeNull();
    // The link can switch the frequency.
    await confirmSubscription(confirmToken, "weekly");
    expect((await row("ada@example.test")).frequency).toBe("WEEKLY");
  });

  it("creates one row for simultaneous requests", async () => {
    const tokens = await Promise.all(Array.from({ length: 5 }, () => requestSubscription("same@example.test", "daily", null)));
    expect(new Set(tokens.map((t) => t.confirmToken)).size).toBe(1);
    expect(await testDb().subscription.count()).toBe(1);
  });

  it("rejects unknown tokens", async () => {
    expect(await confirmSubscription("x".repeat(43), "daily")).toBeNull();
    expect(await unsubscribe("x".repeat(43))).toBe(false);
  });

  it("lets an account manage only the subscription it asked for", async () => {
    const ada = await testDb().user.create({ data: { name: "Ada", email: "ada@example.test" } });
    const grace = await testDb().user.create({ data: { name: "Grace", email: "grace@example.test" } });
    const { confirmToken } = await requestSubscription("ada@example.test", "daily", ada.id);
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
