import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/create-prisma-client";
import { checkReadiness, expectedMigrations } from "@/lib/health/check-readiness";
import { testDb } from "@/tests/db";

describe("checkReadiness", () => {
  it("is ready on the migrated test database, which has every migration of prisma/migrations", async () => {
    expect(expectedMigrations().length).toBeGreaterThan(5);
    expect(await checkReadiness(testDb())).toEqual({ ready: true, database: "ok", migrations: "ok" });
  });

  it("is not ready when the build expects a migration the database does not have, and names it", async () => {
    const readiness = await checkReadiness(testDb(), [...expectedMigrations(), "29990101000000_from_the_future"]);
    expect(readiness).toEqual({ ready: false, database: "ok", migrations: "1 not applied: 29990101000000_from_the_future" });
  });

  it("is not ready when the database does not answer", async () => {
    const nowhere = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:9/none?connect_timeout=2", 1);
    try {
      const readiness = await checkReadiness(nowhere);
      expect(readiness.ready).toBe(false);
      expect(readiness.database).toMatch(/^unreachable or not migrated: /);
    } finally {
      await nowhere.$disconnect();
    }
  });
});
