import { loadPage, type IdParamsProps } from "@/lib/server/page";
import { loadSubmission } from "@/lib/submissions/loaders";
import { SubmissionDetail } from "@/components/submissions/submission-pages";

export const metadata = { title: "信息详情" };

export default async function SubmissionPage({ params }: IdParamsProps) {
  const { id } = await params;
  return <SubmissionDetail data={await loadPage((actor) => loadSubmission(actor, id))} />;
}
