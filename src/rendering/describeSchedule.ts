import { DateTime, Info } from 'luxon';
import type { Locale } from '../../machines/intake/intakeContext';
import type { ProgramProfile, Weekday } from '../profile/programProfile';

const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function dayName(day: Weekday, locale: Locale): string {
  return Info.weekdays('short', { locale })[weekdays.indexOf(day)] ?? day;
}

function clock(hhmm: string, locale: Locale): string {
  const [h, m] = hhmm.split(':').map(Number);
  return DateTime.fromObject({ hour: h, minute: m }).setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE);
}

/** "Mon–Thu 8:00 AM–8:00 PM, Fri 8:00 AM–6:00 PM, Sat 9:00 AM–1:00 PM (ET)": runs of days with equal hours. */
export function describeHours(profile: ProgramProfile, locale: Locale): string {
  const runs: { from: Weekday; to: Weekday; span: string }[] = [];
  for (const day of weekdays) {
    const h = profile.admissionsHours[day];
    if (!h) continue;
    const span = `${clock(h.open, locale)}–${clock(h.close, locale)}`;
    const last = runs.at(-1);
    const previousDay = weekdays[weekdays.indexOf(day) - 1];
    if (last && last.span === span && last.to === previousDay) last.to = day;
    else runs.push({ from: day, to: day, span });
  }
  const text = runs
    .map((r) => `${dayName(r.from, locale)}${r.from === r.to ? '' : `–${dayName(r.to, locale)}`} ${r.span}`)
    .join(', ');
  return `${text} (${timeZoneAbbreviation(profile, locale)})`;
}

/**
 * The zone's generic name ("ET", "Eastern Time"), which holds all year: "EST" or "EDT" would be
 * computed for today and be wrong for a slot on the other side of a daylight-saving change.
 * Spanish has no common short names for US zones ("GMT-5"), so it gets the long one there too.
 */
function genericZoneName(profile: ProgramProfile, locale: Locale, style: 'shortGeneric' | 'longGeneric'): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: profile.timeZone, timeZoneName: style }).formatToParts(new Date());
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? profile.timeZone;
}

export function timeZoneAbbreviation(profile: ProgramProfile, locale: Locale): string {
  return genericZoneName(profile, locale, locale === 'en' ? 'shortGeneric' : 'longGeneric');
}

export function timeZoneName(profile: ProgramProfile, locale: Locale): string {
  return genericZoneName(profile, locale, 'longGeneric');
}

/** "Mon, Wed, Fri 9:00 AM–12:00 PM; Mon, Tue, Thu 6:00 PM–9:00 PM". */
export function describeTracks(profile: ProgramProfile, locale: Locale): string {
  return profile.schedule.tracks
    .map((t) => `${t.days.map((d) => dayName(d, locale)).join(', ')} ${clock(t.start, locale)}–${clock(t.end, locale)}`)
    .join('; ');
}

/** A call slot as a person reads it: "Tue, Nov 24, 10:00 AM". */
export function describeSlot(startIso: string, profile: ProgramProfile, locale: Locale): string {
  return DateTime.fromISO(startIso, { setZone: true })
    .setZone(profile.timeZone)
    .setLocale(locale)
    .toLocaleString({ weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}
