"use client";

import { ErrorNotice } from "@/components/ui/error-notice";

/** Inside the office: an unexpected failure, without a stack; what was typed in forms is kept by the forms. */
export default function OfficeError({ reset }: { error: Error; reset: () => void }) {
  return (
    <ErrorNotice title="页面暂时无法显示" links={[{ href: "/office", label: "返回工作台" }]}>
      <p>服务器处理时出现问题，请稍后再试；问题持续时请联系管理员。</p>
      <button onClick={reset} className="mt-4 rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100">
        重试
      </button>
    </ErrorNotice>
  );
}
