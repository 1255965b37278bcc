/**
 * `npm run report:check -- <file.txt|file.docx> [--json] [--csv]`: checks a published annual report
 * without a database — the recognised agency, year and format, every table, every finding. Exit status 0
 * without a hard finding, 1 with one, 2 when the file cannot be read as a report. See docs/import.md.
 */
import { readFile } from "node:fs/promises";
import { runReportCheck } from "../lib/report-import/check-cli.ts";

const result = await runReportCheck(process.argv.slice(2), { readFile: (path) => readFile(path) });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
