import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { currentIsoWeek, formatWeekInput } from "@/lib/submissions/week";
import { SubmissionForm } from "@/components/submissions/submission-form";
import { RecordPageHeader } from "@/components/records/record-page";
import { submissionFormOptions } from "@/lib/submissions/options";

export const metadata = { title: "上报信息" };

export default async function NewSubmissionPage() {
  const { actor } = await requirePermission("record.create");
  const options = await submissionFormOptions(prisma, actor);
  const today = currentIsoWeek();
  return (
    <>
      <RecordPageHeader title="上报信息" back={{ href: "/office/submissions", label: "信息上报" }} />
      <SubmissionForm {...options} defaultWeek={formatWeekInput(today.year, today.week)} />
    </>
  );
}
