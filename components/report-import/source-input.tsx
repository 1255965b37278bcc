"use client";

import { useState } from "react";
import { decodeText, DocxError, docxToText, isZip } from "@/lib/report-import";

/**
 * Where the report comes in: its text pasted from the published web page, or a .docx (or .txt) file read in
 * the browser into the same text, which the user can then correct before importing.
 */
export function SourceInput({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  const [fileMessage, setFileMessage] = useState<{ ok: boolean; text: string }>();

  async function readFile(file: File) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.doc$/i.test(file.name) && !isZip(bytes)) {
      setFileMessage({
        ok: false,
        text: "旧版 Word（.doc）文件无法读取：请在 Word 中另存为 .docx，或复制全文粘贴到上面。",
      });
      return;
    }
    try {
      const read = isZip(bytes) ? await docxToText(bytes) : decodeText(bytes);
      onChange(read);
      setFileMessage({
        ok: true,
        text: `已读取“${file.name}”的文字，共 ${read.split("\n").length} 行；可在上面修改后再导入。`,
      });
    } catch (error) {
      setFileMessage({ ok: false, text: error instanceof DocxError ? error.message : `无法读取“${file.name}”。` });
    }
  }

  return (
    <section aria-labelledby="source-input" className="mt-6 rounded border border-stone-200 bg-white p-4">
      <h2 id="source-input" className="text-lg font-semibold">
        一、粘贴或上传报告
      </h2>
      <label htmlFor="report-text" className="mt-2 block font-medium">
        报告全文
      </label>
      <p id="report-text-hint" className="text-sm text-stone-600">
        从政府网站复制整篇报告（从标题到“六、其他需要报告的事项”），直接粘贴；表格的空格、换行、全角半角不必整理。
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
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <label htmlFor="report-file" className="font-medium">
          或上传文件（.docx 或 .txt）：
        </label>
        <input
          id="report-file"
          type="file"
          accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readFile(file);
          }}
          className="text-sm"
        />
      </div>
      {fileMessage && (
        <p
          role={fileMessage.ok ? "status" : "alert"}
          className={`mt-2 text-sm ${fileMessage.ok ? "text-green-800" : "text-red-700"}`}
        >
          {fileMessage.text}
        </p>
      )}
    </section>
  );
}
