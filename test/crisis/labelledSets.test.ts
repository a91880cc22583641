import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crisisKinds } from '../../machines/crisisKind';
import { evaluate, loadLabelledSet, ratio } from '../../src/crisis/evaluation';
import { lexiconCrisisDetector } from '../../src/crisis/lexiconDetector';

const ROOT = resolve(__dirname, '../..');
const PROJECT = resolve(ROOT, 'data/crisis/crisis-language.jsonl');
const HELD_OUT = resolve(ROOT, 'data/crisis/crisis-language.heldout.jsonl');
const SHARED_DEV = resolve(ROOT, '../shared/clinical/crisis-language.dev.jsonl');

describe('the project labelled set', () => {
  const samples = loadLabelledSet(PROJECT);
  const report = evaluate(lexiconCrisisDetector, samples);

  it('is large, in both languages, with every kind and every kind of negative', () => {
    expect(samples.length).toBeGreaterThanOrEqual(500);
    for (const kind of crisisKinds) {
      for (const lang of ['en', 'es']) {
        expect(samples.some(({ line }) => line.label === 'crisis' && line.kind === kind && line.lang === lang)).toBe(true);
      }
    }
    for (const kind of ['benign', 'figurative', 'history', 'negated']) {
      for (const lang of ['en', 'es']) {
        expect(samples.some(({ line }) => line.label === 'none' && line.kind === kind && line.lang === lang)).toBe(true);
      }
    }
  });

  it('is the project’s own: no line copies the held-out or the shared development set', () => {
    const project = new Set(samples.map(({ line }) => line.text.toLowerCase()));
    const others = [HELD_OUT, SHARED_DEV].filter(existsSync).flatMap((p) => loadLabelledSet(p));
    for (const { line } of others) expect(project.has(line.text.toLowerCase())).toBe(false);
  });

  it('is detected in full: recall 1.00', () => {
    expect(report.misses).toEqual([]);
    expect(ratio(report.recall)).toBe(1);
  });

  it('is detected with the labelled kind (the kind decides 911 or 988)', () => {
    expect(report.wrongKind).toEqual([]);
  });

  it('has at most 5% false positives among its negatives', () => {
    expect(ratio(report.falsePositives)).toBeLessThanOrEqual(0.05);
  });
});

describe('the held-out set', () => {
  it('parses, and keeps the lines it was written with (it is not tuned on)', () => {
    const samples = loadLabelledSet(HELD_OUT);
    expect(samples.length).toBeGreaterThanOrEqual(150);
    expect(readFileSync(HELD_OUT, 'utf8').split('\n').filter(Boolean)).toHaveLength(samples.length);
  });
});

(existsSync(SHARED_DEV) ? describe : describe.skip)('the shared development set (../shared)', () => {
  it('is detected in full: recall 1.00', () => {
    const report = evaluate(lexiconCrisisDetector, loadLabelledSet(SHARED_DEV));
    expect(report.misses).toEqual([]);
  });
});
