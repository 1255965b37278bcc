// Chinese labels of the online application form and of the tracking stages.

export const APPLICANT_KINDS = ["PERSON", "ORGANIZATION"] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const APPLICANT_KIND_LABELS: Record<ApplicantKind, string> = {
  PERSON: "公民",
  ORGANIZATION: "法人或者其他组织",
};

export const ID_TYPES = [
  "居民身份证",
  "护照",
  "港澳居民来往内地通行证",
  "台湾居民来往大陆通行证",
  "其他有效身份证件",
] as const;

export const DELIVERY_METHODS = ["MAIL", "EMAIL", "PICKUP", "ON_SITE"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_LABELS: Record<DeliveryMethod, string> = {
  MAIL: "邮寄",
  EMAIL: "电子邮件",
  PICKUP: "自行领取",
  ON_SITE: "当场阅读、抄录",
};

export const MEDIA = ["PAPER", "ELECTRONIC"] as const;
export type Medium = (typeof MEDIA)[number];
export const MEDIUM_LABELS: Record<Medium, string> = { PAPER: "纸质", ELECTRONIC: "电子" };

export const STATEMENT =
  "本人（本单位）承诺所填写的信息真实、准确，申请公开的政府信息用于合法用途，并知悉以政府信息公开申请形式进行信访、投诉、举报等活动的，不作为政府信息公开申请处理。";

/** 条例第三十一条 and 第三十三条, as the receipt and the tracking page explain them. */
export const RECEIPT_RULE =
  "根据《中华人民共和国政府信息公开条例》第三十一条第三项，通过互联网渠道提交的政府信息公开申请，以双方确认之日为收到申请之日。" +
  "您点击提交之日不是收到申请之日：公开工作机构确认您的申请后，本页“查询办理进度”将显示受理（收到申请）日期。";
export const DEADLINE_RULE =
  "根据条例第三十三条，行政机关自收到申请之日起20个工作日内予以答复；需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不得超过20个工作日。" +
  "需要您补正的，答复期限自收到补正的申请之日起计算（第三十条）。";

export const STAGE_LABELS = {
  SUBMITTED: "已提交，待确认",
  ACCEPTED: "已受理",
  CORRECTION: "需要补正",
  CORRECTION_SENT: "已提交补正，待确认",
  REPLIED: "已答复",
  SET_ASIDE: "不作为政府信息公开申请处理",
} as const;
export type TrackingStage = keyof typeof STAGE_LABELS;
