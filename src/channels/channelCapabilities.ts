import { maxSmsSegments } from './sms/splitForSms';

/** What a channel can show; the renderer decides from these, never from channel names directly. */
export interface ChannelCapabilities {
  /** Clickable replies of any kind (suggested actions or card buttons). */
  buttons: boolean;
  /** Buttons must live on an Adaptive Card (Teams does not reliably render suggested actions). */
  cards: boolean;
  markdown: boolean;
  /** Text messages (SMS): each message may cost at most this many segments; longer ones are split. */
  maxSmsSegments: number | undefined;
}

const rich: ChannelCapabilities = { buttons: true, cards: false, markdown: true, maxSmsSegments: undefined };
const teams: ChannelCapabilities = { buttons: true, cards: true, markdown: true, maxSmsSegments: undefined };
const textOnly: ChannelCapabilities = { buttons: false, cards: false, markdown: false, maxSmsSegments: maxSmsSegments };

const byChannel: Record<string, ChannelCapabilities> = {
  webchat: rich,
  directline: rich,
  emulator: rich,
  test: rich,
  msteams: teams,
  sms: textOnly,
  telephony: textOnly,
  acs_sms: textOnly,
  twilio: textOnly,
};

/** Unknown channels get plain text with numbered choices: it works everywhere. */
export function capabilitiesFor(channelId: string): ChannelCapabilities {
  return byChannel[channelId.toLowerCase()] ?? textOnly;
}
