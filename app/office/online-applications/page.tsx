import { loadPage } from "@/lib/server/page";
import { loadIntakeQueue } from "@/lib/online-applications/loaders";
import { IntakeQueue } from "@/components/online-applications/intake-pages";

export const metadata = { title: "网上申请" };

export default async function OnlineApplicationsPage() {
  return <IntakeQueue data={await loadPage((actor) => loadIntakeQueue(actor))} />;
}
