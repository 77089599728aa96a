// Validated configuration. next.config.js imports this module, so a bad value fails the build
// and `next start` at once instead of surfacing as a confusing runtime error later.
import { z } from "zod";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL");

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Set by `npm start` to the embedded database when the user does not provide one.
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  // The public origin, used for absolute links in Open Graph tags, feeds and emails.
  APP_URL: z.string().url().default("http://localhost:3000"),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new Error(`Invalid environment configuration:\n${problems}`);
}

/** @type {z.infer<typeof schema>} */
export const env = parsed.data;
