// Validated configuration. next.config.js imports this module, so a bad value fails the build
// and `next start` at once instead of surfacing as a confusing runtime error later.
import { z } from "zod";
import { parseTrustProxy } from "./http/trust-proxy.js";

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL");

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Set by `npm start` to the embedded database when the user does not provide one.
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  // Streaming replicas of DATABASE_URL (comma-separated) for public reads (lib/replicas).
  DATABASE_REPLICA_URLS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(postgresUrl)),
  // A replica further behind the primary than this is skipped until it has caught up.
  DATABASE_REPLICA_MAX_LAG_SECONDS: z.coerce.number().min(1).max(3600).default(10),
  // The public origin, used for absolute links in Open Graph tags, feeds and emails.
  APP_URL: z.string().url().default("http://localhost:3000"),
  // Where workers and command-line tools reach a web server to refresh its cached pages after
  // they changed papers (lib/jobs/revalidate-app.ts); `npm start` sets it to its own server.
  APP_INTERNAL_URL: z.string().url().optional(),
  // A Redis server that every app server shares Next's cache on (lib/cache/redis-cache-handler.js);
  // none: each server caches in its own memory.
  CACHE_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  // Where imports fetch papers from; tests point them at a local server.
  ARXIV_API_URL: z.string().url().default("https://export.arxiv.org/api/query"),
  HF_API_URL: z.string().url().default("https://huggingface.co/api"),
  // Outgoing mail for the digest and its confirmations: smtp://user:pass@host:587 or smtps://…
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Papershelf <papershelf@localhost>"),
  // When the server sends the digest by itself, "HH:MM" in UTC (weekly digests go out on Mondays).
  DIGEST_SCHEDULE: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a UTC time like 07:00")
    .optional(),
  // Background jobs (see lib/jobs): which sources the worker ingests from. "none" turns ingestion
  // off; arXiv ingests only when INGEST_ARXIV_CATEGORIES names categories.
  INGEST_SOURCES: z
    .string()
    .default("hf,arxiv")
    .refine((value) => value === "none" || value.split(",").every((s) => ["hf", "arxiv"].includes(s.trim())), {
      message: 'must be "none" or a comma-separated list of hf and arxiv',
    }),
  // arXiv categories whose new submissions are ingested once a day, e.g. "cs.LG,cs.CL".
  INGEST_ARXIV_CATEGORIES: z
    .string()
    .default("")
    .refine(
      (value) => value.trim() === "" || value.split(",").every((c) => /^[a-z][a-z-]{0,19}(\.[A-Za-z][A-Za-z-]{0,19})?$/.test(c.trim())),
      {
        message: "must be a comma-separated list of arXiv categories like cs.LG,cs.CL",
      },
    ),
  // Caps every background job's timeout (seconds): a job still running then is failed and retried,
  // and a worker killed mid-job has its job retried this long after it started. Tests set it low.
  JOBS_TIMEOUT_SECONDS: z.coerce.number().int().min(2).max(86_400).optional(),
  // Caps the wait before a failed job's first retry (seconds; later retries wait twice as long each time).
  JOBS_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
  // How often a worker looks for jobs whose worker died (seconds).
  JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // Usernames (comma-separated) who see /admin/jobs; everyone else gets a 404 there.
  ADMIN_USERNAMES: z.string().default(""),
  // Signs session tokens. `npm start` generates one into data/auth-secret when it is not set.
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try `openssl rand -base64 33`)").optional(),
  // Each OAuth provider is switched on by its client id and secret.
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  AUTH_HUGGINGFACE_ID: z.string().min(1).optional(),
  AUTH_HUGGINGFACE_SECRET: z.string().min(1).optional(),
  // The OpenID Connect issuer of the Hugging Face provider; tests point it at a local provider.
  AUTH_HUGGINGFACE_ISSUER: z.string().url().default("https://huggingface.co"),
  // Which proxies in front of the app may say who the client is (see lib/http/trust-proxy.js).
  TRUST_PROXY: z
    .string()
    .optional()
    .refine(
      (value) => {
        try {
          parseTrustProxy(value);
          return true;
        } catch {
          return false;
        }
      },
      {
        message:
          'must be a hop count, "false", or a comma-separated list of addresses, CIDR ranges, "loopback", "linklocal" or "uniquelocal"',
      },
    ),
  // Upvotes (and take-backs) one person may make per minute.
  RATE_LIMIT_VOTES_PER_MINUTE: z.coerce.number().int().min(1).default(60),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new Error(`Invalid environment configuration:\n${problems}`);
}

/** @type {z.infer<typeof schema>} */
export const env = parsed.data;
