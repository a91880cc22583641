import { clauseAfter, clauseBefore, guards, phraseAfter, phraseBefore, vetoingGuard, type Guard, type GuardId } from '../../src/crisis/guards';
import { lexiconCrisisDetector, lexiconPatterns } from '../../src/crisis/lexiconDetector';
import { normalizeText } from '../../src/crisis/normalizeText';

/** Whether `id`, alone, vetoes some occurrence of a pattern that lists it. */
function vetoesOnItsOwn(id: GuardId, message: string): boolean {
  const text = normalizeText(message);
  return lexiconPatterns
    .filter((p) => p.guards.includes(id))
    .some((p) =>
      p.branches.some((b) =>
        [...text.matchAll(new RegExp(b.regex.source, 'g'))].some(
          (m) => vetoingGuard([id], { text, start: m.index, end: m.index + m[0].length, kind: p.kind, messageTests: new Map() }) === id,
        ),
      ),
    );
}

describe('guards', () => {
  describe.each(Object.entries(guards))('%s', (id, guard) => {
    const handsTo = (guard as Guard).handsTo;
    it.each(guard.vetoes.map((v) => [v]))(handsTo ? `hands %j to ${handsTo}` : 'silences %j', (message) => {
      // This guard on its own vetoes a match of a pattern that lists it (another guard may get there first)...
      expect(vetoesOnItsOwn(id as GuardId, message)).toBe(true);
      // ...and the message as a whole is silenced, or caught as the kind it really is.
      expect(lexiconCrisisDetector.detect(message)?.kind).toBe(handsTo);
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

  it('reads "so much" as one phrase: "so" there means "very", not "and so"', () => {
    const text = 'i hated him so much i thought about hurting him';
    expect(phraseBefore(text, text.indexOf('hurting'))).toBe('i hated him so much i thought about');
  });

  it('reads the whole clause on either side of the match’s own, for asides', () => {
    const text = 'back in college . i wrote goodbye letters once . that was all';
    const start = text.indexOf('goodbye');
    const end = start + 'goodbye letters'.length;
    expect(clauseBefore(text, start)).toBe('back in college');
    expect(clauseAfter(text, end)).toBe('that was all');
    expect(clauseBefore('i wrote goodbye letters', 2)).toBe('');
    expect(clauseAfter('i wrote goodbye letters', 10)).toBe('');
  });
});
