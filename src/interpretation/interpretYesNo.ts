import type { ContentFile } from '../content/contentCatalog';
import type { Choice } from '../rendering/renderedMessage';
import { containsPhrase, normalizeForMatch } from './normalizeForMatch';

export interface YesNoPrompt {
  /** The choices the person was shown, e.g. yes / no / declined. */
  offered: readonly Choice[];
  /** Consent to contact (texting, a voicemail naming the program): anything but a clear yes is a no. */
  consent: boolean;
}

type Reply = 'yes' | 'no' | 'declined' | 'unsure';

/**
 * A yes/no reply, read for safety. Only a clear no is a no: "not sure", "kind of" or "I don't
 * know" is never a no. Where "rather not say" is offered (the C-SSRS, the crisis check) doubt
 * counts as that, which the rules treat as at least moderate; on a consent question it counts
 * as no. Negation wins over a yes word ("of course not", "seguro que no").
 */
export function interpretYesNo(text: string, prompt: YesNoPrompt, content: ContentFile): string | undefined {
  const said = normalizeForMatch(text);
  if (said.length === 0) return undefined;
  const offered = new Set(prompt.offered.map((c) => c.id));

  const ordinal = /^(\d{1,2})$/.exec(said);
  if (ordinal) return prompt.offered[Number(ordinal[1]) - 1]?.id;
  const byLabel = prompt.offered.find((c) => normalizeForMatch(c.label) === said);
  if (byLabel) return byLabel.id;

  const says = (list: string) => (content.synonyms[list] ?? []).map(normalizeForMatch).some((p) => containsPhrase(said, p));
  const pick = (reply: Reply): string | undefined => (offered.has(reply) ? reply : undefined);

  if (says('declined')) return prompt.consent ? 'no' : (pick('declined') ?? undefined);
  if (says('unsure')) return prompt.consent ? 'no' : (pick('unsure') ?? pick('declined'));
  // "yes, not now" is two answers; "definitely not" is one.
  const firstWord = said.split(' ')[0] ?? '';
  const opensWithYes = (content.synonyms.affirmation ?? []).map(normalizeForMatch).includes(firstWord);
  if (says('negation') || says('no')) return opensWithYes ? undefined : pick('no');
  if (says('yes')) return pick('yes');
  return undefined;
}
