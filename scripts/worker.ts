// `npm run worker`: one background worker (lib/jobs/start-worker.ts) on DATABASE_URL, or on the
// embedded database of a running `npm start`. `npm start` runs one by itself; run more on other
// machines to share the work. SIGTERM or Ctrl-C finishes the jobs in hand (up to 30 s), then exits.
import { createPrismaClient } from "@/lib/create-prisma-client";
import { startWorker } from "@/lib/jobs/start-worker";
import { resolveDatabase } from "./lib/embedded-db";

const log = (line: string) => console.log(`[worker] ${line}`);

const database = await resolveDatabase({ log });
const db = createPrismaClient(database.url, 2);
let stopping = false;
try {
  const worker = await startWorker({ url: database.url, db, log });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log(`stopping (${signal}): finishing the jobs in hand`);
      void worker
        .stop()
        .then(() => db.$disconnect())
        .then(() => database.stop())
        .finally(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(`[worker] could not start: ${error instanceof Error ? error.message : String(error)}`);
  await db.$disconnect();
  await database.stop();
  process.exit(1);
}
