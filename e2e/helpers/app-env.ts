/**
 * The environment of the app under test (`scripts/start.ts` as playwright.config.ts starts it on
 * `port`). A spec that starts an app of its own (e2e/living-feed.spec.ts) starts it from the same
 * settings, so it serves the same build instead of building another; it changes only settings that
 * are not build inputs (scripts/start.ts RUNTIME_ONLY) and its ports.
 */
export function appServerEnv(port: number): Record<string, string> {
  const upstream = `http://127.0.0.1:${recordedApiPort(port)}`;
  const env: Record<string, string | undefined> = {
    PORT: String(port),
    EMBEDDED_DB_DIR: "memory://",
    EMBEDDED_DB_PORT: String(port + 1),
    EMBEDDED_DB_PASSWORD: process.env.EMBEDDED_DB_PASSWORD,
    AUTH_SECRET: process.env.E2E_AUTH_SECRET,
    APP_URL: `http://localhost:${port}`,
    // The tests play the reverse proxy in front of this server: each simulated person sends its own
    // X-Forwarded-For (e2e/helpers/auth.ts), so parallel tests do not share per-address limits.
    TRUST_PROXY: "loopback",
    // The Hugging Face (OpenID Connect) provider, pointed at the local provider e2e/oidc.spec.ts starts.
    AUTH_HUGGINGFACE_ID: "papershelf-e2e",
    AUTH_HUGGINGFACE_SECRET: "papershelf-e2e-secret",
    AUTH_HUGGINGFACE_ISSUER: `http://localhost:${port + 2}`,
    // The recorded arXiv / Hugging Face API and the SMTP server that e2e/import.spec.ts and e2e/digest.spec.ts start.
    ARXIV_API_URL: `${upstream}/api/query`,
    HF_API_URL: `${upstream}/api`,
    // E2E_SMTP_PORT lets a run on other ports (E2E_PORT) have its own fake SMTP server too.
    SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 3451}`,
    // Tests that need ingestion start an app of their own against a replay server (e2e/living-feed.spec.ts).
    INGEST_SOURCES: "none",
    ADMIN_USERNAMES: "e2e_admin",
  };
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Where e2e/import.spec.ts serves the recorded APIs: beside the app's own ports, so that runs on other E2E_PORTs do not collide. */
export function recordedApiPort(port: number): number {
  return port + 4;
}
