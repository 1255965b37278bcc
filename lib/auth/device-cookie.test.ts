import { describe, expect, it } from "vitest";
import { knownDevice, withNewDeviceToken } from "./device-cookie";

const secret = "test-secret";

describe("device cookies", () => {
  it("recognise the browser for the login it signed in with, and only for that login", () => {
    const cookie = withNewDeviceToken(secret, undefined, "head");
    expect(knownDevice(secret, cookie, "head")).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(knownDevice(secret, cookie, "officer")).toBeNull();
    expect(knownDevice("another-secret", cookie, "head")).toBeNull();
    expect(knownDevice(secret, undefined, "head")).toBeNull();
  });

  it("refuse a forged or altered token", () => {
    const cookie = withNewDeviceToken(secret, undefined, "head");
    const [id, mac] = cookie.split(".");
    // A character in the middle: each of its six bits is part of the signature (the last one's are not all).
    const flipped = `${id}.${mac.slice(0, 20)}${mac[20] === "A" ? "B" : "A"}${mac.slice(21)}`;
    expect(knownDevice(secret, flipped, "head")).toBeNull();
    expect(knownDevice(secret, `${"A".repeat(16)}.${mac}`, "head")).toBeNull();
    expect(knownDevice(secret, "garbage~\u0000~", "head")).toBeNull();
  });

  it("renew the token at each sign-in and keep other logins' tokens, up to eight", () => {
    const first = withNewDeviceToken(secret, undefined, "head");
    const second = withNewDeviceToken(secret, first, "head");
    expect(knownDevice(secret, second, "head")).not.toBe(knownDevice(secret, first, "head"));
    expect(second.split("~")).toHaveLength(1);
    let shared = second;
    for (const login of ["a", "b", "c", "d", "e", "f", "g", "h"]) shared = withNewDeviceToken(secret, shared, login);
    expect(shared.split("~")).toHaveLength(8);
    expect(knownDevice(secret, shared, "h")).not.toBeNull();
    expect(knownDevice(secret, shared, "head")).toBeNull(); // the oldest dropped out
  });
});
