import { loadPage, type IdParamsProps } from "@/lib/server/page";
import { loadTally } from "@/lib/proactive/loaders";
import { TallyDetail } from "@/components/proactive/proactive-pages";

export const metadata = { title: "决定数量详情" };

export default async function Page({ params }: IdParamsProps) {
  const { id } = await params;
  return <TallyDetail data={await loadPage((actor) => loadTally(actor, id))} />;
}
