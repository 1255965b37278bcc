import { publicLetterRoute } from "@/lib/online-applications/routes";

export const dynamic = "force-dynamic";
export const POST = publicLetterRoute;
