import "server-only";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import {
  ConflictError,
  DomainValidationError,
  NotFoundError,
  throwIfAny,
  uniqueViolationFields,
  type FieldErrors,
} from "@/lib/errors";
import { todayInChina, type IsoDate } from "@/lib/calendar/dates";
import type { z } from "@/lib/validation";
import { departmentProblem } from "./references";
import { EXPORT_LIMIT, exportWhere, paging, scopedWhere, type ListQuery, type Page } from "./list";
import { assertYearsOpen } from "./year-lock";

/**
 * The record kit: what every record kind (applications, submissions, review cases, normative
 * documents, decision tallies, fee collections) shares, written once. A kind is a definition —
 * its model, the year(s) of the annual report it feeds, how its input becomes columns, its own
 * reference checks — and `recordOperations(kind)` gives it list, export, get, create, update,
 * delete and versioned changes with:
 * - authorization inside (the actor's agency; an officer's own department; extra permissions the
 *   kind asks for, e.g. applicant personal data);
 * - the department check (one of the agency's active departments; a record may stay in a
 *   since-deactivated one);
 * - the year lock (a submitted year's report freezes the records that feed it);
 * - optimistic versions (a stale save is a ConflictError, the user's input kept by the form);
 * - unique keys as field messages (a duplicate that races in is not a 500);
 * - the audit log, in the same transaction as the change.
 * A kind keeps only what is its own (repeal, adoption, deadlines, links) in its own module.
 */

/** The columns every record table has. */
export type RecordRow = { id: number; agencyId: number; departmentId: number; version: number };

/** The id of the record an edit targets and the version the user read. */
export type RecordRef = { id: number; version: number };

/** The loosely-typed Prisma model delegate the kit drives; each kind's definition gives the row type. */
type ModelDelegate = {
  findMany(args: object): Promise<unknown[]>;
  findFirst(args: object): Promise<unknown>;
  count(args: object): Promise<number>;
  create(args: object): Promise<unknown>;
  updateMany(args: object): Promise<{ count: number }>;
  deleteMany(args: object): Promise<{ count: number }>;
};

export type WriteContext<Row, Input> = {
  db: Db;
  actor: Actor;
  input: Input;
  /** The record as stored before an update (absent on create). */
  current?: Row;
  today: IsoDate;
};

export type ListContext = { db: Db; actor: Actor; scope: { agencyId: number; departmentId?: number }; today: IsoDate };

export type RecordKind<
  Row extends RecordRow,
  Input extends { departmentId: number },
  Data extends object,
  Q extends ListQuery,
  View = Row,
> = {
  /** The audit log's entity type, e.g. "ReviewCase". */
  entity: string;
  /** The Prisma model. */
  model: (db: Db | Tx) => unknown;
  /** Relations loaded with a row; stripped from the audit log's copy. */
  include: Record<string, unknown>;
  /** Columns never read back (e.g. search grams). */
  omit?: Record<string, true>;
  notFoundMessage?: string;
  list: {
    query: z.ZodType<Q>;
    /** The kind's own filters (the agency/department scope is added by the kit). */
    where: (q: Q, ctx: ListContext) => object | Promise<object>;
    orderBy: object[];
    /** A lighter shape for list rows (default: `include`). */
    select?: Record<string, unknown>;
  };
  /** The columns an input writes. */
  toData: (input: Input) => Data;
  /** The report years a stored row or the columns about to be written feed (null/undefined ignored). */
  reportYears: (values: Row | Data) => (number | null | undefined)[];
  /**
   * The years whose report a change alters (default: every year of the row before and after). A
   * kind whose figures depend on more than its dates (applications) narrows this.
   */
  yearsTouched?: (before: Row | null, after: Data | (Row & Data) | null, today: IsoDate) => number[];
  /** Checks beyond the schema that need the database (references to other records …), as field messages. */
  checkInput?: (ctx: WriteContext<Row, Input>) => Promise<FieldErrors> | FieldErrors;
  /** Unique keys as field messages: the key's columns (any one of them matching the violation) → field and message. */
  unique?: { columns: string[]; field: string; message: string }[];
  /** Permissions a write needs beyond record.create/update on the department (e.g. applicant personal data). */
  extraWritePermissions?: "applicant.personal.read"[];
  /** Columns computed in the transaction before a create (registration number, deadline …). */
  beforeCreate?: (tx: Tx, actor: Actor, data: Data, input: Input) => Promise<object>;
  /** Columns computed in the transaction before an update, or refusals (throw DomainValidationError). */
  beforeUpdate?: (tx: Tx, actor: Actor, before: Row, data: Data, input: Input) => Promise<object>;
  /** Related rows written in the transaction after the record itself (e.g. a submission's outlets). */
  afterWrite?: (tx: Tx, id: number, input: Input, before?: Row) => Promise<void>;
  /** What the audit log keeps of a row (default: the row without its relations). */
  auditRecord?: (row: Row) => unknown;
  /** A refusal to delete (e.g. other records refer to it), as a message. */
  deleteProblem?: (db: Db, row: Row) => Promise<string | null>;
  /** Rows as `actor` may see them (personal data masked, derived standing …). */
  present?: (ctx: { db: Db | Tx; actor: Actor; today: IsoDate }, rows: Row[]) => Promise<View[]> | View[];
  /** Fields of the audit history the actor may not see on this record. */
  hiddenHistoryFields?: (actor: Actor, row: Row) => ReadonlySet<string>;
};

/** What `recordOperations` gives a kind. */
export type RecordOperations<Row extends RecordRow, Input, Q extends ListQuery, View = Row> = {
  kind: { entity: string };
  /** A record of the actor's agency that the actor may read, as stored (internal use: nothing masked). */
  load(db: Db | Tx, actor: Actor, id: number): Promise<Row>;
  /** The record as the actor may see it. */
  get(db: Db | Tx, actor: Actor, id: number): Promise<View>;
  /** One page of the records the actor may see (filters parsed with the kind's list query). */
  list(
    db: Db,
    actor: Actor,
    filter?: Partial<Q> | Record<string, string | undefined>,
    opts?: ListOptions,
  ): Promise<Page<View> & { query: Q }>;
  /** The `where` of the list for these filters (for a kind's own aggregates over the same rows). */
  where(
    db: Db,
    actor: Actor,
    filter?: Partial<Q> | Record<string, string | undefined>,
    opts?: ListOptions,
  ): Promise<object>;
  /** Every record matching the filters (capped), for Excel/CSV; needs record.export. */
  export(
    db: Db,
    actor: Actor,
    filter?: Partial<Q> | Record<string, string | undefined>,
    opts?: ListOptions,
  ): Promise<View[]>;
  create(db: Db, actor: Actor, input: Input, today?: IsoDate): Promise<Row>;
  update(db: Db, actor: Actor, ref: RecordRef, input: Input, today?: IsoDate): Promise<Row>;
  change(db: Db, actor: Actor, ref: { id: number; version?: number }, change: RecordChange<Row>): Promise<Row>;
  delete(db: Db, actor: Actor, ref: RecordRef, today?: IsoDate): Promise<void>;
  reportYearsOf(row: Row): number[];
  hiddenHistoryFields(actor: Actor, row: Row): ReadonlySet<string>;
};

/** The day "today" is for a list's filters and standings (tests fix it; pages take China's today). */
export type ListOptions = { today?: IsoDate };

/**
 * A kind's own versioned change (repeal, adoption, an application's timeline …): `check` refuses on
 * the record as stored; `apply` runs in the transaction (it may write related rows) and returns the
 * record's columns to set; the year lock is checked on the result, the version bumped, the change
 * audited with `note`.
 */
export type RecordChange<Row> = {
  check?: (before: Row) => FieldErrors;
  apply: (tx: Tx, before: Row) => Promise<object>;
  note?: string;
  today?: IsoDate;
};

export function recordOperations<
  Row extends RecordRow,
  Input extends { departmentId: number },
  Data extends object,
  Q extends ListQuery,
  View = Row,
>(kind: RecordKind<Row, Input, Data, Q, View>): RecordOperations<Row, Input, Q, View> {
  const model = (db: Db | Tx) => kind.model(db) as ModelDelegate;
  const present = async (db: Db | Tx, actor: Actor, rows: Row[], today = todayInChina()): Promise<View[]> =>
    kind.present ? kind.present({ db, actor, today }, rows) : (rows as unknown as View[]);
  const relations = Object.keys(kind.include);
  const auditRecord =
    kind.auditRecord ??
    ((row: Row) => Object.fromEntries(Object.entries(row).filter(([key]) => !relations.includes(key))));
  const yearsTouched = (before: Row | null, after: Data | (Row & Data) | null, today: IsoDate): number[] => {
    if (kind.yearsTouched) return kind.yearsTouched(before, after, today);
    const years = [...(before ? kind.reportYears(before) : []), ...(after ? kind.reportYears(after) : [])];
    return [...new Set(years.filter((y): y is number => typeof y === "number"))];
  };

  const audit = (tx: Tx, actor: Actor, action: string, id: number, before?: Row, after?: Row, note?: string) =>
    writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action,
      entityType: kind.entity,
      entityId: id,
      before: before && auditRecord(before),
      after: after && auditRecord(after),
      note,
    });

  function authorizeWrite(actor: Actor, action: "record.create" | "record.update", departmentId: number) {
    const scope = { agencyId: actor.agencyId, departmentId };
    authorize(actor, action, scope);
    for (const extra of kind.extraWritePermissions ?? []) authorize(actor, extra, scope);
  }

  async function validate(ctx: WriteContext<Row, Input>) {
    const [department, own] = await Promise.all([
      departmentProblem(ctx.db, ctx.actor.agencyId, ctx.input.departmentId, ctx.current?.departmentId),
      kind.checkInput ? kind.checkInput(ctx) : {},
    ]);
    const errors: FieldErrors = { ...own };
    if (department) errors.departmentId = [department, ...(errors.departmentId ?? [])];
    throwIfAny(errors);
  }

  /** Runs a write; a unique-key violation becomes the kind's field message (a race, not a 500). */
  async function guarded<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const columns = uniqueViolationFields(error);
      if (!columns) throw error;
      const key = kind.unique?.find((u) => u.columns.some((c) => columns.includes(c)));
      if (key) throw new DomainValidationError({ [key.field]: [key.message] });
      throw new ConflictError(
        "与已有记录重复，可能他人刚刚保存了相同的内容。请刷新后核对。您填写的内容仍保留在表单中。",
      );
    }
  }

  /** A record of the actor's agency that the actor may read, as stored (internal use: personal data unmasked). */
  async function load(db: Db | Tx, actor: Actor, id: number): Promise<Row> {
    const row = (await model(db).findFirst({
      where: { id, agencyId: actor.agencyId },
      include: kind.include,
      ...(kind.omit ? { omit: kind.omit } : {}),
    })) as Row | null;
    if (!row) throw new NotFoundError(kind.notFoundMessage);
    authorize(actor, "record.read", { agencyId: row.agencyId, departmentId: row.departmentId });
    return row;
  }

  async function listWhere(
    db: Db,
    actor: Actor,
    q: Q,
    scope: { agencyId: number; departmentId?: number },
    today: IsoDate,
  ) {
    return { AND: [scope, await kind.list.where(q, { db, actor, scope, today })] };
  }

  const listShape = () =>
    kind.list.select
      ? { select: kind.list.select }
      : { include: kind.include, ...(kind.omit ? { omit: kind.omit } : {}) };

  return {
    kind: { entity: kind.entity },
    load,

    async get(db, actor, id) {
      const [view] = await present(db, actor, [await load(db, actor, id)]);
      return view;
    },

    async list(db, actor, filter = {}, { today = todayInChina() } = {}) {
      const q = kind.list.query.parse(filter);
      const where = await listWhere(db, actor, q, scopedWhere(actor, q), today);
      const [rows, total] = await Promise.all([
        model(db).findMany({ where, ...listShape(), orderBy: kind.list.orderBy, ...paging(q) }),
        model(db).count({ where }),
      ]);
      return {
        rows: await present(db, actor, rows as Row[], today),
        total,
        page: q.page,
        pageSize: q.pageSize,
        query: q,
      };
    },

    async where(db, actor, filter = {}, { today = todayInChina() } = {}) {
      const q = kind.list.query.parse(filter);
      return listWhere(db, actor, q, scopedWhere(actor, q), today);
    },

    async export(db, actor, filter = {}, { today = todayInChina() } = {}) {
      const q = kind.list.query.parse(filter);
      const where = await listWhere(db, actor, q, exportWhere(actor, q), today);
      const rows = await model(db).findMany({ where, ...listShape(), orderBy: kind.list.orderBy, take: EXPORT_LIMIT });
      return present(db, actor, rows as Row[], today);
    },

    async create(db, actor, input, today = todayInChina()) {
      authorizeWrite(actor, "record.create", input.departmentId);
      await validate({ db, actor, input, today });
      const data = kind.toData(input);
      return guarded(() =>
        db.$transaction(async (tx) => {
          await assertYearsOpen(tx, actor.agencyId, yearsTouched(null, data, today));
          const extra = kind.beforeCreate ? await kind.beforeCreate(tx, actor, data, input) : {};
          const created = (await model(tx).create({
            data: { agencyId: actor.agencyId, createdById: actor.userId, ...data, ...extra },
            select: { id: true },
          })) as { id: number };
          await kind.afterWrite?.(tx, created.id, input);
          const after = await load(tx, actor, created.id);
          await audit(tx, actor, "create", created.id, undefined, after);
          return after;
        }),
      );
    },

    /** Saves an edit only if nobody saved the record since `ref.version` was read. */
    async update(db, actor, ref, input, today = todayInChina()) {
      const before = await load(db, actor, ref.id);
      authorizeWrite(actor, "record.update", before.departmentId);
      authorizeWrite(actor, "record.update", input.departmentId);
      await validate({ db, actor, input, current: before, today });
      const data = kind.toData(input);
      return guarded(() =>
        db.$transaction(async (tx) => {
          const extra = kind.beforeUpdate ? await kind.beforeUpdate(tx, actor, before, data, input) : {};
          await assertYearsOpen(tx, actor.agencyId, yearsTouched(before, { ...before, ...data, ...extra }, today));
          const { count } = await model(tx).updateMany({
            where: { id: before.id, version: ref.version },
            data: { ...data, ...extra, version: { increment: 1 } },
          });
          if (count === 0) throw new ConflictError();
          await kind.afterWrite?.(tx, before.id, input, before);
          const after = await load(tx, actor, before.id);
          await audit(tx, actor, "update", before.id, before, after);
          return after;
        }),
      );
    },

    async change(db, actor, ref, change) {
      const before = await load(db, actor, ref.id);
      authorizeWrite(actor, "record.update", before.departmentId);
      throwIfAny(change.check?.(before) ?? {});
      const today = change.today ?? todayInChina();
      return guarded(() =>
        db.$transaction(async (tx) => {
          const data = await change.apply(tx, before);
          await assertYearsOpen(tx, actor.agencyId, yearsTouched(before, { ...before, ...data } as Row & Data, today));
          const { count } = await model(tx).updateMany({
            where: { id: before.id, ...(ref.version === undefined ? {} : { version: ref.version }) },
            data: { ...data, version: { increment: 1 } },
          });
          if (count === 0) throw new ConflictError();
          const after = await load(tx, actor, before.id);
          await audit(tx, actor, "update", before.id, before, after, change.note);
          return after;
        }),
      );
    },

    async delete(db, actor, ref, today = todayInChina()) {
      const before = await load(db, actor, ref.id);
      authorize(actor, "record.delete", { agencyId: before.agencyId, departmentId: before.departmentId });
      const problem = await kind.deleteProblem?.(db, before);
      if (problem) throw new DomainValidationError({}, problem);
      await db.$transaction(async (tx) => {
        await assertYearsOpen(tx, actor.agencyId, yearsTouched(before, null, today));
        const { count } = await model(tx).deleteMany({ where: { id: before.id, version: ref.version } });
        if (count === 0) throw new ConflictError();
        await audit(tx, actor, "delete", before.id, before);
      });
    },

    /** The report years a stored row feeds (for the year-lock notice on its page). */
    reportYearsOf(row) {
      return yearsTouched(row, null, todayInChina());
    },

    hiddenHistoryFields(actor, row) {
      return kind.hiddenHistoryFields?.(actor, row) ?? new Set();
    },
  };
}
