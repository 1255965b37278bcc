// The date an application counts as received (条例第三十一条) depends on how it arrived. The intake
// form names the right date for the channel and explains the rule beside the field; the checks here
// run on the server for every create and edit.
import type { ApplicationChannel } from "@/lib/generated/prisma/enums";
import type { IsoDate } from "@/lib/calendar/dates";

export type ReceiptRule = {
  /** Label of the submittedOn field for this channel. */
  submittedLabel: string;
  /** Label of the receivedOn field: which date it is for this channel. */
  receivedLabel: string;
  /** The rule, shown beside the receivedOn field. */
  rule: string;
};

export const RECEIPT_RULES: Record<ApplicationChannel, ReceiptRule> = {
  IN_PERSON: {
    submittedLabel: "提交日期",
    receivedLabel: "收到申请日期（即当面提交之日）",
    rule: "当面提交的，以提交之日为收到申请之日（条例第三十一条第一项）。",
  },
  REGISTERED_MAIL: {
    submittedLabel: "寄出日期（邮戳日期）",
    receivedLabel: "收到申请日期（即本机关签收之日）",
    rule: "以邮政快递、挂号信等方式邮寄的，以本机关签收之日为收到申请之日（第三十一条第二项），不是寄出日期。",
  },
  ORDINARY_MAIL: {
    submittedLabel: "寄出日期（邮戳日期）",
    receivedLabel: "收到申请日期（即与申请人确认之日）",
    rule: "以平常信函等无需签收的方式邮寄的，应于收到当日与申请人确认，以确认之日为收到申请之日（第三十一条第二项）。",
  },
  ONLINE: {
    submittedLabel: "网上提交日期",
    receivedLabel: "收到申请日期（即双方确认之日）",
    rule: "通过互联网渠道提交的，以双方确认之日为收到申请之日（第三十一条第三项），不是申请人点击提交的日期。",
  },
  FAX: {
    submittedLabel: "传真发送日期",
    receivedLabel: "收到申请日期（即双方确认之日）",
    rule: "通过政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日（第三十一条第三项）。",
  },
  OTHER: {
    submittedLabel: "提交日期",
    receivedLabel: "收到申请日期",
    rule: "按本机关实际收到申请之日填写；期限自收到申请的次日起算。",
  },
};

export type ReceiptDates = { channel: ApplicationChannel; submittedOn: IsoDate | null; receivedOn: IsoDate };

/** Per field, what is wrong with the dates of receipt; empty when they fit the channel's rule. */
export function receiptProblems(input: ReceiptDates, today: IsoDate): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const { channel, submittedOn, receivedOn } = input;
  if (receivedOn > today) add("receivedOn", `收到申请日期不能晚于今天（${today}）。`);
  if (submittedOn && submittedOn > today) add("submittedOn", `提交日期不能晚于今天（${today}）。`);
  if (submittedOn && receivedOn < submittedOn)
    add("receivedOn", `收到申请日期不能早于${RECEIPT_RULES[channel].submittedLabel}（${submittedOn}）。`);
  else if (channel === "IN_PERSON" && submittedOn && submittedOn !== receivedOn) {
    add("receivedOn", "当面提交的，收到申请日期即提交之日（条例第三十一条第一项）。");
  }
  return errors;
}
