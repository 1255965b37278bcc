import { loadPage, type SearchParamsProps } from "@/lib/server/page";
import { loadSubmissionList } from "@/lib/submissions/loaders";
import { SubmissionList } from "@/components/submissions/submission-pages";

export const metadata = { title: "信息上报" };

export default async function SubmissionsPage({ searchParams }: SearchParamsProps) {
  const params = await searchParams;
  return <SubmissionList data={await loadPage((actor) => loadSubmissionList(actor, params))} />;
}
