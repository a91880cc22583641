import { z } from 'zod';
import { CrisisKind } from '../crisisKind';
import { Locale } from './intakeContext';

/**
 * Everything the machine can hear. The dialog turns an activity into exactly one of these
 * (free text is interpreted against the current prompt before it gets here).
 */
export const IntakeEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user.choose'), value: z.string() }),
  z.object({ type: z.literal('user.chooseMany'), values: z.array(z.string()).min(1) }),
  z.object({ type: z.literal('user.name'), name: z.string().min(1).max(60) }),
  z.object({ type: z.literal('user.phone'), e164: z.string().regex(/^\+[1-9]\d{6,14}$/) }),
  z.object({ type: z.literal('user.age'), years: z.number().int().min(0).max(130) }),
  z.object({ type: z.literal('user.ask'), faqId: z.string().nullable() }),
  /** A typed time that matches none of the offered slots ("tomorrow afternoon"): look for free ones then. */
  z.object({ type: z.literal('user.requestTime'), from: z.string().datetime({ offset: true }), to: z.string().datetime({ offset: true }) }),
  z.object({ type: z.literal('user.unclear') }),
  z.object({ type: z.literal('user.help') }),
  z.object({ type: z.literal('user.restart') }),
  z.object({ type: z.literal('user.askHuman') }),
  z.object({ type: z.literal('user.language'), locale: Locale }),
  z.object({ type: z.literal('crisis.detected'), kind: CrisisKind, patternId: z.string().optional() }),
]);
export type IntakeEvent = z.infer<typeof IntakeEvent>;

/** What the machine says, by content id; the renderer turns it into words for the channel. */
export interface Say {
  type: 'say';
  key: string;
}
