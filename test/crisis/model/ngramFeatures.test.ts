import { FEATURE_BITS, ngramFeatureWindows, ngramFeatures } from '../../../src/crisis/ngramFeatures';
import { normalizeText } from '../../../src/crisis/normalizeText';

const features = (text: string) => ngramFeatures(normalizeText(text));
const norm = (v: { values: Float32Array }) => Math.sqrt([...v.values].reduce((s, x) => s + x * x, 0));
const shared = (a: { indices: Uint32Array }, b: { indices: Uint32Array }) => [...a.indices].filter((i) => b.indices.includes(i)).length;

describe('n-gram features', () => {
  it('are a unit-length vector of distinct buckets, inside the table', () => {
    const v = features('I took all of my pills an hour ago');
    expect(norm(v)).toBeCloseTo(1, 5);
    expect(new Set(v.indices).size).toBe(v.indices.length);
    expect(Math.max(...v.indices)).toBeLessThan(1 << FEATURE_BITS);
  });

  it('are the same for every spelling normalization folds together', () => {
    expect(features("I'M GOING TO   END IT")).toEqual(features('im gonna end it'));
    expect(features('quiero morirme ya')).toEqual(features('kiero morírme ya'));
  });

  it('give a misspelling most of the features of the word it misspells', () => {
    const right = features('suicidal');
    const wrong = features('sucidal');
    expect(shared(right, wrong) / right.indices.length).toBeGreaterThan(0.4);
  });

  it('do not pair words across a clause break', () => {
    expect(features('i want to die. tomorrow')).not.toEqual(features('i want to die tomorrow'));
    expect(features('the end. it was fine').indices).not.toEqual(features('the end it was fine').indices);
  });

  it('are deterministic and independent of what was featurized before', () => {
    const first = features('no aguanto mas, ya me voy');
    features('something else entirely, with many other words in it');
    expect(features('no aguanto mas, ya me voy')).toEqual(first);
  });

  it('of an empty or punctuation-only message are empty', () => {
    expect(features('').indices).toHaveLength(0);
    expect(features('?!... ').indices).toHaveLength(0);
  });

  it('read a long message also in half-overlapping windows of twenty words, a short one whole only', () => {
    expect(ngramFeatureWindows(normalizeText('i took all of my pills an hour ago')).windows).toHaveLength(0);
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    const { whole, windows } = ngramFeatureWindows(words);
    expect(whole).toEqual(ngramFeatures(words));
    expect(windows).toHaveLength(4); // words 0-19, 10-29, 20-39, 30-49
    expect(windows[0]).toEqual(ngramFeatures(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')));
    expect(windows[3]).toEqual(ngramFeatures(Array.from({ length: 20 }, (_, i) => `w${i + 30}`).join(' ')));
  });

  it('weigh a long message no more than a short one', () => {
    expect(norm(features('help '.repeat(2000)))).toBeCloseTo(1, 5);
  });
});
