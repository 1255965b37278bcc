import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { APPLICATION_OUTCOMES } from "@/lib/applications/labels";
import { legalBasisOf, letterDocx, letterKindOf, letterText, type LetterFacts } from "./letter";

const facts: LetterFacts = {
  agencyName: "柏香镇人民政府",
  applicantName: "张三",
  regNo: "2026-0001",
  receivedOn: "2026-03-02",
  requestText: "2025年农村低保资金发放情况",
  issuedOn: "2026-03-20",
  facts: "现将相关信息随本告知书提供给您。",
};

describe("reply letters", () => {
  it("has a template and a legal basis for every outcome", () => {
    for (const outcome of APPLICATION_OUTCOMES) {
      expect(letterKindOf(outcome)).toBeTruthy();
      expect(legalBasisOf(outcome)).toMatch(/^《中华人民共和国政府信息公开条例》第/);
    }
  });

  it("fills in the case's facts and cites the basis of the outcome", () => {
    const text = letterText(facts, { outcome: "DENIED_PROCESS_INFO" });
    expect(text.title).toBe("政府信息不予公开告知书");
    const body = text.paragraphs.join("\n");
    expect(body).toContain("2026年3月2日");
    expect(body).toContain("2026-0001");
    expect(body).toContain("第十六条第二款");
    expect(body).toContain(facts.facts);
    expect(text.closing).toEqual(["柏香镇人民政府", "2026年3月20日"]);
  });

  it("drafts a 补正通知 with its deadline", () => {
    const text = letterText({ ...facts, facts: "请写明文件的年份。" }, { correctionDueOn: "2026-03-16" });
    expect(text.title).toBe("政府信息公开申请补正通知书");
    expect(text.paragraphs.join("")).toContain("2026年3月16日前补正");
  });

  it("writes a .docx with the text", async () => {
    const docx = await letterDocx(letterText(facts, { outcome: "GRANTED" }));
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toContain("政府信息予以公开告知书");
    expect(xml).toContain("第三十六条第（二）项");
  });
});
