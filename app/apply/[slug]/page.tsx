import { orErrorPage } from "@/lib/server/page";
import { loadApplyForm } from "@/lib/online-applications/loaders";
import { ApplyPage } from "@/components/online-applications/public-pages";

export const metadata = { title: "申请政府信息公开" };
// A fresh challenge per visit; never kept by the public page cache (lib/public-cache/policy.ts).
export const dynamic = "force-dynamic";

export default async function OnlineApplicationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <ApplyPage data={await orErrorPage(loadApplyForm(slug))} />;
}
