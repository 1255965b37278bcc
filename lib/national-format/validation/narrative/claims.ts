// What a narrative states in figures, read the way reports are written: "共收到政府信息公开申请9件，其中自然人7件、
// 法人或其他组织2件；办结6件" is three statements about table 三 — a count, its breakdown by applicant, another
// count. Each number belongs to the subject named before it in its clause (or carried over from earlier in
// the sentence, or named right after it: "其中2件予以公开"); a zero may be said in words ("全年未收到政府信息公开
// 申请", "未发生行政复议、行政诉讼案件"). Numbers that state no fact of the year — comparisons, norms, other
// years, parts of the year, subjects no table counts (信访, 咨询 …) — yield nothing.
import { parseNumberToken } from "../chinese-number";
import {
  tokenize,
  type ApplicantColumn,
  type ApplicationRow,
  type DocumentAspect,
  type ReviewAspect,
  type ReviewGroup,
  type Tag,
  type Token,
} from "./lexicon";

export type Subject =
  | { kind: "applications"; row: ApplicationRow; column: ApplicantColumn }
  | { kind: "reviews"; group: ReviewGroup | "all"; aspect: ReviewAspect }
  | { kind: "documents"; document: "rule" | "normative" | "both"; aspect: DocumentAspect }
  | { kind: "decisions"; decision: "licensing" | "penalty" | "coercion" }
  | { kind: "submissions"; aspect: "submitted" | "adopted" }
  | { kind: "applicationFees" }; // yuan

/** A figure the text states: `text` is the words that state it, as a finding quotes them. */
export type Claim = { subject: Subject; value: number; text: string };

const COUNT_UNITS = ["件次", "件", "起", "宗", "个", "份", "项", "篇", "条", "部", "案"];
const MONEY_UNITS: Record<string, number> = { 元: 1, 万元: 10000 };
const NUMERAL = "零〇一二两三四五六七八九十百千";
const QUANTITY = new RegExp(
  `(?<![\\d.${NUMERAL}第])(\\d+(?:\\.\\d+)?|[${NUMERAL}]+)\\s*(万元|元|${COUNT_UNITS.join("|")})(?!一[档案策])`,
  "g",
);
const YEAR = /((?:19|20)\d{2})\s*年/g;
/** A part of the year: 1-6月, 一至三月, 上半年, 第三季度. */
const PART_OF_YEAR =
  /\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月|[一二三四五六七八九十]+\s*[至到]\s*[一二三四五六七八九十]+\s*月|半年|季度/;
/** Text that only links figures of one statement: "、" "，其中" "共计" "分别为" … */
const CONNECTIVE = /^[\s、，,和及与其中共计合计另有分别为是：:（）()“”"]*$/;
/** A zero said in words: 未收到 / 没有发生 / 无 / 零 before what did not happen. */
const NEGATION =
  /(?:未(?!经|审结|办结|结案)|没有|并无|均无|无|零)(?=收到|接到|受理|发生|出现|产生|有|被|新增|新发生|制发|印发|出台|制定|废止|作出|收取|办理|因|上年|结转|[^，,；;。\n]{0,2}?(?:行政复议|行政诉讼|复议|诉讼|政府信息公开申请|依申请|申请|规章|规范性文件|信息处理费|行政许可|行政处罚|行政强制))/g;

type Domain = Subject["kind"] | "unrelated";

type State = {
  domain?: Domain;
  row?: ApplicationRow;
  column?: ApplicantColumn;
  group?: ReviewGroup | "all";
  reviewAspect?: ReviewAspect;
  document?: "rule" | "normative" | "both";
  documentAspect?: DocumentAspect;
  decision?: "licensing" | "penalty" | "coercion";
  submission?: "submitted" | "adopted";
};

type Span = { start: number; end: number };

const of = <T extends Tag["t"]>(tokens: Token[], t: T) =>
  tokens.filter((token) => token.tag.t === t).map((token) => token.tag as Extract<Tag, { t: T }>);

/** The most specific of the aspects named (a later one wins a tie). */
function pick<A extends string>(aspects: (A | undefined)[], precedence: A[]): A | undefined {
  let best: A | undefined;
  for (const aspect of aspects) {
    if (aspect && (!best || precedence.indexOf(aspect) >= precedence.indexOf(best))) best = aspect;
  }
  return best;
}

const REVIEW_PRECEDENCE: ReviewAspect[] = [
  "any",
  "filed",
  "carried",
  "decided",
  "other",
  "corrected",
  "upheld",
  "pending",
];
const APPLICATION_PRECEDENCE: ApplicationRow[] = ["handled", "new", "carriedOver", "closed", "carryForward"];

function reviewGroupOf(tokens: Token[]): ReviewGroup | "all" | undefined {
  const groups = of(tokens, "review").map((tag) => tag.group);
  const specific = groups.filter((g) => g === "litigationDirect" || g === "litigationAfterReconsideration");
  if (specific.length) return specific.at(-1);
  if (groups.includes("reconsideration") && groups.includes("litigation")) return "all";
  return groups.at(-1);
}

function outcomeOf(tokens: Token[]): `outcome.${string}` | undefined {
  let best: `outcome.${string}` | undefined;
  for (const { row } of of(tokens, "outcome")) if (!best || row.split(".").length >= best.split(".").length) best = row;
  return best;
}

function documentOf(tokens: Token[]): State["document"] {
  const kinds = new Set(of(tokens, "document").map((tag) => tag.kind));
  return kinds.size === 2 ? "both" : [...kinds][0];
}

const SUBJECT_TAGS = new Set<Tag["t"]>([
  "application",
  "applicant",
  "outcome",
  "review",
  "document",
  "decision",
  "fee",
  "submission",
]);

/** Which table (or record) the tokens before a number speak of, by how specific the words are. */
function domainOf(tokens: Token[], unit: string, state: State): Domain | undefined {
  const has = (t: Tag["t"]) => tokens.some((token) => token.tag.t === t);
  if (unit in MONEY_UNITS)
    return has("fee") || (state.domain === "applicationFees" && !has("unrelated")) ? "applicationFees" : undefined;
  if (has("outcome")) return "applications";
  if (has("review")) return "reviews";
  if (has("document")) return "documents";
  if (has("decision")) return "decisions";
  if (has("fee")) return undefined; // 信息处理费 counted in 件: not a figure of the tables
  const submissionWords = has("submission") || has("information") || state.domain === "submissions";
  if (unit === "篇" && submissionWords) return "submissions";
  if (unit === "条" && of(tokens, "submission").some((tag) => tag.aspect === "submitted")) return "submissions";
  if (has("unrelated")) return "unrelated";
  if (has("application") || has("applicant")) return "applications";
  if (has("information")) return "unrelated";
  if (tokens.some((token) => token.tag.t === "aspect" && token.tag.application) && !state.domain) return "applications";
  return state.domain;
}

/** The subject of one number from the words before it (`tokens`), the sentence so far (`state`) and the unit. */
function subjectOf(tokens: Token[], unit: string, state: State): { subject?: Subject; state: State } {
  const domain = domainOf(tokens, unit, state);
  const same = domain === state.domain;
  const aspects = of(tokens, "aspect");
  switch (domain) {
    case "applications": {
      const outcome = outcomeOf(tokens);
      const named = pick(
        aspects.map((a) => a.application),
        APPLICATION_PRECEDENCE,
      );
      const row = outcome ?? named ?? (same ? state.row : undefined) ?? "handled";
      const column = of(tokens, "applicant").at(-1)?.column ?? (same && !outcome && !named ? state.column : undefined);
      const next: State = { domain, row, column };
      return { subject: { kind: "applications", row, column: column ?? "total" }, state: next };
    }
    case "reviews": {
      const group = reviewGroupOf(tokens) ?? state.group ?? "all";
      const named = pick(
        aspects.map((a) => a.review),
        REVIEW_PRECEDENCE,
      );
      // "上年结转的行政复议1件、行政诉讼1件": the aspect carries on to the next group of the sentence.
      const aspect = named ?? (same ? state.reviewAspect : undefined) ?? "any";
      return { subject: { kind: "reviews", group, aspect }, state: { domain, group, reviewAspect: aspect } };
    }
    case "documents": {
      const document = documentOf(tokens) ?? state.document;
      if (!document) return { state: { domain } };
      const named = aspects.map((a) => a.document).filter(Boolean) as DocumentAspect[];
      const aspect = named.at(-1) ?? (same ? state.documentAspect : undefined) ?? "any";
      return {
        subject: { kind: "documents", document, aspect },
        state: { domain, document, documentAspect: aspect },
      };
    }
    case "decisions": {
      const decision = of(tokens, "decision").at(-1)?.kind ?? state.decision!;
      return { subject: { kind: "decisions", decision }, state: { domain, decision } };
    }
    case "submissions": {
      const aspect = of(tokens, "submission").at(-1)?.aspect ?? (same ? state.submission : undefined) ?? "submitted";
      return { subject: { kind: "submissions", aspect }, state: { domain, submission: aspect } };
    }
    case "applicationFees":
      return { subject: { kind: "applicationFees" }, state: { domain } };
    default:
      return { state: { domain } };
  }
}

function numberOf(token: string): number | undefined {
  return /^\d+(?:\.\d+)?$/.test(token) ? Number(token) : parseNumberToken(token);
}

/** The words speak of another year or of part of this one. */
function otherYear(text: string, year: number): boolean {
  return PART_OF_YEAR.test(text) || [...text.matchAll(YEAR)].some((m) => Number(m[1]) !== year);
}

/** Splits into [start, end) spans at any of `separators`. */
function spans(text: string, from: number, to: number, separators: RegExp): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (separators.test(text[i])) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

/** The zero statements of a clause: what follows 未/没有/无 up to the next figure. */
function zeroClaims(text: string, clause: Span, until: number, year: number): Claim[] {
  const part = text.slice(clause.start, until);
  return [...part.matchAll(NEGATION)].flatMap((m): Claim[] => {
    const start = clause.start + m.index;
    const tokens = tokenize(text.slice(start, until), start);
    if (!tokens.length || otherYear(text.slice(clause.start, until), year)) return [];
    const subjects = zeroSubjects(tokens);
    if (!subjects.length) return [];
    const end = Math.max(...tokens.filter((t) => SUBJECT_TAGS.has(t.tag.t)).map((t) => t.end));
    const words = text.slice(start, end);
    return subjects.map((subject) => ({ subject, value: 0, text: words }));
  });
}

/** What "did not happen": every subject listed after the negation ("行政复议、行政诉讼" → both). */
function zeroSubjects(tokens: Token[]): Subject[] {
  const has = (t: Tag["t"]) => tokens.some((token) => token.tag.t === t);
  const aspects = of(tokens, "aspect");
  if (has("outcome")) return [{ kind: "applications", row: outcomeOf(tokens)!, column: "total" }];
  if (has("review")) {
    const aspect =
      pick(
        aspects.map((a) => a.review),
        REVIEW_PRECEDENCE,
      ) ?? "filed";
    const group = reviewGroupOf(tokens)!;
    const groups: ReviewGroup[] = group === "all" ? ["reconsideration", "litigation"] : [group];
    return groups.map((g) => ({ kind: "reviews", group: g, aspect }));
  }
  if (has("document") || has("decision")) {
    const aspect = (aspects
      .map((a) => a.document)
      .filter(Boolean)
      .at(-1) ?? "issued") as DocumentAspect;
    const documents = [...new Set(of(tokens, "document").map((tag) => tag.kind))].map((document): Subject => ({
      kind: "documents",
      document,
      aspect,
    }));
    const decisions = [...new Set(of(tokens, "decision").map((tag) => tag.kind))].map((decision): Subject => ({
      kind: "decisions",
      decision,
    }));
    return [...documents, ...decisions];
  }
  if (has("fee")) return [{ kind: "applicationFees" }];
  if (has("unrelated") || has("information")) return [];
  if (has("application")) {
    const row =
      pick(
        aspects.map((a) => a.application),
        APPLICATION_PRECEDENCE,
      ) ?? "new";
    return [{ kind: "applications", row: row === "handled" ? "new" : row, column: "total" }];
  }
  return [];
}

/** The words that state a figure: from the first word naming its subject or aspect to the unit. */
function statement(text: string, tokens: Token[], from: number, end: number): string {
  const named = tokens.find((t) => SUBJECT_TAGS.has(t.tag.t) || t.tag.t === "aspect");
  return text.slice(named ? named.start : from, end).replace(/^[\s、，,：:（(其中共计另有]+/, "");
}

/** Words after a figure that name what it counts ("其中2件予以公开", "尚有1件申请正在办理"), if they do. */
function namedAfter(tokens: Token[], state: State): Token[] {
  if (
    tokens.some(
      (t) => t.tag.t !== "applicant" && t.tag.t !== "outcome" && t.tag.t !== "application" && t.tag.t !== "aspect",
    )
  )
    return [];
  const named = tokens.some((t) => t.tag.t === "application") || (state.domain === "applications" && tokens.length > 0);
  return named && tokens.some((t) => t.tag.t !== "aspect") ? tokens : [];
}

/** Every figure `text` states about the report year `year`, in order. */
export function extractClaims(text: string, year: number): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of spans(text, 0, text.length, /[。！？!?\n]/)) {
    let state: State = {};
    // A clause without a figure names what the next clause's first figure counts: "因申请人逾期不补正，终止办理1件".
    let lead: { tokens: Token[]; text: string } = { tokens: [], text: "" };
    for (const clause of spans(text, sentence.start, sentence.end, /[，,；;：:]/)) {
      const quantities = [...text.slice(clause.start, clause.end).matchAll(QUANTITY)].map((m) => ({
        start: clause.start + m.index,
        end: clause.start + m.index + m[0].length,
        number: m[1],
        unit: m[2],
      }));
      claims.push(...zeroClaims(text, clause, quantities[0]?.start ?? clause.end, year));
      if (!quantities.length) {
        lead = {
          tokens: tokenize(text.slice(clause.start, clause.end), clause.start),
          text: text.slice(clause.start, clause.end),
        };
        continue;
      }
      let from = clause.start;
      quantities.forEach((quantity, i) => {
        const contextStart = from;
        const own = text.slice(contextStart, quantity.start);
        const context = i === 0 ? lead.text + own : own;
        const ownTokens = tokenize(own, contextStart);
        const tokens = i === 0 ? [...lead.tokens, ...ownTokens] : ownTokens;
        from = quantity.end;
        const value = numberOf(quantity.number);
        if (value === undefined || tokens.some((t) => t.tag.t === "guard") || otherYear(context, year)) return;
        let words = tokens;
        let quoted = statement(text, tokens, contextStart, quantity.end);
        if (!tokens.some((t) => SUBJECT_TAGS.has(t.tag.t) || t.tag.t === "aspect")) {
          const tailEnd = quantities[i + 1]?.start ?? clause.end;
          const after = namedAfter(tokenize(text.slice(quantity.end, tailEnd), quantity.end), state);
          if (after.length) {
            words = after;
            quoted = text.slice(quantity.start, after.at(-1)!.end);
          } else if (!CONNECTIVE.test(own) || !state.domain) return;
        }
        const resolved = subjectOf(words, quantity.unit, state);
        state = resolved.state;
        if (!resolved.subject) return;
        const money = MONEY_UNITS[quantity.unit];
        if ((resolved.subject.kind === "applicationFees") !== (money !== undefined)) return;
        if (money === undefined && !Number.isInteger(value)) return;
        claims.push({ subject: resolved.subject, value: money ? value * money : value, text: quoted });
      });
      lead = { tokens: [], text: "" };
    }
  }
  return claims;
}
