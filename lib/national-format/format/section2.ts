// Section 二 (主动公开政府信息情况): four blocks in the 2021 format, five in the 2019 format.
import type { HeaderNode, TableDef } from "./types";

const STUB = "信息内容";

function block(id: string, title: string, rows: HeaderNode[], columns: HeaderNode[]): TableDef {
  return { id: `s2.${id}`, section: "二", title, stubHeader: STUB, rows, columns };
}

const decisions2021: HeaderNode[] = [{ label: "本年处理决定数量", code: "decisions" }];

export const SECTION2_2021: TableDef[] = [
  block(
    "item1",
    "第二十条第（一）项",
    [
      { label: "规章", code: "rule" },
      { label: "行政规范性文件", code: "normative" },
    ],
    [
      { label: "本年制发件数", code: "issued" },
      { label: "本年废止件数", code: "repealed" },
      { label: "现行有效件数", code: "inForce" },
    ],
  ),
  block("item5", "第二十条第（五）项", [{ label: "行政许可", code: "licensing" }], decisions2021),
  block(
    "item6",
    "第二十条第（六）项",
    [
      { label: "行政处罚", code: "penalty" },
      { label: "行政强制", code: "coercion" },
    ],
    decisions2021,
  ),
  block(
    "item8",
    "第二十条第（八）项",
    [{ label: "行政事业性收费", code: "fees" }],
    [{ label: "本年收费金额（单位：万元）", code: "amount", kind: "money" }],
  ),
];

const items2019: HeaderNode[] = [
  { label: "上一年项目数量", code: "previousItems" },
  { label: "本年增/减", code: "itemsChange", kind: "delta" },
  { label: "处理决定数量", code: "decisions" },
];

export const SECTION2_2019: TableDef[] = [
  block(
    "item1",
    "第二十条第（一）项",
    [
      { label: "规章", code: "rule" },
      { label: "规范性文件", code: "normative" },
    ],
    [
      { label: "本年新制作数量", code: "made" },
      { label: "本年新公开数量", code: "published" },
      { label: "对外公开总数量", code: "publishedTotal" },
    ],
  ),
  block(
    "item5",
    "第二十条第（五）项",
    [
      { label: "行政许可", code: "licensing" },
      { label: "其他对外管理服务事项", code: "otherServices" },
    ],
    items2019,
  ),
  block(
    "item6",
    "第二十条第（六）项",
    [
      { label: "行政处罚", code: "penalty" },
      { label: "行政强制", code: "coercion" },
    ],
    items2019,
  ),
  block("item8", "第二十条第（八）项", [{ label: "行政事业性收费", code: "fees" }], items2019.slice(0, 2)),
  block(
    "item9",
    "第二十条第（九）项",
    [{ label: "政府集中采购", code: "procurement" }],
    [
      { label: "采购项目数量", code: "items" },
      { label: "采购总金额", code: "amount", kind: "money" },
    ],
  ),
];
