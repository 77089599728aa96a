// `npm run db:seed`: loads the seed papers into an empty database (a no-op otherwise).
import { createPrismaClient } from "@/lib/create-prisma-client";
import { loadSeedPapers } from "@/lib/seed/load-seed-papers";
import { seedPapers } from "@/lib/seed/seed-papers";
import { resolveDatabase } from "./lib/embedded-db";

const database = await resolveDatabase();
const db = createPrismaClient(database.url, 1);
try {
  const count = await seedPapers(db, await loadSeedPapers());
  console.log(count ? `Seeded ${count} papers.` : "The database already has papers; nothing to do.");
} finally {
  await db.$disconnect();
  await database.stop();
}
