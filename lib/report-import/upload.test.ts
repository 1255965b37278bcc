// The import page's file reading, as the route handler calls it: limits before the body is read, a clear
// message for a request without a file, the summary and the report for a file.
import { describe, expect, it } from "vitest";
import { renderDocx } from "@/lib/national-format/render-docx";
import { sampleReport } from "@/lib/national-format/fixtures/read-back";
import { readUploadedReport } from "./upload";
import type { CheckedFile } from "./batch";

const post = (body: FormData | string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/office/reports/import/read", { method: "POST", body, headers });

describe("readUploadedReport", () => {
  it("reads and checks a posted file: its summary line, its text and the report", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array(await renderDocx(sampleReport("V2021", 3, 4)))], "测试县.docx"));
    const response = await readUploadedReport(post(form));
    expect(response.status).toBe(200);
    const body = (await response.json()) as CheckedFile;
    expect(body.summary).toMatchObject({ file: "测试县.docx", format: "docx", agency: "测试县", year: 2023, exit: 0 });
    expect(body.text).toMatch(/^测试县2023年政府信息公开工作年度报告/);
    expect(body.report?.unread).toEqual([]);
  });

  it("refuses a request larger than the limit before reading it, and one without a file", async () => {
    const large = await readUploadedReport(post("x", { "content-length": String(30 * 1024 * 1024) }));
    expect(large.status).toBe(413);
    expect((await large.json()).error).toContain("超过 20 MB");
    const empty = await readUploadedReport(post(new FormData()));
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toBe("请选择要读取的报告文件。");
  });
});

describe("pasted HTML", () => {
  it("a page's source pasted is read like the saved page: its tables expanded to their grids", async () => {
    const { pastedText, parseReportText } = await import("./index");
    const { renderHtml } = await import("./fixtures/render-html");
    const html = renderHtml(sampleReport("V2019", 5, 2));
    const parsed = parseReportText(pastedText(html));
    expect(parsed.ok && parsed.report.unread).toEqual([]);
    expect(pastedText("柏香镇2022年政府信息公开工作年度报告")).toBe("柏香镇2022年政府信息公开工作年度报告");
  });
});
