import { loadPage } from "@/lib/server/page";
import { loadSubmissionForm } from "@/lib/submissions/loaders";
import { NewSubmission } from "@/components/submissions/submission-pages";

export const metadata = { title: "上报信息" };

export default async function NewSubmissionPage() {
  return <NewSubmission data={await loadPage(loadSubmissionForm)} />;
}
