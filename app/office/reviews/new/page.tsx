import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { departmentChoices } from "@/lib/records/options";
import { applicationChoices } from "@/lib/reviews/operations";
import { ReviewForm } from "@/components/reviews/review-form";
import { RecordPageHeader } from "@/components/records/record-page";

export const metadata = { title: "登记案件" };

export default async function NewReviewCasePage() {
  const { actor } = await requirePermission("record.create");
  const [departments, applications] = await Promise.all([
    departmentChoices(prisma, actor),
    applicationChoices(prisma, actor),
  ]);
  return (
    <>
      <RecordPageHeader
        title="登记行政复议、行政诉讼案件"
        back={{ href: "/office/reviews", label: "行政复议和行政诉讼" }}
      />
      <ReviewForm departments={departments} applications={applications} />
    </>
  );
}
