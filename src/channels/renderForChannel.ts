import type { Resource } from '../content/resources';
import type { Locale } from '../../machines/intake/intakeContext';
import type { RenderedMessage } from '../rendering/renderedMessage';
import { choiceValue } from './choiceValue';
import { adaptiveCard } from './adaptiveCard';
import { capabilitiesFor, type ChannelCapabilities } from './channelCapabilities';
import type { ChannelLabels } from './channelLabels';
import { toGsmPunctuation } from './sms/gsmPunctuation';
import { splitForSms } from './sms/splitForSms';

/** The outbound activity shape we produce; structurally a `Partial<Activity>` of botframework-schema. */
export interface OutboundActivity {
  type: 'message';
  text: string;
  textFormat: 'markdown' | 'plain';
  locale: string;
  inputHint?: 'acceptingInput' | 'expectingInput';
  suggestedActions?: { to: string[]; actions: CardAction[] };
  attachments?: { contentType: string; content: unknown }[];
}

export interface CardAction {
  type: 'messageBack' | 'openUrl';
  title: string;
  value: unknown;
  text?: string;
  displayText?: string;
}


/** 18006624357 → "1-800-662-4357" for people and "+18006624357" for the link; 988 stays 988. */
function dialable(digits: string): { shown: string; tel: string } {
  const nanp = /^1?(\d{3})(\d{3})(\d{4})$/.exec(digits);
  return nanp ? { shown: `1-${nanp[1]}-${nanp[2]}-${nanp[3]}`, tel: `+1${nanp[1]}${nanp[2]}${nanp[3]}` } : { shown: digits, tel: digits };
}

/**
 * Plain text shows phone numbers as digits, which every phone turns into a tap-to-call link.
 * Markdown gets a worded tel: link ("Call 988"): emoji-only labels read badly aloud, and sms:
 * links are dropped because Web Chat hosts other than ours render them as dead buttons.
 */
function resourceLines(resources: readonly Resource[], locale: Locale, caps: ChannelCapabilities, labels: ChannelLabels): string[] {
  return resources.map((r) => {
    if (!caps.markdown) return `${r.name[locale]}: ${r.how[locale]}`;
    const call = r.call ? dialable(r.call) : undefined;
    const link = call ? ` [${labels.call(call.shown)}](tel:${call.tel})` : '';
    return `- **${r.name[locale]}**: ${r.how[locale]}${link}`;
  });
}

/** Markdown joins single line breaks into one line; a CommonMark hard break (two spaces) keeps them. */
const asMarkdownParagraphs = (text: string) => text.replace(/(?<!\n)\n(?!\n)/g, '  \n');

function withResources(m: RenderedMessage, locale: Locale, caps: ChannelCapabilities, labels: ChannelLabels): string {
  const text = caps.markdown ? asMarkdownParagraphs(m.text) : m.text;
  return [text, ...(m.resources.length ? ['', ...resourceLines(m.resources, locale, caps, labels)] : [])].join('\n');
}

function numberedChoices(m: RenderedMessage, labels: ChannelLabels): string {
  if (!m.choices.length) return '';
  return `\n\n${labels.numberedReply}\n${m.choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n')}`;
}

/**
 * One renderer for every channel, deciding by capability: suggested actions where the channel
 * has them (Web Chat, Emulator), an Adaptive Card in Teams (it does not reliably render
 * suggested actions, and a hero card shows at most six buttons), numbered plain text where
 * there are no buttons at all (SMS), split so no message costs more than its segment limit.
 */
export function renderForChannel(
  messages: readonly RenderedMessage[],
  channelId: string,
  locale: Locale,
  labels: ChannelLabels,
): OutboundActivity[] {
  const caps = capabilitiesFor(channelId);
  return messages.flatMap((m): OutboundActivity[] => {
    const base = {
      type: 'message' as const,
      locale: locale === 'es' ? 'es-US' : 'en-US',
      textFormat: caps.markdown ? ('markdown' as const) : ('plain' as const),
    };
    const expecting = m.isPrompt ? { inputHint: 'expectingInput' as const } : {};

    if (!caps.buttons) {
      const text = `${withResources(m, locale, caps, labels)}${numberedChoices(m, labels)}`;
      const parts = caps.maxSmsSegments === undefined ? [text] : splitForSms(toGsmPunctuation(text), caps.maxSmsSegments);
      // Only the last part asks; the earlier ones are still being read.
      return parts.map((part, i) => ({ ...base, text: part, ...(i === parts.length - 1 ? expecting : {}) }));
    }
    if (caps.cards) {
      const callable = m.resources.some((r) => r.call);
      if (m.choices.length === 0 && !callable) return [{ ...base, text: withResources(m, locale, caps, labels), ...expecting }];
      const card = adaptiveCard({ text: m.text, resources: m.resources, choices: m.choices, promptId: m.promptId, locale, labels });
      return [{ ...base, text: '', attachments: [card], ...expecting }];
    }
    const text = withResources(m, locale, caps, labels);
    if (m.choices.length === 0) return [{ ...base, text, ...expecting }];
    const actions: CardAction[] = m.choices.map((c) => ({
      type: 'messageBack',
      title: c.label,
      text: c.label,
      displayText: c.label,
      value: choiceValue(c.id, m.promptId),
    }));
    return [{ ...base, text, ...expecting, suggestedActions: { to: [], actions } }];
  });
}
