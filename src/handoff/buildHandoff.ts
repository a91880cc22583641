import type { IntakeContext } from '../../machines/intake/intakeContext';
import type { ProgramProfile } from '../profile/programProfile';
import type { HandoffRecord, TranscriptEntry } from './handoffRecord';

export interface HandoffSource {
  key: string;
  channelId: string;
  context: IntakeContext;
  transcript: TranscriptEntry[];
  profile: ProgramProfile;
  at: string;
}

export const handoffId = (key: string, run: number) => `${key}-${run}`;

/** The structured summary admissions reads, derived from the machine's context. One per intake run. */
export function buildHandoff({ key, channelId, context, transcript, profile, at }: HandoffSource): HandoffRecord {
  if (!context.decision) throw new Error('A handoff needs a route decision');
  const time = context.booking?.time;
  return {
    id: handoffId(key, context.run),
    conversationId: key,
    channelId,
    route: context.decision.route,
    priority: context.decision.priority,
    ruleIds: context.decision.ruleIds,
    crisisLanguage: context.langChecks,
    ...(context.subject ? { subject: context.subject } : {}),
    locale: context.locale,
    answers: {
      ...context.answers.replies,
      ...(context.answers.substances ? { substances: context.answers.substances } : {}),
      ...(context.answers.age !== undefined ? { age: context.answers.age } : {}),
      ...(context.answers.ageDeclined ? { age: 'declined' } : {}),
    },
    contact: context.contact,
    ...(context.booking && time
      ? {
          booking: {
            kind: time.kind,
            ...(time.kind === 'slot' ? { slotStart: time.start } : {}),
            timeZone: profile.timeZone,
            reference: context.booking.reference,
          },
        }
      : {}),
    createdAt: at,
    updatedAt: at,
    transcript,
  };
}
