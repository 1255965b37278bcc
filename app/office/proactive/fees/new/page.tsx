import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { departmentChoices } from "@/lib/records/options";
import { FeeForm } from "@/components/proactive/fee-form";
import { RecordPageHeader } from "@/components/records/record-page";

export const metadata = { title: "登记收费" };

export default async function NewFeePage() {
  const { actor } = await requirePermission("record.create");
  const departments = await departmentChoices(prisma, actor);
  return (
    <>
      <RecordPageHeader title="登记行政事业性收费" back={{ href: "/office/proactive/fees", label: "行政事业性收费" }} />
      <FeeForm departments={departments} defaultYear={new Date().getFullYear()} />
    </>
  );
}
