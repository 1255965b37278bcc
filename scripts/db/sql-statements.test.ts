import { describe, expect, it } from "vitest";
import { pgPositionToOffset, splitStatements, statementAt } from "./sql-statements.ts";

describe("splitStatements", () => {
  it("splits on top-level semicolons only", () => {
    const sql = [
      "-- CreateTable",
      `CREATE TABLE "a;b" ("x" TEXT DEFAULT 'it''s; fine');`,
      "INSERT INTO t VALUES (E'back\\'slash;');",
      "/* block; /* nested; */ still comment; */ SELECT 1;",
      "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql;",
      "DO $$ BEGIN PERFORM 1; END $$;",
      "SELECT $1::int",
    ].join("\n");
    expect(splitStatements(sql).map((s) => [s.line, s.text.slice(0, 20)])).toEqual([
      [2, `CREATE TABLE "a;b" (`],
      [3, "INSERT INTO t VALUES"],
      [4, "SELECT 1"],
      [5, "CREATE FUNCTION f() "],
      [6, "DO $$ BEGIN PERFORM "],
      [7, "SELECT $1::int"],
    ]);
  });

  it("ignores empty statements and trailing comments", () => {
    expect(splitStatements(";;\n-- only a comment\n").length).toBe(0);
  });
});

describe("statementAt", () => {
  it("finds the statement containing a PostgreSQL error position", () => {
    const sql = "-- 建表\nCREATE TABLE a (x int);\n\n-- 加列\nALTER TABLE a ADD COLUMN y INTEGR;\nSELECT 1;";
    const position = Array.from(sql).indexOf("I", Array.from(sql).indexOf("y")) + 1; // 1-based, in characters
    const statement = statementAt(sql, pgPositionToOffset(sql, position));
    expect(statement).toMatchObject({ text: "ALTER TABLE a ADD COLUMN y INTEGR", line: 5 });
  });

  it("counts characters outside the BMP as one, as PostgreSQL does", () => {
    const sql = "SELECT '😀'; SELECT x;";
    expect(pgPositionToOffset(sql, 20)).toBe(sql.indexOf("x"));
  });
});
