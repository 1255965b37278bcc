import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderText } from "@/lib/national-format/render-text";
import { parseImportedCells, parsePublishedSnapshot } from "./snapshot";

/**
 * A published revision is a legal record: its stored JSON must render for as long as the product
 * runs. The fixture is the demo's 柏香镇 2022 revision as the publishing workflow stores it today
 * (schema version 1); every future shape adds a fixture here and a reader in snapshot.ts.
 */
const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "fixtures/published-snapshot-v1.json"), "utf8"),
) as Record<string, unknown>;

describe("stored published snapshots", () => {
  it("parse and render (schema version 1, as written today)", () => {
    const snapshot = parsePublishedSnapshot(fixture);
    expect(snapshot.schemaVersion).toBe(1);
    expect(snapshot.agency.slug).toBe("baixiang");
    const text = renderText(snapshot.document);
    expect(text).toContain("柏香镇2022年政府信息公开工作年度报告");
    expect(text).toContain("上报");
  });

  it("read revisions stored before the version field existed as version 1", () => {
    const { schemaVersion: _v, ...older } = fixture;
    expect(parsePublishedSnapshot(older).schemaVersion).toBe(1);
  });

  it("refuse, with the path, a shape that is not a snapshot instead of rendering zeros", () => {
    const broken = {
      ...fixture,
      document: { ...(fixture.document as object), tables: { vintage: "V2030", cells: {} } },
    };
    expect(() => parsePublishedSnapshot(broken)).toThrow(/vintage/);
    expect(() => parsePublishedSnapshot({ agency: { slug: "x" } })).toThrow();
  });

  it("imported cells parse as cell values", () => {
    expect(parseImportedCells({ "s3.new.total": { value: 2, blank: false } })).toEqual({
      "s3.new.total": { value: 2, blank: false },
    });
    expect(() => parseImportedCells({ "s3.new.total": { value: null } })).toThrow();
  });
});
