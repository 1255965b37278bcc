import { loadPage, type IdParamsProps } from "@/lib/server/page";
import { loadReviewCase } from "@/lib/reviews/loaders";
import { ReviewCaseDetail } from "@/components/reviews/review-pages";

export const metadata = { title: "案件详情" };

export default async function ReviewCasePage({ params }: IdParamsProps) {
  const { id } = await params;
  return <ReviewCaseDetail data={await loadPage((actor) => loadReviewCase(actor, id))} />;
}
