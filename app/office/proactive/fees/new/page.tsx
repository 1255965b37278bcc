import { loadPage } from "@/lib/server/page";
import { loadRecordForm } from "@/lib/records/loaders";
import { NewFee } from "@/components/proactive/proactive-pages";

export const metadata = { title: "登记收费" };

export default async function Page() {
  return <NewFee data={await loadPage((actor) => loadRecordForm(actor))} />;
}
