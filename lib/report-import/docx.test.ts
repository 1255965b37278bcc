import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { DocxError, docxToText, documentXmlToText } from "./docx";

const cell = (text: string, props = "") =>
  `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const para = (text: string) =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe("documentXmlToText", () => {
  it("keeps paragraphs and tables in order; every grid column a field, a merged cell's text in its first", () => {
    const xml =
      `<w:document><w:body>${para("标题 &amp; 说明")}<w:p/>` +
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
      row(
        cell("三、本年度办理结果", '<w:vMerge w:val="restart"/>'),
        cell("（一）予以公开", '<w:gridSpan w:val="2"/>'),
        cell("1"),
      ) +
      row(cell("", "<w:vMerge/>"), cell("（三）不予公开"), cell("1.属于国家秘密"), cell("0")) +
      `</w:tbl>${para("后记")}</w:body></w:document>`;
    expect(documentXmlToText(xml).split("\n")).toEqual([
      "标题 & 说明",
      "",
      "三、本年度办理结果\t（一）予以公开\t\t1", // the label spans two grid columns: two fields
      "\t（三）不予公开\t1.属于国家秘密\t0",
      "后记",
    ]);
  });

  it("prints tabs and line breaks of body text, and joins a cell's paragraphs", () => {
    const xml =
      `<w:body><w:p><w:r><w:t>规章</w:t><w:tab/><w:t>0</w:t><w:br/><w:t>下一行</w:t></w:r></w:p>` +
      `<w:tbl>${row(`<w:tc><w:p><w:r><w:t>法人或其他</w:t></w:r></w:p><w:p><w:r><w:t>组织</w:t></w:r></w:p></w:tc>`)}</w:tbl></w:body>`;
    expect(documentXmlToText(xml).split("\n")).toEqual(["规章\t0", "下一行", "法人或其他 组织"]);
  });
});

describe("docxToText", () => {
  it("refuses a file that is not a .docx", async () => {
    await expect(docxToText(new TextEncoder().encode("plain text"))).rejects.toBeInstanceOf(DocxError);
    const zip = new JSZip();
    zip.file("hello.txt", "x");
    await expect(docxToText(await zip.generateAsync({ type: "uint8array" }))).rejects.toThrow(/word\/document\.xml/);
  });
});
