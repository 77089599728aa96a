"use client";

import { useQuery } from "@tanstack/react-query";
import type { AlertListResponse } from "@/lib/api/alerts-schemas";
import { alertsApi } from "@/lib/client/alerts-api";
import { queryKeys } from "@/lib/client/query-keys";
import { useMe } from "@/lib/client/use-me";

/** My alerts; asked only once someone is known to be signed in (Follow buttons are on public pages). */
export function useMyAlerts(initialData?: AlertListResponse) {
  const me = useMe();
  return useQuery({
    queryKey: queryKeys.myAlerts(),
    queryFn: alertsApi.list,
    enabled: initialData !== undefined || Boolean(me.data),
    initialData,
    staleTime: 10_000,
  });
}
