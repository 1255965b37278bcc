import { loadPage, type IdParamsProps } from "@/lib/server/page";
import { loadFee } from "@/lib/proactive/loaders";
import { FeeDetail } from "@/components/proactive/proactive-pages";

export const metadata = { title: "收费记录详情" };

export default async function Page({ params }: IdParamsProps) {
  const { id } = await params;
  return <FeeDetail data={await loadPage((actor) => loadFee(actor, id))} />;
}
