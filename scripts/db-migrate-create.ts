// `npm run db:migrate:create -- <name>`: writes a migration for the changes in prisma/schema.prisma,
// using an in-memory PGlite as the shadow database (DATABASE_URL is not touched).
import path from "node:path";
import { createMigration } from "./lib/schema-engine";

const name = process.argv[2] ?? "";
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migrate:create -- <name>   (lowercase letters, digits and underscores)");
  process.exit(2);
}
let code = 0;
try {
  const dir = await createMigration(name);
  console.log(dir ? `Created ${path.relative(process.cwd(), dir)}/migration.sql` : "No changes: schema.prisma matches the migrations.");
} catch (err) {
  console.error("Creating the migration failed:", err);
  code = 1;
}
// The engine's connection pool keeps Node alive for ~10 s after it is done.
process.exit(code);
