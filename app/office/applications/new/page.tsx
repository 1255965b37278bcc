import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { departmentChoices } from "@/lib/records/options";
import { RecordPageHeader } from "@/components/records/record-page";
import { ApplicationForm } from "@/components/applications/application-form";

export const metadata = { title: "登记政府信息公开申请" };

export default async function NewApplicationPage() {
  const { actor } = await requirePermission("record.create");
  const departments = await departmentChoices(prisma, actor);
  return (
    <>
      <RecordPageHeader title="登记政府信息公开申请" back={{ href: "/office/applications", label: "依申请公开" }}>
        登记号按收到申请的年度自动编号；答复期限按工作日（含国务院节假日安排和本机关日历调整）自动计算。
      </RecordPageHeader>
      <ApplicationForm departments={departments} />
    </>
  );
}
