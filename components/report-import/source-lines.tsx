"use client";

import { useEffect, useRef } from "react";

/** The source text with line numbers, the line a selected cell was read from highlighted and scrolled to. */
export function SourceLines({ lines, highlight }: { lines: string[]; highlight?: number }) {
  const box = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!highlight || !box.current) return;
    const line = box.current.querySelector<HTMLElement>(`[data-line="${highlight}"]`);
    if (line) box.current.scrollTop = line.offsetTop - box.current.clientHeight / 2;
  }, [highlight]);
  return (
    <ol
      ref={box}
      tabIndex={0}
      aria-label="原文（带行号）"
      className="relative max-h-[80vh] overflow-auto rounded border border-stone-200 bg-white py-1 font-mono text-xs leading-5 [tab-size:4]"
    >
      {lines.map((line, i) => {
        const n = i + 1;
        const on = n === highlight;
        return (
          <li
            key={n}
            id={`src-line-${n}`}
            data-line={n}
            aria-current={on ? "location" : undefined}
            className={`flex gap-2 px-2 ${on ? "bg-amber-200" : ""}`}
          >
            <span aria-hidden className="w-8 shrink-0 select-none text-right text-stone-500">
              {n}
            </span>
            <span className="whitespace-pre-wrap break-all">{line || " "}</span>
          </li>
        );
      })}
    </ol>
  );
}
