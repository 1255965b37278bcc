import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { defineRoute } from "@/lib/server/route";
import { exportResponse } from "./export";
import { exportColumns, type RecordField } from "./fields";
import type { RecordOperations, RecordRow } from "./kind";
import type { ListQuery } from "./list";
import { actionScope } from "./scope";

/**
 * The Excel/CSV export route of a record kind (?format=xlsx|csv plus the list's filters): the same
 * rows the list shows, every page (capped), with the kind's fields as columns.
 */
export function recordExportRoute<Row extends RecordRow, View>(
  operations: RecordOperations<Row, any, ListQuery, View>,
  fields: RecordField<View>[] | ((actor: Actor) => RecordField<View>[]),
  name: string,
) {
  return defineRoute<Record<string, never>>({
    permission: ({ actor }) => ["record.export", actionScope(actor)],
    run: async ({ actor, url }) => {
      const rows = await operations.export(prisma, actor, Object.fromEntries(url.searchParams));
      const columns = exportColumns(typeof fields === "function" ? fields(actor) : fields);
      return exportResponse(url.searchParams.get("format") ?? "xlsx", name, columns, rows);
    },
  });
}
