import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/** The code's boundaries (eslint.config.mjs) refuse what they say they refuse. */
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("the code's boundaries", () => {
  // Loading the config and its plugins takes seconds on a busy machine; do it once, before the cases.
  beforeAll(() => rulesHit("lib/x.ts", "export const x = 1;\n"), 120_000);

  it("refuse a database import under app/", async () => {
    const hits = await rulesHit(
      "app/office/x/page.tsx",
      'import { prisma } from "@/lib/db";\nexport const x = prisma;\n',
    );
    expect(hits.join("\n")).toContain("app/ only routes");
  });

  it("refuse an import from app/ in a module or a component", async () => {
    for (const file of ["lib/reviews/x.ts", "components/reviews/x.tsx"]) {
      const hits = await rulesHit(
        file,
        'import { GET } from "@/app/office/reviews/export/route";\nexport const x = GET;\n',
      );
      expect(hits.join("\n"), file).toContain("Nothing imports from app/");
    }
  });

  it("refuse a database import in a component", async () => {
    const hits = await rulesHit(
      "components/reviews/x.tsx",
      'import { prisma } from "@/lib/db";\nexport const x = prisma;\n',
    );
    expect(hits.join("\n")).toContain("never query the database");
  });

  it("refuse server-local date getters outside the date module, and allow them inside it", async () => {
    const code = "export const year = (d: Date) => d.getFullYear();\n";
    expect((await rulesHit("lib/reviews/x.ts", code)).join("\n")).toContain("lib/calendar/dates.ts");
    expect(await rulesHit("lib/calendar/dates.ts", code)).toEqual([]);
  });
});
