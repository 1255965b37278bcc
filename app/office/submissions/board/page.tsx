import { loadPage, type SearchParamsProps } from "@/lib/server/page";
import { loadComplianceBoard } from "@/lib/submissions/loaders";
import { SubmissionBoard } from "@/components/submissions/submission-pages";

export const metadata = { title: "信息上报情况看板" };

export default async function ComplianceBoardPage({ searchParams }: SearchParamsProps) {
  const params = await searchParams;
  return <SubmissionBoard data={await loadPage((actor) => loadComplianceBoard(actor, params))} />;
}
