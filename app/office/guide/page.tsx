import { loadPage } from "@/lib/server/page";
import { loadGuideEditor } from "@/lib/disclosure-guide/loaders";
import { GuideEditor } from "@/components/disclosure-guide/guide-pages";

export const metadata = { title: "政府信息公开指南" };

export default async function GuideEditorPage() {
  return <GuideEditor data={await loadPage((actor) => loadGuideEditor(actor))} />;
}
