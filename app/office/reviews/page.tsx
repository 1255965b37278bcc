import { loadPage, type SearchParamsProps } from "@/lib/server/page";
import { loadReviewCaseList } from "@/lib/reviews/loaders";
import { ReviewCaseList } from "@/components/reviews/review-pages";

export const metadata = { title: "行政复议和行政诉讼" };

export default async function ReviewCasesPage({ searchParams }: SearchParamsProps) {
  const params = await searchParams;
  return <ReviewCaseList data={await loadPage((actor) => loadReviewCaseList(actor, params))} />;
}
