import { choiceValue } from '../../src/channels/choiceValue';
import { adaptiveCardContentType, maxActionsPerSet, type AdaptiveCard, type SubmitAction } from '../../src/channels/adaptiveCard';
import { capabilitiesFor } from '../../src/channels/channelCapabilities';
import { channelLabelsFor } from '../../src/channels/channelLabels';
import { renderForChannel, type OutboundActivity } from '../../src/channels/renderForChannel';
import { countSmsSegments } from '../../src/channels/sms/smsSegments';
import type { RenderedMessage } from '../../src/rendering/renderedMessage';
import { catalog } from '../support/contentText';
import { allCases, promptCases, sayCases, type RenderCase } from './renderCases';

/**
 * Every message the intake can produce, on every kind of channel: it renders, nothing is empty,
 * nothing is over the channel's limits, and every choice can be made (a button or a number).
 */
const channels = ['webchat', 'emulator', 'msteams', 'sms', 'a-channel-we-have-never-heard-of'] as const;

/** Bot Framework channels take far more, but a message longer than this is unreadable on a phone. */
const maxTextChars = 4000;
/** Teams rejects a message over about 28 KB; a card should stay well inside it. */
const maxCardBytes = 28 * 1024;

const cases = allCases();

function render(c: RenderCase, channelId: string): OutboundActivity[] {
  return renderForChannel(c.messages, channelId, c.locale, channelLabelsFor(catalog, c.locale));
}

function cardOf(a: OutboundActivity): AdaptiveCard | undefined {
  return a.attachments?.find((x) => x.contentType === adaptiveCardContentType)?.content as AdaptiveCard | undefined;
}

function cardText(card: AdaptiveCard): string {
  return card.body.flatMap((e) => (e.type === 'TextBlock' ? [e.text] : [])).join('\n');
}

function cardActions(card: AdaptiveCard) {
  return card.body.flatMap((e) => (e.type === 'ActionSet' ? e.actions : []));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the render table covers what the machine can produce', () => {
  it('has every prompt in both languages and the say keys of every family', () => {
    expect(promptCases().length).toBeGreaterThan(100);
    const names = sayCases().map((c) => c.name).join('\n');
    for (const family of ['route.', 'crisis.ack.', 'topic.', 'faq.', 'booking.', 'callback.', 'unclear']) {
      expect(names).toContain(`say ${family}`);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: the renderer gets at least one message with words in it', (_, c) => {
    expect(c.messages.length).toBeGreaterThan(0);
    for (const m of c.messages) expect(m.text.trim()).not.toBe('');
  });
});

describe.each(channels)('on %s', (channelId) => {
  const caps = capabilitiesFor(channelId);

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const activities = render(c, channelId);
    expect(activities.length).toBeGreaterThanOrEqual(c.messages.length);

    for (const a of activities) {
      const card = cardOf(a);
      // Nothing renders as an empty bubble.
      expect(squash(card ? cardText(card) : a.text)).not.toBe('');

      if (!caps.buttons) {
        expect(a.textFormat).toBe('plain');
        expect(a.attachments).toBeUndefined();
        expect(a.suggestedActions).toBeUndefined();
        expect(countSmsSegments(a.text).segments).toBeLessThanOrEqual(3);
        expect(a.text).not.toMatch(/\*\*|\]\(|\(tel:|\(sms:/);
      } else if (card) {
        expect(JSON.stringify(card).length).toBeLessThan(maxCardBytes);
        expect(cardText(card).length).toBeLessThanOrEqual(maxTextChars);
        for (const set of card.body.filter((e) => e.type === 'ActionSet')) {
          expect(set.actions.length).toBeLessThanOrEqual(maxActionsPerSet);
        }
      } else {
        expect(a.text.length).toBeLessThanOrEqual(maxTextChars);
      }
    }
    c.messages.forEach((m) => expectReachable(m, activities, channelId));
  });
});

/** Every choice of a message can be made on the channel, and every phone number can be called. */
function expectReachable(m: RenderedMessage, activities: readonly OutboundActivity[], channelId: string): void {
  const caps = capabilitiesFor(channelId);
  if (!caps.buttons) {
    const all = activities.map((a) => a.text).join('\n');
    m.choices.forEach((choice, i) => expect(all).toContain(`${i + 1}. ${choice.label}`));
    // Phone numbers as digits: "1-800-662-4357" or "988", never only a vanity spelling.
    const numbersShown = [...all.matchAll(/\d[\d-]{1,14}\d/g)].map((x) => x[0].replace(/-/g, ''));
    for (const r of m.resources) if (r.call) expect(numbersShown).toContain(r.call);
    // Nothing is lost in splitting: the parts read as the whole.
    expect(squash(all)).toContain(squash(m.text).replace(/[–—]/g, '-'));
    return;
  }
  if (caps.cards) {
    const cardActionsAll = activities.flatMap((a) => {
      const card = cardOf(a);
      return card ? cardActions(card) : [];
    });
    const submits = cardActionsAll.filter((x): x is SubmitAction => x.type === 'Action.Submit');
    for (const choice of m.choices) {
      expect(submits).toContainEqual({
        type: 'Action.Submit',
        title: choice.label,
        data: { ...choiceValue(choice.id, m.promptId), msteams: { type: 'messageBack', displayText: choice.label, text: choice.label } },
      });
    }
    const calls = cardActionsAll.flatMap((x) => (x.type === 'Action.OpenUrl' ? [x.url] : []));
    for (const r of m.resources) if (r.call) expect(calls).toContain(`tel:${r.call}`);
    return;
  }
  const actions = activities.flatMap((a) => a.suggestedActions?.actions ?? []);
  expect(actions.map((x) => [x.title, x.value])).toEqual(m.choices.map((c) => [c.label, { choice: c.id, prompt: m.promptId }]));
}
