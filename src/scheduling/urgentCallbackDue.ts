import { DateTime } from 'luxon';
import type { ProgramProfile } from '../profile/programProfile';
import { admissionsHoursOn } from './admissionsHoursOn';

export interface UrgentCallbackDue {
  /** Admissions is open, or opens, later today: the call is due today. */
  sameDay: boolean;
  /** When admissions closes on the day the call is due (ISO, in the program's time zone). */
  dueBy: string;
}

/**
 * "A same-day (next business day after hours) call" (routing-rules.md, urgent routes): the close of
 * today's admissions hours if they have not ended yet, else the close of the next day with hours.
 * Undefined only for a profile with no admissions hours at all.
 */
export function urgentCallbackDue(at: Date, profile: ProgramProfile): UrgentCallbackDue | undefined {
  const now = DateTime.fromJSDate(at).setZone(profile.timeZone);
  for (let d = 0; d <= 7; d++) {
    const close = admissionsHoursOn(now.startOf('day').plus({ days: d }), profile)?.close;
    if (!close || close <= now) continue;
    const dueBy = close.toISO({ suppressMilliseconds: true });
    if (dueBy) return { sameDay: d === 0, dueBy };
  }
  return undefined;
}
