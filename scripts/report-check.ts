/**
 * `npm run report:check -- <files or folders…> [--json | --csv]`: checks published annual reports (PDF, saved
 * web pages, Word .docx, text) without a database. One file: the recognised agency, year and format, every
 * table, every finding. Several files or a folder: one line per report and a total. Exit status 2 when any
 * report could not be read (in full), else 1 when any has a hard finding, else 0. See docs/import.md.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { runReportCheck } from "../lib/report-import/check-cli.ts";
import { REPORT_EXTENSIONS } from "../lib/report-import/source.ts";

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith("."))
      .map(async (entry) => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return walk(full);
        return REPORT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) ? [full] : [];
      }),
  );
  return files.flat().sort((a, b) => a.localeCompare(b, "zh-CN"));
}

const result = await runReportCheck(process.argv.slice(2), {
  readFile: (file) => readFile(file),
  expand: async (file) =>
    (await stat(file)).isDirectory() ? { files: await walk(file), folder: true } : { files: [file], folder: false },
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
