"use client";

import { useActionState, useState, useTransition } from "react";
import { draftSectionAction, saveNarrativeAction } from "@/lib/annual-report/actions";
import { initialActionState, type ActionState } from "@/lib/server/action-state";
import { FormMessage, SubmitButton } from "@/components/ui/form";

type Key = "overview" | "problems" | "otherMatters";
type Texts = Record<Key, string>;

/** A finding about one narrative section, shown under its editor. */
export type FieldFinding = { severity: "hard" | "soft"; ruleName: string; message: string };

type Props = Texts & {
  year: number;
  version: number;
  editable: boolean;
  findings: Record<Key, FieldFinding[]>;
};

const FIELDS: { key: Key; label: string; rows: number; draft?: string }[] = [
  { key: "overview", label: "一、总体情况", rows: 14, draft: "根据本年度记录重新生成“总体情况”初稿" },
  { key: "problems", label: "五、存在的主要问题及改进情况", rows: 6 },
  {
    key: "otherMatters",
    label: "六、其他需要报告的事项",
    rows: 3,
    draft: "根据本年度收费记录重新生成“其他需要报告的事项”",
  },
];

const KEYS: Key[] = ["overview", "problems", "otherMatters"];
const same = (a: Texts, b: Texts) => KEYS.every((key) => a[key] === b[key]);
const lines = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * The narrative sections 一, 五 and 六. The editor always shows what 保存正文 will save: its text is the form's
 * state, not a default the page may no longer match. Regenerating a draft puts the draft in the editor (not
 * saved yet, undoable); a text the server changed (after saving, or by another hand) is taken over unless it
 * is being edited here.
 */
export function NarrativeEditor(props: Props) {
  // As a textarea holds it: one "\n" per line break (older saves may hold CRLF).
  const saved: Texts = {
    overview: lines(props.overview),
    problems: lines(props.problems),
    otherMatters: lines(props.otherMatters),
  };
  const [text, setText] = useState<Texts>(saved);
  const [known, setKnown] = useState<Texts>(saved); // the server's texts the editor last took over
  const [undo, setUndo] = useState<{ key: Key; previous: string } | null>(null);
  const [draftState, setDraftState] = useState<ActionState>(initialActionState);
  const [drafting, startDrafting] = useTransition();
  const [state, action] = useActionState(saveNarrativeAction, initialActionState);

  if (!same(saved, known)) {
    // The page has newer texts (saved here, or by someone else): take them where nothing is being edited.
    setKnown(saved);
    setText((current) => {
      const next = { ...current };
      for (const key of KEYS) if (current[key] === known[key]) next[key] = saved[key];
      return next;
    });
  }

  const unsaved = KEYS.filter((key) => text[key] !== saved[key]);

  function regenerate(key: Key) {
    startDrafting(async () => {
      const form = new FormData();
      form.set("year", String(props.year));
      form.set("section", key);
      const result = await draftSectionAction(initialActionState, form);
      setDraftState(result);
      const draft = result.ok ? result.values?.[key] : undefined;
      if (typeof draft !== "string") return;
      setUndo({ key, previous: text[key] });
      setText((current) => ({ ...current, [key]: draft }));
    });
  }

  function undoRegenerate() {
    if (!undo) return;
    setText((current) => ({ ...current, [undo.key]: undo.previous }));
    setUndo(null);
    setDraftState({ ok: true, message: "已撤销，恢复为重新生成之前的内容。" });
  }

  return (
    <div className="space-y-3">
      <form action={action} className="space-y-4" aria-label="报告正文" onSubmit={() => setUndo(null)}>
        <FormMessage state={state} />
        <input type="hidden" name="year" value={props.year} />
        <input type="hidden" name="version" value={props.version} />
        {FIELDS.map((field) => {
          const errors = state.fieldErrors?.[field.key];
          const findings = props.findings[field.key];
          const describedBy = [errors && `n-${field.key}-err`, findings.length && `n-${field.key}-findings`]
            .filter(Boolean)
            .join(" ");
          return (
            <div key={field.key}>
              <label htmlFor={`n-${field.key}`} className="block font-medium">
                {field.label}
              </label>
              <textarea
                id={`n-${field.key}`}
                name={field.key}
                rows={field.rows}
                readOnly={!props.editable}
                value={text[field.key]}
                onChange={(e) => setText((current) => ({ ...current, [field.key]: e.target.value }))}
                aria-invalid={errors || findings.some((f) => f.severity === "hard") ? true : undefined}
                aria-describedby={describedBy || undefined}
                className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 font-serif leading-7 read-only:bg-stone-100 aria-[invalid=true]:border-red-600"
              />
              {errors && (
                <p id={`n-${field.key}-err`} className="text-sm text-red-700">
                  {errors.join(" ")}
                </p>
              )}
              {findings.length > 0 && (
                <ul
                  id={`n-${field.key}-findings`}
                  className="mt-1 space-y-1 text-sm"
                  aria-label={`${field.label}的校验结果`}
                >
                  {findings.map((f, i) => (
                    <li key={i} className={f.severity === "hard" ? "text-red-800" : "text-amber-900"}>
                      {f.severity === "hard" ? "错误" : "提示"}（{f.ruleName}）：{f.message}
                    </li>
                  ))}
                </ul>
              )}
              {props.editable && field.draft && (
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <button
                    type="button"
                    onClick={() => regenerate(field.key)}
                    disabled={drafting}
                    className="rounded border border-stone-400 bg-white px-3 py-1 text-sm hover:bg-stone-100 disabled:opacity-60"
                  >
                    {field.draft}
                  </button>
                  {undo?.key === field.key && (
                    <button
                      type="button"
                      onClick={undoRegenerate}
                      className="rounded border border-amber-600 px-3 py-1 text-sm text-amber-900 hover:bg-amber-50"
                    >
                      撤销重新生成
                    </button>
                  )}
                  <span className="text-sm text-stone-600">（替换编辑框中的内容，保存后生效）</span>
                </div>
              )}
            </div>
          );
        })}
        {props.editable && (
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton>保存正文</SubmitButton>
            {unsaved.length > 0 && (
              <span role="note" className="text-sm text-amber-900" data-testid="narrative-unsaved">
                有未保存的修改：{unsaved.map((key) => FIELDS.find((f) => f.key === key)!.label).join("、")}
              </span>
            )}
          </div>
        )}
      </form>
      <div data-testid="narrative-draft-message">
        <FormMessage state={draftState} />
      </div>
    </div>
  );
}
