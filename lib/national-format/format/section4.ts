// Section 四 (政府信息公开行政复议、行政诉讼情况): one unlabeled row, 15 columns in three groups.
import type { HeaderNode, TableDef } from "./types";

function group(label: string, code: string): HeaderNode {
  return {
    label,
    code,
    children: [
      { label: "结果维持", code: "upheld" },
      { label: "结果纠正", code: "corrected" },
      { label: "其他结果", code: "other" },
      { label: "尚未审结", code: "pending" },
      { label: "总计", code: "total", total: true },
    ],
  };
}

export const SECTION4: TableDef = {
  id: "s4",
  section: "四",
  stubHeader: "",
  rows: [{ label: "" }],
  columns: [
    group("行政复议", "reconsideration"),
    {
      label: "行政诉讼",
      children: [group("未经复议直接起诉", "litigationDirect"), group("复议后起诉", "litigationAfterReconsideration")],
    },
  ],
};
