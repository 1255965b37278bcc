import { loadPage } from "@/lib/server/page";
import { loadCountyImport } from "@/lib/county-oversight/loaders";
import { CountyImportPage } from "@/components/county-oversight/county-import";

export const metadata = { title: "导入下级机关年度报告" };

export default async function CountyImport() {
  return <CountyImportPage data={await loadPage((actor) => loadCountyImport(actor))} />;
}
