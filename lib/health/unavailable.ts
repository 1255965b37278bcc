/**
 * Whether an error means "the database cannot be reached right now" (down, restarting, recovering,
 * refusing connections) rather than a fault in the request: such a failure deserves "数据库暂时不可用，
 * 请稍后重试" and a retry, not a stack. Recognises node-postgres/socket errors, PostgreSQL's
 * connection-class and shutdown SQLSTATEs, and Prisma's connection error codes, also when wrapped
 * (error.cause) by the driver adapter.
 */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);
// 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up, recovering).
const SHUTDOWN_STATES = new Set(["57P01", "57P02", "57P03"]);
// P1001 can't reach the server, P1002 timed out, P1017 server closed the connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const MESSAGES =
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE)\b|connection terminated|terminating connection|server (has )?closed the connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|connect(ion)? timeout|Can't reach database server|timeout exceeded when trying to connect/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    originalCode?: unknown;
    kind?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  const code = typeof e.code === "string" ? e.code : typeof e.originalCode === "string" ? e.originalCode : "";
  if (SOCKET_CODES.has(code) || SHUTDOWN_STATES.has(code) || PRISMA_CODES.has(code) || code.startsWith("08"))
    return true;
  if (e.kind === "DatabaseNotReachable" || e.kind === "ConnectionClosed" || e.kind === "SocketTimeout") return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
    return true;
  // Prisma keeps the driver adapter's error in meta.driverAdapterError.
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1);
}
