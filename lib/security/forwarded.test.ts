import { describe, expect, it } from "vitest";
import { normaliseAddress, parseTrustedProxies, resolveForwarding } from "./forwarded";

const loopback = parseTrustedProxies(undefined);

describe("client address behind proxies", () => {
  it("ignores forwarded headers from a peer that is not a configured proxy", () => {
    const spoofed = resolveForwarding(
      "203.0.113.7",
      { "x-forwarded-for": "1.2.3.4", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" },
      loopback,
    );
    expect(spoofed).toEqual({ clientAddress: "203.0.113.7", proto: null, host: null });
  });

  it("believes a trusted proxy: the client is the first untrusted hop from the right", () => {
    const list = parseTrustedProxies("10.0.0.0/8, loopback");
    // The client sent its own X-Forwarded-For; nginx appended the real address; a second proxy appended nginx.
    const resolved = resolveForwarding(
      "::ffff:127.0.0.1",
      {
        "x-forwarded-for": "6.6.6.6, 198.51.100.9, 10.1.2.3",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "gk.example.gov.cn",
      },
      list,
    );
    expect(resolved).toEqual({ clientAddress: "198.51.100.9", proto: "https", host: "gk.example.gov.cn" });
  });

  it("takes the proxy itself when it forwards nothing, and stops at an unreadable hop", () => {
    expect(resolveForwarding("127.0.0.1", {}, loopback).clientAddress).toBe("127.0.0.1");
    expect(resolveForwarding("127.0.0.1", { "x-forwarded-for": "<script>, 192.0.2.1" }, loopback).clientAddress).toBe(
      "192.0.2.1",
    );
    expect(resolveForwarding("127.0.0.1", { "x-forwarded-for": "192.0.2.1, junk" }, loopback).clientAddress).toBe(
      "127.0.0.1",
    );
  });

  it("reads the setting: addresses, ranges, loopback, private, none; refuses nonsense", () => {
    const none = parseTrustedProxies("none");
    expect(resolveForwarding("127.0.0.1", { "x-forwarded-for": "1.2.3.4" }, none).clientAddress).toBe("127.0.0.1");
    const one = parseTrustedProxies("127.0.0.2");
    expect(resolveForwarding("127.0.0.2", { "x-forwarded-for": "1.2.3.4" }, one).clientAddress).toBe("1.2.3.4");
    expect(resolveForwarding("127.0.0.1", { "x-forwarded-for": "1.2.3.4" }, one).clientAddress).toBe("127.0.0.1");
    const priv = parseTrustedProxies("private");
    expect(resolveForwarding("172.20.0.5", { "x-forwarded-for": "1.2.3.4" }, priv).clientAddress).toBe("1.2.3.4");
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow("10.0.0.0/33");
    expect(() => parseTrustedProxies("proxy.example")).toThrow("proxy.example");
  });

  it("drops a forwarded protocol or host it cannot read", () => {
    const resolved = resolveForwarding(
      "127.0.0.1",
      { "x-forwarded-proto": "gopher", "x-forwarded-host": "a b/c" },
      loopback,
    );
    expect(resolved).toMatchObject({ proto: null, host: null });
  });

  it("normalises addresses", () => {
    expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("192.0.2.1:5050")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("not an address")).toBeNull();
    expect(normaliseAddress("1.2.3.4\u0000")).toBeNull();
  });
});
