import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { startProviderSignIn } from "@/lib/auth/start-provider-sign-in";
import { redirectTo, route } from "@/lib/http/route";
import { providerSignInFormSchema } from "@/lib/validations/credentials";

/**
 * What a "Continue with …" button posts, with or without script: on to the provider's sign-in,
 * which comes back through Auth.js's callback to the page the form came for.
 */
export const POST = route({ body: providerSignInFormSchema, bodyType: "form" }, async ({ body }) =>
  redirectTo(await startProviderSignIn(body.provider, safeCallbackUrl(body.callbackUrl))),
);
