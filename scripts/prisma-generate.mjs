// Runs `prisma generate` offline. The CLI only checks that a schema-engine binary exists for
// generate, and it cannot download one here, so point it at a stub that is never executed.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";

const stubDir = join(process.cwd(), "node_modules", ".cache", "papershelf");
const stub = join(stubDir, "schema-engine-stub");
mkdirSync(stubDir, { recursive: true });
writeFileSync(stub, "#!/bin/sh\necho 'schema engine stub: use npm run db:migrate' >&2\nexit 1\n");
chmodSync(stub, 0o755);

const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
// Killed by a signal, it has no status: fail with 128 + the signal's number, as a shell would.
process.exit(result.status ?? (result.signal ? 128 + constants.signals[result.signal] : 1));
