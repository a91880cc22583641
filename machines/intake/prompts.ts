import { substanceIds, type QuestionId } from '../routing/answers';

/**
 * What each waiting state asks for. The dialog interprets a reply against the current
 * prompt (so "2", "yeah" or a card submit all become the same event) and the renderer
 * draws it for the channel. Labels and synonyms live in the content files, keyed by choice id.
 */
export type PromptSpec =
  | { kind: 'choice'; choices: readonly string[] }
  | { kind: 'reply'; choices: readonly ('yes' | 'no' | 'declined' | 'unsure')[] }
  | { kind: 'substances'; choices: readonly string[] }
  | { kind: 'topics'; choices: readonly string[] }
  | { kind: 'name' }
  | { kind: 'phone'; skippable: boolean }
  | { kind: 'age' }
  | { kind: 'slot' };

const yesNo = { kind: 'reply', choices: ['yes', 'no'] } as const;
const yesNoDeclined = { kind: 'reply', choices: ['yes', 'no', 'declined'] } as const;

export const topicIds = ['time', 'whatHappens', 'whoFits', 'cost', 'after', 'assessmentCall'] as const;

export const questionPrompts = {
  'MED-E1': yesNo,
  Q1: yesNoDeclined,
  Q2: yesNoDeclined,
  Q3: yesNoDeclined,
  Q4: yesNoDeclined,
  Q5: yesNoDeclined,
  Q6: yesNoDeclined,
  Q6a: yesNoDeclined,
  HTO1: yesNo,
  HTO2: yesNo,
  'WD-1': yesNo,
  'WD-2': yesNo,
  'WD-3a': yesNo,
  'WD-3b': yesNo,
  'FLAG-OD': yesNo,
  'FLAG-PREG': { kind: 'reply', choices: ['yes', 'no', 'unsure'] },
  'FLAG-MED': yesNo,
  'FLAG-HOME': yesNo,
  'FLAG-HOME-DANGER': yesNo,
} as const satisfies Record<QuestionId, PromptSpec>;

export const prompts = {
  welcome: { kind: 'choice', choices: ['learn', 'checkFit'] },
  topics: { kind: 'topics', choices: [...topicIds, 'checkFit'] },
  forWhom: { kind: 'choice', choices: ['self', 'other'] },
  ...questionPrompts,
  substances: { kind: 'substances', choices: [...substanceIds, 'done'] },
  age: { kind: 'age' },
  firstName: { kind: 'name' },
  phone: { kind: 'phone', skippable: false },
  textOk: yesNo,
  voicemail: yesNo,
  slot: { kind: 'slot' },
  confirmBooking: { kind: 'choice', choices: ['confirm', 'change'] },
  callbackOffer: yesNo,
  callbackPhone: { kind: 'phone', skippable: true },
  emergencyPhone: { kind: 'phone', skippable: true },
  crisisConfirm: yesNoDeclined,
  humanCallbackOffer: yesNo,
  humanMenu: { kind: 'choice', choices: ['back', 'restart'] },
  finished: { kind: 'choice', choices: ['learn', 'restart'] },
} as const satisfies Record<string, PromptSpec>;

export type PromptId = keyof typeof prompts;

export function isPromptId(id: unknown): id is PromptId {
  return typeof id === 'string' && Object.hasOwn(prompts, id);
}
