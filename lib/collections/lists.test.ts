import { beforeAll, describe, expect, it } from "vitest";
import { listPublicCollections } from "@/lib/collections/lists";
import { InvalidCursorError } from "@/lib/keyset-cursor";
import { createTestPaper, resetDb, testDb } from "@/tests/db";

const visibilities = ["PUBLIC", "PRIVATE", "UNLISTED", "PUBLIC", "PUBLIC"] as const;
let publicIds: string[] = [];

beforeAll(async () => {
  await resetDb();
  const owner = await testDb().user.create({ data: { name: "Ada Lovelace", username: "ada", email: "ada@example.test" } });
  const papers = [await createTestPaper({ title: "First" }), await createTestPaper({ title: "Second" })];
  const created = [];
  for (const [i, visibility] of [...visibilities, ...visibilities].entries()) {
    const collection = await testDb().collection.create({
      data: {
        ownerId: owner.id,
        title: `Collection ${i}`,
        visibility,
        shareToken: `secret-token-${i}`,
        itemCount: 2,
        // Equal timestamps in pairs, so ties are broken by id.
        updatedAt: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 2))),
        items: {
          create: [
            { paperId: papers[1]!.id, position: 2, note: "read second" },
            { paperId: papers[0]!.id, position: 1, note: "" },
          ],
        },
      },
    });
    created.push(collection);
  }
  publicIds = created
    .filter((c) => c.visibility === "PUBLIC")
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? 1 : -1))
    .map((c) => c.id);
});

describe("listPublicCollections", () => {
  it("pages through public collections only, newest change first, with their papers in order", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listPublicCollections>> = await listPublicCollections(2, cursor);
      seen.push(...page.collections.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(publicIds).toHaveLength(6);
    expect(seen).toEqual(publicIds);

    const [first] = (await listPublicCollections(1, null)).collections;
    expect(first!.owner).toEqual({ username: "ada", name: "Ada Lovelace" });
    expect(first!.papers.map((p) => [p.title, p.note])).toEqual([
      ["First", ""],
      ["Second", "read second"],
    ]);
    // Nothing private leaks: no share token, no email.
    expect(JSON.stringify(first)).not.toMatch(/secret-token|ada@example/);
  });

  it.each(["bm90IGpzb24", Buffer.from('["not a date","x"]').toString("base64url")])("rejects the cursor %s", async (cursor) => {
    await expect(listPublicCollections(5, cursor)).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
