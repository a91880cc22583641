import { guards, phraseAfter, phraseBefore } from '../../src/crisis/guards';
import { lexiconCrisisDetector } from '../../src/crisis/lexiconDetector';

describe('guards', () => {
  describe.each(Object.entries(guards))('%s', (id, guard) => {
    it.each(guard.vetoes.map((v) => [v]))('silences %j', (message) => {
      const explained = lexiconCrisisDetector.explain(message);
      expect(explained.some((m) => m.vetoedBy === id)).toBe(true);
      expect(lexiconCrisisDetector.detect(message)).toBeUndefined();
    });

    it.each(guard.keeps.map((k) => [k]))('still lets %j through', (message) => {
      expect(lexiconCrisisDetector.detect(message)).toBeDefined();
    });
  });

  it('reads the phrase around a match, stopping at clause breaks and conjunctions', () => {
    const text = 'my brother died last year and i wanna die . please help';
    const start = text.indexOf('wanna die');
    expect(phraseBefore(text, start)).toBe('i');
    expect(phraseAfter(text, start + 'wanna die'.length)).toBe('');
    expect(phraseBefore('im not', 'im not'.length)).toBe('im not');
  });
});
