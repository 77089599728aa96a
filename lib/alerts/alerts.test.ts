import { beforeEach, describe, expect, it } from "vitest";
import { createAlert, MAX_ALERTS_PER_PERSON } from "@/lib/alerts/create-alert";
import { deleteAlert } from "@/lib/alerts/delete-alert";
import { drainAlertMatching } from "@/lib/alerts/drain-alert-matching";
import { getAlertFeed } from "@/lib/alerts/get-alert-feed";
import { listAlerts } from "@/lib/alerts/list-alerts";
import { matchNewPapers } from "@/lib/alerts/match-new-papers";
import { queueAlertMatching } from "@/lib/alerts/queue-alert-matching";
import { revokeAlertToken } from "@/lib/alerts/revoke-alert-token";
import type { ImportedPaper } from "@/lib/import/imported-paper";
import { saveImportedPapers } from "@/lib/import/save-imported-papers";
import { countUnreadInbox } from "@/lib/inbox/count-unread-inbox";
import { listInbox } from "@/lib/inbox/list-inbox";
import type { PaperInboxEntry } from "@/lib/api/alerts-schemas";
import { markInboxRead } from "@/lib/inbox/mark-inbox-read";
import { createAlertSchema, type CreateAlertInput } from "@/lib/validations/alert";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";

let arxivCounter = 0;
function imported(overrides: Partial<ImportedPaper>): ImportedPaper {
  arxivCounter += 1;
  const listedAt = new Date(Date.UTC(2026, 10, 1, 0, arxivCounter));
  return {
    arxivId: `2611.${String(10000 + arxivCounter)}`,
    title: `Unrelated paper ${arxivCounter}`,
    abstract: "Nothing to see.",
    authors: ["Somebody Else"],
    publishedAt: listedAt,
    sourceUpdatedAt: null,
    listedAt,
    listedAtIsListing: false,
    url: null,
    pdfUrl: null,
    primaryCategory: null,
    categories: ["math.CO"],
    upvotes: 0,
    ...overrides,
  };
}

async function follow(userId: string, input: Record<string, unknown>) {
  const result = await createAlert(testDb(), userId, createAlertSchema.parse(input));
  if (result.status !== "ok") throw new Error(`could not follow: ${result.status}`);
  return result.alert;
}

/** The papers of a person's inbox (its first page, which holds them all here). */
const matchedPapers = async (userId: string) =>
  (await listInbox(testDb(), userId)).entries.filter((entry): entry is PaperInboxEntry => entry.kind === "paper");

const inboxTitles = async (userId: string) => (await matchedPapers(userId)).map((entry) => entry.paper.title).sort();

beforeEach(async () => {
  await resetDb();
  // Not a foreign key of Paper's (see schema.prisma), so emptying papers leaves it.
  await testDb().$executeRaw`TRUNCATE "AlertMatchQueue"`;
});

describe("matching new papers", () => {
  it("puts a saved search's, a category's and an author's new papers in their follower's inbox, once", async () => {
    const [ada, bob] = await createTestUsers(2, "alerts");
    const search = await follow(ada!, { kind: "search", q: "diffusion transformer " });
    const category = await follow(ada!, { kind: "category", category: "cs.CV" });
    const author = await follow(ada!, { kind: "author", name: "  Grace Hopper " });
    await follow(bob!, { kind: "search", q: "quantum error correction " });
    // Already there before the import: an alert matches papers that arrive, not the back catalogue.
    await createTestPaper({ title: "Old diffusion transformers", categories: ["cs.CV"] });

    const papers = [
      imported({ title: "Scalable Diffusion Models with Transformers", categories: ["cs.LG"] }),
      imported({ title: "Segmenting anything", categories: ["cs.LG", "cs.CV"] }),
      imported({ title: "Compilers for everyone", authors: ["GRACE HOPPER", "Ada Lovelace"] }),
      imported({ title: "Quantum error correction below threshold" }),
      // "diffusion" alone is not the search (both words must match), and cs.CVX is not cs.CV.
      imported({ title: "Diffusion of innovations", categories: ["cs.CVX"] }),
    ];
    await saveImportedPapers(testDb(), papers);

    expect(await inboxTitles(ada!)).toEqual([
      "Compilers for everyone",
      "Scalable Diffusion Models with Transformers",
      "Segmenting anything",
    ]);
    expect(await inboxTitles(bob!)).toEqual(["Quantum error correction below threshold"]);
    const entries = await matchedPapers(ada!);
    const alertsOf = (title: string) => entries.find((e) => e.paper.title === title)!.alerts.map((a) => a.id);
    expect(alertsOf("Scalable Diffusion Models with Transformers")).toEqual([search.id]);
    expect(alertsOf("Segmenting anything")).toEqual([category.id]);
    expect(alertsOf("Compilers for everyone")).toEqual([author.id]);

    // Importing the same papers again, or matching them again, adds nothing.
    await saveImportedPapers(testDb(), papers);
    const ids = (await testDb().paper.findMany({ where: { arxivId: { not: null } }, select: { id: true } })).map((p) => p.id);
    expect(await testDb().$transaction((tx) => matchNewPapers(tx, ids))).toBe(0);
    expect(await testDb().inboxItem.count()).toBe(4);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(3);
  });

  it("counts a paper once when two alerts match it, and honours a search's Has code filter", async () => {
    const [ada] = await createTestUsers(1, "alerts");
    await follow(ada!, { kind: "category", category: "cs.CL" });
    await follow(ada!, { kind: "search", q: "tokenizer ", has_code: true });
    await saveImportedPapers(testDb(), [
      imported({
        title: "A tokenizer with code",
        categories: ["cs.CL"],
        code: { url: "https://github.com/x/y", stars: 1, from: "listing" },
      }),
      imported({ title: "A tokenizer without code" }),
    ]);
    const entries = await matchedPapers(ada!);
    expect(entries.map((e) => [e.paper.title, e.alerts.length])).toEqual([["A tokenizer with code", 2]]);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(1);
  });

  it("matches concurrent imports exactly once", async () => {
    const [ada] = await createTestUsers(1, "alerts");
    await follow(ada!, { kind: "category", category: "cs.AI" });
    const papers = Array.from({ length: 20 }, (_, i) => imported({ title: `Agents ${i}`, categories: ["cs.AI"] }));
    await Promise.all(Array.from({ length: 4 }, () => saveImportedPapers(testDb(), papers)));
    expect(await testDb().inboxItem.count({ where: { userId: ada! } })).toBe(20);
  });
});

describe("the matching queue", () => {
  it("matches papers that a process queued but did not match (it died) exactly once, with drains racing", async () => {
    const [ada] = await createTestUsers(1, "alerts");
    await follow(ada!, { kind: "category", category: "cs.NE" });
    const papers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => createTestPaper({ title: `Neurons ${i}`, categories: ["cs.NE"] })),
    );
    await testDb().$transaction((tx) =>
      queueAlertMatching(
        tx,
        papers.map((p) => p.id),
      ),
    );
    expect(await countUnreadInbox(testDb(), ada!)).toBe(0);

    const runs = await Promise.all(Array.from({ length: 3 }, () => drainAlertMatching(testDb())));
    expect(runs.reduce((sum, run) => sum + run.papers, 0)).toBe(30);
    expect(runs.reduce((sum, run) => sum + run.items, 0)).toBe(30);
    expect(await testDb().inboxItem.count()).toBe(30);
    expect(await testDb().alertMatchQueue.count()).toBe(0);
    expect(await drainAlertMatching(testDb())).toEqual({ papers: 0, items: 0 });
  });

  it("leaves nothing queued after an import, and queues nothing for papers it only updated", async () => {
    const [ada] = await createTestUsers(1, "alerts");
    await follow(ada!, { kind: "category", category: "cs.NE" });
    const paper = imported({ title: "Spiking", categories: ["cs.NE"] });
    await saveImportedPapers(testDb(), [paper]);
    await saveImportedPapers(testDb(), [{ ...paper, title: "Spiking, revised" }]);
    expect(await testDb().alertMatchQueue.count()).toBe(0);
    expect(await testDb().inboxItem.count()).toBe(1);
  });
});

describe("privacy", () => {
  it("never shows one person's alerts or matches to another, in the inbox, the feeds or the writes", async () => {
    const [ada, bob] = await createTestUsers(2, "alerts");
    const adas = await follow(ada!, { kind: "search", q: "secret topic " });
    const bobs = await follow(bob!, { kind: "category", category: "cs.RO" });
    // A paper in Bob's private collection is not matched because of it: only alerts bring papers in.
    const kept = await createTestPaper({ title: "Kept privately" });
    const collection = await testDb().collection.create({ data: { ownerId: bob!, title: "Private" } });
    await testDb().collectionItem.create({ data: { collectionId: collection.id, paperId: kept.id, position: 1 } });
    await saveImportedPapers(testDb(), [imported({ title: "A secret topic" }), imported({ title: "Robots", categories: ["cs.RO"] })]);

    expect(await inboxTitles(ada!)).toEqual(["A secret topic"]);
    expect(await inboxTitles(bob!)).toEqual(["Robots"]);
    expect((await getAlertFeed(testDb(), adas.feedToken))!.papers.map((p) => p.title)).toEqual(["A secret topic"]);
    expect((await listAlerts(testDb(), bob!)).map((a) => a.id)).toEqual([bobs.id]);

    // Bob cannot delete, revoke or mark Ada's.
    expect(await deleteAlert(testDb(), bob!, adas.id)).toBe(false);
    expect(await revokeAlertToken(testDb(), bob!, adas.id)).toBeNull();
    const adaPaper = (await matchedPapers(ada!))[0]!.paper.id;
    expect(await markInboxRead(testDb(), bob!, { paperIds: [adaPaper], read: true })).toBe(0);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(1);
    expect(await getAlertFeed(testDb(), adas.feedToken)).not.toBeNull();
  });

  it("revoking a feed's token gives a new address and the old one finds nothing", async () => {
    const [ada] = await createTestUsers(1, "alerts");
    const alert = await follow(ada!, { kind: "author", name: "Ada Lovelace" });
    const revoked = await revokeAlertToken(testDb(), ada!, alert.id);
    expect(revoked!.feedToken).not.toBe(alert.feedToken);
    expect(revoked!.feedToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await getAlertFeed(testDb(), alert.feedToken)).toBeNull();
    expect((await getAlertFeed(testDb(), revoked!.feedToken))!.alert.id).toBe(alert.id);
  });
});

describe("the inbox", () => {
  it("marks papers read and unread, one at a time or all", async () => {
    const [ada] = await createTestUsers(1, "alerts");
    await follow(ada!, { kind: "category", category: "cs.DB" });
    await saveImportedPapers(
      testDb(),
      [1, 2, 3].map((i) => imported({ title: `Databases ${i}`, categories: ["cs.DB"] })),
    );
    const [first] = await matchedPapers(ada!);
    expect(await markInboxRead(testDb(), ada!, { paperIds: [first!.paper.id], read: true })).toBe(1);
    expect(await markInboxRead(testDb(), ada!, { paperIds: [first!.paper.id], read: true })).toBe(0);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(2);
    expect((await matchedPapers(ada!)).map((e) => e.read)).toEqual([true, false, false]);
    expect(await markInboxRead(testDb(), ada!, { all: true, read: true })).toBe(2);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(0);
    expect(await markInboxRead(testDb(), ada!, { paperIds: [first!.paper.id], read: false })).toBe(1);
    expect(await countUnreadInbox(testDb(), ada!)).toBe(1);
  });
});

describe("following", () => {
  it("validates what is followed like the search page does", () => {
    const issues = (input: unknown) => createAlertSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues({ kind: "search", q: "-excluded -only" })).toEqual(["q: enter at least one word to look for (not only -excluded words)"]);
    expect(issues({ kind: "search", q: "" })).toHaveLength(1);
    expect(issues({ kind: "search", q: "x".repeat(251) })).toEqual(["q: must be at most 250 characters"]);
    expect(issues({ kind: "category", category: "not a category" })).toEqual(["category: must be an arXiv category like cs.LG"]);
    expect(issues({ kind: "author", name: " \u0000 " })).toEqual(["name: enter an author's name"]);
    expect(issues({ kind: "journal" })).toHaveLength(1);
    expect(issues({ kind: "search", q: "mamba", extra: 1 })).toHaveLength(1);
  });

  it("refuses a search of only common words, and gives the same alert back when followed twice", async () => {
    const [ada] = await createTestUsers(1, "alerts");
    expect(await createAlert(testDb(), ada!, { kind: "search", q: "the of and ", has_code: false })).toEqual({
      status: "nothing-to-match",
    });
    const input: CreateAlertInput = { kind: "search", q: "state space models", has_code: false };
    const first = await createAlert(testDb(), ada!, input);
    const again = await createAlert(testDb(), ada!, input);
    expect(first).toMatchObject({ status: "ok", created: true });
    expect(again).toMatchObject({ status: "ok", created: false });
    if (first.status === "ok" && again.status === "ok") expect(again.alert.id).toBe(first.alert.id);
    // The stored tsquery is the search page's own, prefix of the last word included.
    expect((await testDb().alert.findFirstOrThrow({ where: { ownerId: ada! } })).tsquery).toBe(
      "'state' & 'space' & ( 'model':* | 'models':* )",
    );
  });

  it(`holds ${MAX_ALERTS_PER_PERSON} alerts per person, even when asked for many at once`, async () => {
    const [ada, bob] = await createTestUsers(2, "alerts");
    const results = await Promise.all(
      Array.from({ length: MAX_ALERTS_PER_PERSON + 10 }, (_, i) => createAlert(testDb(), ada!, { kind: "author", name: `Author ${i}` })),
    );
    expect(results.filter((r) => r.status === "ok")).toHaveLength(MAX_ALERTS_PER_PERSON);
    expect(results.filter((r) => r.status === "limit")).toHaveLength(10);
    expect(await testDb().alert.count({ where: { ownerId: ada! } })).toBe(MAX_ALERTS_PER_PERSON);
    // The limit is per person.
    expect(await createAlert(testDb(), bob!, { kind: "author", name: "Author 0" })).toMatchObject({ status: "ok", created: true });
  });
});
