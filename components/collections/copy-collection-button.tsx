"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { signInHref } from "@/lib/auth/callback-url";
import { collectionsApi, type CopySource } from "@/lib/client/collections-api";
import { queryKeys } from "@/lib/client/query-keys";
import { useMe } from "@/lib/client/use-me";
import { useOptimisticMutation } from "@/lib/client/use-optimistic-mutation";

/**
 * "Copy to my collections" for a collection someone shared or made public. The page is the same
 * for everyone; who is signed in is asked here (the header's own query, so no extra request).
 */
export function CopyCollectionButton({ source }: { source: CopySource }) {
  const router = useRouter();
  const pathname = usePathname();
  const me = useMe();
  const [error, setError] = useState<string | null>(null);
  const copy = useOptimisticMutation({
    mutationFn: () => collectionsApi.copy(source),
    invalidates: () => [queryKeys.myCollectionLists()],
    onMutate: () => setError(null),
    onSuccess: (collection) => router.push(`/collections/${collection.id}`),
    onError: (err) => setError(`Not copied: ${err.message}`),
  });

  if (me.isPending) return <div aria-hidden="true" className="skeleton h-8 w-44" />;
  if (!me.data) {
    return (
      <Link prefetch={false} href={signInHref(pathname)} className="btn">
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
