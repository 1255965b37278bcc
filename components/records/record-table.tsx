import Link from "next/link";

export type RecordColumn<T> = { header: string; cell: (row: T) => React.ReactNode; className?: string };

/**
 * The one table of a record list: a caption for screen readers, column headers, the first column
 * links to the record's detail page, an empty state, and an optional footer (totals).
 */
export function RecordTable<T extends { id: number }>(props: {
  caption: string;
  columns: RecordColumn<T>[];
  rows: T[];
  href: (row: T) => string;
  empty?: string;
  footer?: React.ReactNode;
}) {
  const [first, ...rest] = props.columns;
  return (
    <div className="mt-4 overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="bg-stone-100">
          <tr>
            {props.columns.map((c) => (
              <th key={c.header} scope="col" className={`px-3 py-2 ${c.className ?? ""}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id} className="border-t border-stone-200 align-top">
              <th scope="row" className={`px-3 py-2 font-normal ${first.className ?? ""}`}>
                <Link className="text-brand-700 underline" href={props.href(row)}>
                  {first.cell(row)}
                </Link>
              </th>
              {rest.map((c) => (
                <td key={c.header} className={`px-3 py-2 ${c.className ?? ""}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
          {props.rows.length === 0 && (
            <tr>
              <td colSpan={props.columns.length} className="px-3 py-4 text-stone-600">
                {props.empty ?? "没有符合条件的记录。"}
              </td>
            </tr>
          )}
        </tbody>
        {props.footer && <tfoot className="border-t-2 border-stone-300 bg-stone-50">{props.footer}</tfoot>}
      </table>
    </div>
  );
}
