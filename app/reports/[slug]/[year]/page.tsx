import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/ui/site-header";
import { ReportView } from "@/components/report/report-view";
import { reportForViewer } from "@/lib/reports/access";
import { EXPORTS } from "@/lib/reports/exports";
import { reportTitle } from "@/lib/report";

type Params = { params: Promise<{ slug: string; year: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, year } = await params;
  const loaded = await reportForViewer(slug, year);
  if (!loaded) return { title: "页面不存在" };
  const title = reportTitle(loaded.document.titleName, loaded.year);
  return { title, description: `${loaded.agency.name}${loaded.year}年政府信息公开工作年度报告全文及统计表格。` };
}

export default async function PublicReportPage({ params }: Params) {
  const { slug, year } = await params;
  const loaded = await reportForViewer(slug, year);
  if (!loaded) notFound();
  return (
    <>
      <div className="no-print"><SiteHeader /></div>
      <main id="main" className="mx-auto max-w-5xl px-2 py-6 sm:px-4">
        <nav aria-label="下载" className="no-print mb-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-stone-700">下载：</span>
          {EXPORTS.map((e) => (
            <a key={e.file} href={`/reports/${slug}/${year}/${e.file}`} className="rounded border border-stone-400 bg-white px-2 py-1 hover:bg-stone-100">{e.label}</a>
          ))}
        </nav>
        <ReportView document={loaded.document} />
      </main>
    </>
  );
}
