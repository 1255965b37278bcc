"use client";

import Link from "next/link";
import { chineseDate } from "@/lib/calendar/dates";
import { DEADLINE_RULE, RECEIPT_RULE } from "@/lib/online-applications/labels";
import type { Receipt as ReceiptData } from "@/lib/online-applications/public";

/** The printable receipt: shown once, right after submission; the 查询码 is stored nowhere in the clear. */
export function Receipt({ receipt }: { receipt: ReceiptData }) {
  return (
    <section aria-labelledby="receipt-title" className="mt-6 space-y-4 rounded border-2 border-brand-600 bg-white p-5">
      <h2 id="receipt-title" className="text-xl font-bold">
        申请已提交 — 回执
      </h2>
      <p role="status">您的政府信息公开申请已提交至{receipt.agencyName}，尚待公开工作机构确认。</p>
      <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">申请编号</dt>
        <dd className="font-mono text-lg" data-testid="receipt-number">
          {receipt.number}
        </dd>
        <dt className="font-medium">查询码</dt>
        <dd className="font-mono text-lg" data-testid="receipt-code">
          {receipt.code}
        </dd>
        <dt className="font-medium">网上提交日期</dt>
        <dd>{chineseDate(receipt.submittedOn)}</dd>
      </dl>
      <p className="rounded bg-amber-50 p-3 text-amber-950">
        <strong>请立即打印或抄录申请编号和查询码。</strong>
        查询码只显示这一次，本机关不保存查询码原文，遗失后无法找回；凭申请编号和查询码可查询办理进度、提交补正、下载答复书。
      </p>
      <p>{RECEIPT_RULE}</p>
      <p>{DEADLINE_RULE}</p>
      <div className="flex flex-wrap gap-3 print:hidden">
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          打印回执
        </button>
        <Link href="/apply/track" className="rounded border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100">
          查询办理进度
        </Link>
      </div>
    </section>
  );
}
