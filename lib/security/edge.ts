/**
 * What the web server (scripts/serve.ts) does first with every request, before the public-page cache
 * or Next sees it: settle who the client is (forwarded headers only from TRUSTED_PROXIES; see
 * ./forwarded.ts) and put the fixed security headers on the response (./headers.ts). Next and next-auth
 * then read X-Forwarded-For/-Proto/-Host as this function left them: the client's address (the sign-in
 * throttle keys on it), the protocol it used (session cookie names, HSTS) and the host.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { parseTrustedProxies, resolveForwarding } from "./forwarded";
import { baselineSecurityHeaders } from "./headers";

const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port"];

// Read when the server starts: a setting it cannot read stops it with a message naming the entry.
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);

export function applyEdgeSecurity(req: IncomingMessage, res: ServerResponse): void {
  const forwarding = resolveForwarding(req.socket.remoteAddress, req.headers, trustedProxies);
  const port = forwarding.host ? req.headers["x-forwarded-port"] : undefined;
  for (const name of [...FORWARDING_HEADERS, "x-real-ip", "forwarded"]) delete req.headers[name];
  req.headers["x-forwarded-for"] = forwarding.clientAddress;
  // Left unset, Next fills them in from this connection (its protocol, the Host header).
  if (forwarding.proto) req.headers["x-forwarded-proto"] = forwarding.proto;
  if (forwarding.host) req.headers["x-forwarded-host"] = forwarding.host;
  if (typeof port === "string" && /^\d{1,5}$/.test(port)) req.headers["x-forwarded-port"] = port;

  const https = forwarding.proto ? forwarding.proto === "https" : Boolean((req.socket as TLSSocket).encrypted);
  for (const [name, value] of Object.entries(baselineSecurityHeaders({ https }))) res.setHeader(name, value);
}
