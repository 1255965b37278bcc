import { loadPage, type SearchParamsProps } from "@/lib/server/page";
import { loadFeeList } from "@/lib/proactive/loaders";
import { FeeList } from "@/components/proactive/proactive-pages";

export const metadata = { title: "行政事业性收费" };

export default async function Page({ searchParams }: SearchParamsProps) {
  const params = await searchParams;
  return <FeeList data={await loadPage((actor) => loadFeeList(actor, params))} />;
}
