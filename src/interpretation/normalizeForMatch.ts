/**
 * Folds what people type on a phone into one comparable form: lowercase, no accents,
 * no apostrophes ("don't" → "dont"), punctuation as spaces, single spaces.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

/** Does `phrase` occur in `text` as whole words? Both already normalized. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase.length === 0) return false;
  return ` ${text} `.includes(` ${phrase} `);
}
