"use client";

import { useEffect, useState } from "react";

/**
 * What a page shows when its rendering failed. The error itself reaches the browser without its
 * message (Next hides server errors), so the page asks the server's health check (/healthz) whether
 * the database is reachable: when it is not, it says so — "数据库暂时不可用" — and reloads by itself once
 * the database is back (the web server reconnects on its own); otherwise it is a plain error page.
 * The route's error file puts it in the page's chrome (the public header, or the office layout).
 */
type Status = "checking" | "database-down" | "database-back" | "error";

const POLL_MS = 3_000;

async function databaseReachable(): Promise<boolean | null> {
  try {
    const response = await fetch("/healthz", { cache: "no-store" });
    const health = (await response.json()) as { database?: string };
    return health.database === "reachable";
  } catch {
    return null; // the web server itself did not answer
  }
}

export function ServiceError({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  const [status, setStatus] = useState<Status>("checking");

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    const check = async () => {
      const reachable = await databaseReachable();
      if (cancelled) return;
      if (reachable === false || reachable === null) {
        wasDown = true;
        setStatus("database-down");
        timer = setTimeout(check, POLL_MS);
      } else if (wasDown) {
        setStatus("database-back");
        window.location.reload();
      } else {
        setStatus("error");
      }
    };
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);

  if (status === "database-down" || status === "database-back") {
    return (
      <div className="mx-auto max-w-xl px-4 py-16 text-center" data-testid="database-unavailable">
        <h1 className="text-2xl font-bold">数据库暂时不可用</h1>
        <p className="mt-3 text-stone-700">
          系统正在自动恢复数据库连接，通常只需几秒钟。已经保存的内容不会丢失；恢复后本页会自动刷新。
        </p>
        <p className="mt-2 text-sm text-stone-600" role="status">
          {status === "database-back" ? "数据库已恢复，正在重新加载……" : "正在等待数据库恢复……"}
        </p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mt-6 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800"
        >
          立即重试
        </button>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{status === "checking" ? "页面暂时无法显示" : "页面出错了"}</h1>
      <p className="mt-3 text-stone-700">请稍后重试；如果问题持续出现，请联系本单位管理员。</p>
      {error.digest && <p className="mt-2 text-sm text-stone-500">错误编号：{error.digest}</p>}
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-6 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800"
      >
        重试
      </button>
    </div>
  );
}
