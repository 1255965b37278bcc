import { detailItems, historyFormat, type Lookups, type RecordField } from "@/lib/records/fields";
import type { HistoryEntry } from "@/lib/records/history";
import type { ActionState } from "@/lib/server/action-state";
import { DeleteButton } from "./delete-button";
import { LockedNotice } from "./locked-notice";
import { RecordFields } from "./record-fields";
import { RecordHistory } from "./record-history";
import { RecordPageHeader } from "./record-page";

/**
 * A record's page: heading with the way back to its list and the delete button (when the actor may
 * delete and the year is open), the lock notice, its fields, the kind's sections (edit forms …) and
 * its history — all fields as the kind describes them once.
 */
export function RecordDetailView<Row>(props: {
  title: string;
  back: { href: string; label: string };
  fields: RecordField<Row>[];
  data: {
    record: Row;
    ref: { id: number; version: number };
    lock: string | null;
    deletable: boolean;
    history: HistoryEntry[];
    lookups: Lookups;
  };
  deleteAction: (state: ActionState, data: FormData) => Promise<ActionState>;
  /** What the delete confirmation names, e.g. "该案件". */
  what: string;
  /** Extra items shown among the fields (e.g. a status with a test id). */
  items?: [label: string, value: React.ReactNode][];
  /** The lock notice's text, when the kind says more than the lock itself. */
  lockMessage?: string | null;
  /** Shown above the fields (e.g. the deadline panel). */
  above?: React.ReactNode;
  /** The kind's sections below the fields (edit forms, timeline …). */
  children?: React.ReactNode;
}) {
  const { record, ref, lock, deletable, history, lookups } = props.data;
  const { labels, formatters } = historyFormat(props.fields, lookups);
  return (
    <>
      <RecordPageHeader
        title={props.title}
        back={props.back}
        actions={
          deletable && <DeleteButton action={props.deleteAction} id={ref.id} version={ref.version} what={props.what} />
        }
      />
      <LockedNotice message={props.lockMessage === undefined ? lock : props.lockMessage} />
      {props.above}
      <RecordFields items={[...detailItems(props.fields, record), ...(props.items ?? [])]} />
      {props.children}
      <RecordHistory entries={history} labels={labels} formatters={formatters} />
    </>
  );
}
