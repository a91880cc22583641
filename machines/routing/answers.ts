import { z } from 'zod';

/** A reply to a screening question. `declined` is "I'd rather not say"; `unsure` is "not sure". */
export const Reply = z.enum(['yes', 'no', 'declined', 'unsure']);
export type Reply = z.infer<typeof Reply>;

export const substanceIds = ['alcohol', 'opioids', 'sedatives', 'stimulants', 'cannabis', 'other'] as const;
export const Substance = z.enum(substanceIds);
export type Substance = z.infer<typeof Substance>;

/** Question ids as in routing-rules.md; `WD-3a`/`WD-3b` are the two halves of WD-3, `FLAG-HOME-DANGER` the follow-up of FLAG-HOME. */
export const questionIds = [
  'MED-E1',
  'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q6a',
  'HTO1', 'HTO2',
  'WD-1', 'WD-2', 'WD-3a', 'WD-3b',
  'FLAG-OD', 'FLAG-PREG', 'FLAG-MED', 'FLAG-HOME', 'FLAG-HOME-DANGER',
] as const;
export const QuestionId = z.enum(questionIds);
export type QuestionId = z.infer<typeof QuestionId>;

export const ScreeningAnswers = z.object({
  replies: z.partialRecord(QuestionId, Reply),
  substances: z.array(Substance).optional(),
  /** Years; absent when not asked or declined. */
  age: z.number().int().min(0).max(130).optional(),
  ageDeclined: z.boolean().optional(),
});
export type ScreeningAnswers = z.infer<typeof ScreeningAnswers>;
