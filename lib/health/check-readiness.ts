import { readdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Readiness = { ready: boolean; database: string; migrations: string };

let migrationsOfThisBuild: string[] | undefined;

/**
 * The migrations this build expects: the folders of prisma/migrations, as `npm start` applies
 * them. They do not change while the server runs, so the folder is read once, not per check.
 */
export function expectedMigrations(): string[] {
  migrationsOfThisBuild ??= readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return migrationsOfThisBuild;
}

/**
 * Whether this server can serve: the database answers, and every migration this build expects
 * has been applied (a server started against an older schema, or before `npm run db:migrate`,
 * is not ready). What a load balancer's readiness check asks; each failure says why.
 */
export async function checkReadiness(db: PrismaClient, expected = expectedMigrations()): Promise<Readiness> {
  let applied: string[];
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = rows.map((row) => row.migration_name);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n").at(-1)! : String(error);
    return { ready: false, database: `unreachable or not migrated: ${message}`, migrations: "unknown" };
  }
  const missing = expected.filter((name) => !applied.includes(name));
  return {
    ready: missing.length === 0,
    database: "ok",
    migrations: missing.length === 0 ? "ok" : `${missing.length} not applied: ${missing.join(", ")}`,
  };
}
