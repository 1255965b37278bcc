// Reading published reports back: pasted web-page text or a .docx, into the format's cells with where each
// was read, then checked by the same rules as a compiled report.
export type { CellSource, ImportNote, ImportResult, ImportedReport, UnreadCell } from "./types";
export { parseReportText } from "./parse";
export {
  checkImported,
  checkImportedReport,
  unreadFindings,
  UNREAD_RULE,
  type CheckResult,
  type NotChecked,
} from "./check";
export { sameAgency } from "./agency";
export { importReadiness, FIRST_REPORT_YEAR, type Readiness } from "./readiness";
export { importedDocument, markUnread, UNREAD_MARK } from "./document";
export { docxToText, DocxError } from "./docx";
export { decodeText, isZip } from "./decode";
export { pastedText } from "./html";
