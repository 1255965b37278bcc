import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { departmentChoices } from "@/lib/records/options";
import { DocumentForm } from "@/components/proactive/document-form";
import { RecordPageHeader } from "@/components/records/record-page";

export const metadata = { title: "登记文件" };

export default async function NewDocumentPage() {
  const { actor } = await requirePermission("record.create");
  const departments = await departmentChoices(prisma, actor);
  return (
    <>
      <RecordPageHeader
        title="登记规章、行政规范性文件"
        back={{ href: "/office/proactive/documents", label: "规章和行政规范性文件" }}
      />
      <DocumentForm departments={departments} />
    </>
  );
}
