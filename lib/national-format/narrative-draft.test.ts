import { describe, expect, it } from "vitest";
import { draftOverview } from "./narrative-draft";
import { deriveTotals } from "./tables";
import { validateReport } from "./validation";

const tables = deriveTotals("V2021", {
  "s3.new.natural": { value: 7 },
  "s3.new.commercial": { value: 2 },
  "s3.outcome.granted.natural": { value: 6 },
  "s3.carryForward.natural": { value: 1 },
  "s3.carryForward.commercial": { value: 2 },
  "s4.reconsideration.upheld": { value: 1 },
});

describe("draftOverview", () => {
  const draft = draftOverview({
    agencyName: "柏香镇人民政府",
    year: 2022,
    tables,
    submissions: {
      submitted: 210,
      adopted: 25,
      outlets: ["《焦作日报》", "《沁阳手机报》"],
      categories: ["公文", "民生信息"],
    },
  });

  it("fills the year's figures from records", () => {
    expect(draft).toContain("2022年共收到政府信息公开申请9件，上年结转0件；本年度办结6件，结转下年度继续办理3件。");
    expect(draft).toContain(
      "2022年通过《焦作日报》《沁阳手机报》等平台上报公文、民生信息等各类信息210篇，共采用25篇。",
    );
    expect(draft).toContain("被申请行政复议1件");
  });

  it("is consistent with the narrative-number rule", () => {
    const findings = validateReport({
      year: 2022,
      vintage: "V2021",
      tables,
      narrative: { overview: draft, problems: "", otherMatters: "无" },
      records: { submissionsTotal: 210, submissionsAdopted: 25 },
    }).filter((f) => f.ruleId === "NARRATIVE-NUMBERS");
    expect(findings).toEqual([]);
  });

  it("is caught by that rule once the records change", () => {
    const findings = validateReport({
      year: 2022,
      vintage: "V2021",
      tables,
      narrative: { overview: draft, problems: "", otherMatters: "无" },
      records: { submissionsTotal: 211, submissionsAdopted: 25 },
    }).filter((f) => f.ruleId === "NARRATIVE-NUMBERS");
    expect(findings).toHaveLength(1);
  });
});
