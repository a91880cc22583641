import { channelLabelsFor } from '../../../src/channels/channelLabels';
import { renderForChannel } from '../../../src/channels/renderForChannel';
import { countSmsSegments } from '../../../src/channels/sms/smsSegments';
import { splitForSms } from '../../../src/channels/sms/splitForSms';
import { catalog, en, es, profile } from '../../support/contentText';
import { textParams } from '../../../src/rendering/textParams';
import { allCases, locales } from '../renderCases';

const segments = (t: string) => countSmsSegments(t).segments;

describe('splitting a long text into SMS messages', () => {
  it('leaves a text that fits alone, trimmed', () => {
    expect(splitForSms('  Hello there.  ')).toEqual(['Hello there.']);
  });

  it('sends nothing for an empty or blank text', () => {
    expect(splitForSms('')).toEqual([]);
    expect(splitForSms(' \n\n ')).toEqual([]);
  });

  it('splits at paragraphs first, keeping each paragraph whole', () => {
    const paragraph = (n: number) => `Paragraph ${n} ${'word '.repeat(55).trim()}.`;
    const text = [1, 2, 3].map(paragraph).join('\n\n');
    const parts = splitForSms(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.split('\n\n').every((q) => /^Paragraph \d/.test(q))).toBe(true);
    expect(parts.join('\n\n')).toBe(text);
  });

  it('splits a paragraph too long for one message at sentence ends', () => {
    const sentence = (n: number) => `Sentence ${n} ${'mañana '.repeat(8).trim()}.`;
    const text = Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ');
    const parts = splitForSms(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p).toMatch(/^Sentence \d+ .*\.$/);
      expect(segments(p)).toBeLessThanOrEqual(3);
    }
  });

  it('falls back to words, and to characters for a single endless word', () => {
    const words = splitForSms('palabra '.repeat(300));
    expect(words.every((p) => segments(p) <= 3 && !p.startsWith(' ') && !p.endsWith(' '))).toBe(true);
    const blob = splitForSms('x'.repeat(2000));
    expect(blob.join('')).toBe('x'.repeat(2000));
    expect(blob.every((p) => segments(p) <= 3)).toBe(true);
  });

  it('respects a smaller limit when asked', () => {
    const parts = splitForSms('One sentence here. '.repeat(40), 1);
    expect(parts.every((p) => segments(p) === 1)).toBe(true);
  });

  it('never produces an empty message or more than three segments, whatever the text (random texts)', () => {
    const alphabet = ['a', 'b', ' ', '\n', '.', 'é', 'á', '€', '😀', '¿', '?', 'ñ', '\n\n', 'word ', 'palabra. '];
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 300; run++) {
      const text = Array.from({ length: Math.floor(random() * 900) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const parts = splitForSms(text);
      for (const p of parts) {
        expect(p.trim()).not.toBe('');
        expect(segments(p)).toBeLessThanOrEqual(3);
      }
      expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});

describe('every text the intake sends fits SMS: at most three segments per message, in both languages', () => {
  it.each(allCases().map((c) => [c.name, c] as const))('%s', (_, c) => {
    const sent = renderForChannel(c.messages, 'sms', c.locale, channelLabelsFor(catalog, c.locale));
    for (const a of sent) {
      expect(a.text.trim()).not.toBe('');
      expect(segments(a.text)).toBeLessThanOrEqual(3);
    }
  });

  it.each(locales)('every string of the %s content file, split, stays within three segments', (locale) => {
    const params = {
      ...textParams(profile, catalog, locale),
      firstName: 'Ana', phoneNumber: '(617) 555-0123', textOk: 'yes', voicemail: 'no', reference: 'K7M2QX', when: 'Mon', selected: 'x', number: '988',
      time: '8:00 PM', day: 'Wed, Nov 25',
    };
    // The longer of the two ways an urgent callback is promised.
    Object.assign(params, { callbackWhen: catalog.text(locale, 'callbackWhen.nextDay', params) });
    for (const key of Object.keys(catalog.file(locale).strings)) {
      for (const part of splitForSms(catalog.text(locale, key, params))) expect(segments(part)).toBeLessThanOrEqual(3);
    }
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('the %s STOP, START and HELP replies are one message each', (_, text) => {
    for (const key of ['sms.optOut', 'sms.optIn', 'sms.help']) expect(splitForSms(text(key))).toHaveLength(1);
  });
});
