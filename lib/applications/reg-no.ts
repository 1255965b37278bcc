import type { Tx } from "@/lib/db";

/** "2024-0007": the year of receipt and the agency's sequence in that year. */
export function formatRegNo(year: number, seq: number): string {
  return `${year}-${String(seq).padStart(4, "0")}`;
}

/**
 * The next registration number of `agencyId` for `year`, inside the caller's transaction. The
 * upsert-increment locks the counter row until the transaction ends, so concurrent registrations
 * queue on it and never share a number; a rolled-back registration gives its number back.
 */
export async function nextRegNo(tx: Tx, agencyId: number, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ lastSeq: number }[]>`
    INSERT INTO "ApplicationCounter" ("agencyId", "year", "lastSeq") VALUES (${agencyId}, ${year}, 1)
    ON CONFLICT ("agencyId", "year") DO UPDATE SET "lastSeq" = "ApplicationCounter"."lastSeq" + 1
    RETURNING "lastSeq"`;
  return formatRegNo(year, row.lastSeq);
}
