"use client";

import { useRef, useState } from "react";
import type { UploadedReport } from "@/lib/report-import/upload";

/** What the reader takes (kept here rather than imported: the source module is server-only). */
const ACCEPT = ".pdf,.docx,.doc,.html,.htm,.txt,.tsv";
/** Files read at once: the server reads each in one request. */
const CONCURRENCY = 2;

const FORMAT_LABELS: Record<string, string> = { text: "文本", html: "网页", docx: "Word", pdf: "PDF" };
const EXIT_LABELS = { 0: "通过", 1: "有错误", 2: "未能完整读取" } as const;

type Entry = {
  id: number;
  name: string;
  state: "waiting" | "reading" | "done";
  result?: UploadedReport;
  error?: string;
};

/**
 * Several published reports at once — PDF, web page, Word, text — each read and checked on the server, one line
 * per report as `report:check` prints it, and a total. `onOpen` shows a read report in full (the office imports
 * it; a county reviews it). Mounted by the office's import page; reusable wherever reports are checked in bulk.
 */
export function BatchReader({
  readUrl,
  onOpen,
  openLabel = "查看",
}: {
  readUrl: string;
  onOpen?: (result: UploadedReport) => void;
  openLabel?: string;
}) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const nextId = useRef(0);
  const queue = useRef<{ id: number; file: File }[]>([]);
  const running = useRef(0);

  const update = (id: number, change: Partial<Entry>) =>
    setEntries((all) => all.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)));

  const pump = () => {
    while (running.current < CONCURRENCY && queue.current.length) {
      const { id, file } = queue.current.shift()!;
      running.current++;
      update(id, { state: "reading" });
      void read(file)
        .then((result) =>
          update(id, { state: "done", result, ...(result.summary.error && { error: result.summary.error }) }),
        )
        .catch((error: unknown) =>
          update(id, { state: "done", error: error instanceof Error ? error.message : "读取失败，请重试。" }),
        )
        .finally(() => {
          running.current--;
          pump();
        });
    }
  };

  async function read(file: File): Promise<UploadedReport> {
    const body = new FormData();
    body.append("file", file);
    const response = await fetch(readUrl, { method: "POST", body });
    const answer = (await response.json().catch(() => ({}))) as UploadedReport & { error?: string };
    if (!response.ok) throw new Error(answer.error ?? `读取失败（${response.status}），请重试。`);
    return answer;
  }

  function add(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      const id = nextId.current++;
      setEntries((all) => [...all, { id, name: file.name, state: "waiting" }]);
      queue.current.push({ id, file });
    }
    pump();
  }

  const done = entries.filter((entry) => entry.state === "done");
  const summaries = done.flatMap((entry) => (entry.result && !entry.error ? [entry.result.summary] : []));
  const failed = done.length - summaries.length;
  const withHard = summaries.filter((s) => s.hard > 0).length;
  const incomplete = summaries.filter((s) => s.exit === 2).length + failed;

  return (
    <div>
      <label htmlFor="report-files" className="font-medium">
        选择报告文件（可多选）：
      </label>
      <input
        id="report-files"
        type="file"
        multiple
        accept={ACCEPT}
        aria-describedby="report-files-hint"
        onChange={(event) => {
          add(event.target.files);
          event.target.value = "";
        }}
        className="ml-2 text-sm"
      />
      <p id="report-files-hint" className="mt-1 text-sm text-stone-600">
        PDF、网页（.html，含 GBK 编码）、Word（.docx）或文本文件，每个不超过 20 MB；在服务器上读取，可一次选择多个。
        扫描件（只有图像的 PDF）无法读取；旧版 .doc 请先另存为 .docx 或 PDF。
      </p>
      {entries.length > 0 && (
        <div className="mt-3 overflow-x-auto">
          <p role="status" className="text-sm" data-testid="batch-progress">
            已读取 {done.length} / {entries.length} 个文件
            {done.length === entries.length &&
              `：通过 ${summaries.filter((s) => s.exit === 0).length} 份，有错误 ${withHard} 份，未能（完整）读取 ${incomplete} 份`}
          </p>
          <table className="mt-2 w-full border-collapse text-left text-sm" aria-label="读取结果">
            <thead className="bg-stone-100">
              <tr>
                {["文件", "格式", "机关", "年度", "读取", "无法读取的行", "错误", "提示", "未检查", "结果", ""].map(
                  (h) => (
                    <th key={h} scope="col" className="px-2 py-1 font-medium">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const s = entry.result?.summary;
                return (
                  <tr key={entry.id} className="border-t border-stone-200 align-top">
                    <th scope="row" className="px-2 py-1 font-normal break-all">
                      {entry.name}
                    </th>
                    {entry.state !== "done" ? (
                      <td colSpan={10} className="px-2 py-1 text-stone-600">
                        {entry.state === "reading" ? "正在读取…" : "等待读取"}
                      </td>
                    ) : entry.error || !s ? (
                      <td colSpan={10} role="alert" className="px-2 py-1 text-red-700">
                        无法读取：{entry.error}
                      </td>
                    ) : (
                      <>
                        <td className="px-2 py-1">{FORMAT_LABELS[s.format ?? ""] ?? ""}</td>
                        <td className="px-2 py-1">{s.agency ?? "（未识别）"}</td>
                        <td className="px-2 py-1">{s.year ?? "（未识别）"}</td>
                        <td className="px-2 py-1 tabular-nums">
                          {s.cellsRead}/{s.cellsTotal} 格
                        </td>
                        <td className={`px-2 py-1 tabular-nums ${s.unreadRows ? "text-amber-800" : ""}`}>
                          {s.unreadRows}
                        </td>
                        <td className={`px-2 py-1 tabular-nums ${s.hard ? "font-semibold text-red-700" : ""}`}>
                          {s.hard}
                        </td>
                        <td className="px-2 py-1 tabular-nums">{s.soft}</td>
                        <td className="px-2 py-1 tabular-nums">{s.notChecked}</td>
                        <td className="px-2 py-1">{EXIT_LABELS[s.exit]}</td>
                        <td className="px-2 py-1">
                          {onOpen && (
                            <button
                              type="button"
                              onClick={() => onOpen(entry.result!)}
                              className="text-brand-700 underline"
                              aria-label={`${openLabel}：${entry.name}`}
                            >
                              {openLabel}
                            </button>
                          )}
                        </td>
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
