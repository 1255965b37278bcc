import Link from "next/link";
import { loadPage } from "@/lib/server/page";
import { loadImportPage } from "@/lib/report-import/loaders";
import { ImportWorkbench } from "@/components/report-import/import-workbench";

export const metadata = { title: "导入已发布的年度报告" };

export default async function ImportReportPage() {
  const { agency, existing, currentYear } = await loadPage(loadImportPage);
  return (
    <>
      <h1 className="text-2xl font-bold">导入已发布的年度报告</h1>
      <p className="mt-1 max-w-3xl text-stone-700">
        将本机关往年已发布的政府信息公开工作年度报告（PDF、网页、Word
        文件，可一次上传多个；或网页上复制的全文）导入本系统，
        作为该年度的历史报告，用于下一年度“上年结转”“现行有效件数”等跨年度校验。导入前请逐格核对识别结果。
      </p>
      <ImportWorkbench agency={agency} existing={existing} currentYear={currentYear} />
      <p className="mt-8">
        <Link href="/office/reports" className="text-brand-700 underline">
          返回年度报告列表
        </Link>
      </p>
    </>
  );
}
