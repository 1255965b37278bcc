import { loadPage, type SearchParamsProps } from "@/lib/server/page";
import { loadDocumentList } from "@/lib/proactive/loaders";
import { DocumentList } from "@/components/proactive/proactive-pages";

export const metadata = { title: "规章和行政规范性文件" };

export default async function Page({ searchParams }: SearchParamsProps) {
  const params = await searchParams;
  return <DocumentList data={await loadPage((actor) => loadDocumentList(actor, params))} />;
}
