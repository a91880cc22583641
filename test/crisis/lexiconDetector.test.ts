import type { CrisisKind } from '../../machines/crisisKind';
import { combineDetectors, mostUrgent, URGENCY, type CrisisDetector, type CrisisMatch } from '../../src/crisis/crisisDetector';
import { lexiconCrisisDetector, version } from '../../src/crisis/lexiconDetector';

const detect = (text: string): CrisisMatch | undefined => lexiconCrisisDetector.detect(text);
const kindOf = (text: string): CrisisKind | undefined => detect(text)?.kind;

describe('lexiconCrisisDetector', () => {
  it.each([
    ['i wanna kms', 'suicide'],
    ['i want to unalive myself', 'suicide'],
    ['gonna off myself tonight', 'suicide'],
    ['I just want to end it all', 'suicide'],
    ['IM GONNA OD on purpose', 'suicide'],
    ["my friend is od'ing", 'overdose-now'],
    ['he OD’d in the bathroom', 'overdose-now'],
    ['my son took too many pills and wont wake up', 'overdose-now'],
    ['quiero suicidarme', 'suicide'],
    ['voy a matarme', 'suicide'],
    ['ya no quiero vivir', 'suicide'],
    ['quiero quitarme la vida', 'suicide'],
    ['me corto', 'self-harm'],
    ['creo que es una sobredosis', 'overdose-now'],
    ['mi hijo no respira', 'overdose-now'],
    ['mi esposo me pega', 'abuse-danger'],
    ['chest pain and I cant breathe', 'medical-now'],
    ["I'm going to kill him", 'harm-others'],
  ] as const)('catches %j as %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    'this job is killing me',
    "I'd kill for a schedule that fits my shifts",
    "I'm dying to get started",
    'me muero de ganas de empezar',
    'me mata el tráfico',
    'my dad died of an overdose when I was a kid',
    'mi papá murió por el alcohol hace años',
    "I'm not suicidal, just want info",
    'do you give out narcan?',
    'is there a suicide prevention group?',
    'what happens if someone overdoses during group?',
    '¿tienen información sobre sobredosis?',
    'yes',
    'no',
    '5',
    '',
  ])('lets the hard negative %j through', (text) => {
    expect(detect(text)).toBeUndefined();
  });

  describe('chooses to ask, by design (bias to safety)', () => {
    it.each([
      "I'm killing myself with this drinking",
      "I'd rather die than go to detox",
      'tomo muchas pastillas para el dolor',
      "I don't want to hurt myself anymore",
      "I'm not suicidal. I'm not suicidal. ".repeat(20),
      // A gun, with nothing everyday about it: access to one is the strongest risk factor there is.
      'my son bought a gun last week, he has never owned one',
      'mi esposo se fue con la pistola y no contesta',
    ])('%j', (text) => {
      expect(detect(text)).toBeDefined();
    });
  });

  describe('chooses not to catch, by design (the screening asks everyone)', () => {
    it.each([
      "I don't want to live like this anymore, I need help",
      "I can't do this anymore, I need to stop drinking",
      'I hate my life',
      "I won't be here tomorrow, I have court",
      'kys',
      'my husband keeps his hunting rifle locked in a safe',
      'I jumped the gun on signing up, can I change the date?',
    ])('%j', (text) => {
      expect(detect(text)).toBeUndefined();
    });
  });

  describe('when one message holds several kinds, reports the most urgent', () => {
    it.each([
      ['I took all my pills at once because I want to die', 'overdose-now'],
      ['I cut myself and I am bleeding a lot', 'medical-now'],
      ['he hits me and I want to die', 'suicide'],
      ['he hits me and I am going to kill him', 'harm-others'],
      ['I cut myself because he hits me', 'abuse-danger'],
    ] as const)('%j → %s', (text, kind) => {
      expect(kindOf(text)).toBe(kind);
    });

    it.each([
      ["he has a gun and he's threatening me", 'abuse-danger'],
      ['tiene una pistola y me amenazó', 'abuse-danger'],
      ['grabbed my dads pistol and im heading to his place', 'harm-others'],
    ] as const)('a gun takes the kind of the words beside it, not the fallback rule: %j → %s', (text, kind) => {
      expect(kindOf(text)).toBe(kind);
      expect(detect(text)?.patternId).not.toMatch(/firearm|arma-|blade|navaja|rope|cuerda/);
    });

    it('in the order overdose-now, medical-now, suicide, harm-others, abuse-danger, self-harm', () => {
      expect(URGENCY).toEqual(['overdose-now', 'medical-now', 'suicide', 'harm-others', 'abuse-danger', 'self-harm']);
    });
  });

  it('reports a kind, a pattern id and a language, never the words', () => {
    const match = detect('I want to kill myself tonight');
    expect(match).toEqual({ kind: 'suicide', patternId: 'en.suicide.kill-myself', lang: 'en' });
    expect(Object.keys(match ?? {}).sort()).toEqual(['kind', 'lang', 'patternId']);
    expect(detect('me quiero morir')?.lang).toBe('es');
  });

  it('writes nothing to the console or stdout', () => {
    const spies = [
      jest.spyOn(console, 'log'), jest.spyOn(console, 'info'), jest.spyOn(console, 'warn'),
      jest.spyOn(console, 'error'), jest.spyOn(console, 'debug'), jest.spyOn(process.stdout, 'write'),
    ];
    try {
      detect('I want to kill myself');
      detect('this job is killing me');
      lexiconCrisisDetector.explain('I am not suicidal');
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('is deterministic: the same text gives the same answer whatever came before', () => {
    const first = detect('my brother is not breathing');
    detect('I'.repeat(3000));
    lexiconCrisisDetector.explain('I am not suicidal, not suicidal at all');
    expect(detect('my brother is not breathing')).toEqual(first);
  });

  it('carries the lexicon version', () => {
    expect(lexiconCrisisDetector.version).toBe(version);
    expect(version).toMatch(/^crisis-lexicon\/\d+\.\d+\.\d+$/);
  });
});

describe('combineDetectors', () => {
  const fixed = (id: string, kind: CrisisKind | undefined): CrisisDetector => ({
    version: id,
    detect: () => (kind ? { kind, patternId: `${id}.rule`, lang: 'en' } : undefined),
  });

  it('runs every detector and keeps the most urgent match', () => {
    const combined = combineDetectors(fixed('lexicon', 'self-harm'), fixed('classifier', 'suicide'));
    expect(combined.detect('anything')).toEqual({ kind: 'suicide', patternId: 'classifier.rule', lang: 'en' });
  });

  it('lets the detector listed first win a tie, and a silent detector hide nothing', () => {
    expect(combineDetectors(fixed('a', 'suicide'), fixed('b', 'suicide')).detect('x')?.patternId).toBe('a.rule');
    expect(combineDetectors(fixed('a', undefined), fixed('b', 'abuse-danger')).detect('x')?.kind).toBe('abuse-danger');
    expect(combineDetectors(fixed('a', undefined)).detect('x')).toBeUndefined();
  });

  it('names the combination by its parts, so a handoff can be traced', () => {
    expect(combineDetectors(lexiconCrisisDetector, fixed('clf-2', undefined)).version).toBe(`${version}+clf-2`);
  });

  it('adds a classifier beside the lexicon without losing the lexicon’s matches', () => {
    const combined = combineDetectors(lexiconCrisisDetector, fixed('clf', undefined));
    expect(combined.detect('quiero matarme')?.patternId).toBe('es.suicide.matarme');
  });

  it('mostUrgent prefers the first on a tie', () => {
    const a: CrisisMatch = { kind: 'suicide', patternId: 'a', lang: 'en' };
    const b: CrisisMatch = { kind: 'suicide', patternId: 'b', lang: 'es' };
    expect(mostUrgent(a, b)).toBe(a);
    expect(mostUrgent(undefined, b)).toBe(b);
  });
});
