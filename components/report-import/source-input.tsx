"use client";

import { BatchReader } from "./batch-reader";
import type { UploadedReport } from "@/lib/report-import/upload";

/**
 * Where reports come in: files (several at once, read on the server: PDF, web page, Word, text), or one report's
 * text pasted from the published web page. Opening a read file puts its text in the box, where it can be
 * corrected before importing.
 */
export function SourceInput({
  text,
  from,
  onChange,
  onOpen,
}: {
  text: string;
  /** The file the text was read from, when it was. */
  from?: string;
  onChange: (text: string) => void;
  onOpen: (result: UploadedReport) => void;
}) {
  return (
    <section aria-labelledby="source-input" className="mt-6 rounded border border-stone-200 bg-white p-4">
      <h2 id="source-input" className="text-lg font-semibold">
        一、上传或粘贴报告
      </h2>
      <div className="mt-2">
        <BatchReader readUrl="/office/reports/import/read" onOpen={onOpen} openLabel="查看并导入" />
      </div>
      <label htmlFor="report-text" className="mt-4 block font-medium">
        报告全文{from ? `（读自“${from}”，可修改）` : ""}
      </label>
      <p id="report-text-hint" className="text-sm text-stone-600">
        也可从政府网站复制整篇报告（从标题到“六、其他需要报告的事项”）直接粘贴；表格的空格、换行、全角半角不必整理。
      </p>
      <textarea
        id="report-text"
        value={text}
        onChange={(e) => onChange(e.target.value)}
        rows={12}
        spellCheck={false}
        aria-describedby="report-text-hint"
        className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 font-mono text-sm leading-6 [tab-size:4]"
      />
    </section>
  );
}
