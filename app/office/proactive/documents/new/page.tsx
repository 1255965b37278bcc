import { loadPage } from "@/lib/server/page";
import { loadRecordForm } from "@/lib/records/loaders";
import { NewDocument } from "@/components/proactive/proactive-pages";

export const metadata = { title: "登记文件" };

export default async function Page() {
  return <NewDocument data={await loadPage((actor) => loadRecordForm(actor))} />;
}
