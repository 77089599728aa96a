import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/validations/credentials";
import { usernameSchema } from "@/lib/validations/username";

/** POST /api/auth/signup and the sign-up form. */
export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  username: usernameSchema,
  name: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(80, "must be at most 80 characters")
    .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "must not contain control characters"),
});

export type SignUpInput = z.infer<typeof signUpSchema>;

/** The sign-up form as a page posts it without script: the fields and where to go afterwards. */
export const signUpFormSchema = signUpSchema.extend({
  callbackUrl: z.string().max(2000, "is too long").optional(),
});
