import { z } from 'zod';
import { Priority, RouteName } from '../../machines/routing/routes';

export const TranscriptEntry = z.object({
  from: z.enum(['user', 'bot']),
  text: z.string(),
  at: z.string().datetime(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntry>;

export const HandoffContact = z.object({
  firstName: z.string().optional(),
  phoneE164: z.string().optional(),
  textOk: z.boolean().optional(),
  voicemailMayNameProgram: z.boolean().optional(),
  wantsCall: z.boolean().optional(),
});

export const HandoffBooking = z.object({
  kind: z.enum(['slot', 'asap']),
  slotStart: z.string().datetime({ offset: true }).optional(),
  timeZone: z.string(),
  reference: z.string(),
});

/** What admissions reads: one record per intake run that reached a route. */
export const HandoffRecord = z.object({
  id: z.string(),
  conversationId: z.string(),
  channelId: z.string(),
  route: RouteName,
  priority: Priority,
  ruleIds: z.array(z.string()),
  /** Crisis language caught at any turn: which rule and kind, the detector pattern id, and the answer to the confirming question. */
  crisisLanguage: z
    .array(z.object({ ruleId: z.string(), kind: z.string(), patternId: z.string().optional(), status: z.enum(['pending', 'confirmed', 'denied']) }))
    .default([]),
  subject: z.enum(['self', 'other']).optional(),
  locale: z.enum(['en', 'es']),
  answers: z.record(z.string(), z.unknown()),
  contact: HandoffContact,
  booking: HandoffBooking.optional(),
  /**
   * For urgent runs: when admissions must have called back by (the close of today's hours, or of the
   * next day with hours when the run became urgent after hours). Set once, when the run first became urgent.
   */
  callbackDueBy: z.string().datetime({ offset: true }).optional(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  transcript: z.array(TranscriptEntry),
});
export type HandoffRecord = z.infer<typeof HandoffRecord>;
