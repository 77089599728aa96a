import { z } from "zod";

// Names that would read as the site speaking, or clash with future routes under /u/.
const RESERVED = new Set([
  "admin",
  "administrator",
  "api",
  "me",
  "new",
  "papershelf",
  "root",
  "settings",
  "signin",
  "signup",
  "support",
  "system",
]);

/** Lower-case letters, digits, `-` and `_`, 3 to 30 characters, starting with a letter or digit: safe in a URL as is. */
export const usernameSchema = z
  .string({ error: "is required" })
  .trim()
  .toLowerCase()
  .min(3, "must be at least 3 characters")
  .max(30, "must be at most 30 characters")
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "may use only letters, digits, - and _, starting with a letter or digit")
  .refine((name) => !RESERVED.has(name), "is reserved; choose another");
