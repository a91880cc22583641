import type { Choice } from '../rendering/renderedMessage';
import { containsPhrase, normalizeForMatch } from './normalizeForMatch';

/**
 * Which of the offered choices a free-text reply means: a number ("2"), the label itself,
 * or a synonym from the content file. When synonyms of different choices match, the longest
 * phrase wins ("not sure" over "no"); a tie between different choices is no answer at all.
 */
export function matchChoice(
  text: string,
  choices: readonly Choice[],
  synonymsFor: (choiceId: string) => readonly string[],
): string | undefined {
  const said = normalizeForMatch(text);
  if (said.length === 0) return undefined;

  const ordinal = /^(?:#|n(?:o|um(?:ber)?)?\s*)?(\d{1,2})$/.exec(said);
  if (ordinal) {
    const picked = choices[Number(ordinal[1]) - 1];
    if (picked) return picked.id;
  }

  const byLabel = choices.find((c) => normalizeForMatch(c.label) === said);
  if (byLabel) return byLabel.id;

  let best: { id: string; length: number } | undefined;
  let tie = false;
  for (const choice of choices) {
    for (const phrase of [choice.label, ...synonymsFor(choice.id)].map(normalizeForMatch)) {
      if (!containsPhrase(said, phrase)) continue;
      if (!best || phrase.length > best.length) {
        best = { id: choice.id, length: phrase.length };
        tie = false;
      } else if (phrase.length === best.length && best.id !== choice.id) {
        tie = true;
      }
    }
  }
  return best && !tie ? best.id : undefined;
}

/** Every choice a reply names, for prompts that take several ("alcohol and pills"). */
export function matchAllChoices(
  text: string,
  choices: readonly Choice[],
  synonymsFor: (choiceId: string) => readonly string[],
): string[] {
  const said = normalizeForMatch(text);
  const numbers = said.split(' ').filter((w) => /^\d{1,2}$/.test(w));
  const byNumber = numbers.flatMap((n) => choices[Number(n) - 1]?.id ?? []);
  const byWords = choices
    .filter((c) => [c.label, ...synonymsFor(c.id)].map(normalizeForMatch).some((p) => containsPhrase(said, p)))
    .map((c) => c.id);
  return [...new Set([...byNumber, ...byWords])];
}
