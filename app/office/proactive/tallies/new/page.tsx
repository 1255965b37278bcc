import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { departmentChoices } from "@/lib/records/options";
import { TallyForm } from "@/components/proactive/tally-form";
import { RecordPageHeader } from "@/components/records/record-page";

export const metadata = { title: "填报决定数量" };

export default async function NewTallyPage() {
  const { actor } = await requirePermission("record.create");
  const departments = await departmentChoices(prisma, actor);
  return (
    <>
      <RecordPageHeader
        title="填报行政许可、处罚、强制决定数量"
        back={{ href: "/office/proactive/tallies", label: "决定数量" }}
      />
      <TallyForm departments={departments} defaultYear={new Date().getFullYear()} />
    </>
  );
}
