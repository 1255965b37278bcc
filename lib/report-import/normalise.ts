// Comparing labels as people print them: full- or half-width, with or without spaces and punctuation,
// "（一）" or "(一)" or "(1)", with a character or two wrong or missing, or with a local addition.
import { parseNumberToken } from "@/lib/national-format/validation/chinese-number";

/** A label's leading number: 一、 (cn), （一） or (1) (paren), 1. or 1、 (num). */
export type Marker = { kind: "cn" | "paren" | "num"; n: number };

/** NFKC folds full-width letters, digits and punctuation to their half-width forms. */
export function fold(text: string): string {
  return text.normalize("NFKC");
}

/** The characters that carry meaning: letters and digits only (no spaces, punctuation or symbols). */
export function labelKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, "");
}

const CN_NUMERAL = "[一二三四五六七八九十]+";
const MARKER = new RegExp(
  `^\\s*(?:(${CN_NUMERAL})\\s*[、.]|[(]\\s*(${CN_NUMERAL}|\\d{1,2})\\s*[)]|(\\d{1,2})\\s*[.、](?!\\d))\\s*`,
);

export function splitMarker(label: string): { marker?: Marker; text: string } {
  const folded = fold(label);
  const match = MARKER.exec(folded);
  if (!match) return { text: folded.trim() };
  const [whole, cn, paren, num] = match;
  const token = cn ?? paren ?? num;
  const n = parseNumberToken(token);
  if (n === undefined) return { text: folded.trim() };
  const kind = cn ? "cn" : paren ? "paren" : "num";
  return { marker: { kind, n }, text: folded.slice(whole.length).trim() };
}

/** Positions where a new numbered label starts inside a run of text (table 三's row labels). */
const SEGMENT_START = new RegExp(`(?:${CN_NUMERAL}、|[(](?:${CN_NUMERAL}|\\d{1,2})[)]|\\d{1,2}[.、](?!\\d))`, "g");

/**
 * Splits a run of row labels into its numbered parts: "(三) 不予公开 1.属于国家秘密" →
 * ["(三) 不予公开", "1.属于国家秘密"]. Text before the first number stays a part of its own.
 */
export function splitSegments(label: string): string[] {
  const text = fold(label);
  const starts = [...text.matchAll(SEGMENT_START)]
    .map((m) => m.index ?? 0)
    .filter((i) => i === 0 || !/\d/.test(text[i - 1]));
  const cuts = [0, ...starts.filter((i) => i > 0), text.length];
  return cuts
    .slice(0, -1)
    .map((start, i) => text.slice(start, cuts[i + 1]).trim())
    .filter(Boolean);
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}

/** Shortest text that may match by containment ("规范性文件" in "行政规范性文件"), not "其他" in "其他结果". */
const MIN_CONTAINED = 4;

/**
 * Similarity of two label keys in [0, 1]: 1 when equal; else the better of the edit-distance ratio and,
 * when one contains the other, 0.7 plus a share for how much of the longer one it covers (a local addition
 * such as "（单位：万元，保留4位小数）" or a truncated copy).
 */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const contained =
    short.length >= MIN_CONTAINED && long.includes(short) ? 0.7 + (0.3 * short.length) / long.length : 0;
  if (long.length - short.length > long.length / 2) return contained; // too different in length for typos
  return Math.max(contained, 1 - editDistance(a, b) / long.length);
}

/**
 * Similarity of a printed label to a format label: the texts compared by key, the numbers compared
 * apart — a different number of the same kind ("2." for "3.") costs a lot, a different kind a little, a
 * missing number hardly anything.
 */
export function labelSimilarity(printed: string, defined: string): number {
  const key = `${printed}\u0000${defined}`;
  let score = similarities.get(key);
  if (score === undefined) {
    if (similarities.size >= CACHE_SIZE) similarities.clear();
    score = computeLabelSimilarity(printed, defined);
    similarities.set(key, score);
  }
  return score;
}

// The same printed labels are compared with the same format labels many times (every row against every
// leaf, in both vintages): remember the answers.
const CACHE_SIZE = 50_000;
const similarities = new Map<string, number>();

function computeLabelSimilarity(printed: string, defined: string): number {
  const p = splitMarker(printed);
  const d = splitMarker(defined);
  let score = keySimilarity(labelKey(p.text), labelKey(d.text));
  if (p.marker && d.marker) {
    if (p.marker.kind === d.marker.kind && p.marker.n !== d.marker.n) score -= 0.25;
    else if (p.marker.kind !== d.marker.kind) score -= p.marker.n === d.marker.n ? 0.05 : 0.3;
  } else if (p.marker || d.marker) score -= 0.02;
  return Math.max(0, score);
}

/** Accepted as the same label. */
export const ACCEPT = 0.72;
