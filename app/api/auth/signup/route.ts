import { signUpResponseSchema } from "@/lib/api/me-schemas";
import { hashPassword } from "@/lib/auth/password";
import { HttpError } from "@/lib/http/http-error";
import { reply, route } from "@/lib/http/route";
import { createPasswordUser } from "@/lib/users/create-password-user";
import { signUpSchema } from "@/lib/validations/sign-up";

/**
 * Creates an email-and-password account; sign in afterwards through Auth.js's credentials
 * callback. An email that already has an account gets the same answer as a new one (and the
 * same hashing time), so this endpoint never tells whether an address is registered.
 */
export const POST = route({ body: signUpSchema, rateLimit: "signUp", response: signUpResponseSchema }, async ({ body }) => {
  const passwordHash = await hashPassword(body.password);
  const result = await createPasswordUser({ email: body.email, passwordHash, username: body.username, name: body.name });
  if (result.status === "username-taken") throw new HttpError(409, "username: is taken; choose another");
  return reply({ ok: true as const }, { status: 201 });
});
