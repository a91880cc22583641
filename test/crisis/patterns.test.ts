import { crisisKinds } from '../../machines/crisisKind';
import { guards } from '../../src/crisis/guards';
import { lexiconCrisisDetector, lexiconPatterns } from '../../src/crisis/lexiconDetector';

describe('the crisis lexicon', () => {
  it('gives every pattern a unique, stable id of the form <lang>.<kind>.<name>', () => {
    const ids = lexiconPatterns.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of lexiconPatterns) {
      expect(p.id).toMatch(/^(en|es)\.[a-z-]+\.[a-z0-9-]+$/);
      expect(p.id.startsWith(`${p.lang}.${p.kind}.`)).toBe(true);
    }
  });

  it('covers every crisis kind in both languages', () => {
    for (const kind of crisisKinds) {
      for (const lang of ['en', 'es']) {
        expect(lexiconPatterns.some((p) => p.kind === kind && p.lang === lang)).toBe(true);
      }
    }
  });

  it('only names guards that exist', () => {
    for (const p of lexiconPatterns) for (const g of p.guards) expect(Object.keys(guards)).toContain(g);
  });

  describe.each(lexiconPatterns.map((p) => [p.id, p] as const))('%s', (_id, pattern) => {
    it('has examples', () => {
      expect(pattern.examples.length).toBeGreaterThan(0);
    });

    it.each(pattern.examples.map((e) => [e]))('matches its own example %j', (example) => {
      const counted = lexiconCrisisDetector
        .explain(example)
        .filter((m) => m.patternId === pattern.id && m.vetoedBy === undefined);
      expect(counted).not.toHaveLength(0);
    });
  });
});
