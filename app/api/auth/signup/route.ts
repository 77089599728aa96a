import { hashPassword } from "@/lib/auth/password";
import { clientIp } from "@/lib/http/client-ip";
import { HttpError } from "@/lib/http/http-error";
import { mutationRoute } from "@/lib/http/mutation-route";
import { rateLimit } from "@/lib/rate-limit/rate-limit";
import { createPasswordUser } from "@/lib/users/create-password-user";
import { signUpSchema } from "@/lib/validations/sign-up";

/**
 * Creates an email-and-password account; sign in afterwards through Auth.js's credentials
 * callback. An email that already has an account gets the same answer as a new one (and the
 * same hashing time), so this endpoint never tells whether an address is registered.
 */
export const POST = mutationRoute({ body: signUpSchema, auth: false }, async ({ request, body }) => {
  const limited = await rateLimit("signUp", clientIp(request));
  if (limited) return limited;
  const passwordHash = await hashPassword(body.password);
  const result = await createPasswordUser({ email: body.email, passwordHash, username: body.username, name: body.name });
  if (result.status === "username-taken") throw new HttpError(409, "username: is taken; choose another");
  return Response.json({ ok: true }, { status: 201 });
});
