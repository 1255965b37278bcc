import { loadPage } from "@/lib/server/page";
import { loadRecordForm } from "@/lib/records/loaders";
import { NewTally } from "@/components/proactive/proactive-pages";

export const metadata = { title: "填报决定数量" };

export default async function Page() {
  return <NewTally data={await loadPage((actor) => loadRecordForm(actor))} />;
}
