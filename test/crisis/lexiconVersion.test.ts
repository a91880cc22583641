import { createHash } from 'node:crypto';
import { URGENCY } from '../../src/crisis/crisisDetector';
import { firstPersonReadings } from '../../src/crisis/firstPersonReading';
import { guards, PHRASE_CHARS, UNLESS_AFTER_CHARS, UNLESS_NEAR_CHARS, type Guard, type GuardCondition } from '../../src/crisis/guards';
import { lexiconPatterns, MAX_VETOED_OCCURRENCES, READ_IN_FIRST_PERSON } from '../../src/crisis/lexiconDetector';
import { LEXICON_FINGERPRINT, version } from '../../src/crisis/lexiconVersion';
import { FOLDS, HEAD_CHARS, normalizeText, TAIL_CHARS } from '../../src/crisis/normalizeText';

/** Everything that decides what the lexicon matches: patterns, guards, normalization, readings, order, budget. */
function lexiconFingerprint(): string {
  const src = (re: RegExp | undefined): string | null => (re ? `${re.source}/${re.flags}` : null);
  const probes = [
    ...lexiconPatterns.flatMap((p) => p.examples),
    ...Object.values(guards).flatMap((g) => [...g.vetoes, ...g.keeps]),
    "I'M   GONNA K1LL MYSELF", 'suicídarme', 'ｓｕｉｃｉｄａｒｍｅ', 'k i l l  m y s e l f', 'dieeee!!! $uicide', '😭 — … ¿¡',
  ];
  const rules = {
    patterns: lexiconPatterns.map((p) => [p.id, p.kind, p.lang, src(p.regex), p.guards, p.fallback]),
    guards: Object.entries(guards as Record<string, Guard>).map(([id, g]) => [
      id,
      g.when.map((c: GuardCondition) => [src(c.before), src(c.after), src(c.around), src(c.message), src(c.clauseBefore), src(c.clauseAfter)]),
      g.handsTo ?? null,
      src(g.unlessInMessage),
      src(g.unlessNear),
      src(g.unlessAfter),
    ]),
    windows: [PHRASE_CHARS, UNLESS_NEAR_CHARS, UNLESS_AFTER_CHARS],
    folds: FOLDS,
    caps: [HEAD_CHARS, TAIL_CHARS],
    normalized: probes.map(normalizeText),
    readings: { kinds: [...READ_IN_FIRST_PERSON], of: probes.map((p) => firstPersonReadings(normalizeText(p))) },
    urgency: URGENCY,
    budget: MAX_VETOED_OCCURRENCES,
  };
  return createHash('sha256').update(JSON.stringify(rules)).digest('hex').slice(0, 16);
}

describe('the lexicon version', () => {
  it('names the exact rules it was given to: change a rule, bump `version` and record the new fingerprint', () => {
    // If this fails after an intended change: bump `version` in src/crisis/lexiconVersion.ts and set
    // LEXICON_FINGERPRINT to the value received here.
    expect({ version, fingerprint: lexiconFingerprint() }).toEqual({ version, fingerprint: LEXICON_FINGERPRINT });
  });
});
