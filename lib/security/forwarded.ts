/**
 * Who is on the other end of a request. Behind a reverse proxy, the proxy's address is the peer and
 * the client's is in X-Forwarded-For; but anyone can send that header, so it is believed only when the
 * peer is one of the configured proxies (TRUSTED_PROXIES, see .env.example). The same holds for
 * X-Forwarded-Proto and X-Forwarded-Host, which decide the cookie names and the HSTS header.
 */
import { BlockList, isIP } from "node:net";

/** What the peer was trusted with. The proto and host are set only when a trusted proxy sent them. */
export type Forwarding = { clientAddress: string; proto: "http" | "https" | null; host: string | null };

const LOOPBACK = ["127.0.0.0/8", "::1/128"];
const PRIVATE = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"];

/**
 * Parses TRUSTED_PROXIES: addresses and CIDR ranges separated by commas or spaces, plus the words
 * `loopback` (a proxy on the same machine, the default), `private` (private networks) and `none`.
 * Throws on an entry it cannot read, naming it.
 */
export function parseTrustedProxies(setting: string | undefined): BlockList {
  const list = new BlockList();
  const entries = (setting ?? "loopback").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    if (entry === "none") continue;
    const ranges = entry === "loopback" ? LOOPBACK : entry === "private" ? PRIVATE : [entry];
    for (const range of ranges) {
      const [address, bits] = range.split("/");
      const family = isIP(address);
      const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
      if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
        throw new Error(`TRUSTED_PROXIES: “${entry}” is not an address, a CIDR range, loopback, private or none.`);
      }
      list.addSubnet(address, prefix, family === 6 ? "ipv6" : "ipv4");
    }
  }
  return list;
}

/** An address as written in a header or by the socket, without port, brackets or IPv4-mapped prefix; or null. */
export function normaliseAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(text);
  if (mapped) text = mapped[1];
  return isIP(text) ? text.toLowerCase() : null;
}

function trusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(",")[0]?.trim();
}

/**
 * The client's address, and the protocol and host it used, for a request from `peer` (the socket's
 * address). A trusted peer's X-Forwarded-For is read from the right, skipping further trusted proxies;
 * the first address not trusted is the client. An untrusted peer is the client, whatever it says.
 */
export function resolveForwarding(
  peer: string | undefined,
  headers: Record<string, string | string[] | undefined>,
  trustedProxies: BlockList,
): Forwarding {
  const peerAddress = normaliseAddress(peer) ?? "unknown";
  if (peerAddress === "unknown" || !trusted(trustedProxies, peerAddress)) {
    return { clientAddress: peerAddress, proto: null, host: null };
  }
  const header = headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((hop) => hop.trim());
  let clientAddress = peerAddress;
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!hops[i]) continue;
    const hop = normaliseAddress(hops[i]);
    if (!hop) break; // unreadable: nothing further left can be believed
    clientAddress = hop;
    if (!trusted(trustedProxies, hop)) break;
  }
  const proto = firstValue(headers["x-forwarded-proto"])?.toLowerCase();
  const host = firstValue(headers["x-forwarded-host"]);
  return {
    clientAddress,
    proto: proto === "https" || proto === "http" ? proto : null,
    host: host && /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host) ? host : null,
  };
}
