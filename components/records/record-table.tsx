import Link from "next/link";

export type RecordColumn<T> = { header: string; cell: (row: T) => React.ReactNode; className?: string };

/**
 * The one table of a record list: a caption for screen readers, column headers, the first column
 * links to the record's detail page, an empty state, and an optional footer (totals). On a phone
 * (narrower than 640 px) each row stacks as a card, every value beside its column's name, so that no
 * column is off-screen and no name wraps one character per line.
 */
const STACKED =
  "max-sm:flex max-sm:gap-3 max-sm:py-0.5 max-sm:before:w-20 max-sm:before:shrink-0 max-sm:before:text-stone-600 max-sm:before:content-[attr(data-label)]";

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
      <table className="w-full text-left text-sm max-sm:block">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="bg-stone-100 max-sm:sr-only">
          <tr>
            {props.columns.map((c) => (
              <th key={c.header} scope="col" className={`px-3 py-2 ${c.className ?? ""}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {props.rows.map((row) => (
            <tr key={row.id} className="border-t border-stone-200 align-top max-sm:block max-sm:py-2">
              <th
                scope="row"
                data-label={first.header}
                className={`px-3 py-2 font-normal ${STACKED} ${first.className ?? ""}`}
              >
                <Link className="text-brand-700 underline" href={props.href(row)}>
                  {first.cell(row)}
                </Link>
              </th>
              {rest.map((c) => (
                <td key={c.header} data-label={c.header} className={`px-3 py-2 ${STACKED} ${c.className ?? ""}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
          {props.rows.length === 0 && (
            <tr className="max-sm:block">
              <td colSpan={props.columns.length} className="px-3 py-4 text-stone-600 max-sm:block">
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
