import { loadPage } from "@/lib/server/page";
import { loadReviewCaseForm } from "@/lib/reviews/loaders";
import { NewReviewCase } from "@/components/reviews/review-pages";

export const metadata = { title: "登记案件" };

export default async function NewReviewCasePage() {
  return <NewReviewCase data={await loadPage(loadReviewCaseForm)} />;
}
