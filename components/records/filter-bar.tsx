/**
 * The filter bar of a record list: a plain GET form, so filters live in the URL (shareable, and the
 * export links reuse them). `extra` holds list-specific controls.
 */
export type FilterOptions = {
  statuses?: { value: string; label: string }[];
  outcomes?: { value: string; label: string }[];
  dateLabel?: string;
  searchLabel?: string;
};

export function FilterBar(
  props: FilterOptions & {
    action: string;
    values: Record<string, string | undefined>;
    departments?: { id: number; name: string }[];
    exportBase?: string;
    children?: React.ReactNode;
  },
) {
  const v = props.values;
  const input = "mt-1 rounded border border-stone-400 bg-white px-2 py-1";
  const query = new URLSearchParams(
    Object.entries(v).filter((e): e is [string, string] => !!e[1] && e[0] !== "page" && e[0] !== "deleted"),
  );
  return (
    <form
      action={props.action}
      method="get"
      role="search"
      aria-label="筛选"
      className="mt-4 flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3 text-sm"
    >
      {props.departments && (
        <label className="flex flex-col">
          科室
          <select name="departmentId" defaultValue={v.departmentId ?? ""} className={input}>
            <option value="">全部</option>
            {props.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {props.statuses && (
        <label className="flex flex-col">
          状态
          <select name="status" defaultValue={v.status ?? ""} className={input}>
            <option value="">全部</option>
            {props.statuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {props.outcomes && (
        <label className="flex flex-col">
          办理结果
          <select name="outcome" defaultValue={v.outcome ?? ""} className={`${input} max-w-72`}>
            <option value="">全部</option>
            {props.outcomes.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex flex-col">
        {props.dateLabel ?? "日期"}从
        <input type="date" name="from" defaultValue={v.from ?? ""} className={input} />
      </label>
      <label className="flex flex-col">
        至
        <input type="date" name="to" defaultValue={v.to ?? ""} className={input} />
      </label>
      {props.children}
      <label className="flex flex-col">
        {props.searchLabel ?? "关键词"}
        <input type="search" name="q" defaultValue={v.q ?? ""} className={input} />
      </label>
      <button className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">筛选</button>
      {props.exportBase && (
        <span className="ml-auto flex gap-2">
          <a
            className="rounded border border-stone-400 px-2 py-1 hover:bg-stone-100"
            href={`${props.exportBase}?${query}&format=xlsx`}
          >
            导出 Excel
          </a>
          <a
            className="rounded border border-stone-400 px-2 py-1 hover:bg-stone-100"
            href={`${props.exportBase}?${query}&format=csv`}
          >
            导出 CSV
          </a>
        </span>
      )}
    </form>
  );
}
