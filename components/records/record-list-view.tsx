import type { RecordField } from "@/lib/records/fields";
import { listFields } from "@/lib/records/fields";
import type { Page } from "@/lib/records/list";
import { FilterBar, type FilterOptions } from "./filter-bar";
import { Pagination } from "./pagination";
import { RecordTable } from "./record-table";
import { NewRecordLink, RecordPageHeader } from "./record-page";

const shown = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === "" ? "—" : value;

/**
 * A record kind's list page: heading, filter bar (filters live in the URL), the table of the kind's
 * list fields, paging, and the notice after a deletion. What a kind adds (tabs, totals, extra filters)
 * comes in as props and children.
 */
export function RecordListView<Row extends { id: number }>(props: {
  title: string;
  description?: React.ReactNode;
  basePath: string;
  newLabel?: string;
  caption: string;
  /** What the table says when nothing matches (default: 没有符合条件的记录。). */
  empty?: string;
  fields: RecordField<Row>[];
  /** A kind's own rendering of some list cells (by field key), e.g. a coloured status. */
  cells?: Record<string, (row: Row) => React.ReactNode>;
  data: {
    page: Page<Row>;
    values: Record<string, string | undefined>;
    departments?: { id: number; name: string }[];
    canExport: boolean;
    canCreate: boolean;
  };
  filters: FilterOptions;
  /** Extra filter controls of the kind. */
  children?: React.ReactNode;
  /** Above the filter bar (tabs). */
  nav?: React.ReactNode;
  footer?: React.ReactNode;
}) {
  const { page, values, departments } = props.data;
  const columns = listFields(props.fields).map((f) => ({
    header: f.label,
    cell: (row: Row) => props.cells?.[f.key]?.(row) ?? shown(f.value(row)),
    className: [f.nowrap && "whitespace-nowrap", f.numeric && "text-right tabular-nums"].filter(Boolean).join(" "),
  }));
  return (
    <>
      <RecordPageHeader
        title={props.title}
        actions={
          props.newLabel &&
          props.data.canCreate && <NewRecordLink href={`${props.basePath}/new`} label={props.newLabel} />
        }
      >
        {props.description}
      </RecordPageHeader>
      {props.nav}
      {values.deleted && (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          已删除该记录（删除前的内容保存在审计日志中）。
        </p>
      )}
      <FilterBar
        action={props.basePath}
        values={values}
        departments={departments}
        {...props.filters}
        exportBase={props.data.canExport ? `${props.basePath}/export` : undefined}
      >
        {props.children}
      </FilterBar>
      <RecordTable
        caption={props.caption}
        columns={columns}
        rows={page.rows}
        href={(r) => `${props.basePath}/${r.id}`}
        empty={props.empty}
        footer={props.footer}
      />
      <Pagination
        basePath={props.basePath}
        params={values}
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
      />
    </>
  );
}
