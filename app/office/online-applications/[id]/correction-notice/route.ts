import { correctionNoticeRoute } from "@/lib/online-applications/routes";

export const GET = correctionNoticeRoute;
