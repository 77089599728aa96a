// `npm run db:server`: runs the embedded PostgreSQL on its own, for tools such as psql or for
// several app processes that share one data directory. Stop it with Ctrl-C.
import { startEmbeddedDb } from "./lib/embedded-db";

const database = await startEmbeddedDb({ log: console.log });
console.log(`DATABASE_URL=${database.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void database.stop().then(() => process.exit(0)));
}
