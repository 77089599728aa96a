"use client";

import { useQuery } from "@tanstack/react-query";
import { authApi } from "@/lib/client/auth-api";
import { queryKeys } from "@/lib/client/query-keys";

/**
 * Who is signed in (null: nobody). Pages are the same for everyone and cached, so components that
 * depend on the viewer ask here; every caller shares the one request.
 */
export function useMe() {
  return useQuery({ queryKey: queryKeys.me(), queryFn: authApi.me, staleTime: 60_000 });
}
