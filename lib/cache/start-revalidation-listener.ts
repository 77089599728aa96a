import pg from "pg";
import { CACHE_TAGS } from "@/lib/cache/cache-tags";
import { isEmbeddedDatabase } from "@/lib/cache/is-embedded-database";
import { requestRevalidation } from "@/lib/cache/request-revalidation";
import { REVALIDATION_CHANNEL, revalidationMessageSchema, thisServerId, type Revalidation } from "@/lib/cache/revalidation-message";

const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];

type ListenerOptions = {
  databaseUrl: string;
  /** This app server, reached over loopback: Next refreshes its cache only inside a request. */
  selfUrl: string;
  secret: string;
  log?: (line: string) => void;
};

/**
 * Each app server's ear on the database: it LISTENs for what other servers, workers and scripts
 * changed (lib/cache/publish-revalidation.ts) and refreshes the same tags in its own cache, so a
 * write anywhere shows on every server. Next's cache is per process and revalidateTag works only
 * inside a request, so the message is handed to this server's internal revalidate route.
 *
 * A dropped connection is opened again with backoff; messages sent meanwhile are lost, so after
 * reconnecting the server refreshes every tag in the background once. Does nothing on the
 * embedded database (one server, no reliable LISTEN there).
 */
export function startRevalidationListener({ databaseUrl, selfUrl, secret, log = console.error }: ListenerOptions): {
  stop: () => Promise<void>;
} {
  let client: pg.Client | null = null;
  let stopped = false;
  let failures = 0;
  let connectedBefore = false;
  let retry: NodeJS.Timeout | undefined;

  const forward = async (revalidation: Revalidation) => {
    const result = await requestRevalidation(revalidation, { baseUrl: selfUrl, secret });
    if (!result.ok) log(`Cache refresh from another server was not applied: ${result.reason}`);
  };

  const onNotification = (payload: string | undefined) => {
    let message;
    try {
      message = revalidationMessageSchema.parse(JSON.parse(payload ?? ""));
    } catch {
      return log(`Ignored a malformed message on ${REVALIDATION_CHANNEL}: ${String(payload).slice(0, 200)}`);
    }
    if (message.origin === thisServerId()) return;
    void forward({ now: message.now, background: message.background });
  };

  const reconnect = (reason: string) => {
    if (stopped || retry) return;
    client?.removeAllListeners();
    void client?.end().catch(() => {});
    client = null;
    const delay = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!;
    failures += 1;
    log(`Cache messages from other servers paused (${reason}); listening again in ${delay / 1000} s`);
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
    retry.unref();
  };

  const connect = async () => {
    try {
      if (await isEmbeddedDatabase(databaseUrl)) return;
      const next = new pg.Client({ connectionString: databaseUrl, keepAlive: true, connectionTimeoutMillis: 5000 });
      client = next;
      next.on("notification", (notification) => onNotification(notification.payload));
      next.on("error", (error) => reconnect(error.message));
      next.on("end", () => reconnect("the connection closed"));
      await next.connect();
      await next.query(`LISTEN ${REVALIDATION_CHANNEL}`);
      if (stopped) return void next.end();
      if (connectedBefore) await forward({ now: [], background: [...CACHE_TAGS] });
      connectedBefore = true;
      failures = 0;
    } catch (error) {
      reconnect(error instanceof Error ? error.message : String(error));
    }
  };

  void connect();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const open = client;
      client = null;
      open?.removeAllListeners();
      await open?.end().catch(() => {});
    },
  };
}
