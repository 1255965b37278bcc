import { attachmentRoute } from "@/lib/online-applications/routes";

export const GET = attachmentRoute;
