// Runs once when an app server starts (Next's instrumentation hook).
export async function register() {
  // Not in the build, and not in the edge runtime (no TCP sockets there).
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env.js");
  if (!env.DATABASE_URL) return;
  if (!env.AUTH_SECRET) {
    console.error("AUTH_SECRET is not set: this server will not hear other servers' cache refreshes");
    return;
  }
  const { startRevalidationListener } = await import("@/lib/cache/start-revalidation-listener");
  startRevalidationListener({
    databaseUrl: env.DATABASE_URL,
    selfUrl: `http://127.0.0.1:${process.env.PORT ?? 3000}`,
    secret: env.AUTH_SECRET,
  });
}
