// When an unconfirmed online application has waited too long (pure: the office dashboard flags it).
import type { IsoDate } from "@/lib/calendar/dates";
import type { WorkingCalendar } from "@/lib/calendar/working-days";

/** An unconfirmed application waiting longer than this many working days is flagged. */
export const CONFIRM_WITHIN_WORKING_DAYS = 1;

/** Whether an application submitted on `submittedOn` has waited past one working day by `today`. */
export function confirmationOverdue(submittedOn: IsoDate, today: IsoDate, calendar: WorkingCalendar): boolean {
  return calendar.addWorkingDays(submittedOn, CONFIRM_WITHIN_WORKING_DAYS) < today;
}
