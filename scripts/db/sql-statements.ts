// Splits a PostgreSQL script into statements, only to explain failures: the script itself is
// always sent to the server whole (see migrations.ts), because splitting is what breaks
// `$$` bodies and string literals containing `;`.

export interface SqlStatement {
  /** The statement without its trailing `;`, trimmed, leading comments removed. */
  text: string;
  /** Offset (UTF-16 index) of the statement's first character in the script. */
  start: number;
  /** Offset just past its terminating `;` (or the script's end). */
  end: number;
  /** 1-based line number in the script where the statement starts. */
  line: number;
}

/**
 * The script's top-level statements, in order. Understands '…' and E'…' strings, "…"
 * identifiers, $tag$…$tag$ bodies, -- comments and nested /* … *\/ comments, which is
 * all PostgreSQL needs to find the `;` that end statements.
 */
export function splitStatements(sql: string): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let start = 0;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === ";") {
      pushStatement(statements, sql, start, i + 1);
      start = i + 1;
      i++;
    } else {
      i = skipToken(sql, i);
    }
  }
  pushStatement(statements, sql, start, sql.length);
  return statements;
}

/** The statement containing the given offset (UTF-16 index), if any. */
export function statementAt(sql: string, offset: number): SqlStatement | undefined {
  const statements = splitStatements(sql);
  // Offsets inside the comments before a statement belong to that statement.
  return statements.find((s) => offset < s.end) ?? statements.at(-1);
}

/**
 * PostgreSQL error positions count characters (code points) from 1; JavaScript strings
 * index UTF-16 units. Converts the former into the latter.
 */
export function pgPositionToOffset(sql: string, position: number): number {
  let codePoints = 0;
  for (let offset = 0; offset < sql.length;) {
    if (codePoints === position - 1) return offset;
    offset += (sql.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
    codePoints++;
  }
  return sql.length;
}

function pushStatement(out: SqlStatement[], sql: string, start: number, end: number) {
  const raw = sql.slice(start, end);
  const body = stripLeadingComments(raw);
  const text = body.replace(/;\s*$/, "").trim();
  if (text === "") return;
  const bodyStart = start + (raw.length - body.length);
  out.push({ text, start: bodyStart, end, line: lineOf(sql, bodyStart) });
}

/** Skips one token starting at `i` (a quoted string, comment, or one character). */
function skipToken(sql: string, i: number): number {
  const ch = sql[i];
  const next = sql[i + 1];
  if (ch === "-" && next === "-") return skipLineComment(sql, i);
  if (ch === "/" && next === "*") return skipBlockComment(sql, i);
  if (ch === "'") return skipQuoted(sql, i, "'", isEscapeString(sql, i));
  if (ch === '"') return skipQuoted(sql, i, '"', false);
  if (ch === "$") return skipDollarQuoted(sql, i);
  return i + 1;
}

function skipLineComment(sql: string, i: number): number {
  const newline = sql.indexOf("\n", i);
  return newline === -1 ? sql.length : newline + 1;
}

// PostgreSQL block comments nest.
function skipBlockComment(sql: string, i: number): number {
  let depth = 0;
  while (i < sql.length) {
    if (sql.startsWith("/*", i)) {
      depth++;
      i += 2;
    } else if (sql.startsWith("*/", i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return sql.length;
}

// A doubled quote is an escaped quote; in E'…' strings a backslash escapes too.
function skipQuoted(sql: string, i: number, quote: string, backslashEscapes: boolean): number {
  i++;
  while (i < sql.length) {
    const ch = sql[i];
    if (backslashEscapes && ch === "\\") {
      i += 2;
    } else if (ch === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  return sql.length;
}

function isEscapeString(sql: string, quoteIndex: number): boolean {
  const prefix = sql[quoteIndex - 1];
  if (prefix !== "E" && prefix !== "e") return false;
  // E'…' only when the E is not the end of a longer identifier (e.g. `SOME'` is not).
  return !/[A-Za-z0-9_$]/.test(sql[quoteIndex - 2] ?? "");
}

// $tag$ … $tag$ (tag may be empty). A `$` that does not open a tag (e.g. `$1`) is skipped.
function skipDollarQuoted(sql: string, i: number): number {
  if (/[A-Za-z0-9_]/.test(sql[i - 1] ?? "")) return i + 1; // part of an identifier like a$b
  const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64));
  if (!tag) return i + 1;
  const close = sql.indexOf(tag[0], i + tag[0].length);
  return close === -1 ? sql.length : close + tag[0].length;
}

function stripLeadingComments(raw: string): string {
  let rest = raw;
  for (;;) {
    const trimmed = rest.replace(/^\s+/, "");
    if (trimmed.startsWith("--")) rest = trimmed.slice(skipLineComment(trimmed, 0));
    else if (trimmed.startsWith("/*")) rest = trimmed.slice(skipBlockComment(trimmed, 0));
    else return trimmed;
  }
}

function lineOf(sql: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (sql.charCodeAt(i) === 10) line++;
  return line;
}
