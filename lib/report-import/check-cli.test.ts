// `npm run report:check`: in process for each output, and spawned as the script for the exit statuses.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CSV_HEADER } from "@/lib/national-format/open-data";
import { sampleReport } from "@/lib/national-format/fixtures/read-back";
import { renderDocx } from "@/lib/national-format/render-docx";
import { runReportCheck, type CheckIo } from "./check-cli";
import { BAIXIANG_2022_TEXT, QINYANG_EDUCATION_2020_TEXT } from "./fixtures/seed";

const files = new Map<string, Uint8Array>([
  ["baixiang.txt", new TextEncoder().encode(BAIXIANG_2022_TEXT)],
  ["qinyang.txt", new TextEncoder().encode(QINYANG_EDUCATION_2020_TEXT)],
  ["notice.txt", new TextEncoder().encode("关于做好春节期间值班工作的通知\n各科室：请按排班表值班。\n")],
  // The seed with one row's 总计 left blank beside its figures: a hard finding (T3-ROW-SUM).
  [
    "broken.txt",
    new TextEncoder().encode(BAIXIANG_2022_TEXT.replace(/(一、本年新收政府信息公开申请数量(?:\t0){6})\t0/, "$1\t")),
  ],
]);
const io: CheckIo = {
  readFile: async (file) => {
    const bytes = files.get(file);
    if (!bytes) throw new Error(`ENOENT: no such file or directory, open '${file}'`);
    return bytes;
  },
};

describe("runReportCheck", () => {
  it("prints the recognised report, its tables and every finding; the 柏香镇 blank rows are warnings: exit 0", async () => {
    const out = await runReportCheck(["baixiang.txt"], io);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("机关：柏香镇\n年度：2022\n格式：V2021（国办公开办函〔2021〕30号）");
    expect(out.stdout).toContain(`三、本年度办理结果\t（一）予以公开${"\t".repeat(8)}\n`); // printed blank, as read
    expect(out.stdout).toContain("校验结果：错误 0 项，提示 4 项");
    // An entirely blank row: one completeness warning at its 总计, under the rule's Chinese name.
    expect(out.stdout).toMatch(
      /^提示【整行空白】 \[s3\.outcome\.granted\.total\] 表三 （一）予以公开 行各列均为空白，已按 0 计：没有此类情况请填 0$/m,
    );
    expect(out.stdout).not.toMatch(/T3-ROW-SUM|BLANK-CELL/);
    // The label the reader corrected is a notice, not a silent change.
    expect(out.stdout).toContain(
      "说明：\n  第 47 行：表三行名「2.其他法律法规禁止公开」与国家格式不同，已按「2.其他法律行政法规禁止公开」读取，请核对\n",
    );
  });

  it("exits 1 when a row has figures but its 总计 is blank: that stays a hard finding", async () => {
    files.set(
      "total-blank.txt",
      new TextEncoder().encode(
        BAIXIANG_2022_TEXT.replace(
          "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
          "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t",
        ),
      ),
    );
    const out = await runReportCheck(["total-blank.txt"], io);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(
      /^错误【表三各行合计】 \[s3\.new\.total\] 表三 一、本年新收政府信息公开申请数量 行「总计」列为空/m,
    );
  });

  it("exits 0 for a report without hard findings", async () => {
    const out = await runReportCheck(["qinyang.txt"], io);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("格式：V2019（国办公开办函〔2019〕60号），按表格内容识别");
    expect(out.stdout).toContain("校验结果：错误 0 项，提示 0 项");
  });

  it("--json: the same in the open-data JSON shape", async () => {
    const out = await runReportCheck(["baixiang.txt", "--json"], io);
    const json = JSON.parse(out.stdout);
    expect(out.code).toBe(0);
    expect(json.recognised).toEqual({
      title: "柏香镇2022年政府信息公开工作年度报告",
      titleName: "柏香镇",
      year: 2022,
      vintage: "V2021",
      notice: "国办公开办函〔2021〕30号",
      vintageBy: "structure",
      feeDecimals: 4,
    });
    expect(json.report.schema).toBe("gov-disclosure-annual-report/1");
    const s3 = json.report.sections.find((s: { number: string }) => s.number === "三").tables[0];
    expect(s3.rows.find((r: { code: string }) => r.code === "outcome.granted").cells[0]).toEqual({
      code: "s3.outcome.granted.natural",
      value: 0,
      blank: true,
    });
    // The codes stay in the data: ruleId beside the Chinese rule name.
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      "BLANK-ROW",
      "BLANK-ROW",
      "BLANK-ROW",
      "WORK-ASSESSMENT",
    ]);
    expect(json.findings[0]).toMatchObject({ ruleName: "整行空白", severity: "soft" });
    expect(json.summary).toEqual({ hard: 0, soft: 4, notChecked: 0, exit: 0 });
    expect(json.notes).toContainEqual({
      line: 47,
      message: "表三行名「2.其他法律法规禁止公开」与国家格式不同，已按「2.其他法律行政法规禁止公开」读取，请核对",
    });
    expect(json.sources["s3.new.natural"]).toEqual({ line: 41, text: "0" });
  });

  it("--json: a cell that could not be read is null, not 0", async () => {
    files.set("words.txt", new TextEncoder().encode(BAIXIANG_2022_TEXT.replace("行政许可\t0", "行政许可\t若干")));
    const json = JSON.parse((await runReportCheck(["words.txt", "--json"], io)).stdout);
    const s2 = json.report.sections.find((s: { number: string }) => s.number === "二").tables[1];
    expect(s2.rows[0].cells[0]).toEqual({ code: "s2.licensing.decisions", value: null, unread: true });
    expect(json.unread).toEqual([
      expect.objectContaining({ code: "s2.licensing.decisions", reason: "「若干」不是数字" }),
    ]);
  });

  it("--csv: only the tables, in the tables.csv shape", async () => {
    const out = await runReportCheck(["qinyang.txt", "--csv"], io);
    const lines = out.stdout.split("\r\n");
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toContain("二,政府集中采购,采购总金额,156.32");
    expect(lines).toContain("三,一、本年新收政府信息公开申请数量,自然人,5");
    expect(lines).toHaveLength(1 + 198 + 1);
    expect(out.stderr).toBe("校验结果：错误 0 项，提示 0 项\n");
  });

  it("reads a .docx", async () => {
    files.set("sample.docx", new Uint8Array(await renderDocx(sampleReport("V2021", 3, 4))));
    const out = await runReportCheck(["sample.docx"], io);
    expect(out).toMatchObject({ code: 0, stderr: "" });
    expect(out.stdout).toContain("机关：测试县\n年度：2023");
  });

  it("exits 2 with a message in Chinese and English when the file is not a report", async () => {
    const notice = await runReportCheck(["notice.txt"], io);
    expect(notice).toMatchObject({ code: 2, stdout: "" });
    expect(notice.stderr).toContain("未能识别为政府信息公开工作年度报告");
    expect(notice.stderr).toContain("Not an annual report on government information disclosure");
    expect(await runReportCheck(["missing.txt"], io)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("无法打开文件：missing.txt"),
    });
    files.set("fake.docx", new TextEncoder().encode("not a zip"));
    expect(await runReportCheck(["fake.docx"], io)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("无法读取 Word 文件"),
    });
    expect(await runReportCheck([], io)).toMatchObject({ code: 2, stderr: expect.stringContaining("用法 Usage") });
    expect(await runReportCheck(["baixiang.txt", "--json", "--csv"], io)).toMatchObject({ code: 2 });
  });

  it("reads text saved in GBK", async () => {
    const gbk = new Uint8Array([0xb0, 0xd8, 0xcf, 0xe3]); // 柏香
    files.set("gbk.txt", gbk);
    const out = await runReportCheck(["gbk.txt"], io);
    expect(out.code).toBe(2); // decoded, but two characters are not a report
    expect(out.stderr).not.toContain("不是文本");
  });
});

describe("runReportCheck on several files or a folder", () => {
  const folderIo: CheckIo = {
    ...io,
    expand: async (path) =>
      path === "县/"
        ? { files: ["baixiang.txt", "broken.txt", "qinyang.txt", "notice.txt"], folder: true }
        : { files: [path], folder: false },
  };

  it("prints one line per report and a total; exit 2 when any could not be read", async () => {
    const out = await runReportCheck(["县/"], folderIo);
    const lines = out.stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "baixiang.txt\t柏香镇\t2022\t文本 V2021\t读取 200/200 格\t无法读取 0 行\t错误 0\t提示 4\t未检查 0\t通过（退出码 0）",
    );
    expect(lines[1]).toMatch(/^broken\.txt\t柏香镇\t2022\t.*错误 1\t.*有错误（退出码 1）$/);
    lines.splice(1, 1);
    expect(lines[1]).toMatch(/^qinyang\.txt\t沁阳市教育局\t2020\t文本 V2019\t读取 198\/198 格.*通过（退出码 0）$/);
    expect(lines[2]).toMatch(/^notice\.txt\t无法读取：未能识别为政府信息公开工作年度报告.*退出码 2$/);
    expect(lines.at(-1)).toBe("共 4 份报告：通过 2 份，有错误 1 份，未能（完整）读取 1 份；退出码 2");
    expect(out.code).toBe(2);
  });

  it("exit 1 when the worst is a hard finding; --csv and --json carry the same lines", async () => {
    const csv = await runReportCheck(["broken.txt", "qinyang.txt", "--csv"], io);
    expect(csv.code).toBe(1);
    const rows = csv.stdout.split("\r\n");
    expect(rows[0]).toBe(
      "file,format,agency,year,vintage,cellsRead,cellsTotal,unreadRows,unreadCells,hard,soft,notChecked,exit,error",
    );
    expect(rows[1]).toMatch(/^broken\.txt,text,柏香镇,2022,V2021,200,200,0,0,1,\d+,0,1,$/);
    expect(csv.stderr).toContain("共 2 份报告");
    const json = JSON.parse((await runReportCheck(["broken.txt", "qinyang.txt", "--json"], io)).stdout);
    expect(json.total).toEqual({ reports: 2, clean: 1, withHard: 1, unreadable: 0, exit: 1 });
    expect(json.reports[1]).toMatchObject({ file: "qinyang.txt", agency: "沁阳市教育局", year: 2020, exit: 0 });
  });
});

describe("scripts/report-check.ts, spawned", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "report-check-"));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/report-check.ts", ...args], {
      cwd: process.cwd(),
      encoding: "utf8",
      timeout: 180_000,
    });

  it("exits 2 with a clear message for input that is not a report", () => {
    const file = path.join(dir, "notice.txt");
    writeFileSync(file, "关于做好春节期间值班工作的通知\n各科室：请按排班表值班。\n");
    const result = run(file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("未能识别为政府信息公开工作年度报告");
    expect(result.stderr).toContain("Not an annual report on government information disclosure");
  }, 200_000);

  it("walks a folder: one line per report, the PDF and the scan among them", () => {
    const folder = path.join(dir, "county");
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "柏香镇.txt"), BAIXIANG_2022_TEXT);
    const layouts = path.join(import.meta.dirname, "fixtures", "layouts");
    copyFileSync(path.join(layouts, "v2021-libreoffice.pdf"), path.join(folder, "测试县.pdf"));
    copyFileSync(path.join(layouts, "scanned.pdf"), path.join(folder, "扫描.pdf"));
    writeFileSync(path.join(folder, "说明.md"), "not a report file type");
    const result = run(folder, "--json");
    expect(result.status).toBe(2);
    const json = JSON.parse(result.stdout);
    const exits = Object.fromEntries(
      json.reports.map((r: { file: string; exit: number }) => [path.basename(r.file), r.exit]),
    );
    expect(exits).toEqual({ "扫描.pdf": 2, "测试县.pdf": 0, "柏香镇.txt": 0 });
  }, 200_000);

  it("exits 0 for the 柏香镇 report (its three blank rows are warnings) and 1 for a row without its 总计", () => {
    const seed = path.join(dir, "baixiang.txt");
    writeFileSync(seed, BAIXIANG_2022_TEXT);
    const result = run(seed);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("机关：柏香镇");
    expect(result.stdout).toContain("校验结果：错误 0 项，提示 4 项");
    const broken = path.join(dir, "total-blank.txt");
    writeFileSync(broken, BAIXIANG_2022_TEXT.replace(/(一、本年新收政府信息公开申请数量(?:\t0){6})\t0/, "$1\t"));
    expect(run(broken).status).toBe(1);
    const clean = path.join(dir, "qinyang.txt");
    writeFileSync(clean, QINYANG_EDUCATION_2020_TEXT);
    expect(run(clean, "--json").status).toBe(0);
  }, 200_000);
});
