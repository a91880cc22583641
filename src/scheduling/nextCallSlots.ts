import { DateTime } from 'luxon';
import type { CallSlot } from '../../machines/intake/intakeContext';
import type { ProgramProfile } from '../profile/programProfile';
import { admissionsHoursOn } from './admissionsHoursOn';

/**
 * The next call slots to offer: inside admissions hours in the program's time zone, at least
 * `leadMinutes` from now, skipping full ones. `taken` counts seats per slot, keyed by `keyOf`.
 * With a `window` (a time the person asked for), only slots starting inside it.
 */
export function nextCallSlots(
  now: Date,
  profile: ProgramProfile,
  taken: ReadonlyMap<string, number>,
  keyOf: (iso: string) => string,
  window?: { from: string; to: string },
): CallSlot[] {
  const { minutes, capacity, leadMinutes, offer, horizonDays } = profile.callSlots;
  const soonest = DateTime.fromJSDate(now).setZone(profile.timeZone).plus({ minutes: leadMinutes });
  const from = window ? DateTime.fromISO(window.from).setZone(profile.timeZone) : soonest;
  const earliest = from > soonest ? from : soonest;
  const latest = window ? DateTime.fromISO(window.to) : undefined;
  const slots: CallSlot[] = [];
  const lastDay = soonest.startOf('day').plus({ days: horizonDays });
  for (let d = 0; slots.length < offer; d++) {
    const day = earliest.startOf('day').plus({ days: d });
    if (day > lastDay) break;
    const hours = admissionsHoursOn(day, profile);
    if (!hours) continue;
    for (let t = hours.open; t.plus({ minutes }) <= hours.close && slots.length < offer; t = t.plus({ minutes })) {
      if (t < earliest) continue;
      if (latest && t >= latest) return slots;
      const start = t.toISO({ suppressMilliseconds: true });
      if (start && (taken.get(keyOf(start)) ?? 0) < capacity) slots.push({ start });
    }
  }
  return slots;
}
