/**
 * Pieces of English pattern sources shared by patterns.en.ts and patterns.en.emergencies.ts: guard
 * sets and word classes (people, victims, intent, pills). Sources are written against normalizeText()
 * output.
 */
import type { GuardId } from './guards';
import { anyOf } from './pattern';

// ---- guard sets -------------------------------------------------------------------------------
/** A first- or third-person statement: only a negation or a long-past event silences it. */
export const STATEMENT: readonly GuardId[] = ['negation', 'history'];
/** A bare topic word ("suicide", "overdose", "seizure"): questions and generalities silence it too. */
export const TOPIC: readonly GuardId[] = ['negation', 'history', 'hypothetical', 'info-seeking'];
/** Signs of an overdose or emergency happening now. */
export const NOW: readonly GuardId[] = ['negation', 'history-recent', 'hypothetical'];

// ---- shared fragments -------------------------------------------------------------------------
export const SUICIDE = String.raw`su[iy]?[cs]{1,2}[iy]?d(?:e|es|al|el|il|ality|ally|ial)`;
export const PEOPLE = anyOf(
  'son', 'daughter', 'kid', 'kids', 'child', 'children', 'boy', 'girl', 'baby', 'husband', 'wife', 'partner',
  'boyfriend', 'girlfriend', 'bf', 'gf', 'fiance', 'fiancee', 'brother', 'sister', 'bro', 'sis', 'mom', 'mother',
  'mum', 'dad', 'father', 'friend', 'friends', 'buddy', 'roommate', 'cousin', 'uncle', 'aunt', 'grandma', 'grandpa',
  'grandmother', 'grandfather', 'nephew', 'niece', 'neighbor', 'neighbour', 'coworker', 'ex', 'stepdad',
  'stepmom', 'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'spouse', 'boss', 'manager', 'landlord',
  'dealer', 'sponsor', 'teen', 'teenager', 'family', 'parents', 'man', 'ol lady', 'old lady', 'old man',
);
/** Someone other than the writer, as the subject of a sentence. */
export const THEY = String.raw`(?:he|she|they|hes|shes|theyre|someone|somebody|(?:my|our|his|her) (?:[^ ]{1,24} )?${PEOPLE}s?|(?:a|this|that|some) (?:guy|man|woman|dude|person|lady))`;
/** A person as the object of a violent verb. */
export const VICTIM = String.raw`(?:him|her|them|em|you|someone|somebody|anyone|anybody|everyone|everybody|people|the (?:guy|man|woman|dude|bitch|bastard|girl|person|people|lady|one) (?:who|that)|(?:that|this) (?:guy|man|woman|dude|bitch|bastard|girl|kid|person|mf|fucker|asshole|idiot)|(?:my|his|her|our|your|the) (?:[^ ]{1,24} )?${PEOPLE}s?)`;
export const WILL = anyOf('will', 'ill', 'hell', 'shell', 'theyll', 'youll', 'well', 'll', 'gonna', 'wanna', 'want', 'wants', 'about to', 'ready to', 'planning to', 'plan to', 'going', 'swear', 'swear ill', 'could', 'might', 'gotta', 'need to', 'tryna', 'trying to', 'try to');
export const URGE = anyOf(
  'wanna', 'want', 'wants', 'gonna', 'will', 'ill', 'll', 'hell', 'shell', 'about to', 'ready to', 'plan to', 'planning to',
  'urge to', 'urges to', 'thoughts? (?:of|about)', 'thinking (?:of|about)', 'think about', 'feel like', 'could', 'might',
  'scared (?:ill|im gonna|i will|i might|of)', 'afraid (?:ill|im gonna|i will|i might|of)', 'gotta', 'need to', 'swear',
  'tryna', 'trying to', 'fantasi[sz]e about', 'dream about',
);
export const PILLS = anyOf(
  'pills', 'pill', 'meds', 'medication', 'medications', 'tablets', 'xanax', 'bars', 'oxy', 'oxys', 'percs', 'percocets?',
  'tylenol', 'advil', 'ibuprofen', 'benzos', 'klonopin', 'valium', 'ativan', 'ambien', 'adderall', 'vicodin', 'norco',
  'methadone', 'suboxone', 'fentanyl', 'fent', 'heroin', 'seroquel', 'trazodone', 'lithium', 'insulin', 'tabs', 'mg',
);

