import { NotFoundError } from "@/lib/errors";

/** A record id from a route segment; anything that is not one is a missing record. */
export function fromDbId(raw: string): number {
  const id = Number(raw);
  if (!/^\d{1,10}$/.test(raw) || !Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) throw new NotFoundError();
  return id;
}
