import { officeLetterRoute } from "@/lib/online-applications/routes";

export const GET = officeLetterRoute;
