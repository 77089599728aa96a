/** Auth.js's `?error=` codes, in words a person can act on. */
export function signInErrorMessage(code: string | undefined): string | null {
  switch (code) {
    case undefined:
      return null;
    case "CredentialsSignin":
      return "Wrong email or password.";
    case "SignUpNotSignedIn":
      return "We could not sign you in with these details. If you already have an account with this email, sign in with its password.";
    case "OAuthAccountNotLinked":
      return "This email already belongs to an account that signs in another way. Sign in that way instead.";
    case "AccessDenied":
      return "Sign-in was cancelled or refused.";
    case "Configuration":
      return "Sign-in is not configured correctly on this server. Please tell its administrator.";
    default:
      return "Signing in did not work. Please try again.";
  }
}
