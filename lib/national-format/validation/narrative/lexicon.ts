// The words a report uses to say what a number counts: its subject (申请, 行政复议, 规章 …), what happened to it
// (收到, 办结, 尚未审结 …), a breakdown (自然人, 予以公开 …), or that it is no fact of this year at all (同比, 每周).
// Matched longest first, so "信访举报投诉类申请" is an outcome of table 三, not a petition, and "上年结转" is
// an aspect, not a comparison with last year.

export type ApplicantColumn =
  "total" | "natural" | "org" | "commercial" | "research" | "publicInterest" | "legalService" | "otherOrg";

/** Rows of table 三 as the narrative names them: the four counts, an unspecified "办理", or an outcome (group or leaf). */
export type ApplicationRow = "new" | "carriedOver" | "closed" | "carryForward" | "handled" | `outcome.${string}`;

export type ReviewGroup = "reconsideration" | "litigation" | "litigationDirect" | "litigationAfterReconsideration";
export type ReviewAspect = "filed" | "any" | "carried" | "decided" | "upheld" | "corrected" | "other" | "pending";
export type DocumentAspect = "issued" | "repealed" | "inForce" | "published" | "any";

export type Tag =
  | { t: "application" } // 申请, 依申请公开
  | { t: "aspect"; application?: ApplicationRow; review?: ReviewAspect; document?: DocumentAspect }
  | { t: "applicant"; column: ApplicantColumn }
  | { t: "outcome"; row: `outcome.${string}` }
  | { t: "review"; group: ReviewGroup }
  | { t: "document"; kind: "rule" | "normative" }
  | { t: "decision"; kind: "licensing" | "penalty" | "coercion" }
  | { t: "fee" } // 信息处理费
  | { t: "submission"; aspect: "submitted" | "adopted" }
  | { t: "information" } // 信息: other information work unless it is 上报/采用
  | { t: "unrelated" } // a subject no table counts: 信访, 咨询, 培训, 网站 …
  | { t: "guard" }; // the number is no fact of this year: a comparison, a norm, a part of the year

const ENTRIES: [string[], Tag][] = [
  [["政府信息公开申请", "依申请公开", "公开申请", "申请"], { t: "application" }],

  [["新收", "收到", "接收", "接到", "受理", "登记", "新增"], { t: "aspect", application: "new", review: "filed" }],
  [["被申请", "提起", "被提起", "被起诉", "发生", "新发生", "涉及"], { t: "aspect", review: "filed" }],
  [
    ["上年结转", "上年度结转", "上一年度结转", "上年遗留", "结转上年"],
    { t: "aspect", application: "carriedOver", review: "carried" },
  ],
  [
    ["办结", "答复", "作出答复", "办理完毕", "处理完毕", "已办理", "已答复", "已办结"],
    { t: "aspect", application: "closed", review: "decided" },
  ],
  [["审结", "已审结", "结案", "作出复议决定", "判决", "裁定"], { t: "aspect", review: "decided" }],
  [
    [
      "结转下年度继续办理",
      "结转下年度",
      "结转至下年",
      "结转到下一年",
      "结转下一年",
      "转入下一年度",
      "转入下年度",
      "继续办理",
    ],
    { t: "aspect", application: "carryForward", review: "pending" },
  ],
  [["正在办理", "尚未办结", "未办结", "仍在办理"], { t: "aspect", application: "carryForward", review: "pending" }],
  [["尚未审结", "未审结", "正在审理", "审理中", "尚未结案", "未结案", "仍在审理"], { t: "aspect", review: "pending" }],
  [["办理", "处理"], { t: "aspect", application: "handled" }],
  [["维持", "驳回"], { t: "aspect", review: "upheld" }],
  [["纠正", "撤销", "确认违法", "责令"], { t: "aspect", review: "corrected" }],
  [["其他结果", "撤回", "终止"], { t: "aspect", review: "other" }],
  [["制发", "印发", "出台", "制定", "新制作"], { t: "aspect", document: "issued" }],
  [["新公开"], { t: "aspect", document: "published" }],
  [["废止", "废除", "宣布失效", "失效"], { t: "aspect", document: "repealed" }],
  [["现行有效"], { t: "aspect", document: "inForce" }],

  [["自然人", "公民个人", "个人"], { t: "applicant", column: "natural" }],
  [["法人或其他组织", "法人和其他组织", "法人或者其他组织", "法人"], { t: "applicant", column: "org" }],
  [["商业企业", "企业", "公司"], { t: "applicant", column: "commercial" }],
  [["科研机构"], { t: "applicant", column: "research" }],
  [["社会公益组织", "公益组织"], { t: "applicant", column: "publicInterest" }],
  [["法律服务机构", "律师事务所", "律师"], { t: "applicant", column: "legalService" }],

  [["予以公开", "同意公开", "全部公开"], { t: "outcome", row: "outcome.granted" }],
  [["部分公开"], { t: "outcome", row: "outcome.partial" }],
  [["不予公开"], { t: "outcome", row: "outcome.denied" }],
  [["国家秘密"], { t: "outcome", row: "outcome.denied.stateSecret" }],
  [["法律行政法规禁止", "法律法规禁止"], { t: "outcome", row: "outcome.denied.lawProhibited" }],
  [["三安全一稳定"], { t: "outcome", row: "outcome.denied.threeSecurities" }],
  [["第三方合法权益", "个人隐私", "商业秘密"], { t: "outcome", row: "outcome.denied.thirdParty" }],
  [["内部事务"], { t: "outcome", row: "outcome.denied.internalAffairs" }],
  [["过程性信息"], { t: "outcome", row: "outcome.denied.processInfo" }],
  [["行政执法案卷"], { t: "outcome", row: "outcome.denied.enforcementFile" }],
  [["行政查询"], { t: "outcome", row: "outcome.denied.queryMatter" }],
  [["无法提供"], { t: "outcome", row: "outcome.unable" }],
  [["不掌握", "信息不存在"], { t: "outcome", row: "outcome.unable.notHeld" }],
  [["另行制作", "没有现成信息"], { t: "outcome", row: "outcome.unable.needsCreation" }],
  [["仍不明确"], { t: "outcome", row: "outcome.unable.stillUnclear" }],
  [["不予处理"], { t: "outcome", row: "outcome.notProcessed" }],
  [["信访举报投诉"], { t: "outcome", row: "outcome.notProcessed.petition" }],
  [["重复申请"], { t: "outcome", row: "outcome.notProcessed.repeat" }],
  [["公开出版物", "要求提供公开出版物"], { t: "outcome", row: "outcome.notProcessed.publication" }],
  [["大量反复"], { t: "outcome", row: "outcome.notProcessed.excessive" }],
  [["确认或重新出具", "要求行政机关确认"], { t: "outcome", row: "outcome.notProcessed.confirmation" }],
  [["其他处理"], { t: "outcome", row: "outcome.other" }],
  [["逾期不补正", "不补正"], { t: "outcome", row: "outcome.other.noCorrection" }],
  [["逾期未按收费通知", "未按收费通知", "未缴纳"], { t: "outcome", row: "outcome.other.feeUnpaid" }],

  [["行政复议", "复议"], { t: "review", group: "reconsideration" }],
  [["行政诉讼", "诉讼", "起诉", "应诉"], { t: "review", group: "litigation" }],
  [
    ["复议后起诉", "复议后提起", "经复议后", "行政复议后", "复议后"],
    { t: "review", group: "litigationAfterReconsideration" },
  ],
  [["未经复议直接起诉", "未经复议", "直接起诉"], { t: "review", group: "litigationDirect" }],

  [["规章"], { t: "document", kind: "rule" }],
  [["行政规范性文件", "规范性文件"], { t: "document", kind: "normative" }],
  [["行政许可"], { t: "decision", kind: "licensing" }],
  [["行政处罚"], { t: "decision", kind: "penalty" }],
  [["行政强制"], { t: "decision", kind: "coercion" }],
  [["信息处理费"], { t: "fee" }],

  [["上报", "报送", "投稿", "供稿"], { t: "submission", aspect: "submitted" }],
  [["采用", "刊用", "录用", "刊发"], { t: "submission", aspect: "adopted" }],
  [["信息", "政府信息"], { t: "information" }],
  [
    [
      "信访",
      "来信",
      "来访",
      "投诉",
      "举报",
      "咨询",
      "热线",
      "留言",
      "主动公开",
      "网站",
      "网页",
      "微信",
      "微博",
      "公众号",
      "公开栏",
      "会议",
      "培训",
      "人次",
      "栏目",
      "专栏",
      "政策解读",
      "建议",
      "提案",
    ],
    { t: "unrelated" },
  ],
  [
    [
      "去年",
      "同比",
      "环比",
      "较上年",
      "比上年",
      "与上年",
      "上一年度",
      "上年同期",
      "增长",
      "增加",
      "减少",
      "下降",
      "提高",
      "降低",
      "累计",
      "历年",
      "以来",
      "每",
      "必须",
      "应当",
      "至少",
      "不少于",
      "不低于",
      "力争",
      "确保",
      "计划",
      "拟",
      "上半年",
      "下半年",
      "季度",
      "平均",
      "约",
    ],
    { t: "guard" },
  ],
];

export type Token = { tag: Tag; start: number; end: number; text: string };

const WORDS = ENTRIES.flatMap(([words, tag]) => words.map((word) => ({ word, tag }))).sort(
  (a, b) => b.word.length - a.word.length,
);
const TAG_OF = new Map(WORDS.map(({ word, tag }) => [word, tag]));
const PATTERN = new RegExp(WORDS.map(({ word }) => word).join("|"), "g");

/** The lexicon's words in `text`, longest first at each position, with their offsets in `text`. */
export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(PATTERN)].map((m) => ({
    tag: TAG_OF.get(m[0])!,
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    text: m[0],
  }));
}
