"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { meQueryKey } from "@/components/auth/user-menu";
import type { SessionUser } from "@/lib/auth/get-session-user";
import { collectionsApi } from "@/lib/collections/collections-client";

async function fetchMe(): Promise<SessionUser | null> {
  const response = await fetch("/api/me", { cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { user: SessionUser | null }).user;
}

/**
 * "Copy to my collections" for a collection someone shared or made public. The page is the same
 * for everyone; who is signed in is asked here (the header's own query, so no extra request).
 */
export function CopyCollectionButton({ source }: { source: { token: string } | { collectionId: string } }) {
  const router = useRouter();
  const pathname = usePathname();
  const me = useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
  const [error, setError] = useState<string | null>(null);
  const copy = useMutation({
    mutationFn: () => collectionsApi.copy(source),
    onMutate: () => setError(null),
    onSuccess: (collection) => router.push(`/collections/${collection.id}`),
    onError: (err) => setError(`Not copied: ${err instanceof Error ? err.message : "something went wrong"}`),
  });

  if (me.isPending) return <div aria-hidden="true" className="skeleton h-8 w-44" />;
  if (!me.data) {
    return (
      <Link href={`/signin?callbackUrl=${encodeURIComponent(pathname)}`} className="btn">
        Sign in to copy this collection
      </Link>
    );
  }
  return (
    <div>
      <button type="button" className="btn-primary" disabled={copy.isPending || copy.isSuccess} onClick={() => copy.mutate()}>
        {copy.isPending || copy.isSuccess ? "Copying…" : "Copy to my collections"}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
