import { z, fields } from "@/lib/validation";

/** The id and version an edit or delete form posts (the version the user read, for the optimistic check). */
export const recordRef = z.object({ id: fields.id("记录"), version: fields.version });
