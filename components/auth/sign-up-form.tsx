"use client";

import { useState, type FormEvent } from "react";
import { FormError, FormField } from "@/components/ui/form-field";
import { authApi } from "@/lib/client/auth-api";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/credentials";
import { signUpSchema } from "@/lib/validations/sign-up";

type Field = "name" | "username" | "email" | "password";
const FIELDS: Field[] = ["name", "username", "email", "password"];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = Object.fromEntries(FIELDS.map((field) => [field, String(form.get(field) ?? "")]));
    // The server checks the same schema; checking here first answers without a round trip.
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= capitalize(issue.message);
      }
      setErrors(found);
      setError("Please fix the highlighted fields.");
      return;
    }
    setErrors({});
    setError(null);
    setPending(true);
    try {
      await authApi.signUp(parsed.data);
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : "Signing up failed. Please try again.";
      // The server names the field first ("username: is taken; choose another").
      const [field, ...rest] = message.split(": ");
      if (FIELDS.includes(field as Field) && rest.length) {
        setErrors({ [field as Field]: capitalize(rest.join(": ")) });
        setError("Please fix the highlighted fields.");
      } else {
        setError(message);
      }
      return setPending(false);
    }
    const signedIn = await authApi.signInWithPassword(parsed.data.email, parsed.data.password);
    if (signedIn.ok) return window.location.assign(callbackUrl);
    // The same answer whether or not the email was already registered; only its owner can tell.
    setError("We could not sign you in with these details. If you already have an account with this email, sign in with its password.");
    setPending(false);
  }

  return (
    <div className="space-y-5">
      <FormError message={error} />
      {/* Posted before the script runs (or without it), the form signs up and in on the server instead. */}
      <form method="post" action="/api/auth/signup" onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-4">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <FormField id="name" name="name" label="Display name" autoComplete="name" maxLength={80} required error={errors.name} />
        <FormField
          id="username"
          name="username"
          label="Username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={30}
          required
          hint="Your public profile: /u/username. Letters, digits, - and _."
          error={errors.username}
        />
        <FormField id="email" name="email" type="email" label="Email" autoComplete="email" required error={errors.email} />
        <FormField
          id="password"
          name="password"
          type="password"
          label="Password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          required
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          error={errors.password}
        />
        <button type="submit" className="btn-primary w-full" disabled={pending}>
          {pending ? "Creating your account…" : "Create account"}
        </button>
      </form>
    </div>
  );
}
