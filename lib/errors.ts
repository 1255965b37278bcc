/**
 * Typed application errors, one class per meaning. Domain operations throw them; the action and route
 * wrappers (lib/server) and the page loaders turn them into one error shape (a Chinese message,
 * optionally per field) or the matching error page.
 *
 * - NotFoundError: the thing does not exist for this actor (missing, deleted, another agency's) → 404.
 * - ForbiddenError: it exists, the permission map denies the action → 403 (lib/auth/permissions.ts).
 * - ConflictError: someone else changed it since it was read (optimistic version), or a duplicate
 *   raced in → "refresh and redo", the typed values kept.
 * - LockedError: its state forbids the change (a submitted year's records, a report under review).
 * - DomainValidationError: input that passed the schema but breaks a domain rule, at the field at fault.
 */
export { ForbiddenError } from "@/lib/auth/permissions";

export class NotFoundError extends Error {
  constructor(message = "记录不存在或已被删除。") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Optimistic version check failed: someone else saved the record first. */
export class ConflictError extends Error {
  constructor(message = "该记录已被他人修改，请刷新后在最新内容上重新修改。您填写的内容仍保留在表单中。") {
    super(message);
    this.name = "ConflictError";
  }
}

/** Input that passed the schema but breaks a domain rule, pointing at the field at fault. */
export class DomainValidationError extends Error {
  readonly fieldErrors: Record<string, string[]>;
  constructor(fieldErrors: FieldErrors, message = "请更正标出的内容。") {
    super(message);
    this.name = "DomainValidationError";
    this.fieldErrors = Object.fromEntries(
      Object.entries(fieldErrors).filter((e): e is [string, string[]] => !!e[1]?.length),
    );
  }
}

/** The thing's state forbids the change: e.g. the year's report has been submitted, its records are locked. */
export class LockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LockedError";
  }
}

/** Field messages per field (a field without messages may be absent or undefined). */
export type FieldErrors = { [field: string]: string[] | undefined };

/** True when any field has a message. */
export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((m) => !!m?.length);
}

/** Raises the messages, if any, as one DomainValidationError. */
export function throwIfAny(errors: FieldErrors, message?: string): void {
  if (hasErrors(errors)) throw new DomainValidationError(errors, message);
}

/**
 * The fields of a unique-key violation (Prisma P2002), or null when `error` is not one. With the
 * driver adapter the fields sit in meta.driverAdapterError; the native engine puts them in meta.target.
 */
export function uniqueViolationFields(error: unknown): string[] | null {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return null;
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {};
  const target = meta.target;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === "string") return [target];
  const cause = (meta.driverAdapterError as { cause?: { constraint?: { fields?: unknown; index?: unknown } } })?.cause;
  const fields = cause?.constraint?.fields;
  if (Array.isArray(fields)) return fields.map((f) => String(f).replace(/^"|"$/g, ""));
  // Only the index's name: Prisma names it <Model>_<field>_<field>_key (field names have no "_").
  const index = cause?.constraint?.index;
  if (typeof index === "string")
    return index
      .replace(/^[^_]+_/, "")
      .replace(/_(key|idx)$/, "")
      .split("_");
  return [];
}

/** A public request over its rate limit (lib/online-applications/limits.ts): try again after `retryAt`. */
export class TooManyRequestsError extends Error {
  constructor(
    readonly retryAt: Date,
    message = "操作过于频繁，请稍后再试。",
  ) {
    super(message);
    this.name = "TooManyRequestsError";
  }
}
