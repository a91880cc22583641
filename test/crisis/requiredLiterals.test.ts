/**
 * The literal prefilter may only ever skip work, never a match. These tests check it three ways:
 * on hand-picked sources, on strings generated at random from every pattern of the lexicon, and by
 * comparing the detector with and without it on every labelled line.
 */
import { resolve } from 'node:path';
import { loadLabelledSet } from '../../src/crisis/evaluation';
import { createLexiconDetector, lexiconCrisisDetector, lexiconPatterns } from '../../src/crisis/lexiconDetector';
import { normalizeText } from '../../src/crisis/normalizeText';
import { literalScanner, scanText } from '../../src/crisis/literalScanner';
import { parseRegex, requiredLiteralSets, type RegexNode } from '../../src/crisis/requiredLiterals';

const ROOT = resolve(__dirname, '../..');
const LABELLED = ['crisis-language.jsonl', 'crisis-language.heldout.jsonl', 'shared-dev.jsonl'].map((f) => resolve(ROOT, 'data/crisis', f));
const texts = LABELLED.flatMap((p) => loadLabelledSet(p)).map(({ line }) => line.text);

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random string built from a parsed pattern: zero-width parts empty, open classes as letters. */
function generate(node: RegexNode, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  switch (node.type) {
    case 'empty':
    case 'look':
      return '';
    case 'char':
      return node.chars ? pick(node.chars).replace('\u0000', '') : pick([...'abcdefghijklmnopqrstuvwxyz']);
    case 'seq':
      return node.items.map((item) => generate(item, random)).join('');
    case 'alt':
      return generate(pick(node.options), random);
    case 'repeat': {
      const count = node.min + Math.floor(random() * (Math.min(node.max, node.min + 2) - node.min + 1));
      return Array.from({ length: count }, () => generate(node.node, random)).join('');
    }
  }
}

describe('requiredLiterals', () => {
  it('finds the words a match cannot do without, with word boundaries as spaces', () => {
    expect(requiredLiteralSets(String.raw`\b(?:kms)\b`)).toEqual([[' kms ']]);
    expect(requiredLiteralSets(String.raw`\b(?:(?:want|wish) (?:[^ ]{1,24} ){0,2}(?:die|dying))\b`)).toEqual([['die', 'dying'], ['want', 'wish']]);
  });

  it('asks for one set per part of a phrase, the rarest first and the commonest words last', () => {
    expect(requiredLiteralSets(String.raw`\b(?:kill(?:ing|ed)? ?myself)\b`)).toEqual([['myself '], [' kill']]);
    expect(requiredLiteralSets(String.raw`\b(?:(?:toddler|baby) (?:[^ ]{1,24} ){0,8}(?:ate|swallowed) (?:my|the) (?:pills|weed))\b`)).toEqual([
      ['baby ', 'toddler '],
      ['weed', 'pills'],
      ['ate', 'swallowed'],
    ]);
    // "took" is in many messages; a message with the drug and the sign but without "took" is still skipped
    expect(requiredLiteralSets(String.raw`\b(?:took (?:[^ ]{1,24} ){0,3}xanax and (?:[^ ]{1,24} ){0,3}cant breathe)\b`)).toEqual([
      ['xanax and '],
      ['cant breathe '],
      [' took '],
    ]);
  });

  it('reads the text of a positive lookbehind, which must be in the message, but not of a negative one', () => {
    expect(requiredLiteralSets(String.raw`\b(?:(?:and|with) (?:pills|meds)(?<=\bheart (?:[^ ]{1,24} ){0,4}racing (?:[^ ]{1,24} ){0,4}(?:and|with) (?:pills|meds)))\b`)).toEqual([
      [' heart '],
      ['meds', 'pills'],
      ['and', 'with'],
    ]);
    expect(requiredLiteralSets(String.raw`\b(?:pills(?<!\bheart pills))\b`)).toEqual([[' pills ']]);
  });

  it('merges a family of words into their common stem', () => {
    expect(requiredLiteralSets(String.raw`\b(?:strangle|strangling|strangled) him\b`)?.[0]).toEqual([' strangl']);
  });

  it('gives up, so the pattern always runs, when nothing useful is required', () => {
    expect(requiredLiteralSets(String.raw`\b(?:[^ ]+ )?a\b`)).toEqual([]); // too short
    expect(requiredLiteralSets(String.raw`\b(?:x|[^ ]{1,3})\b`)).toEqual([]); // one branch requires nothing
    expect(requiredLiteralSets(String.raw`\p{L}+`)).toEqual([]); // outside the supported subset
    expect(() => parseRegex(String.raw`(?<name>x)`)).toThrow();
  });

  it('is sound on strings generated from every pattern of the lexicon', () => {
    const random = prng(7);
    let checked = 0;
    for (const pattern of lexiconPatterns) {
      for (const branch of pattern.branches) {
        if (branch.literalSets.length === 0) continue;
        const ast = parseRegex(branch.regex.source);
        const finders = branch.literalSets.map((set) => literalScanner(set));
        const matcher = new RegExp(branch.regex.source);
        for (let k = 0; k < 40; k += 1) {
          const text = normalizeText(`okay ${generate(ast, random)} thanks`);
          if (!matcher.test(text)) continue;
          checked += 1;
          finders.forEach((find, set) => {
            if (find(scanText(text)).size === 0) throw new Error(`${pattern.id}: no literal of required set ${set} in ${JSON.stringify(text)}`);
          });
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });
});

describe('the detector with the prefilter', () => {
  it('answers exactly as without it, on every labelled line and every example', () => {
    const unfiltered = createLexiconDetector(
      lexiconPatterns.map((p) => ({ ...p, branches: p.branches.map((b) => ({ ...b, literalSets: [] })) })),
    );
    const examples = lexiconPatterns.flatMap((p) => p.examples);
    for (const text of [...texts, ...examples]) {
      expect(lexiconCrisisDetector.detect(text)).toEqual(unfiltered.detect(text));
    }
  });
});
