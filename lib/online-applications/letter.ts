// The reply letters (告知书) drafted from an application's outcome: the template for its kind — 予以公开,
// 部分公开, 不予公开, 无法提供, 不予处理, or 补正通知 — with the case's facts filled in and the legal basis of
// the outcome cited. Pure: the text is built here (unit-tested), then written as .docx with the `docx` package.
import { Document, Packer, Paragraph, TextRun, AlignmentType } from "docx";
import { chineseDate, type IsoDate } from "@/lib/calendar/dates";
import type { ApplicationOutcome } from "@/lib/applications/labels";

export type LetterKind = "GRANTED" | "PARTIAL" | "DENIED" | "UNABLE" | "NOT_PROCESSED" | "OTHER" | "CORRECTION";

/** The letters that answer an application (all but the 补正通知). */
export type ReplyKind = Exclude<LetterKind, "CORRECTION">;

export const LETTER_TITLES: Record<LetterKind, string> = {
  GRANTED: "政府信息予以公开告知书",
  PARTIAL: "政府信息部分公开告知书",
  DENIED: "政府信息不予公开告知书",
  UNABLE: "政府信息无法提供告知书",
  NOT_PROCESSED: "政府信息公开申请不予处理告知书",
  OTHER: "政府信息公开申请答复书",
  CORRECTION: "政府信息公开申请补正通知书",
};

/** Per outcome, its letter and what the 条例 says about it. */
const BASIS: Record<ApplicationOutcome, { kind: ReplyKind; basis: string }> = {
  GRANTED: { kind: "GRANTED", basis: "第三十六条第（二）项" },
  PARTIALLY_GRANTED: { kind: "PARTIAL", basis: "第三十七条" },
  DENIED_STATE_SECRET: { kind: "DENIED", basis: "第十四条、第三十六条第（三）项" },
  DENIED_LAW_PROHIBITED: { kind: "DENIED", basis: "第十四条、第三十六条第（三）项" },
  DENIED_THREE_SECURITIES: { kind: "DENIED", basis: "第十四条、第三十六条第（三）项" },
  DENIED_THIRD_PARTY: { kind: "DENIED", basis: "第十五条、第三十二条、第三十六条第（三）项" },
  DENIED_INTERNAL_AFFAIRS: { kind: "DENIED", basis: "第十六条第一款、第三十六条第（三）项" },
  DENIED_PROCESS_INFO: { kind: "DENIED", basis: "第十六条第二款、第三十六条第（三）项" },
  DENIED_ENFORCEMENT_FILE: { kind: "DENIED", basis: "第十六条第二款、第三十六条第（三）项" },
  DENIED_QUERY_MATTER: { kind: "DENIED", basis: "第三十六条第（七）项" },
  UNABLE_NOT_HELD: { kind: "UNABLE", basis: "第三十六条第（四）项" },
  UNABLE_NEEDS_CREATION: { kind: "UNABLE", basis: "第三十八条" },
  UNABLE_STILL_UNCLEAR: { kind: "UNABLE", basis: "第三十条" },
  NOT_PROCESSED_PETITION: { kind: "NOT_PROCESSED", basis: "第三十九条第一款" },
  NOT_PROCESSED_REPEAT: { kind: "NOT_PROCESSED", basis: "第三十六条第（六）项" },
  NOT_PROCESSED_PUBLICATION: { kind: "NOT_PROCESSED", basis: "第三十九条第二款" },
  NOT_PROCESSED_EXCESSIVE: { kind: "NOT_PROCESSED", basis: "第三十五条" },
  NOT_PROCESSED_CONFIRMATION: { kind: "NOT_PROCESSED", basis: "第三十六条第（六）项" },
  OTHER_NO_CORRECTION: { kind: "OTHER", basis: "第三十条" },
  OTHER_FEE_UNPAID: { kind: "OTHER", basis: "第四十二条" },
  OTHER: { kind: "OTHER", basis: "第三十六条" },
};

const REGULATION = "《中华人民共和国政府信息公开条例》";

export function letterKindOf(outcome: ApplicationOutcome): ReplyKind {
  return BASIS[outcome].kind;
}

export function legalBasisOf(outcome: ApplicationOutcome): string {
  return `${REGULATION}${BASIS[outcome].basis}`;
}

export type LetterFacts = {
  agencyName: string;
  applicantName: string;
  regNo: string;
  /** The day the application counts as received (第三十一条). */
  receivedOn: IsoDate;
  requestText: string;
  /** The date on the letter. */
  issuedOn: IsoDate;
  /** What the officer wrote: the information provided, the reasons, what to supply. */
  facts: string;
};

export type LetterText = { title: string; paragraphs: string[]; closing: string[] };

/** The letter's words for an outcome (or a 补正 request, with its deadline). */
export function letterText(
  facts: LetterFacts,
  of: { outcome: ApplicationOutcome } | { correctionDueOn: IsoDate },
): LetterText {
  const received = `本机关于${chineseDate(facts.receivedOn)}收到您（单位）提出的政府信息公开申请（登记号：${facts.regNo}），申请获取：“${facts.requestText}”。`;
  const remedy =
    "如对本答复不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到本告知书之日起六个月内依法提起行政诉讼。";
  const closing = [facts.agencyName, chineseDate(facts.issuedOn)];
  if ("correctionDueOn" in of) {
    return {
      title: LETTER_TITLES.CORRECTION,
      paragraphs: [
        `${facts.applicantName}：`,
        received,
        `经审查，您的申请内容不明确。根据${REGULATION}第三十条的规定，请您对以下事项作出补正：${facts.facts}`,
        `请于${chineseDate(of.correctionDueOn)}前补正。答复期限自本机关收到补正的申请之日起计算；无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
      ],
      closing,
    };
  }
  const kind = letterKindOf(of.outcome);
  const decision: Record<ReplyKind, string> = {
    GRANTED: "经审查，您申请获取的政府信息属于公开范围，本机关决定予以公开。",
    PARTIAL: "经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理，本机关决定部分公开。",
    DENIED: "经审查，您申请获取的政府信息属于不予公开的范围，本机关决定不予公开。",
    UNABLE: "经审查，本机关无法向您提供所申请的政府信息。",
    NOT_PROCESSED: "经审查，您的申请不作为政府信息公开申请处理（不予处理）。",
    OTHER: "经审查，现就您的申请答复如下。",
  };
  return {
    title: LETTER_TITLES[kind],
    paragraphs: [
      `${facts.applicantName}：`,
      received,
      decision[kind],
      facts.facts,
      `依据：${legalBasisOf(of.outcome)}。`,
      remedy,
    ],
    closing,
  };
}

/** The letter as a .docx (A4, title centred, body indented, the agency and date at the right). */
export async function letterDocx(text: LetterText): Promise<Buffer> {
  const run = (t: string, bold = false) => new TextRun({ text: t, bold, font: "FangSong", size: 32 });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 400 },
            children: [new TextRun({ text: text.title, bold: true, font: "SimSun", size: 44 })],
          }),
          ...text.paragraphs.map(
            (p, i) =>
              new Paragraph({
                indent: i === 0 ? undefined : { firstLine: 640 },
                spacing: { line: 560 },
                children: [run(p)],
              }),
          ),
          ...text.closing.map(
            (line, i) =>
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                spacing: { before: i === 0 ? 600 : 0 },
                children: [run(line)],
              }),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
