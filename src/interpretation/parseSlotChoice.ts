import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import { DateTime } from 'luxon';
import type { CallSlot, Locale } from '../../machines/intake/intakeContext';

interface Resolution {
  type?: string;
  value?: string;
  start?: string;
  end?: string;
}

/** A span of time a person asked for in words, as ISO instants with the program's offset. */
export interface TimeWindow {
  from: string;
  to: string;
  /** For a bare clock time ("1:30"): the wall-clock "HH:mm", which fits an offered slot on any day. */
  clock?: string;
}

/** How long after a named time ("monday at 3pm") a slot still counts as that time. */
const namedTimeMinutes = 90;

/**
 * "tomorrow afternoon", "monday at 3pm", "el martes a las 10" → the windows of time they name, soonest
 * reading first, none in the past. The recognizer works in wall-clock time, so we hand it the program's
 * local "now" and read its answers back in the program's time zone, whatever zone the server runs in.
 */
export function timeWindows(text: string, locale: Locale, timeZone: string, now: Date): TimeWindow[] {
  const local = DateTime.fromJSDate(now).setZone(timeZone);
  const reference = new Date(local.year, local.month - 1, local.day, local.hour, local.minute);
  const culture = locale === 'es' ? Culture.Spanish : Culture.English;
  const wall = (s: string) => DateTime.fromFormat(s, 'yyyy-MM-dd HH:mm:ss', { zone: timeZone });
  const windows: { from: DateTime; to: DateTime; clock?: string }[] = [];
  for (const result of recognizeDateTime(text, culture, undefined, reference)) {
    for (const v of (result.resolution as { values?: Resolution[] } | undefined)?.values ?? []) {
      if (v.type === 'datetimerange' && v.start && v.end) windows.push({ from: wall(v.start), to: wall(v.end) });
      else if (v.type === 'datetime' && v.value) {
        const at = wall(v.value);
        windows.push({ from: at, to: at.plus({ minutes: namedTimeMinutes }) });
      } else if (v.type === 'date' && v.value) {
        const day = DateTime.fromISO(v.value, { zone: timeZone });
        windows.push({ from: day.startOf('day'), to: day.plus({ days: 1 }).startOf('day') });
      } else if (v.type === 'time' && v.value) {
        const [h, m] = v.value.split(':').map(Number);
        const today = local.set({ hour: h, minute: m, second: 0, millisecond: 0 });
        const at = today > local ? today : today.plus({ days: 1 });
        windows.push({ from: at, to: at.plus({ minutes: namedTimeMinutes }), clock: at.toFormat('HH:mm') });
      }
    }
  }
  return windows
    .filter((w) => w.from.isValid && w.to.isValid && w.to > local)
    .map((w) => ({
      from: w.from.toISO({ suppressMilliseconds: true }) ?? '',
      to: w.to.toISO({ suppressMilliseconds: true }) ?? '',
      ...(w.clock ? { clock: w.clock } : {}),
    }));
}

/** The first offered slot inside a window the text names. */
export function parseSlotChoice(
  text: string,
  slots: readonly CallSlot[],
  locale: Locale,
  timeZone: string,
  now: Date,
): string | undefined {
  const windows = timeWindows(text, locale, timeZone, now);
  const clockOf = (s: CallSlot) => DateTime.fromISO(s.start, { setZone: true }).setZone(timeZone).toFormat('HH:mm');
  // "1:30" means the 1:30 on offer, whichever day it is; "1:30" may also read as 01:30 or 13:30.
  for (const w of windows) {
    const found = w.clock && slots.find((s) => clockOf(s) === w.clock);
    if (found) return found.start;
  }
  for (const w of windows) {
    const [from, to] = [Date.parse(w.from), Date.parse(w.to)];
    const found = slots.find((s) => Date.parse(s.start) >= from && Date.parse(s.start) < to);
    if (found) return found.start;
  }
  return undefined;
}
