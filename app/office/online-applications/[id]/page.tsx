import { loadPage, type IdParamsProps } from "@/lib/server/page";
import { loadOnlineApplicationPage } from "@/lib/online-applications/loaders";
import { OnlineApplicationDetail } from "@/components/online-applications/intake-pages";

export const metadata = { title: "网上申请详情" };

export default async function OnlineApplicationPage({ params }: IdParamsProps) {
  const { id } = await params;
  return <OnlineApplicationDetail data={await loadPage((actor) => loadOnlineApplicationPage(actor, id))} />;
}
