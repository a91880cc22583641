/**
 * Inputs built to make a backtracking regex engine explode. Each must simply finish: a pattern open
 * to catastrophic backtracking would hang here until the test times out. Timing belongs to the
 * benchmark (bench/crisisDetector.bench.ts), not here.
 */
import { lexiconCrisisDetector, lexiconPatterns } from '../../src/crisis/lexiconDetector';
import { normalizeText } from '../../src/crisis/normalizeText';

const ADVERSARIAL: Record<string, string> = {
  'kill ×10,000': 'kill '.repeat(10_000),
  'a ×50,000': 'a'.repeat(50_000),
  'mixed whitespace': ' \t \n  \u00a0'.repeat(10_000) + 'kill',
  'i want to ×5,000': 'i want to '.repeat(5_000),
  'not ×10,000': 'not '.repeat(10_000),
  'my husband ×3,000': 'my husband '.repeat(3_000),
  'wish i ×5,000': 'wish i '.repeat(5_000),
  'spaced letters': 'k i l l '.repeat(5_000),
  'one letter words': 'i '.repeat(25_000),
  'punctuation': '.!?,;'.repeat(10_000),
  'leet': 'k1k1k1'.repeat(10_000),
  'stretched letters': 'dieeeeeeee'.repeat(5_000),
  'combining marks': 'e\u0301\u0301\u0301'.repeat(10_000),
  'emoji': '😭'.repeat(20_000),
  'negated phrases': "I'm not suicidal. ".repeat(3_000),
  'history phrases': 'I tried to kill myself years ago. '.repeat(2_000),
  'figurative phrases': 'my mom will kill me if she finds out. '.repeat(2_000),
  'spanish': 'no quiero matarme '.repeat(3_000),
};

describe('adversarial inputs', () => {
  it.each(Object.entries(ADVERSARIAL))('detect() finishes on %s', (_name, text) => {
    expect(() => lexiconCrisisDetector.detect(text)).not.toThrow();
    expect(() => lexiconCrisisDetector.explain(text)).not.toThrow();
  });

  it('every pattern finishes on long runs of its own words, uncapped', () => {
    for (const pattern of lexiconPatterns) {
      const words = pattern.examples.map(normalizeText).join(' ').split(' ');
      const partial = words.slice(0, Math.max(1, words.length - 1)).join(' ');
      for (const text of [`${partial} `.repeat(2_000), `${words.join(' ')} `.repeat(500), 'a '.repeat(25_000)]) {
        pattern.regex.lastIndex = 0;
        let guard = 0;
        while (pattern.regex.exec(text) && guard < 100_000) guard += 1;
      }
    }
  });

  it('still finds a crisis at the end of a long message', () => {
    expect(lexiconCrisisDetector.detect(`${'I need help with my schedule. '.repeat(400)} I want to kill myself`)?.kind).toBe('suicide');
  });
});
