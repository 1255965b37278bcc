import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./redirect";

describe("the path after sign-in", () => {
  it("keeps paths of this site, normalised", () => {
    expect(safeCallbackPath("/office/applications?year=2023#top")).toBe("/office/applications?year=2023#top");
    expect(safeCallbackPath("/office/../office/reports")).toBe("/office/reports");
    expect(safeCallbackPath("/reports/baixiang/2022")).toBe("/reports/baixiang/2022");
  });

  it("never leaves the site, however the host is disguised", () => {
    for (const payload of [
      "/\\evil.example/x",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "//evil.example",
      "///evil.example",
      "/\\/evil.example",
      "\\\\evil.example",
      "https://evil.example/",
      "http:evil.example",
      "javascript:alert(1)",
      "evil.example",
      " /\\evil.example",
      "/%2F%2Fevil.example", // stays a path on this site; checked below
    ]) {
      const path = safeCallbackPath(payload);
      expect(new URL(path, "http://localhost").host, payload).toBe("localhost");
      expect(path.startsWith("//")).toBe(false);
    }
    expect(safeCallbackPath("/\\evil.example/x")).toBe("/office");
    expect(safeCallbackPath("/\t/evil.example")).toBe("/office");
    expect(safeCallbackPath(undefined)).toBe("/office");
  });

  it("keeps percent-escapes as escapes: /%09/evil.example is a path here", () => {
    // The browser never turns %09 back into a tab in a path, so this stays on the site (a 404 at worst).
    expect(safeCallbackPath("/%09/evil.example")).toBe("/%09/evil.example");
  });
});
