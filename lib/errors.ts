/**
 * Typed application errors: domain operations throw them, the action and route wrappers turn
 * them into one error shape (a Chinese message, optionally per field).
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
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message = "请更正标出的内容。",
  ) {
    super(message);
    this.name = "DomainValidationError";
  }
}

/** The year's report has been submitted: its records are locked until the head reopens it. */
export class LockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LockedError";
  }
}
