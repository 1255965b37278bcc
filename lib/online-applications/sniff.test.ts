import { describe, expect, it } from "vitest";
import { safeFilename, sniffAttachment } from "./sniff";

describe("attachment sniffing", () => {
  it("knows images and PDF by their bytes", () => {
    expect(sniffAttachment(Buffer.from("%PDF-1.7\n..."))).toBe("application/pdf");
    expect(sniffAttachment(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniffAttachment(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
  });

  it("refuses anything else, whatever its name says", () => {
    expect(sniffAttachment(Buffer.from("<html><script>alert(1)</script>"))).toBeNull();
    expect(sniffAttachment(Buffer.from("PK\u0003\u0004"))).toBeNull();
    expect(sniffAttachment(Buffer.from(""))).toBeNull();
  });

  it("keeps a safe name with the sniffed extension", () => {
    expect(safeFilename("../../etc/身份证.exe", "image/png")).toBe("身份证.png");
    expect(safeFilename('a"b.pdf', "application/pdf")).toBe("ab.pdf");
  });
});
