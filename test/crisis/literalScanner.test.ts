/** The prefilter's scan must report exactly the literals a message contains: a literal missed skips a pattern that could match. */
import { resolve } from 'node:path';
import { loadLabelledSet } from '../../src/crisis/evaluation';
import { lexiconPatterns } from '../../src/crisis/lexiconDetector';
import { literalScanner, scanText } from '../../src/crisis/literalScanner';
import { normalizeText } from '../../src/crisis/normalizeText';

const ROOT = resolve(__dirname, '../..');
const LABELLED = ['crisis-language.jsonl', 'crisis-language.heldout.jsonl', 'shared-dev.jsonl'].map((f) => resolve(ROOT, 'data/crisis', f));
const texts = LABELLED.flatMap((p) => loadLabelledSet(p)).map(({ line }) => line.text);

describe('literalScanner', () => {
  it('reports exactly the literals that occur, overlapping ones included', () => {
    const literals = ['kill', 'killing', 'ill', 'myself', ' my', 'lling'];
    const find = literalScanner(literals);
    for (const text of [' killing myself ', ' ill ', ' skill ', '', ' my kill ']) {
      expect([...find(text)].sort()).toEqual(literals.filter((l) => text.includes(l)).sort());
    }
  });

  it('finds literals that share suffixes and prefixes, and ones inside longer ones, once each', () => {
    const literals = ['she', 'he', 'hers', 'his', 'is', ' is ', 'ushers'];
    const find = literalScanner(literals);
    for (const text of [' ushers ', ' this is his ', ' he she hers ', ' shishe ', 'ushershe']) {
      expect([...find(text)].sort()).toEqual(literals.filter((l) => text.includes(l)).sort());
    }
    expect([...literalScanner([])(' anything ')]).toEqual([]);
  });

  it('reads characters no literal has, and non-ASCII ones, as breaks in every literal', () => {
    const find = literalScanner(['kill', 'ki ll']);
    expect([...find(' k-ill k\u00e9ill ki ll ')]).toEqual(['ki ll']);
  });

  it('agrees with String.includes for every lexicon literal on every labelled line', () => {
    const all = [...new Set(lexiconPatterns.flatMap((p) => p.branches.flatMap((b) => b.literalSets.flat())))];
    const find = literalScanner(all);
    for (const raw of texts) {
      const scanned = scanText(normalizeText(raw));
      expect([...find(scanned)].sort()).toEqual(all.filter((l) => scanned.includes(l)).sort());
    }
  });
});

