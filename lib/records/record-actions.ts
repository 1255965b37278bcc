import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { defineAction } from "@/lib/server/action";
import { z } from "@/lib/validation";
import type { ListQuery } from "./list";
import { recordRef } from "./input";
import type { RecordOperations, RecordRow } from "./kind";
import { actionScope } from "./scope";

/**
 * The create, update and delete server actions of a record kind, from its operations and its input
 * schema. Each feature's actions.ts ("use server") exports them under its own names. Deleting goes back
 * to the list, which says that the record was deleted.
 */
export function recordActions<Row extends RecordRow, Input extends { departmentId: number }, Q extends ListQuery, View>(
  operations: RecordOperations<Row, Input, Q, View>,
  opts: {
    /** The input as forms post it (the update form adds id and version). */
    schema: z.ZodType<Input>;
    /** The list page; a record's page is `${basePath}/${id}`. */
    basePath: string;
    /** Other pages that show these records (dashboards …). */
    alsoRevalidate?: string[];
    messages: { created: (row: Row) => string; updated?: string };
  },
) {
  const refresh = (id?: number) => {
    revalidatePath(opts.basePath, "layout");
    for (const path of opts.alsoRevalidate ?? []) revalidatePath(path);
    if (id) revalidatePath(`${opts.basePath}/${id}`);
  };
  return {
    create: defineAction({
      once: `${opts.basePath}:create`,
      schema: opts.schema,
      requires: "record.create",
      permission: ({ actor, input }) => ["record.create", actionScope(actor, input.departmentId)],
      run: async ({ actor, input }) => {
        const created = await operations.create(prisma, actor, input);
        refresh();
        return created;
      },
      success: (created) => ({ message: opts.messages.created(created), redirectTo: `${opts.basePath}/${created.id}` }),
    }),
    update: defineAction({
      schema: recordRef.and(opts.schema),
      requires: "record.update",
      permission: ({ actor, input }) => ["record.update", actionScope(actor, input.departmentId)],
      run: async ({ actor, input: { id, version, ...input } }) => {
        await operations.update(prisma, actor, { id, version }, input as unknown as Input);
        refresh(id);
      },
      success: () => ({ message: opts.messages.updated ?? "修改已保存。" }),
    }),
    delete: defineAction({
      schema: recordRef,
      requires: "record.delete",
      permission: ({ actor }) => ["record.delete", actionScope(actor)],
      // Back to the list on the server: the deleted record's page has nothing left to render.
      run: async ({ actor, input }) => {
        await operations.delete(prisma, actor, input);
        refresh();
        redirect(`${opts.basePath}?deleted=1`);
      },
    }),
  };
}
