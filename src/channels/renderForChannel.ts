import type { Resource } from '../content/resources';
import type { Locale } from '../../machines/intake/intakeContext';
import type { RenderedMessage } from '../rendering/renderedMessage';
import { capabilitiesFor, type ChannelCapabilities } from './channelCapabilities';

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

export interface ChannelLabels {
  /** "Reply with a number:" for text-only channels. */
  numberedReply: string;
}

/** The value a button or card submit carries back; the dialog reads `choice` from it. */
export const choiceValue = (id: string) => ({ choice: id });

function resourceLines(resources: readonly Resource[], locale: Locale, caps: ChannelCapabilities): string[] {
  return resources.map((r) => {
    const name = caps.markdown ? `**${r.name[locale]}**` : r.name[locale];
    const links: string[] = [];
    if (caps.markdown && r.call) links.push(`[📞 ${r.call}](tel:${r.call})`);
    if (caps.markdown && r.text && !r.textBody) links.push(`[💬 ${r.text}](sms:${r.text})`);
    return `${caps.markdown ? '- ' : ''}${name}: ${r.how[locale]}${links.length ? ` ${links.join(' ')}` : ''}`;
  });
}

function withResources(m: RenderedMessage, locale: Locale, caps: ChannelCapabilities): string {
  return [m.text, ...(m.resources.length ? ['', ...resourceLines(m.resources, locale, caps)] : [])].join('\n');
}

function heroCard(text: string, buttons: CardAction[]) {
  return { contentType: 'application/vnd.microsoft.card.hero', content: { text, buttons } };
}

/**
 * One renderer for every channel, deciding by capability: suggested actions where the channel
 * has them (Web Chat, Emulator), hero card buttons in Teams (it does not reliably render
 * suggested actions), numbered plain text where there are no buttons at all (SMS).
 */
export function renderForChannel(
  messages: readonly RenderedMessage[],
  channelId: string,
  locale: Locale,
  labels: ChannelLabels,
): OutboundActivity[] {
  const caps = capabilitiesFor(channelId);
  return messages.map((m) => {
    const text = withResources(m, locale, caps);
    const base = {
      type: 'message' as const,
      locale: locale === 'es' ? 'es-US' : 'en-US',
      textFormat: caps.markdown ? ('markdown' as const) : ('plain' as const),
      ...(m.isPrompt ? { inputHint: 'expectingInput' as const } : {}),
    };
    const actions: CardAction[] = m.choices.map((c) => ({
      type: 'messageBack',
      title: c.label,
      text: c.label,
      displayText: c.label,
      value: choiceValue(c.id),
    }));
    if (actions.length === 0 || !caps.buttons) {
      const numbered = m.choices.length
        ? `\n\n${labels.numberedReply}\n${m.choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n')}`
        : '';
      return { ...base, text: `${text}${numbered}` };
    }
    if (caps.cards) return { ...base, text: '', attachments: [heroCard(text, actions)] };
    return { ...base, text, suggestedActions: { to: [], actions } };
  });
}
