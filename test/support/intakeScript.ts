import type { Conversation, Reply } from './botHarness';

/**
 * Walks a conversation through the screening with typed answers, the way a person on a phone
 * would. Overrides change single answers; everything else is "no" (age 34, alcohol only).
 */
export interface ScreeningAnswers {
  emergency?: string;
  q1?: string;
  q2?: string;
  q3?: string;
  q4?: string;
  q5?: string;
  q6?: string;
  q6a?: string;
  hto1?: string;
  hto2?: string;
  substances?: string;
  wd1?: string;
  wd2?: string;
  wd3a?: string;
  wd3b?: string;
  overdose?: string;
  pregnant?: string;
  medical?: string;
  homeSafe?: string;
  homeDanger?: string;
  age?: string;
}

export async function startScreening(c: Conversation, forWhom: 'me' | 'my son' = 'me'): Promise<Reply[]> {
  await c.start();
  await c.say('see if it fits');
  return c.say(forWhom);
}

/** Answers question after question until the bot stops asking screening questions; returns the last replies. */
export async function answerScreening(
  c: Conversation,
  answers: ScreeningAnswers = {},
  opts: { stopAt?: RegExp } = {},
): Promise<Reply[]> {
  const a: Required<ScreeningAnswers> = {
    emergency: 'no', q1: 'no', q2: 'no', q3: 'no', q4: 'no', q5: 'no', q6: 'no', q6a: 'no',
    hto1: 'no', hto2: 'no', substances: 'alcohol', wd1: 'no', wd2: 'no', wd3a: 'no', wd3b: 'no',
    overdose: 'no', pregnant: 'no', medical: 'no', homeSafe: 'yes', homeDanger: 'no', age: '34',
    ...answers,
  };
  // Each question is recognised by a phrase of its English wording; the order is the machine's.
  const steps: [RegExp, string][] = [
    [/chest pain or pressure/, a.emergency],
    [/wished you were dead|wished they were dead/, a.q1],
    [/thoughts of killing/, a.q2],
    [/thinking about how/, a.q3],
    [/intention of acting/, a.q4],
    [/details of how/, a.q5],
    [/ever done anything/, a.q6],
    [/past 3 months/, a.q6a],
    [/seriously hurting someone/, a.hto1],
    [/plan or an intention/, a.hto2],
    [/So far:/, "that's all"],
    [/Which substances/, a.substances],
    [/delirium tremens/, a.wd1],
    [/benzodiazepines/, a.wd2],
    [/drink alcohol every day/, a.wd3a],
    [/several hours without a drink/, a.wd3b],
    [/overdosed, or needed naloxone/, a.overdose],
    [/pregnant/, a.pregnant],
    [/serious medical or mental health/, a.medical],
    [/safe place to recover/, a.homeSafe],
    [/in danger from someone/, a.homeDanger],
    [/How old/, a.age],
  ];
  let replies = await c.say(a.emergency);
  for (let turn = 0; turn < 40; turn++) {
    const prompt = replies.at(-1)?.text ?? '';
    if (opts.stopAt?.test(prompt)) return replies;
    const step = steps.slice(1).find(([pattern]) => pattern.test(prompt));
    if (!step) return replies;
    replies = await c.say(step[1]);
  }
  throw new Error('screening did not end');
}
