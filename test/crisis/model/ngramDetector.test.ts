import { combineDetectors } from '../../../src/crisis/crisisDetector';
import { evaluate, loadLabelledSet, ratio } from '../../../src/crisis/evaluation';
import { lexiconCrisisDetector } from '../../../src/crisis/lexiconDetector';
import { createNgramDetector, NGRAM_PATTERN_ID } from '../../../src/crisis/ngramDetector';
import { loadNgramModel } from '../../../src/crisis/ngramModel';
import { capInput } from '../../../src/crisis/normalizeText';
import { CRISIS_SETS } from '../../../scripts/crisisSets';

const model = createNgramDetector(loadNgramModel());
const withModel = combineDetectors(lexiconCrisisDetector, model);

describe('the n-gram model beside the lexicon (CRISIS_MODEL=true)', () => {
  // Written for this test, in no labelled set: wording no rule foresees.
  it.each([
    ['i wrote everybody a letter tonight and put the dogs papers on the counter for my sister', 'suicide', 'en'],
    ['gave my sister the spare key and the password to my bank today. she doesnt know why', 'suicide', 'en'],
    ['put all my pills in one cup tonight', 'suicide', 'en'],
    ['ya le escribi a todos mis hijos para despedirme', 'suicide', 'es'],
  ] as const)('hears what the rules miss: %s', (text, kind, lang) => {
    expect(lexiconCrisisDetector.detect(text)).toBeUndefined();
    expect(model.detect(text)).toEqual({ kind, patternId: NGRAM_PATTERN_ID, lang });
    expect(withModel.detect(text)).toEqual({ kind, patternId: NGRAM_PATTERN_ID, lang });
  });

  it.each([
    'what time is group on tuesdays',
    'do you take medicaid',
    'my sponsor said i should call you about the evening program',
    'can my wife come to the family session',
    'I drink about a fifth a day and want to stop',
    'quiero información sobre el programa intensivo',
    'my dad died of an overdose in 2015',
    'this job is killing me lol',
    "I'm not suicidal, I just need help with the drinking",
    'how long is the program',
  ])('leaves an ordinary intake message alone: %s', (text) => {
    expect(model.detect(text)).toBeUndefined();
  });

  it('never hides or changes a match of the lexicon', () => {
    for (const text of ['honestly i just want to die', 'my brother took a bunch of pills and wont wake up', 'me quiero morir']) {
      expect(withModel.detect(text)).toEqual(lexiconCrisisDetector.detect(text));
    }
  });

  it('says which version decided, and cites the model, never the words', () => {
    expect(model.version).toMatch(/^crisis-ngram\/\d+\.\d+\.\d+$/);
    expect(withModel.version).toBe(`${lexiconCrisisDetector.version}+${model.version}`);
    const match = model.detect('put all my pills in one cup tonight');
    expect(JSON.stringify(match)).not.toMatch(/pills|cup/);
  });

  it('explains a score by the words that moved it most (for developers; never logged)', () => {
    const explanation = model.explain('ya le escribi a todos mis hijos para despedirme');
    expect(explanation).toMatchObject({ counts: true, kind: 'suicide', windowProbability: -1 });
    expect(explanation.probability).toBeGreaterThanOrEqual(explanation.threshold);
    expect(explanation.strongestWords.map((w) => w.word)).toContain('despedirme');
    expect(model.explain('do you take medicaid')).toMatchObject({ counts: false });
  });

  it('keeps the project set at recall 1.00 and false positives at or under 5%', () => {
    const project = CRISIS_SETS.find((s) => s.name === 'project');
    const report = evaluate(withModel, loadLabelledSet(project?.path ?? ''));
    expect(ratio(report.recall)).toBe(1);
    expect(ratio(report.falsePositives)).toBeLessThanOrEqual(0.05);
  });

  it('hears one sentence of crisis inside a long, ordinary message', () => {
    const text =
      'hi i wanted to ask about insurance and evening groups since i work days at the warehouse and my wife says i need help. ' +
      'honestly i wrote letters to everyone tonight and i am at peace with it. ' +
      'also can my wife come to the family sessions, she works nights so tuesdays would be best for her';
    expect(model.detect(text)?.kind).toBe('suicide');
    const { probability, threshold, windowProbability, windowThreshold } = model.explain(text);
    expect(probability).toBeLessThan(threshold); // the whole message alone would not count
    expect(windowProbability).toBeGreaterThanOrEqual(windowThreshold);
  });

  it('reads a message past the input cap as the lexicon does: its head and its tail', () => {
    for (const text of ['kill '.repeat(10_000), 'a'.repeat(50_000), 'e\u0301\u0301'.repeat(10_000), `${'what time is group. '.repeat(2_000)}put all my pills in one cup tonight`]) {
      expect(model.explain(text).probability).toBe(model.explain(capInput(text)).probability);
    }
  });
});
