/**
 * `npm run bench:check`: how fast `npm run report:check` reads and checks published reports.
 * - 1,000 reports (500 tab-separated texts with blank cells, 500 Word .docx files, random figures) in one folder,
 *   checked by the command as a county would run it (`report:check -- <folder> --csv`), wall time;
 * - each PDF of the layout fixtures (Chromium and LibreOffice prints): the command on that one file (a process of
 *   its own: start-up and pdf.js loading included), and reading + checking it again in a running process.
 * Figures go to docs/benchmarks.md.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderDocx } from "../lib/national-format/render-docx.ts";
import { checkFile } from "../lib/report-import/batch.ts";
import { layoutReport, printedDocument, renderTsv, seededFigures } from "../lib/report-import/fixtures/layouts.ts";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 1000);
const root = path.resolve(import.meta.dirname, "..");
const fixtures = path.join(root, "lib/report-import/fixtures/layouts");

function command(args: string[]): { seconds: number; status: number | null; stdout: string } {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/report-check.ts", ...args],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { seconds: (performance.now() - started) / 1000, status: result.status, stdout: result.stdout };
}

const dir = mkdtempSync(path.join(tmpdir(), "bench-check-"));
try {
  console.log(`Writing ${REPORTS} reports to ${dir} …`);
  for (let i = 0; i < REPORTS; i++) {
    const report = layoutReport(i % 3 ? "V2021" : "V2019", seededFigures(i), {
      feeDecimals: 2 + (i % 3),
      blankRate: 0.3,
      titleName: `第${i}镇`,
    });
    if (i % 2) writeFileSync(path.join(dir, `report-${i}.docx`), await renderDocx(printedDocument(report)));
    else writeFileSync(path.join(dir, `report-${i}.txt`), renderTsv(report, "grid"));
  }

  const batch = command([dir, "--csv"]);
  const lines = batch.stdout.trim().split(/\r?\n/).length - 1;
  console.log("\n| what | figure |\n|---|---|");
  console.log(
    `| ${lines} reports (${REPORTS / 2} text, ${REPORTS / 2} .docx), one command | ${batch.seconds.toFixed(1)} s |`,
  );
  console.log(`| per report | ${((batch.seconds * 1000) / lines).toFixed(1)} ms |`);
  if (lines !== REPORTS || batch.status === null) throw new Error(`expected ${REPORTS} lines, got ${lines}`);

  for (const file of readdirSync(fixtures).filter((name) => name.endsWith(".pdf") && !name.includes("changed"))) {
    const full = path.join(fixtures, file);
    const cold = command([full, "--json"]);
    const bytes = new Uint8Array(readFileSync(full));
    await checkFile(file, bytes); // pdf.js loaded once
    const runs = 5;
    const started = performance.now();
    for (let i = 0; i < runs; i++) await checkFile(file, bytes);
    const warm = (performance.now() - started) / runs / 1000;
    console.log(`| ${file}: the command (own process) | ${cold.seconds.toFixed(2)} s |`);
    console.log(`| ${file}: read and checked in a running process | ${warm.toFixed(2)} s |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
