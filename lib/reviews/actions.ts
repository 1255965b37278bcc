"use server";

import { recordActions } from "@/lib/records/record-actions";
import { reviewCases } from "./operations";
import { reviewCaseInput } from "./schemas";

const actions = recordActions(reviewCases, {
  schema: reviewCaseInput,
  basePath: "/office/reviews",
  messages: { created: () => "案件已保存。" },
});

export const createReviewCaseAction = actions.create;
export const updateReviewCaseAction = actions.update;
export const deleteReviewCaseAction = actions.delete;
