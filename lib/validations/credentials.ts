import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 8;
// scrypt's cost is per byte too; a cap keeps one request from costing much more than another.
export const PASSWORD_MAX_LENGTH = 200;

export const emailSchema = z
  .string({ error: "is required" })
  .trim()
  .toLowerCase()
  .max(254, "is too long")
  .pipe(z.email({ error: "must be an email address" }));

export const passwordSchema = z
  .string({ error: "is required" })
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

/** Sign-in with email and password. Only the shape is checked: a wrong password is not a 400. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "is required" })
    .min(1, "is required")
    .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
});

/** The sign-in form as a page posts it without script: the fields and where to go afterwards. */
export const passwordSignInFormSchema = signInSchema.extend({
  callbackUrl: z.string().max(2000, "is too long").optional(),
});

/** A "Continue with …" button, posted as a form: which provider, and where to go afterwards. */
export const providerSignInFormSchema = z.object({
  provider: z.string({ error: "is required" }).min(1, "is required").max(40, "is too long"),
  callbackUrl: z.string().max(2000, "is too long").optional(),
});
