import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createApp, type App, type AppOptions } from '../../src/app';
import { AppConfig } from '../../src/config/appConfig';
import { startTestChannel, type RecordedActivity, type TestChannel } from './testChannel';

/** Fixed, so two bots started on one Cosmos server (a restart) agree on conversation keys. */
const conversationKeySecret = 'test-conversation-key-secret-0123456789';
export const staffToken = 'test-staff-token-0123456789abcdef0123456789';

export interface Harness {
  app: App;
  channel: TestChannel;
  botUrl: string;
  close: () => Promise<void>;
}

/** The real bot over HTTP, with the embedded Cosmos server and a local connector for replies. */
export async function startBot(
  options: Partial<Omit<AppOptions, 'config'>> & { env?: Record<string, string> } = {},
): Promise<Harness> {
  const channel = await startTestChannel();
  const config = AppConfig.parse({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', STAFF_API_TOKEN: staffToken, CONVERSATION_KEY_SECRET: conversationKeySecret, ...options.env });
  const app = await createApp({ ...options, config, logger: options.logger ?? pino({ level: 'silent' }) });
  await app.listen(0, '127.0.0.1');
  return {
    app,
    channel,
    botUrl: app.url(),
    close: async () => {
      await app.close();
      await channel.close();
    },
  };
}

export interface Reply {
  text: string;
  /** Choice labels offered with the message (suggested actions or card buttons). */
  choices: string[];
  choiceIds: string[];
  /** `tel:` links of call buttons on a card (Teams). */
  calls: string[];
  raw: RecordedActivity;
}

/** The parts of an Adaptive Card we read: text blocks and buttons, wherever they sit in the body. */
interface CardElement {
  type?: string;
  text?: string;
  /** "Medium" (or more) before a text block starts a new paragraph. */
  spacing?: string;
  title?: string;
  url?: string;
  data?: { choice?: string; prompt?: string; msteams?: unknown };
  actions?: CardElement[];
  items?: CardElement[];
}

function cardElements(elements: readonly CardElement[] = []): CardElement[] {
  return elements.flatMap((e) => [e, ...cardElements(e.actions), ...cardElements(e.items)]);
}

/** Text, choices and call buttons of an Adaptive Card (Teams), as a person would read them. */
function adaptiveCardReply(content: unknown): { text: string; choices: { title: string; choice: string }[]; calls: string[] } {
  const card = content as { body?: CardElement[]; actions?: CardElement[] };
  const elements = cardElements([...(card.body ?? []), ...(card.actions ?? [])]);
  return {
    text: elements
      .filter((e) => e.type === 'TextBlock')
      .map((e, i) => `${i === 0 ? '' : e.spacing && e.spacing !== 'None' ? '\n\n' : '\n'}${e.text ?? ''}`)
      .join(''),
    choices: elements
      .filter((e) => e.type === 'Action.Submit')
      .map((e) => ({ title: e.title ?? '', choice: e.data?.choice ?? '' })),
    calls: elements.filter((e) => e.type === 'Action.OpenUrl' && e.url?.startsWith('tel:')).map((e) => e.url ?? ''),
  };
}

function toReply(a: RecordedActivity): Reply {
  const adaptive = a.attachments?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  if (adaptive) {
    const card = adaptiveCardReply(adaptive);
    return { text: a.text || card.text, choices: card.choices.map((c) => c.title), choiceIds: card.choices.map((c) => c.choice), calls: card.calls, raw: a };
  }
  const card = a.attachments?.find((x) => x.contentType === 'application/vnd.microsoft.card.hero')?.content;
  const actions = a.suggestedActions?.actions ?? card?.buttons ?? [];
  return {
    // Markdown line breaks are sent as hard breaks ("  \n"); read them as the content files write them.
    text: (a.text || card?.text || '').replace(/ {2}\n/g, '\n'),
    choices: actions.map((x) => x.title),
    choiceIds: actions.map((x) => x.value?.choice ?? ''),
    calls: [],
    raw: a,
  };
}

/** The value the i-th button of a reply sends back, from the suggested action or the card submit itself. */
function buttonValue(reply: Reply, i: number): unknown {
  const a = reply.raw;
  const adaptive = a.attachments?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  if (adaptive) {
    const submits = cardElements((adaptive as { body?: CardElement[] }).body ?? []).filter((e) => e.type === 'Action.Submit');
    const { msteams: _msteams, ...value } = submits[i]?.data ?? {};
    return value;
  }
  return a.suggestedActions?.actions[i]?.value;
}

/** One person's conversation: each call posts an activity and returns the bot's replies to it. */
export function conversationWith(h: Harness, opts: { channelId?: string; locale?: string; conversationId?: string } = {}) {
  const conversationId = opts.conversationId ?? `conv-${randomUUID()}`;
  const channelId = opts.channelId ?? 'test';
  const post = async (activity: Record<string, unknown>): Promise<{ status: number; replies: Reply[] }> => {
    const before = h.channel.received.length;
    const res = await fetch(`${h.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: randomUUID(),
        channelId,
        serviceUrl: h.channel.serviceUrl,
        conversation: { id: conversationId },
        from: { id: 'user-1', role: 'user' },
        recipient: { id: 'bot', role: 'bot' },
        locale: opts.locale ?? 'en-US',
        timestamp: new Date().toISOString(),
        ...activity,
      }),
    });
    const replies = h.channel.received
      .slice(before)
      .filter((a) => a.type === 'message' && a.conversation?.id === conversationId)
      .map(toReply);
    return { status: res.status, replies };
  };
  return {
    conversationId,
    channelId,
    post,
    start: async () => (await post({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] })).replies,
    say: async (text: string) => (await post({ type: 'message', text })).replies,
    press: async (choice: string, label = choice) => (await post({ type: 'message', text: label, value: { choice } })).replies,
    /** Taps the button titled `title` on an earlier reply, sending exactly the value that button carries. */
    tap: async (reply: Reply, title: string) => {
      const i = reply.choices.indexOf(title);
      if (i < 0) throw new Error(`no button "${title}" on that reply`);
      return (await post({ type: 'message', text: title, value: buttonValue(reply, i) })).replies;
    },
  };
}
export type Conversation = ReturnType<typeof conversationWith>;

/** The last message of a turn is the prompt the person now answers. */
export const lastOf = (replies: Reply[]): Reply => {
  const last = replies.at(-1);
  if (!last) throw new Error('The bot did not reply');
  return last;
};
export const allText = (replies: Reply[]) => replies.map((r) => r.text).join('\n');
