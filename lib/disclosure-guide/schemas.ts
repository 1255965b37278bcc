// The 公开指南 editor's input (条例第十二条: the office's name, address, hours, phone, fax, online contact …).
import { z, fields } from "@/lib/validation";

export const guideInput = z.object({
  officeName: fields.text("政府信息公开工作机构名称", 100),
  address: fields.text("办公地址", 200),
  postcode: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{6}$/.test(v), "邮政编码应为 6 位数字。")
    .default(""),
  hours: fields.text("办公时间", 200),
  phone: fields.text("联系电话", 50),
  fax: fields.optionalText("传真", 50),
  email: fields.optionalText("电子邮箱", 100),
  website: fields.optionalText("网站", 200),
  body: fields.text("指南正文", 20000),
});
export type GuideInput = z.infer<typeof guideInput>;

/** What a new agency's editor starts from: the headings a 公开指南 has. */
export const GUIDE_BODY_TEMPLATE = [
  "一、主动公开",
  "本机关主动公开的政府信息，通过本机关门户网站、政府公报、政务新媒体等途径公开。",
  "二、依申请公开",
  "公民、法人或者其他组织可以通过网上申请、当面提交、邮寄、传真等方式向本机关提出政府信息公开申请。申请应当包括申请人的姓名或者名称、身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式、途径（条例第二十九条）。",
  "本机关收到申请，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经负责人同意并告知申请人，延长期限最长不超过20个工作日（条例第三十三条）。",
  "三、收费",
  "本机关依申请提供政府信息，不收取费用；申请公开政府信息的数量、频次明显超过合理范围的，可以依法收取信息处理费（条例第四十二条）。",
  "四、监督和救济",
  "公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（条例第五十一条）。",
].join("\n\n");
