import { Culture, recognizeNumber } from '@microsoft/recognizers-text-number';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { IntakeContext } from '../../machines/intake/intakeContext';
import type { IntakeEvent } from '../../machines/intake/intakeEvents';
import { prompts, type PromptId } from '../../machines/intake/prompts';
import type { ContentFile } from '../content/contentCatalog';
import type { Choice } from '../rendering/renderedMessage';
import { matchAllChoices, matchChoice } from './matchChoice';
import { interpretYesNo } from './interpretYesNo';
import { matchFaq } from './matchFaq';
import { containsPhrase, normalizeForMatch } from './normalizeForMatch';
import { parseSlotChoice, timeWindows } from './parseSlotChoice';

export interface ReplyContext {
  promptId: PromptId | undefined;
  /** Exactly the choices the person was shown for this prompt. */
  choices: readonly Choice[];
  context: IntakeContext;
  content: ContentFile;
  timeZone: string;
  now: Date;
}

/** A reply: typed text, and/or the value of a button or card the person pressed. */
export interface Reply {
  text: string;
  choiceId?: string | undefined;
}

/**
 * One reply → one machine event, against the prompt the person is answering. Interrupts
 * ("talk to a person", "start over", "help", "español") work in every state; anything
 * that fits nothing becomes `user.unclear`, and the machine re-prompts.
 */
export function interpretReply(reply: Reply, rc: ReplyContext): IntakeEvent {
  if (reply.choiceId !== undefined) {
    const offered = rc.choices.find((c) => c.id === reply.choiceId);
    if (offered) return eventForChoice(offered.id);
    // A button from an older message: read its text instead, against the current prompt.
  }
  // "call me at 617…" answers a phone prompt; it is not a request for a person.
  if (rc.promptId && prompts[rc.promptId].kind === 'phone') {
    const phone = parsePhone(reply.text);
    if (phone) return phone;
  }
  const interrupt = recognizeInterrupt(reply.text, rc.content);
  if (interrupt) return interrupt;
  return rc.promptId ? interpretForPrompt(reply.text, rc.promptId, rc) : { type: 'user.unclear' };
}

function eventForChoice(id: string): IntakeEvent {
  return id === 'human' ? { type: 'user.askHuman' } : { type: 'user.choose', value: id };
}

export function recognizeInterrupt(text: string, content: ContentFile): IntakeEvent | undefined {
  const said = normalizeForMatch(text);
  const is = (intent: string) => (content.intents[intent] ?? []).map(normalizeForMatch);
  // Short commands must be the whole message ("help"), longer phrases may sit in a sentence.
  const matches = (intent: string) =>
    is(intent).some((p) => said === p || (p.includes(' ') && containsPhrase(said, p)));
  if (matches('human')) return { type: 'user.askHuman' };
  if (matches('restart')) return { type: 'user.restart' };
  if (matches('language.es')) return { type: 'user.language', locale: 'es' };
  if (matches('language.en')) return { type: 'user.language', locale: 'en' };
  if (matches('help')) return { type: 'user.help' };
  return undefined;
}

function interpretForPrompt(text: string, promptId: PromptId, rc: ReplyContext): IntakeEvent {
  const spec = prompts[promptId];
  const synonyms = (prefix: string) => (id: string) => rc.content.synonyms[`${prefix}${id}`] ?? [];
  const choose = (ids: readonly Choice[], synonymPrefix = '') => {
    const id = matchChoice(text, ids, synonyms(synonymPrefix));
    return id === undefined ? undefined : eventForChoice(id);
  };

  switch (spec.kind) {
    case 'choice':
      return choose(rc.choices) ?? { type: 'user.unclear' };
    case 'reply': {
      if (rc.choices.some((c) => c.id === 'human') && matchChoice(text, rc.choices.filter((c) => c.id === 'human'), synonyms('')) !== undefined) {
        return { type: 'user.askHuman' };
      }
      const consent = promptId === 'textOk' || promptId === 'voicemail';
      const reply = interpretYesNo(text, { offered: rc.choices.filter((c) => c.id !== 'human'), consent }, rc.content);
      return reply ? { type: 'user.choose', value: reply } : { type: 'user.unclear' };
    }
    case 'topics':
      return choose(rc.choices) ?? { type: 'user.ask', faqId: matchFaq(text, rc.content.faq) };
    case 'substances': {
      const named = matchAllChoices(text, rc.choices.filter((c) => c.id !== 'done' && c.id !== 'human'), synonyms('substance.'));
      const done = matchChoice(text, rc.choices.filter((c) => c.id === 'done'), synonyms('')) !== undefined;
      if (named.length > 0) return { type: 'user.chooseMany', values: done ? [...named, 'done'] : named };
      if (done) return { type: 'user.choose', value: 'done' };
      return choose(rc.choices) ?? { type: 'user.unclear' };
    }
    case 'name':
      return parseFirstName(text) ?? { type: 'user.unclear' };
    case 'phone':
      return parsePhone(text) ?? choose(rc.choices) ?? { type: 'user.unclear' };
    case 'age':
      return choose(rc.choices, '') ?? matchDeclined(text, rc) ?? parseAge(text, rc.context.locale) ?? { type: 'user.unclear' };
    case 'slot': {
      const picked = choose(rc.choices);
      if (picked) return picked;
      const slot = parseSlotChoice(text, rc.context.offeredSlots, rc.context.locale, rc.timeZone, rc.now);
      if (slot) return { type: 'user.choose', value: slot };
      // A time none of the offered slots fits: ask the machine to look for free ones then.
      const [asked] = timeWindows(text, rc.context.locale, rc.timeZone, rc.now);
      return asked ? { type: 'user.requestTime', from: asked.from, to: asked.to } : { type: 'user.unclear' };
    }
  }
}

function matchDeclined(text: string, rc: ReplyContext): IntakeEvent | undefined {
  const said = normalizeForMatch(text);
  const declined = (rc.content.synonyms.declined ?? []).map(normalizeForMatch);
  return declined.some((p) => containsPhrase(said, p)) ? { type: 'user.choose', value: 'declined' } : undefined;
}

const namePreamble = /^(?:(?:my name is|my names|name is|its|it is|im|i am|call me|this is|me llamo|mi nombre es|soy)\s+)/;

/** A first name only: least data. "my name is ana maria" → "Ana". */
function parseFirstName(text: string): IntakeEvent | undefined {
  const cleaned = text.trim().replace(/\s+/g, ' ');
  if (/\d|@|http/i.test(cleaned) || cleaned.length > 60) return undefined;
  const folded = normalizeForMatch(cleaned).replace(namePreamble, '');
  const first = folded.split(' ')[0];
  if (!first || !/^\p{L}[\p{L}-]{0,29}$/u.test(first)) return undefined;
  // Keep the person's own spelling (accents) by taking the same word from the original text.
  const original = cleaned.split(' ').find((w) => normalizeForMatch(w) === first) ?? first;
  const name = original.replace(/[^\p{L}\p{M}'’-]/gu, '');
  return { type: 'user.name', name: name.charAt(0).toUpperCase() + name.slice(1) };
}

function parsePhone(text: string): IntakeEvent | undefined {
  const found = findPhoneNumbersInText(text, 'US').find((f) => f.number.isValid());
  return found ? { type: 'user.phone', e164: found.number.number } : undefined;
}

function parseAge(text: string, locale: 'en' | 'es'): IntakeEvent | undefined {
  const digits = /\b(\d{1,3})\b/.exec(text);
  const value = digits
    ? Number(digits[1])
    : Number(recognizeNumber(text, locale === 'es' ? Culture.Spanish : Culture.English)[0]?.resolution?.value);
  return Number.isInteger(value) && value >= 1 && value <= 120 ? { type: 'user.age', years: value } : undefined;
}
