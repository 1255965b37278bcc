import { z } from "@/lib/validation";
import { SORT_KEYS, type OverviewQuery } from "./overview";

const STATUSES = ["NOT_STARTED", "DRAFT", "SUBMITTED", "APPROVED", "PUBLISHED", "IMPORTED"] as const;
const TIMELINESS = ["onTime", "late", "overdue", "due", "unknown"] as const;

/** The overview's query parameters; anything malformed falls back to the default rather than failing. */
export const overviewParams = z.object({
  year: z.coerce.number().int().min(2008).max(2100).optional().catch(undefined),
  sort: z.enum(SORT_KEYS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  status: z.enum(STATUSES).optional().catch(undefined),
  timeliness: z.enum(TIMELINESS).optional().catch(undefined),
  q: z.string().max(50).optional().catch(undefined),
});

export type OverviewParams = OverviewQuery & { year?: number };

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseOverviewParams(raw: Raw | URLSearchParams): OverviewParams {
  const get = (k: string) => (raw instanceof URLSearchParams ? (raw.get(k) ?? undefined) : first(raw[k]));
  const parsed = overviewParams.parse({
    year: get("year") || undefined,
    sort: get("sort"),
    dir: get("dir"),
    status: get("status") || undefined,
    timeliness: get("timeliness") || undefined,
    q: get("q") || undefined,
  });
  return parsed;
}
