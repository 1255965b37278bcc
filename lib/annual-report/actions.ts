"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { z, fields } from "@/lib/validation";
import {
  acknowledgeFinding,
  draftSection,
  ensureReport,
  FIGURE_FIELD,
  removeManualFigure,
  setManualFigure,
  setManualFigures,
  updateNarrative,
} from "@/lib/annual-report/service";
import { setTownshipReportDeadline, townshipDeadlineInput } from "@/lib/annual-report/deadline-settings";
import { TRANSITION_PERMISSIONS, transitionPermission, transitionReport } from "@/lib/annual-report/workflow";

const year = z.coerce.number().int().min(2008, "年份不正确。").max(2100, "年份不正确。");
const agency = ({ actor }: { actor: { agencyId: number } }) => ({ agencyId: actor.agencyId });
const refresh = (y: number) => revalidatePath(`/office/reports/${y}`);

export const createReportAction = defineAction({
  schema: z.object({ year }),
  requires: "report.edit",
  permission: (ctx) => ["report.edit", agency(ctx)],
  run: async ({ actor, input }) => ensureReport(prisma, actor, input.year),
  success: (_r, { input }) => ({ message: "已创建草稿。", redirectTo: `/office/reports/${input.year}` }),
});

export const saveNarrativeAction = defineAction({
  schema: z.object({
    year,
    version: fields.version,
    overview: z.string().max(20000, "总体情况不能超过 20000 字。"),
    problems: z.string().max(20000, "不能超过 20000 字。"),
    otherMatters: z.string().max(20000, "不能超过 20000 字。"),
  }),
  requires: "report.edit",
  permission: (ctx) => ["report.edit", agency(ctx)],
  run: async ({ actor, input }) => {
    await updateNarrative(prisma, actor, input.year, input.version, {
      overview: input.overview,
      problems: input.problems,
      otherMatters: input.otherMatters,
    });
    refresh(input.year);
  },
  success: () => ({ message: "正文已保存。" }),
});

/** A fresh draft of 一 or 六 from the year's records, returned to the editor (not saved: the editor saves it). */
export const draftSectionAction = defineAction({
  schema: z.object({ year, section: z.enum(["overview", "otherMatters"]) }),
  requires: "report.edit",
  permission: (ctx) => ["report.edit", agency(ctx)],
  run: async ({ actor, input }) => draftSection(prisma, actor, input.year, input.section),
  success: (draft, { input }) => ({
    message:
      input.section === "overview"
        ? "已根据本年度记录生成“总体情况”初稿，替换了编辑框中的内容（尚未保存，可撤销）。"
        : "已根据本年度收费记录生成“其他需要报告的事项”初稿，替换了编辑框中的内容（尚未保存，可撤销）。",
    values: { [input.section]: draft },
  }),
});

export const setManualFigureAction = defineAction({
  schema: z.object({
    year,
    cellCode: z.string().min(1, "请选择要填报的表格单元。"),
    value: z.string().trim().min(1, "请填写数值。"),
    reason: fields.text("填报原因", 500),
  }),
  requires: "report.edit",
  permission: (ctx) => ["report.edit", agency(ctx)],
  run: async ({ actor, input }) => {
    await setManualFigure(prisma, actor, input.year, input);
    refresh(input.year);
  },
  success: () => ({ message: "手工数字已保存，并标记为手工填报。", values: {} }),
});

/**
 * Every blank figure the report still needs, entered at once with one reason: fields named `figure:<cell code>`
 * (left empty = not entered yet; 0 is a figure).
 */
export const setManualFiguresAction = defineAction({
  schema: z.looseObject({ year, reason: fields.text("填报原因", 500) }),
  requires: "report.edit",
  permission: (ctx) => ["report.edit", agency(ctx)],
  run: async ({ actor, input }) => {
    const figures = Object.fromEntries(
      Object.entries(input)
        .filter(([name, value]) => name.startsWith(FIGURE_FIELD) && typeof value === "string" && value.trim() !== "")
        .map(([name, value]) => [name.slice(FIGURE_FIELD.length), String(value)]),
    );
    const count = await setManualFigures(prisma, actor, input.year, { reason: input.reason, figures });
    refresh(input.year);
    return count;
  },
  success: (count) => ({ message: `已保存 ${count} 个手工数字，并标记为手工填报。`, values: {} }),
});

export const removeManualFigureAction = defineAction({
  schema: z.object({ year, cellCode: z.string().min(1) }),
  requires: "report.edit",
  permission: (ctx) => ["report.edit", agency(ctx)],
  run: async ({ actor, input }) => {
    await removeManualFigure(prisma, actor, input.year, input.cellCode);
    refresh(input.year);
  },
  success: () => ({ message: "已删除手工数字，恢复为根据记录统计的数字。" }),
});

export const acknowledgeFindingAction = defineAction({
  schema: z.object({
    year,
    ruleId: z.string().min(1),
    key: z.string().default(""),
    reason: fields.text("说明", 500),
  }),
  requires: "report.read",
  permission: (ctx) => ["report.read", agency(ctx)], // the report's status decides who acknowledges (the service)
  run: async ({ actor, input }) => {
    await acknowledgeFinding(prisma, actor, input.year, input);
    refresh(input.year);
  },
  success: () => ({ message: "已确认并记录说明。" }),
});

export const transitionReportAction = defineAction({
  schema: z.object({
    year,
    version: fields.version,
    transition: z.enum(["submit", "return", "approve", "publish", "reopen"]),
    comment: z.string().max(2000, "不能超过 2000 字。").default(""),
    changeNote: z.string().max(2000, "不能超过 2000 字。").default(""),
  }),
  requires: TRANSITION_PERMISSIONS,
  permission: ({ actor, input }) => [transitionPermission(input.transition), agency({ actor })],
  run: async ({ actor, input }) => {
    const result = await transitionReport(prisma, actor, input.year, input.transition, input);
    refresh(input.year);
    revalidatePath("/office/reports");
    // The public pages need no refresh here: publishing inserts a revision, and the database tells
    // every web server to drop its cached public pages (lib/public-cache/changes.ts).
    return result;
  },
  success: (result, { input }) => ({
    message: {
      submit: "已提交审核。",
      return: "已退回，报告回到草稿状态。",
      approve: "已批准。",
      publish: `已发布第${result.revision}版。`,
      reopen: "报告已重新开放为草稿；公众仍看到已发布的版本，直至发布更正。",
    }[input.transition],
  }),
});

export const setTownshipDeadlineAction = defineAction({
  schema: townshipDeadlineInput,
  requires: "agency.settings",
  permission: (ctx) => ["agency.settings", agency(ctx)],
  run: async ({ actor, input }) => {
    await setTownshipReportDeadline(prisma, actor, input);
    revalidatePath("/office/admin/agency");
  },
  success: (_r, { input }) => ({
    message: input.month ? "已设定下辖乡镇的年度报告报送期限。" : "已清除下辖乡镇的年度报告报送期限。",
  }),
});
