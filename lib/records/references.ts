import type { Db } from "@/lib/db";
import { DomainValidationError } from "@/lib/errors";

/**
 * A record's department must be one of the agency's active departments; a record that already
 * sits in a since-deactivated department (`keep`) may stay there. Returns the message, or null.
 */
export async function departmentProblem(
  db: Db,
  agencyId: number,
  departmentId: number,
  keep?: number,
): Promise<string | null> {
  const department = await db.department.findFirst({
    where: { id: departmentId, agencyId },
    select: { id: true, active: true },
  });
  return department && (department.active || department.id === keep) ? null : "请选择本机关在用的科室。";
}

export async function assertDepartment(db: Db, agencyId: number, departmentId: number, keep?: number): Promise<void> {
  const problem = await departmentProblem(db, agencyId, departmentId, keep);
  if (problem) throw new DomainValidationError({ departmentId: [problem] });
}
