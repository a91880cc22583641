import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Resource } from '../content/resources';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time like "08:30"');
const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof weekday>;

const openingHours = z
  .object({ open: hhmm, close: hhmm })
  .refine((h) => h.open < h.close, { message: 'open must be before close' });

const localized = z.object({ en: z.string().min(1), es: z.string().min(1) });

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'expected an IANA time zone like "America/New_York"' },
);

/** The program profile a center edits (content/program-profile.json). */
export const ProgramProfile = z.object({
  name: z.string().min(1).max(80),
  /** E.164, shown formatted for people and as a tel: link where the channel allows. */
  phone: z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 phone number like "+18005550142"'),
  privacyNoticeUrl: z.string().url(),
  timeZone,
  admissionsHours: z.partialRecord(weekday, openingHours),
  callSlots: z.object({
    minutes: z.number().int().min(10).max(120),
    capacity: z.number().int().min(1).max(50),
    leadMinutes: z.number().int().min(0).max(24 * 60),
    offer: z.number().int().min(1).max(8),
    horizonDays: z.number().int().min(1).max(30),
  }),
  schedule: z.object({
    hoursPerDay: z.number().positive().max(12),
    daysPerWeek: z.number().int().min(1).max(7),
    weeksMin: z.number().int().min(1),
    weeksMax: z.number().int().min(1),
    tracks: z.array(z.object({ id: z.string(), days: z.array(weekday).min(1), start: hhmm, end: hhmm })).min(1),
  }),
  ages: z.object({ minimum: z.number().int().min(0).max(99), adolescentTrack: z.boolean() }),
  services: z.object({ familyProgram: z.boolean(), moud: z.boolean(), telehealth: z.boolean() }),
  insurance: localized,
  brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  /** Extra or replacement resources (same id replaces a default). */
  resources: z.array(Resource).default([]),
});
export type ProgramProfile = z.infer<typeof ProgramProfile>;

export class ProfileError extends Error {
  readonly code = 'PROFILE_INVALID';
}

/** Names every bad field, e.g. `schedule.tracks.0.start: expected a time like "08:30"`. */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

export function parseProgramProfile(raw: unknown, source = 'program profile'): ProgramProfile {
  const result = ProgramProfile.safeParse(raw);
  if (!result.success) throw new ProfileError(`Invalid ${source}: ${formatIssues(result.error)}`);
  if (result.data.schedule.weeksMin > result.data.schedule.weeksMax) {
    throw new ProfileError(`Invalid ${source}: schedule.weeksMin: must not exceed schedule.weeksMax`);
  }
  return result.data;
}

export function loadProgramProfile(path: string): ProgramProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ProfileError(`Cannot read program profile ${path}: ${(e as Error).message}`);
  }
  return parseProgramProfile(raw, `program profile ${path}`);
}
