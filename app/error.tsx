"use client";

import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="meta mt-2">This page could not be loaded. Your data is safe; try again in a moment.</p>
      {error.digest && <p className="meta mt-1 text-xs">Reference: {error.digest}</p>}
      <button type="button" onClick={reset} className="btn-primary mt-6">
        Try again
      </button>
    </div>
  );
}
