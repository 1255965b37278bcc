import { loadPage, type IdParamsProps } from "@/lib/server/page";
import { loadApplication } from "@/lib/applications/loaders";
import { ApplicationDetail } from "@/components/applications/application-pages";

export const metadata = { title: "申请详情" };

export default async function ApplicationPage({ params }: IdParamsProps) {
  const { id } = await params;
  return <ApplicationDetail data={await loadPage((actor) => loadApplication(actor, id))} />;
}
