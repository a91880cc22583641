/**
 * The SMS keywords carriers require every sender to honour (CTIA Messaging Principles; the FCC's
 * 2024 revocation rule adds REVOKE and "opt out"). They count only as the whole message, in any
 * case, so "please stop asking about my drinking" is an answer, not an opt-out.
 */
export type CarrierKeyword = 'optOut' | 'optIn' | 'help';

const keywords: Record<string, CarrierKeyword> = {
  STOP: 'optOut',
  STOPALL: 'optOut',
  UNSUBSCRIBE: 'optOut',
  CANCEL: 'optOut',
  END: 'optOut',
  QUIT: 'optOut',
  REVOKE: 'optOut',
  OPTOUT: 'optOut',
  START: 'optIn',
  UNSTOP: 'optIn',
  HELP: 'help',
  INFO: 'help',
};

/**
 * The keyword a whole message is, if any. Surrounding spaces and closing punctuation ("Stop.",
 * "STOP!") are ignored, as are the space or hyphen in "opt out": missing an opt-out costs more
 * than reading one too generously.
 */
export function carrierKeyword(text: string): CarrierKeyword | undefined {
  const word = text
    .trim()
    .replace(/[\s.!?]+$/u, '')
    .toUpperCase();
  const compact = /^OPT[\s-]?OUT$/.test(word) ? 'OPTOUT' : word;
  return Object.hasOwn(keywords, compact) ? keywords[compact] : undefined;
}
