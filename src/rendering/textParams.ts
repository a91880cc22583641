import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { IntakeContext, Locale } from '../../machines/intake/intakeContext';
import type { Params } from '../content/contentCatalog';
import type { ContentCatalog } from '../content/contentCatalog';
import type { ProgramProfile } from '../profile/programProfile';
import { describeHours, describeSlot, describeTracks, timeZoneName } from './describeSchedule';

export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatNational() ?? e164;
}

/** Values every text may use: the program's facts from the profile, and this person's booking details. */
export function textParams(
  profile: ProgramProfile,
  catalog: ContentCatalog,
  locale: Locale,
  context?: IntakeContext,
): Params {
  const s = profile.schedule;
  const hours = describeHours(profile, locale);
  const yesNo = (v: boolean | undefined) => catalog.file(locale).format[v ? 'yes' : 'no'] ?? '';
  const params: Params = {
    program: profile.name,
    phone: formatPhone(profile.phone),
    hours,
    privacyUrl: profile.privacyNoticeUrl,
    hoursPerDay: s.hoursPerDay,
    daysPerWeek: s.daysPerWeek,
    hoursPerWeek: s.hoursPerDay * s.daysPerWeek,
    weeksMin: s.weeksMin,
    weeksMax: s.weeksMax,
    tracks: describeTracks(profile, locale),
    insurance: profile.insurance[locale],
    moudLine: catalog.text(locale, profile.services.moud ? 'moud.offered' : 'moud.notOffered'),
    minimumAge: profile.ages.minimum,
    timeZoneName: timeZoneName(profile, locale),
  };
  if (!context) return params;
  const time = context.booking?.time ?? context.chosenTime;
  return {
    ...params,
    firstName: context.contact.firstName ?? '',
    phoneNumber: context.contact.phoneE164 ? formatPhone(context.contact.phoneE164) : '',
    textOk: yesNo(context.contact.textOk),
    voicemail: yesNo(context.contact.voicemailMayNameProgram),
    reference: context.booking?.reference ?? '',
    when:
      time?.kind === 'slot'
        ? describeSlot(time.start, profile, locale)
        : catalog.text(locale, 'when.asap', { hours }),
  };
}
