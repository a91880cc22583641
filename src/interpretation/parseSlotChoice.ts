import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import { DateTime } from 'luxon';
import type { CallSlot, Locale } from '../../machines/intake/intakeContext';

interface Resolution {
  type?: string;
  value?: string;
  start?: string;
  end?: string;
}

/**
 * "tomorrow afternoon", "monday at 3pm", "el martes a las 10" → the first offered slot that fits.
 * The recognizer works in wall-clock time, so we hand it the program's local "now" and read
 * its answers back in the program's time zone, whatever zone the server runs in.
 */
export function parseSlotChoice(
  text: string,
  slots: readonly CallSlot[],
  locale: Locale,
  timeZone: string,
  now: Date,
): string | undefined {
  const local = DateTime.fromJSDate(now).setZone(timeZone);
  const reference = new Date(local.year, local.month - 1, local.day, local.hour, local.minute);
  const culture = locale === 'es' ? Culture.Spanish : Culture.English;
  const results = recognizeDateTime(text, culture, undefined, reference);
  const wall = (s: string) => DateTime.fromFormat(s, 'yyyy-MM-dd HH:mm:ss', { zone: timeZone });
  const starts = slots.map((s) => ({ id: s.start, at: DateTime.fromISO(s.start, { setZone: true }).setZone(timeZone) }));

  for (const result of results) {
    const values = ((result.resolution as { values?: Resolution[] } | undefined)?.values ?? []).filter(
      (v) => !v.value || v.type !== 'datetime' || wall(v.value) >= local.startOf('day'),
    );
    for (const v of values) {
      let found: { id: string } | undefined;
      if (v.type === 'datetimerange' && v.start && v.end) {
        const [from, to] = [wall(v.start), wall(v.end)];
        found = starts.find((s) => s.at >= from && s.at < to);
      } else if (v.type === 'datetime' && v.value) {
        const at = wall(v.value);
        found = starts.find((s) => Math.abs(s.at.diff(at, 'minutes').minutes) < 60);
      } else if (v.type === 'date' && v.value) {
        const day = DateTime.fromISO(v.value, { zone: timeZone });
        found = starts.find((s) => s.at.hasSame(day, 'day'));
      } else if (v.type === 'time' && v.value) {
        const [h, m] = v.value.split(':').map(Number);
        found = starts.find((s) => s.at.hour === h && s.at.minute === m);
      }
      if (found) return found.id;
    }
  }
  return undefined;
}
