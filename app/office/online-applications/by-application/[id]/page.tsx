import { redirect } from "next/navigation";
import { loadPage, type IdParamsProps } from "@/lib/server/page";
import { loadOnlineIdOfApplication } from "@/lib/online-applications/loaders";

export default async function OnlineApplicationOfApplicationPage({ params }: IdParamsProps) {
  const { id } = await params;
  redirect(`/office/online-applications/${await loadPage((actor) => loadOnlineIdOfApplication(actor, id))}`);
}
