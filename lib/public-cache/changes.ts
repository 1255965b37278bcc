import pg from "pg";

/**
 * Tells a web server when public content changed, so its page cache can be dropped. The database
 * announces it: triggers on "ReportRevision" and "Agency" (migration
 * 20261128182500_public_content_notify) send NOTIFY public_content, delivered when the writing
 * transaction commits — whichever process or script wrote. Every server of a deployment listens.
 *
 * While the listening connection is down, notifications could be missed, so `live()` is false
 * (the server then renders every public page anew, falling back to the last known version when the
 * database cannot be reached) and every (re)connect counts as a change. Reconnecting is retried
 * every second at first, then less often, but at least every 5 s: a database restarted by its
 * supervisor is listened to again within seconds.
 */
export const PUBLIC_CONTENT_CHANNEL = "public_content";
const MAX_RETRY_MS = 5_000;

export type PublicChanges = {
  /** True while listening: a change will be heard. */
  live(): boolean;
  close(): Promise<void>;
};

export type WatchOptions = {
  onChange: (source: string) => void;
  log?: (line: string) => void;
  /** A query on the connection every so often, so a silently dead connection is noticed. */
  heartbeatMs?: number;
  retryMs?: number;
};

export function watchPublicChanges(connectionString: string, options: WatchOptions): PublicChanges {
  const { onChange, log = () => {}, heartbeatMs = 15_000, retryMs = 1_000 } = options;
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;

  const lost = (reason: string) => {
    if (!client) return;
    const dead = client;
    client = null;
    listening = false;
    clearInterval(heartbeat);
    dead.removeAllListeners();
    dead.on("error", () => {});
    void dead.end().catch(() => {});
    onChange("disconnected");
    if (closed) return;
    failures++;
    // Said once, and only when a retry failed too: a blip (or the database stopping first at shutdown) is not news.
    if (failures === 2)
      log(
        `public cache: listening connection lost (${reason}); rendering public pages anew (last known when the database is unreachable) until it is back`,
      );
    retry = setTimeout(connect, Math.min(retryMs * 2 ** (failures - 1), MAX_RETRY_MS));
  };

  const connect = async () => {
    if (closed) return;
    const next = new pg.Client({ connectionString, keepAlive: true, application_name: "public-cache" });
    client = next;
    next.on("error", (error) => lost(error.message));
    next.on("end", () => lost("connection ended"));
    next.on("notification", (message) => {
      if (message.channel === PUBLIC_CONTENT_CHANNEL) onChange(message.payload ?? "");
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${PUBLIC_CONTENT_CHANNEL}`);
      if (client !== next || closed) return void next.end().catch(() => {});
      listening = true;
      if (failures > 1) log("public cache: listening again");
      failures = 0;
      onChange("connected"); // anything may have changed while nobody listened
      heartbeat = setInterval(() => {
        next.query("SELECT 1").catch((error: Error) => lost(error.message));
      }, heartbeatMs);
      heartbeat.unref();
    } catch (error) {
      if (client === next) lost(error instanceof Error ? error.message : String(error));
    }
  };

  void connect();

  return {
    live: () => listening && !closed,
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const current = client;
      client = null;
      listening = false;
      if (current) {
        current.removeAllListeners();
        current.on("error", () => {});
        await current.end().catch(() => {});
      }
    },
  };
}
