import { choiceValue } from './choiceValue';
import type { Locale } from '../../machines/intake/intakeContext';
import type { Resource } from '../content/resources';
import type { Choice } from '../rendering/renderedMessage';
import type { ChannelLabels } from './channelLabels';

export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** Teams renders Adaptive Cards up to 1.5; ActionSet needs 1.2. */
const cardVersion = '1.4';

/** Teams shows at most six actions in one set (the rest go to an overflow menu); we put one in each. */
export const maxActionsPerSet = 6;

interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  spacing?: 'None' | 'Medium';
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  /** Teams turns `msteams.messageBack` into a message: `displayText` is echoed in the chat, `text` and `choice` reach the bot. */
  data: { choice: string; prompt?: string; msteams: { type: 'messageBack'; displayText: string; text: string } };
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

interface ActionSet {
  type: 'ActionSet';
  actions: (SubmitAction | OpenUrlAction)[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: (TextBlock | ActionSet)[];
}

export interface CardInput {
  text: string;
  resources: readonly Resource[];
  choices: readonly Choice[];
  /** The question the choices answer, carried back with a submit. */
  promptId?: string | undefined;
  locale: Locale;
  labels: ChannelLabels;
}

/** 18006624357 → 1-800-662-4357; short codes (988, 911) stay as they are. */
export function displayNumber(digits: string): string {
  const m = /^1(\d{3})(\d{3})(\d{4})$/.exec(digits);
  return m ? `1-${m[1]}-${m[2]}-${m[3]}` : digits;
}

/**
 * A message as an Adaptive Card: each line its own wrapping TextBlock (Teams ignores single
 * newlines in markdown), then one full-width button per choice, stacked so long labels are not
 * cut off on a phone, then a tap-to-call button per resource with a phone number.
 */
export function adaptiveCard(input: CardInput): { contentType: string; content: AdaptiveCard } {
  const body: AdaptiveCard['body'] = [];
  const paragraphs = input.text.split(/\n\s*\n/);
  paragraphs.forEach((paragraph, p) => {
    paragraph
      .split('\n')
      .filter((line) => line.trim() !== '')
      .forEach((line, l) => body.push(textBlock(line, p > 0 && l === 0 ? 'Medium' : l > 0 ? 'None' : undefined)));
  });
  input.resources.forEach((r, i) =>
    body.push(textBlock(`**${r.name[input.locale]}**: ${r.how[input.locale]}`, i === 0 ? 'Medium' : 'None')),
  );
  for (const c of input.choices) {
    const submit: SubmitAction = {
      type: 'Action.Submit',
      title: c.label,
      data: { ...choiceValue(c.id, input.promptId), msteams: { type: 'messageBack', displayText: c.label, text: c.label } },
    };
    body.push({ type: 'ActionSet', actions: [submit] });
  }
  for (const r of input.resources) {
    if (!r.call) continue;
    const call: OpenUrlAction = { type: 'Action.OpenUrl', title: input.labels.call(displayNumber(r.call)), url: `tel:${r.call}` };
    body.push({ type: 'ActionSet', actions: [call] });
  }
  return {
    contentType: adaptiveCardContentType,
    content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: cardVersion, body },
  };
}

function textBlock(text: string, spacing: TextBlock['spacing'] | undefined): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...(spacing ? { spacing } : {}) };
}
