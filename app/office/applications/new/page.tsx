import { loadPage } from "@/lib/server/page";
import { loadApplicationForm } from "@/lib/applications/loaders";
import { NewApplication } from "@/components/applications/application-pages";

export const metadata = { title: "登记政府信息公开申请" };

export default async function NewApplicationPage() {
  return <NewApplication data={await loadPage(loadApplicationForm)} />;
}
