import Link from "next/link";
import type { loadCountyImport } from "@/lib/county-oversight/loaders";
import { CountyImportReader } from "./county-import-reader";

/** /office/county/import: published reports of agencies not on the platform, several files at once. */
export function CountyImportPage({ data }: { data: Awaited<ReturnType<typeof loadCountyImport>> }) {
  return (
    <div className="space-y-6">
      <nav aria-label="面包屑" className="text-sm">
        <Link href="/office/county" className="underline">
          下级机关督查
        </Link>{" "}
        › 导入年度报告
      </nav>
      <h1 className="text-2xl font-bold">导入未使用本平台的下级机关年度报告</h1>
      <p className="text-stone-800">
        选择已公开发布的年度报告文件（PDF、Word、网页或文本，可一次选择多个）。每份报告按标题中的机关名称归入下级机关，
        尚无该机关时新建（不设账号）；使用本平台的机关的报告由其自行编制，不在此导入。
      </p>
      <CountyImportReader />
      <section aria-labelledby="agencies">
        <h2 id="agencies" className="text-lg font-semibold">
          下级机关
        </h2>
        <ul className="mt-2 list-disc pl-5">
          {data.agencies.map((a) => (
            <li key={a.slug}>
              {a.name}（{a.onPlatform ? "使用本平台" : "未使用本平台"}，年度报告 {a.reports} 份）
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
