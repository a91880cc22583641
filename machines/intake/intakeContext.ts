import { z } from 'zod';
import { CrisisKind } from '../crisisKind';
import { ScreeningAnswers } from '../routing/answers';
import { Priority, RouteName } from '../routing/routes';

export const Locale = z.enum(['en', 'es']);
export type Locale = z.infer<typeof Locale>;

export const CallSlot = z.object({
  /** ISO start time with offset, in the program's time zone. Doubles as the slot's id. */
  start: z.string(),
});
export type CallSlot = z.infer<typeof CallSlot>;

export const ChosenTime = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('slot'), start: z.string() }),
  z.object({ kind: z.literal('asap') }),
]);
export type ChosenTime = z.infer<typeof ChosenTime>;

export const LangCheck = z.object({
  ruleId: z.string(),
  kind: CrisisKind,
  /** The detector pattern that matched (an id, never the words), for audit. */
  patternId: z.string().optional(),
  status: z.enum(['pending', 'confirmed', 'denied']),
});
export type LangCheck = z.infer<typeof LangCheck>;

export const IntakeContext = z.object({
  locale: Locale,
  /** Counts "start over"s; each run gets its own handoff record. */
  run: z.number().int().min(1),
  program: z.object({ minimumAge: z.number().int(), adolescentTrack: z.boolean() }),
  subject: z.enum(['self', 'other']).optional(),
  answers: ScreeningAnswers,
  langChecks: z.array(LangCheck),
  screeningComplete: z.boolean(),
  humanRequested: z.boolean(),
  decision: z
    .object({ route: RouteName, priority: Priority, ruleIds: z.array(z.string()) })
    .optional(),
  /**
   * Rules that put this conversation on a crisis or emergency route. Kept across "start over":
   * such a conversation never moves on to routine booking (routing-rules.md).
   */
  safetyLock: z.array(z.string()),
  contact: z.object({
    firstName: z.string().optional(),
    phoneE164: z.string().optional(),
    textOk: z.boolean().optional(),
    voicemailMayNameProgram: z.boolean().optional(),
    wantsCall: z.boolean().optional(),
  }),
  offeredSlots: z.array(CallSlot),
  /** The window the person asked for in words, while slots for it are looked up. */
  requestedWindow: z.object({ from: z.string(), to: z.string() }).optional(),
  chosenTime: ChosenTime.optional(),
  booking: z
    .object({ reference: z.string(), time: ChosenTime })
    .optional(),
  /** Consecutive replies we could not understand; after two we offer a person. */
  misses: z.number().int().min(0),
});
export type IntakeContext = z.infer<typeof IntakeContext>;

export const IntakeInput = z.object({
  locale: Locale,
  program: IntakeContext.shape.program,
  /** When a conversation starts over without its snapshot: the next run number and the lock it had. */
  carry: z.object({ run: z.number().int().min(1), safetyLock: z.array(z.string()) }).optional(),
});
export type IntakeInput = z.infer<typeof IntakeInput>;
