import { exportReviewCasesRoute } from "@/lib/reviews/routes";

export const GET = exportReviewCasesRoute;
