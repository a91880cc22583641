import type { DateTime } from 'luxon';
import type { ProgramProfile, Weekday } from '../profile/programProfile';

const luxonWeekday: Record<number, Weekday> = { 1: 'mon', 2: 'tue', 3: 'wed', 4: 'thu', 5: 'fri', 6: 'sat', 7: 'sun' };

/** When admissions opens and closes on `day` (a day in the program's time zone), or undefined if closed. */
export function admissionsHoursOn(day: DateTime, profile: ProgramProfile): { open: DateTime; close: DateTime } | undefined {
  const hours = profile.admissionsHours[luxonWeekday[day.weekday] ?? 'sun'];
  if (!hours) return undefined;
  const at = (hhmm: string) => {
    const [hour, minute] = hhmm.split(':').map(Number);
    return day.startOf('day').set({ hour, minute });
  };
  return { open: at(hours.open), close: at(hours.close) };
}
