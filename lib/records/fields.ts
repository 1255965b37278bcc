import type { ExportColumn } from "./export";

/**
 * One description of a record kind's fields, read by every place that shows them: the detail page,
 * the list table, the Excel/CSV export and the audit history. Adding a field to a kind adds one
 * entry here (and the input schema and form in the same module).
 */
export type Lookups = Record<string, ReadonlyMap<number, string>>;

export type RecordField<Row> = {
  /** The column name as the audit log stores it (history), or a name of its own for derived fields. */
  key: string;
  label: string;
  /** The value shown for a row. */
  value: (row: Row) => string | number | null | undefined;
  /** A value stored in the audit history → text (enum → label, id → name). Default: as stored. */
  stored?: (value: unknown, lookups: Lookups) => string;
  /** Shown as a column of the list table (the first one links to the record); a number orders the columns. */
  list?: boolean | number;
  /** Keep the list cell on one line (dates). */
  nowrap?: boolean;
  /** A figure: right-aligned in the list. */
  numeric?: boolean;
  /** Left out of the export, or its column width there. */
  export?: false | { width?: number };
  /** Left out of the detail page. */
  detail?: false;
  /** Not in the audit history's labels (derived fields). */
  derived?: true;
};

export function listFields<Row>(fields: RecordField<Row>[]): RecordField<Row>[] {
  const position = (f: RecordField<Row>) => (typeof f.list === "number" ? f.list : 0);
  return fields.filter((f) => f.list).sort((a, b) => position(a) - position(b));
}

export function detailItems<Row>(fields: RecordField<Row>[], row: Row): [label: string, value: string][] {
  return fields.filter((f) => f.detail !== false).map((f) => [f.label, String(f.value(row) ?? "")]);
}

export function exportColumns<Row>(fields: RecordField<Row>[]): ExportColumn<Row>[] {
  return fields
    .filter((f) => f.export !== false)
    .map((f) => ({ header: f.label, value: f.value, width: f.export ? f.export.width : undefined }));
}

/** The labels and value formatters the history view needs, for the stored columns. */
export function historyFormat<Row>(
  fields: RecordField<Row>[],
  lookups: Lookups,
): { labels: Record<string, string>; formatters: Record<string, (value: unknown) => string> } {
  const stored = fields.filter((f) => !f.derived);
  return {
    labels: Object.fromEntries(stored.map((f) => [f.key, f.label])),
    formatters: Object.fromEntries(
      stored.filter((f) => f.stored).map((f) => [f.key, (value: unknown) => f.stored!(value, lookups)]),
    ),
  };
}

/** A field shown from an enum's Chinese labels, stored as the enum value. */
export function enumLabel<T extends string>(labels: Record<T, string>) {
  return (value: unknown) => labels[value as T] ?? String(value);
}

/** An id stored in the history, shown by name from a lookup (departments, outlets …). */
export function lookupName(lookup: string) {
  return (value: unknown, lookups: Lookups) => lookups[lookup]?.get(Number(value)) ?? String(value);
}

/** The department a record belongs to. */
export function departmentField<Row extends { department: { name: string } }>(label: string): RecordField<Row> {
  return {
    key: "departmentId",
    label,
    value: (r) => r.department.name,
    stored: lookupName("departments"),
    list: true,
    export: { width: 18 },
  };
}
