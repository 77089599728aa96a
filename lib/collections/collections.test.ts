import { beforeEach, describe, expect, test, vi } from "vitest";

// More connections than the default, so saves really run side by side in the database.
vi.hoisted(() => {
  process.env.DATABASE_POOL_SIZE = "16";
});

import { addItem, moveItem, removeItem, setItemNote } from "@/lib/collections/items";
import { listMyCollections } from "@/lib/collections/lists";
import { getOwnedCollection, getPublicCollection, getSharedCollection } from "@/lib/collections/read";
import { savePaper, unsavePaper } from "@/lib/collections/saves";
import { shareCollection, stopSharing } from "@/lib/collections/sharing";
import { copyCollection, createCollection, deleteCollection, updateCollection } from "@/lib/collections/write";
import { COLLECTIONS_PER_PERSON_MAX, ITEMS_PER_COLLECTION_MAX } from "@/lib/validations/collection";
import { createTestPaper, createTestUsers, resetDb, testDb } from "@/tests/db";

const createUsers = (count: number) => createTestUsers(count, "reader");

async function createPapers(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await createTestPaper()).id);
  return ids;
}

/** Every collection's stored count next to its real number of rows. */
async function countsAndRows() {
  const collections = await testDb().collection.findMany({ select: { id: true, itemCount: true, _count: { select: { items: true } } } });
  return collections.map((c) => ({ id: c.id, stored: c.itemCount, rows: c._count.items }));
}

async function storedOrder(collectionId: string): Promise<string[]> {
  const items = await testDb().collectionItem.findMany({
    where: { collectionId },
    orderBy: [{ position: "asc" }, { addedAt: "asc" }, { id: "asc" }],
    select: { paperId: true },
  });
  return items.map((i) => i.paperId);
}

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

beforeEach(async () => {
  await resetDb();
});

describe("saving under concurrency", () => {
  test("the same paper saved 20 times at once gives one item, one Reading list and no error", async () => {
    const [user] = await createUsers(1);
    const [paper] = await createPapers(1);
    const results = await Promise.all(Array.from({ length: 20 }, () => savePaper(user!, paper!)));
    expect(results.filter((r) => r !== "full" && r?.added)).toHaveLength(1);
    const collections = await testDb().collection.findMany({ where: { ownerId: user }, include: { items: true } });
    expect(collections).toHaveLength(1);
    expect(collections[0]).toMatchObject({ title: "Reading list", isDefault: true, itemCount: 1 });
    expect(collections[0]!.items).toHaveLength(1);
  });

  test("30 different first saves at once make exactly one Reading list holding all 30, still reorderable", async () => {
    const [user] = await createUsers(1);
    const papers = await createPapers(30);
    const results = await Promise.all(papers.map((paper) => savePaper(user!, paper)));
    expect(new Set(results.map((r) => (r === "full" ? null : r?.collectionId))).size).toBe(1);
    const collections = await testDb().collection.findMany({ where: { ownerId: user } });
    expect(collections).toHaveLength(1);
    expect(collections[0]!.itemCount).toBe(30);
    // Appends racing on a server may share a position (ties fall back to time added); a move
    // into such a tie must still land exactly where asked.
    const id = collections[0]!.id;
    const order = await storedOrder(id);
    expect(order).toHaveLength(30);
    const moving = order[29]!;
    expect((await moveItem(user!, id, moving, order[0]!)).status).toBe("ok");
    expect(await storedOrder(id)).toEqual([order[0], moving, ...order.slice(1, 29)]);
  });

  test("a storm of saves, adds, removes and unsaves from several people leaves every count equal to its rows", async () => {
    const users = await createUsers(4);
    const papers = await createPapers(6);
    const lists = await Promise.all(
      users.map(
        async (user) =>
          (await createCollection(user, { title: "Extra", description: "", visibility: "PRIVATE" })) as {
            status: "ok";
            collection: { id: string };
          },
      ),
    );
    const operations = shuffle(
      users.flatMap((user, u) =>
        Array.from({ length: 40 }, (_, i) => {
          const paper = papers[i % papers.length]!;
          const extra = lists[u]!.collection.id;
          const pick = Math.random();
          if (pick < 0.35) return () => savePaper(user, paper);
          if (pick < 0.6) return () => addItem(user, extra, paper);
          if (pick < 0.8) return () => removeItem(user, extra, paper);
          return () => unsavePaper(user, paper);
        }),
      ),
    );
    await Promise.all(operations.map((operation) => operation()));
    const after = await countsAndRows();
    expect(after.length).toBeGreaterThanOrEqual(users.length);
    for (const collection of after) expect(collection.stored).toBe(collection.rows);
    expect(await testDb().collection.count({ where: { isDefault: true } })).toBeLessThanOrEqual(users.length);
  });
});

describe("saving and unsaving", () => {
  test.each([
    { name: "save twice keeps one", steps: ["save", "save"], items: 1 },
    { name: "save then unsave empties", steps: ["save", "unsave"], items: 0 },
    { name: "unsave without a save changes nothing", steps: ["unsave", "unsave"], items: 0 },
    { name: "save, unsave, save keeps one", steps: ["save", "unsave", "save"], items: 1 },
  ] as const)("$name", async ({ steps, items }) => {
    const [user] = await createUsers(1);
    const [paper] = await createPapers(1);
    for (const step of steps) await (step === "save" ? savePaper(user!, paper!) : unsavePaper(user!, paper!));
    expect(await testDb().collectionItem.count()).toBe(items);
    for (const c of await countsAndRows()) expect(c.stored).toBe(c.rows);
  });

  test("unsave takes the paper out of every collection of mine, and nobody else's", async () => {
    const [me, other] = await createUsers(2);
    const [paper] = await createPapers(1);
    const mine = await createCollection(me!, { title: "Mine", description: "", visibility: "PRIVATE", paperId: paper });
    await savePaper(me!, paper!);
    await savePaper(other!, paper!);
    const removed = await unsavePaper(me!, paper!);
    expect(removed.map((r) => r.title).sort()).toEqual(["Mine", "Reading list"]);
    expect(mine.status).toBe("ok");
    expect(await testDb().collectionItem.count({ where: { collection: { ownerId: me } } })).toBe(0);
    expect(await testDb().collectionItem.count({ where: { collection: { ownerId: other } } })).toBe(1);
  });

  test("an unknown paper is refused and leaves no Reading list behind", async () => {
    const [user] = await createUsers(1);
    expect(await savePaper(user!, "no-such-paper")).toBeNull();
    expect(await createCollection(user!, { title: "New", description: "", visibility: "PRIVATE", paperId: "no-such-paper" })).toEqual({
      status: "no-paper",
    });
    expect(await testDb().collection.count()).toBe(0);
  });

  test("lists my collections with whether each holds a paper", async () => {
    const [user] = await createUsers(1);
    const [paper, otherPaper] = await createPapers(2);
    await createCollection(user!, { title: "Empty", description: "", visibility: "PRIVATE" });
    await savePaper(user!, paper!);
    await savePaper(user!, otherPaper!);
    const listed = await listMyCollections(user!, paper);
    expect(listed.map((c) => [c.title, c.hasPaper, c.itemCount])).toEqual([
      ["Reading list", true, 2],
      ["Empty", false, 0],
    ]);
  });
});

describe("ownership", () => {
  test("every mutation of someone else's collection answers not found and changes nothing", async () => {
    const [owner, stranger] = await createUsers(2);
    const [paper, second] = await createPapers(2);
    const created = await createCollection(owner!, {
      title: "Owner's",
      description: "private notes",
      visibility: "PRIVATE",
      paperId: paper,
    });
    if (created.status !== "ok") throw new Error("setup failed");
    const id = created.collection.id;
    await addItem(owner!, id, second!);
    const before = await testDb().collection.findUniqueOrThrow({ where: { id }, include: { items: { orderBy: { position: "asc" } } } });

    expect(await updateCollection(stranger!, id, { title: "Mine now" })).toBeNull();
    expect(await updateCollection(stranger!, id, { visibility: "PUBLIC" })).toBeNull();
    expect(await addItem(stranger!, id, paper!)).toEqual({ status: "no-collection" });
    expect(await removeItem(stranger!, id, paper!)).toBeNull();
    expect(await moveItem(stranger!, id, second!, null)).toEqual({ status: "no-collection" });
    expect(await setItemNote(stranger!, id, paper!, "hijacked")).toEqual({ status: "no-collection" });
    expect(await shareCollection(stranger!, id, false)).toBeNull();
    expect(await shareCollection(stranger!, id, true)).toBeNull();
    expect(await stopSharing(stranger!, id)).toBeNull();
    expect(await deleteCollection(stranger!, id)).toBeNull();
    expect(await getOwnedCollection(stranger!, id)).toBeNull();
    expect(await getPublicCollection(id)).toBeNull();
    expect(await copyCollection(stranger!, { collectionId: id })).toBeNull();
    // Unsave is scoped to the caller's own collections: the owner's item stays.
    expect(await unsavePaper(stranger!, paper!)).toEqual([]);

    const after = await testDb().collection.findUniqueOrThrow({ where: { id }, include: { items: { orderBy: { position: "asc" } } } });
    expect(after).toEqual(before);
    expect(await testDb().collection.count({ where: { ownerId: stranger } })).toBe(0);
  });

  test("a public collection can be read and copied by others, but still not changed", async () => {
    const [owner, stranger] = await createUsers(2);
    const [paper] = await createPapers(1);
    const created = await createCollection(owner!, { title: "Public", description: "", visibility: "PUBLIC", paperId: paper });
    if (created.status !== "ok") throw new Error("setup failed");
    expect((await getPublicCollection(created.collection.id))?.items).toHaveLength(1);
    expect(await removeItem(stranger!, created.collection.id, paper!)).toBeNull();
    const copy = await copyCollection(stranger!, { collectionId: created.collection.id });
    expect(copy).toMatchObject({ title: "Public", visibility: "PRIVATE", itemCount: 1 });
  });
});

describe("ordering", () => {
  async function setup(count: number) {
    const [user] = await createUsers(1);
    const papers = await createPapers(count);
    const created = await createCollection(user!, { title: "Ordered", description: "", visibility: "PRIVATE" });
    if (created.status !== "ok") throw new Error("setup failed");
    for (const paper of papers) await addItem(user!, created.collection.id, paper);
    return { user: user!, papers, id: created.collection.id };
  }

  test.each([
    { name: "last to the top", move: 3, after: null, expected: [3, 0, 1, 2] },
    { name: "first down one", move: 0, after: 1, expected: [1, 0, 2, 3] },
    { name: "first to the bottom", move: 0, after: 3, expected: [1, 2, 3, 0] },
    { name: "third up one", move: 2, after: 0, expected: [0, 2, 1, 3] },
    { name: "onto its own place", move: 1, after: 0, expected: [0, 1, 2, 3] },
  ])("$name", async ({ move, after, expected }) => {
    const { user, papers, id } = await setup(4);
    const result = await moveItem(user, id, papers[move]!, after === null ? null : papers[after]!);
    expect(result.status).toBe("ok");
    expect(await storedOrder(id)).toEqual(expected.map((i) => papers[i]));
  });

  test("unknown items and neighbours are refused", async () => {
    const { user, papers, id } = await setup(2);
    expect(await moveItem(user, id, "no-such-paper", null)).toEqual({ status: "no-item" });
    expect(await moveItem(user, id, papers[0]!, "no-such-paper")).toEqual({ status: "no-after" });
  });

  test("60 moves into the same spot renumber when the gap runs out, and the order stays right", async () => {
    const { user, papers, id } = await setup(3);
    const expected = [...papers];
    let renumbered = 0;
    for (let i = 0; i < 60; i++) {
      // Alternately move the second and third item to just after the first.
      const moving = expected[i % 2 === 0 ? 2 : 1]!;
      const result = await moveItem(user, id, moving, expected[0]!);
      if (result.status === "ok" && result.renumbered) renumbered += 1;
      expected.splice(expected.indexOf(moving), 1);
      expected.splice(1, 0, moving);
    }
    expect(await storedOrder(id)).toEqual(expected);
    expect(renumbered).toBeGreaterThan(0);
  });

  test("notes are stored per item and only by the owner", async () => {
    const { user, papers, id } = await setup(2);
    expect(await setItemNote(user, id, papers[1]!, "<script>alert(1)</script> read §3")).toMatchObject({ status: "ok" });
    expect(await setItemNote(user, id, "no-such-paper", "x")).toEqual({ status: "no-item" });
    const collection = await getOwnedCollection(user, id);
    expect(collection?.items.map((i) => i.note)).toEqual(["", "<script>alert(1)</script> read §3"]);
  });
});

describe("sharing", () => {
  test("share, regenerate and stop: each old link stops working at once", async () => {
    const [user] = await createUsers(1);
    const [paper] = await createPapers(1);
    const created = await createCollection(user!, { title: "Shared", description: "", visibility: "PRIVATE", paperId: paper });
    if (created.status !== "ok") throw new Error("setup failed");
    const id = created.collection.id;
    expect(created.collection.shareToken).toBeNull();

    const shared = await shareCollection(user!, id, false);
    expect(shared?.visibility).toBe("UNLISTED");
    const first = shared!.shareToken!;
    // 24 random bytes: 192 bits, more than the 128 asked for.
    expect(Buffer.from(first, "base64url")).toHaveLength(24);
    expect((await shareCollection(user!, id, false))?.shareToken).toBe(first);
    expect((await getSharedCollection(first))?.items).toHaveLength(1);

    const second = (await shareCollection(user!, id, true))!.shareToken!;
    expect(second).not.toBe(first);
    expect(await getSharedCollection(first)).toBeNull();
    expect((await getSharedCollection(second))?.title).toBe("Shared");

    const stopped = await stopSharing(user!, id);
    expect(stopped).toMatchObject({ shareToken: null, visibility: "PRIVATE" });
    expect(await getSharedCollection(second)).toBeNull();
  });

  test.each([
    { from: "PRIVATE", to: "UNLISTED", token: "made" },
    { from: "UNLISTED", to: "PRIVATE", token: "dropped" },
    { from: "UNLISTED", to: "PUBLIC", token: "kept" },
    { from: "PUBLIC", to: "PRIVATE", token: "dropped" },
    { from: "PUBLIC", to: "UNLISTED", token: "kept" },
    { from: "PRIVATE", to: "PUBLIC", token: "none" },
  ] as const)("visibility $from → $to: link $token", async ({ from, to, token }) => {
    const [user] = await createUsers(1);
    const created = await createCollection(user!, { title: "V", description: "", visibility: from });
    if (created.status !== "ok") throw new Error("setup failed");
    // A public collection gets its link from Share; unlisted ones have one from the start.
    const before =
      from === "PUBLIC" ? (await shareCollection(user!, created.collection.id, false))!.shareToken : created.collection.shareToken;
    const after = (await updateCollection(user!, created.collection.id, { visibility: to }))!.collection.shareToken;
    if (token === "made") expect([before, typeof after]).toEqual([null, "string"]);
    if (token === "dropped") expect([typeof before, after]).toEqual(["string", null]);
    if (token === "kept") expect(after).toBe(before);
    if (token === "none") expect([before, after]).toEqual([null, null]);
  });

  test("a private collection's old token never opens it", async () => {
    const [user] = await createUsers(1);
    const created = await createCollection(user!, { title: "Was unlisted", description: "", visibility: "UNLISTED" });
    if (created.status !== "ok") throw new Error("setup failed");
    const token = created.collection.shareToken!;
    // Forced into an inconsistent state directly, to show the read checks visibility too.
    await testDb().collection.update({ where: { id: created.collection.id }, data: { visibility: "PRIVATE" } });
    expect(await getSharedCollection(token)).toBeNull();
    expect(await copyCollection(user!, { token })).toBeNull();
  });

  test("deleting a collection while people open its link gives them nothing, never an error", async () => {
    const [user] = await createUsers(1);
    const papers = await createPapers(5);
    const created = await createCollection(user!, { title: "Going away", description: "", visibility: "UNLISTED" });
    if (created.status !== "ok") throw new Error("setup failed");
    for (const paper of papers) await addItem(user!, created.collection.id, paper);
    const token = created.collection.shareToken!;
    const reads = Array.from({ length: 30 }, (_, i) => new Promise((r) => setTimeout(r, i)).then(() => getSharedCollection(token)));
    const [deleted, ...seen] = await Promise.all([
      new Promise((r) => setTimeout(r, 10)).then(() => deleteCollection(user!, created.collection.id)),
      ...reads,
    ]);
    expect(deleted).toEqual({ visibility: "UNLISTED" });
    // Each read saw the whole collection or none of it.
    for (const result of seen) expect(result === null || result.items.length === 5).toBe(true);
    expect(await getSharedCollection(token)).toBeNull();
    expect(await testDb().paper.count()).toBe(5);
  });

  test("copy to my collections keeps order and notes, and is private", async () => {
    const [owner, reader] = await createUsers(2);
    const papers = await createPapers(3);
    const created = await createCollection(owner!, { title: "Syllabus", description: "Week 1", visibility: "UNLISTED" });
    if (created.status !== "ok") throw new Error("setup failed");
    for (const paper of papers) await addItem(owner!, created.collection.id, paper);
    await moveItem(owner!, created.collection.id, papers[2]!, null);
    await setItemNote(owner!, created.collection.id, papers[0]!, "start here");
    const copy = await copyCollection(reader!, { token: created.collection.shareToken! });
    expect(copy).toMatchObject({ title: "Syllabus", description: "Week 1", visibility: "PRIVATE", shareToken: null, itemCount: 3 });
    if (!copy || copy === "too-many") throw new Error("copy failed");
    const copied = await getOwnedCollection(reader!, copy.id);
    expect(copied?.items.map((i) => [i.paperId, i.note])).toEqual([
      [papers[2], ""],
      [papers[0], "start here"],
      [papers[1], ""],
    ]);
  });
});

describe("caps", () => {
  test("concurrent creates and copies stop exactly at the number of collections one person may have", async () => {
    const [user, other] = await createUsers(2);
    const source = await createCollection(other!, { title: "Public", description: "", visibility: "PUBLIC" });
    if (source.status !== "ok") throw new Error("setup failed");
    await testDb().collection.createMany({
      data: Array.from({ length: COLLECTIONS_PER_PERSON_MAX - 3 }, (_, i) => ({ id: `cap-${i}`, ownerId: user!, title: `Old ${i}` })),
    });
    // Three places left; twelve requests race for them.
    const results = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => createCollection(user!, { title: `New ${i}`, description: "", visibility: "PRIVATE" })),
      ...Array.from({ length: 4 }, () => copyCollection(user!, { collectionId: source.collection.id })),
    ]);
    const made = results.filter((r) => r !== "too-many" && r !== null && (!("status" in r) || r.status === "ok"));
    expect(made).toHaveLength(3);
    expect(await testDb().collection.count({ where: { ownerId: user } })).toBe(COLLECTIONS_PER_PERSON_MAX);
    expect(await createCollection(user!, { title: "One more", description: "", visibility: "PRIVATE" })).toEqual({ status: "too-many" });
    // Deleting one makes room again.
    await deleteCollection(user!, "cap-0");
    expect((await createCollection(user!, { title: "Again", description: "", visibility: "PRIVATE" })).status).toBe("ok");
  });

  test("concurrent adds fill a collection exactly to its cap, and re-adding a paper it holds still succeeds", async () => {
    const [user] = await createUsers(1);
    const created = await createCollection(user!, { title: "Big", description: "", visibility: "PRIVATE" });
    if (created.status !== "ok") throw new Error("setup failed");
    const id = created.collection.id;
    const listedAt = new Date("2025-01-01T00:00:00Z");
    await testDb().paper.createMany({
      data: Array.from({ length: ITEMS_PER_COLLECTION_MAX + 8 }, (_, i) => ({
        id: `cap-paper-${i}`,
        slug: `cap-paper-${i}`,
        title: `Cap paper ${i}`,
        abstract: "",
        listedAt,
      })),
    });
    await testDb().collectionItem.createMany({
      data: Array.from({ length: ITEMS_PER_COLLECTION_MAX - 2 }, (_, i) => ({
        collectionId: id,
        paperId: `cap-paper-${i}`,
        position: i + 1,
      })),
    });
    await testDb().collection.update({ where: { id }, data: { itemCount: ITEMS_PER_COLLECTION_MAX - 2 } });
    // Two places left; ten different papers race for them.
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        addItem(
          user!,
          id,
          `cap-paper-${ITEMS_PER_COLLECTION_MAX - 2 + i < ITEMS_PER_COLLECTION_MAX + 8 ? ITEMS_PER_COLLECTION_MAX - 2 + i : 0}`,
        ),
      ),
    );
    expect(results.filter((r) => r.status === "ok" && r.added)).toHaveLength(2);
    expect(results.filter((r) => r.status === "full")).toHaveLength(8);
    expect(await countsAndRows()).toEqual([{ id, stored: ITEMS_PER_COLLECTION_MAX, rows: ITEMS_PER_COLLECTION_MAX }]);
    expect(await addItem(user!, id, "cap-paper-0")).toMatchObject({ status: "ok", added: false });
  });
});
