// The inputs of the online application pages, validated on the server with Chinese messages per field.
import { z, fields } from "@/lib/validation";
import { APPLICANT_TYPES, APPLICATION_OUTCOMES } from "@/lib/applications/labels";
import { APPLICANT_KINDS, DELIVERY_METHODS, ID_TYPES, MEDIA } from "./labels";

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const ID_CARD = /^\d{17}[\dX]$/;
const ID_CARD_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CARD_CHECK = "10X98765432";

/** A mainland 居民身份证 number with a correct check character (GB 11643). */
export function validIdCard(value: string): boolean {
  if (!ID_CARD.test(value)) return false;
  const sum = ID_CARD_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return ID_CARD_CHECK[sum % 11] === value[17];
}

const optional = (label: string, max: number) => fields.optionalText(label, max);

export const onlineApplicationInput = z
  .object({
    applicantKind: z.enum(APPLICANT_KINDS, { message: "请选择申请人类型。" }),
    name: fields.text("姓名或名称", 100),
    idType: z.string().trim().default(""),
    idNumber: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .default(""),
    creditCode: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .default(""),
    legalRepresentative: optional("法定代表人", 50),
    contactPerson: optional("联系人姓名", 50),
    phone: z
      .string()
      .trim()
      .min(1, "请填写联系电话。")
      .regex(/^[0-9+\-() ]{7,20}$/, "联系电话应为 7–20 位数字，可含 -、+、括号。"),
    email: z
      .string()
      .trim()
      .max(100, "电子邮箱不能超过 100 个字。")
      .refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "电子邮箱格式不正确，如 name@example.com。")
      .default(""),
    address: fields.text("通信地址", 200),
    postcode: z
      .string()
      .trim()
      .refine((v) => v === "" || /^\d{6}$/.test(v), "邮政编码应为 6 位数字。")
      .default(""),
    requestText: z
      .string()
      .trim()
      .min(1, "请填写所需政府信息的名称、文号或者便于查询的其他特征性描述。")
      .max(4000, "所需政府信息的描述不能超过 4000 个字。"),
    deliveryMethod: z.enum(DELIVERY_METHODS, { message: "请选择获取政府信息的方式。" }),
    medium: z.enum(MEDIA, { message: "请选择政府信息的载体形式。" }),
    statement: z.literal("on", { message: "请阅读并确认申请声明。" }),
    challengeToken: z.string().max(1000).default(""),
    challengeAnswer: z.string().trim().min(1, "请回答验证题。").max(10, "请填写数字答案。"),
  })
  .superRefine((v, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.applicantKind === "PERSON") {
      if (!(ID_TYPES as readonly string[]).includes(v.idType)) add("idType", "请选择证件类型。");
      if (!v.idNumber) add("idNumber", "请填写证件号码。");
      else if (v.idType === "居民身份证" && !validIdCard(v.idNumber))
        add("idNumber", "居民身份证号码应为 18 位，末位为数字或 X，且校验位正确。");
      else if (!/^[0-9A-Z()（）-]{5,30}$/.test(v.idNumber)) add("idNumber", "证件号码应为 5–30 位字母或数字。");
    } else {
      if (!CREDIT_CODE.test(v.creditCode)) add("creditCode", "统一社会信用代码应为 18 位数字或大写字母。");
      if (!v.legalRepresentative) add("legalRepresentative", "请填写法定代表人或者负责人。");
      if (!v.contactPerson) add("contactPerson", "请填写联系人姓名。");
    }
    if (v.deliveryMethod === "EMAIL" && !v.email) add("email", "选择以电子邮件获取的，请填写电子邮箱。");
    if (v.deliveryMethod === "MAIL" && !v.postcode) add("postcode", "选择邮寄的，请填写邮政编码。");
  });
export type OnlineApplicationInput = z.infer<typeof onlineApplicationInput>;

const code = z.string().trim().min(1, "请填写查询码。").max(40, "查询码不正确。");
const number = z.string().trim().min(1, "请填写申请编号。").max(40, "申请编号不正确。");

export const trackInput = z.object({ number, code });
export type TrackInput = z.infer<typeof trackInput>;

export const correctionInput = z.object({
  number,
  code,
  text: fields.text("补正内容", 4000),
});
export type CorrectionInput = z.infer<typeof correctionInput>;

// ------------------------------------------------------------------ office

export const confirmInput = z.object({
  id: fields.id("网上申请"),
  departmentId: fields.id("承办科室"),
  receivedOn: fields.isoDate("双方确认日期"),
  applicantType: z.enum(APPLICANT_TYPES, { message: "请选择申请人类型。" }),
});
export type ConfirmInput = z.infer<typeof confirmInput>;

export const setAsideInput = z.object({
  id: fields.id("网上申请"),
  reason: fields.text("不作为申请处理的理由", 1000),
});
export type SetAsideInput = z.infer<typeof setAsideInput>;

export const correctionRequestInput = z.object({
  id: fields.id("网上申请"),
  requestedOn: fields.isoDate("告知补正日期"),
  dueOn: fields.isoDate("补正期限"),
  request: fields.text("需要补正的事项", 2000),
});
export type CorrectionRequestInput = z.infer<typeof correctionRequestInput>;

export const correctionReceivedInput = z.object({
  id: fields.id("网上申请"),
  correctionId: fields.id("补正"),
  receivedOn: fields.isoDate("收到补正日期"),
});
export type CorrectionReceivedInput = z.infer<typeof correctionReceivedInput>;

export const draftLetterInput = z.object({
  id: fields.id("网上申请"),
  outcome: z.enum(APPLICATION_OUTCOMES, { message: "请选择办理结果。" }),
  repliedOn: fields.isoDate("答复日期"),
  facts: fields.text("答复内容（事实与理由）", 4000),
});
export type DraftLetterInput = z.infer<typeof draftLetterInput>;

export const uploadLetterInput = z.object({ id: fields.id("网上申请") });
export type UploadLetterInput = z.infer<typeof uploadLetterInput>;
