import { loadPage, type SearchParamsProps } from "@/lib/server/page";
import { loadTallyList } from "@/lib/proactive/loaders";
import { TallyList } from "@/components/proactive/proactive-pages";

export const metadata = { title: "行政许可、处罚、强制决定数量" };

export default async function Page({ searchParams }: SearchParamsProps) {
  const params = await searchParams;
  return <TallyList data={await loadPage((actor) => loadTallyList(actor, params))} />;
}
