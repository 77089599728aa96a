"use client";

import { useState, type FormEvent } from "react";
import { FormError, FormField } from "@/components/ui/form-field";
import { authApi } from "@/lib/client/auth-api";

export function SignInForm({
  callbackUrl,
  providers,
  initialError,
}: {
  callbackUrl: string;
  providers: { id: string; name: string }[];
  initialError: string | null;
}) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) return setError("Enter your email and password.");
    setPending(true);
    setError(null);
    const result = await authApi.signInWithPassword(email, password);
    if (result.ok) return window.location.assign(callbackUrl);
    setPending(false);
    setError(result.error);
  }

  return (
    <div className="space-y-5">
      <FormError message={error} />
      {/* Posted before the script runs (or without it), the form signs in on the server instead. */}
      <form method="post" action="/api/auth/password-sign-in" onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-4">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <FormField id="email" name="email" type="email" label="Email" autoComplete="email" required />
        <FormField id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
        <button type="submit" className="btn-primary w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {providers.length > 0 && (
        <div className="space-y-2">
          <p className="meta text-center text-sm">or</p>
          {/* Forms, so they work before the script runs and without it; the browser leaves for the provider. */}
          {providers.map((provider) => (
            <form key={provider.id} method="post" action="/api/auth/provider-sign-in">
              <input type="hidden" name="provider" value={provider.id} />
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button type="submit" className="btn w-full" disabled={pending}>
                Continue with {provider.name}
              </button>
            </form>
          ))}
        </div>
      )}
    </div>
  );
}
