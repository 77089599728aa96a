// The frame of every command-line script: a database for the work (DATABASE_URL, or the embedded
// one) that is closed whatever happens, and an exit code from the work's result.
import { createPrismaClient } from "@/lib/create-prisma-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { resolveDatabase } from "./embedded-db";

/** Runs `work` with a Prisma client on the app's database, then closes both, also when it throws. */
export async function withDatabase<T>(work: (db: PrismaClient, url: string) => Promise<T>): Promise<T> {
  const database = await resolveDatabase();
  const db = createPrismaClient(database.url, 2);
  try {
    return await work(db, database.url);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

/** Exits with the code `main` resolves to; an error nobody handled is printed as one message (exit 1). */
export function exitWith(
  main: Promise<number>,
  describe = (error: unknown) => (error instanceof Error ? error.message : String(error)),
): void {
  main.then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(describe(error));
      process.exit(1);
    },
  );
}
