// Section 三 (收到和处理政府信息公开申请情况): one table, applicants across, applications and outcomes down.
import type { HeaderNode, TableDef, Vintage } from "./types";

export const BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const columns: HeaderNode[] = [
  { label: "自然人", code: "natural" },
  {
    label: "法人或其他组织",
    children: [
      { label: "商业企业", code: "commercial" },
      { label: "科研机构", code: "research" },
      { label: "社会公益组织", code: "publicInterest" },
      { label: "法律服务机构", code: "legalService" },
      { label: "其他", code: "otherOrg" },
    ],
  },
  { label: "总计", code: "total", total: true },
];

const denied: HeaderNode = {
  label: "（三）不予公开",
  code: "denied",
  children: [
    { label: "1.属于国家秘密", code: "stateSecret" },
    { label: "2.其他法律行政法规禁止公开", code: "lawProhibited" },
    { label: "3.危及“三安全一稳定”", code: "threeSecurities" },
    { label: "4.保护第三方合法权益", code: "thirdParty" },
    { label: "5.属于三类内部事务信息", code: "internalAffairs" },
    { label: "6.属于四类过程性信息", code: "processInfo" },
    { label: "7.属于行政执法案卷", code: "enforcementFile" },
    { label: "8.属于行政查询事项", code: "queryMatter" },
  ],
};

const unable: HeaderNode = {
  label: "（四）无法提供",
  code: "unable",
  children: [
    { label: "1.本机关不掌握相关政府信息", code: "notHeld" },
    { label: "2.没有现成信息需要另行制作", code: "needsCreation" },
    { label: "3.补正后申请内容仍不明确", code: "stillUnclear" },
  ],
};

const notProcessed: HeaderNode = {
  label: "（五）不予处理",
  code: "notProcessed",
  children: [
    { label: "1.信访举报投诉类申请", code: "petition" },
    { label: "2.重复申请", code: "repeat" },
    { label: "3.要求提供公开出版物", code: "publication" },
    { label: "4.无正当理由大量反复申请", code: "excessive" },
    { label: "5.要求行政机关确认或重新出具已获取信息", code: "confirmation" },
  ],
};

const otherHandling2021: HeaderNode = {
  label: "（六）其他处理",
  code: "other",
  children: [
    { label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", code: "noCorrection" },
    { label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", code: "feeUnpaid" },
    { label: "3.其他", code: "other" },
  ],
};

// 2019: （六）其他处理 is one row.
const otherHandling2019: HeaderNode = { label: "（六）其他处理", code: "other" };

function rows(otherHandling: HeaderNode): HeaderNode[] {
  return [
    { label: "一、本年新收政府信息公开申请数量", code: "new" },
    { label: "二、上年结转政府信息公开申请数量", code: "carriedOver" },
    {
      label: "三、本年度办理结果",
      code: "outcome",
      children: [
        { label: "（一）予以公开", code: "granted" },
        { label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", code: "partial" },
        denied,
        unable,
        notProcessed,
        otherHandling,
        { label: "（七）总计", code: "total", total: true },
      ],
    },
    { label: "四、结转下年度继续办理", code: "carryForward" },
  ];
}

export function section3(vintage: Vintage): TableDef {
  return {
    id: "s3",
    section: "三",
    stubHeader: BALANCE_NOTE,
    columnCaption: "申请人情况",
    rows: rows(vintage === "V2019" ? otherHandling2019 : otherHandling2021),
    columns,
  };
}
