import type { ContentFile } from '../content/contentCatalog';
import { containsPhrase, normalizeForMatch } from './normalizeForMatch';

/**
 * The FAQ entry a free-text question is about, by keyword phrases from the content file.
 * The entry with the most matched keyword characters wins, so "how many hours a week"
 * beats a bare "week"; no keyword at all means we don't know, and say so.
 */
export function matchFaq(question: string, faq: ContentFile['faq']): string | null {
  const said = normalizeForMatch(question);
  let best: { id: string; score: number } | undefined;
  for (const [id, entry] of Object.entries(faq)) {
    const score = entry.keywords
      .map(normalizeForMatch)
      .filter((k) => containsPhrase(said, k))
      .reduce((sum, k) => sum + k.length, 0);
    if (score > 0 && (!best || score > best.score)) best = { id, score };
  }
  return best?.id ?? null;
}
