// Where the six sections are: their headings (一、总体情况 …), matched loosely but in order, and the title
// with the agency and year above them.
import {
  BALANCE_NOTE,
  SECTION_HEADINGS,
  SECTIONS,
  VINTAGES,
  getFormat,
  type Section,
} from "@/lib/national-format/format";
import { parseNumberToken } from "@/lib/national-format/validation/chinese-number";
import { fold, keySimilarity, labelKey, labelSimilarity, splitMarker } from "./normalise";
import { textFields, type SourceLine } from "./tokenize";

/** Lines `start` ≤ i < `end` (0-based indexes into the lines) hold the section's body. */
export type SectionSpan = { section: Section; start: number; end: number; headingLine?: number };

const HEADING_MATCH = 0.8;

/** A heading line: the section's number (一、) and its text, as the only text on the line. */
export function headingOf(line: SourceLine): Section | undefined {
  const fields = line.fields.filter((field) => field.kind !== "empty");
  if (!fields.length || fields.some((field) => field.kind !== "text") || line.raw.trim().length > 40) return undefined;
  const text = fields.map((field) => field.text).join("");
  const { marker } = splitMarker(text);
  if (marker?.kind !== "cn") return undefined;
  const section = SECTIONS[marker.n - 1];
  return section && labelSimilarity(text, SECTION_HEADINGS[section]) >= HEADING_MATCH ? section : undefined;
}

/** The block titles of section 二 in either vintage (第二十条第（一）项 …), as label keys. */
export const BLOCK_TITLES = new Set(
  VINTAGES.flatMap((v) =>
    getFormat(v)
      .tables.filter((t) => t.title)
      .map((t) => labelKey(t.title!)),
  ),
);

/** Where a table stands without its section heading: the first line that only that table prints. */
function tableAnchor(section: Section, line: SourceLine): boolean {
  const keys = textFields(line).map((field) => labelKey(field.text));
  if (section === "二") return keys.length === 1 && BLOCK_TITLES.has(keys[0]);
  if (section === "三")
    return keys.some((key) => keySimilarity(key, labelKey(BALANCE_NOTE)) >= HEADING_MATCH || key === "申请人情况");
  if (section === "四") return keys.includes("行政复议") && keys.includes("行政诉讼");
  return false;
}

/**
 * The sections in order: a heading counts only after the previous one found, so the rows 一、二、三、四 of
 * table 三 are never taken for headings. A table section without a heading starts at its table's anchor.
 */
export function locateSections(lines: SourceLine[]): SectionSpan[] {
  const found: { section: Section; at: number; heading: boolean }[] = [];
  let lastOrder = -1;
  lines.forEach((line, i) => {
    const section = headingOf(line);
    if (section && SECTIONS.indexOf(section) > lastOrder) {
      found.push({ section, at: i, heading: true });
      lastOrder = SECTIONS.indexOf(section);
    }
  });
  for (const section of ["二", "三", "四"] as const) {
    if (found.some((f) => f.section === section)) continue;
    const order = SECTIONS.indexOf(section);
    const after = Math.max(-1, ...found.filter((f) => SECTIONS.indexOf(f.section) < order).map((f) => f.at));
    const before = Math.min(lines.length, ...found.filter((f) => SECTIONS.indexOf(f.section) > order).map((f) => f.at));
    const at = lines.findIndex((line, i) => i > after && i < before && tableAnchor(section, line));
    if (at >= 0) found.push({ section, at, heading: false });
  }
  found.sort((a, b) => a.at - b.at);
  return found.map((f, i) => ({
    section: f.section,
    start: f.heading ? f.at + 1 : f.at,
    end: found[i + 1]?.at ?? lines.length,
    ...(f.heading && { headingLine: f.at + 1 }),
  }));
}

export type TitleInfo = { title: string; line: number; titleName?: string; year?: number };

const YEAR = "((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})";

function yearOf(token: string): number | undefined {
  if (/^\d{4}$/.test(token)) return Number(token);
  const digits = [...token].map((ch) => parseNumberToken(ch));
  return digits.every((d) => d !== undefined) ? Number(digits.join("")) : undefined;
}

const trimName = (name: string) => name.replace(/^关于/, "").replace(/(?:关于|的)$/, "");

/**
 * The agency and year of a title: 柏香镇2022年政府信息公开工作年度报告, 2022年柏香镇政府信息公开工作年度报告,
 * 柏香镇人民政府2022年度政府信息公开工作年度报告, 柏香镇政府信息公开工作2022年度报告.
 */
export function parseTitle(text: string): { titleName?: string; year?: number } | undefined {
  const t = fold(text).replace(/\s+/g, "");
  if (!t.includes("政府信息公开") || !/(?:报告|年报)/.test(t)) return undefined;
  const before = new RegExp(`^(.*?)${YEAR}年度?(.*?)政府信息公开`).exec(t);
  if (before) {
    const name = trimName(before[1]) || trimName(before[3]);
    return { ...(name && { titleName: name }), year: yearOf(before[2]) };
  }
  const after = new RegExp(`^(.*?)政府信息公开工作${YEAR}年度?(?:报告|年报)`).exec(t);
  if (after) return { ...(trimName(after[1]) && { titleName: trimName(after[1]) }), year: yearOf(after[2]) };
  return { ...(trimName(t.split("政府信息公开")[0]) && { titleName: trimName(t.split("政府信息公开")[0]) }) };
}

/**
 * The title: the first line above the sections that reads as one with a year, else the first that reads as one
 * at all (a web page puts its menu — 政府信息公开 | 政府信息公开年报 — above it).
 */
export function findTitle(lines: SourceLine[], firstSection: number): TitleInfo | undefined {
  let withoutYear: TitleInfo | undefined;
  for (let i = 0; i < firstSection; i++) {
    const text = lines[i].raw.trim();
    const parsed = text.length <= 80 ? parseTitle(text) : undefined;
    if (parsed?.year) return { title: text, line: i + 1, ...parsed };
    if (parsed) withoutYear ??= { title: text, line: i + 1, ...parsed };
  }
  return withoutYear;
}
