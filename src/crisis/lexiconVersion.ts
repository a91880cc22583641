/**
 * Version of the shipped crisis lexicon (patterns, guards and normalization together).
 *
 * Bump it with every change to a pattern file (patterns.*.ts, fragments.*.ts), a guard file
 * (guard.ts, guards*.ts), normalizeText.ts, firstPersonReading.ts or the way patterns are split (pattern.ts), and
 * record the new fingerprint: test/crisis/lexiconVersion.test.ts computes the fingerprint of the
 * rules and fails when it no longer equals LEXICON_FINGERPRINT, so a change cannot ship under an
 * old version. The version travels with every match (CrisisDetector.version), so a handoff can be
 * traced to the exact rules that produced it.
 */
export const version = 'crisis-lexicon/1.6.0';
export const LEXICON_FINGERPRINT = '7c341d07bdb54d1a';
