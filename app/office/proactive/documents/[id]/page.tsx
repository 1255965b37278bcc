import { loadPage, type IdParamsProps } from "@/lib/server/page";
import { loadDocument } from "@/lib/proactive/loaders";
import { DocumentDetail } from "@/components/proactive/proactive-pages";

export const metadata = { title: "文件详情" };

export default async function Page({ params }: IdParamsProps) {
  const { id } = await params;
  return <DocumentDetail data={await loadPage((actor) => loadDocument(actor, id))} />;
}
