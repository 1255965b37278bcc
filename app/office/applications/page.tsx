import { loadPage, type SearchParamsProps } from "@/lib/server/page";
import { loadApplicationList } from "@/lib/applications/loaders";
import { ApplicationList } from "@/components/applications/application-pages";

export const metadata = { title: "依申请公开" };

export default async function ApplicationsPage({ searchParams }: SearchParamsProps) {
  const params = await searchParams;
  return <ApplicationList data={await loadPage((actor) => loadApplicationList(actor, params))} />;
}
