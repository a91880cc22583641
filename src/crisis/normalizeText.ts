/**
 * Text normalization for the crisis lexicon.
 *
 * People in distress write fast: no apostrophes, all caps, doubled spaces, stretched letters,
 * "k1ll", Spanish with or without accents, "kiero" for "quiero". The patterns are written
 * against one plain form instead of each of them listing every spelling, so a pattern reads as
 * the phrase it catches. The normalized form is:
 *
 * - lowercase ASCII-ish words (accents and other marks removed after NFKD, so "suicídarme",
 *   "suicidarme" and fullwidth "ｓｕｉｃｉｄａｒｍｅ" are one word), separated by single spaces;
 * - apostrophes removed, not turned into spaces ("I'm" → "im", "don't" → "dont", "od'ing" → "oding");
 * - clause punctuation kept as a standalone "." token, so guards can see where a clause ends;
 * - digits and symbols inside a word folded to the letters they stand in for ("k1ll" → "kill",
 *   "$uicide" → "suicide"), numbers left alone ("911", "20");
 * - stretched letters shortened: a run of three or more of one vowel becomes one ("dieeee" → "die"),
 *   of one consonant two ("killll" → "kill"), or one at the end of a word except l and s
 *   ("matarrr" → "matar", "helppp" → "help", "alll" → "all");
 * - spaced-out letters joined ("k i l l  m y s e l f" → "killmyself");
 * - common contractions, SMS spellings and misspellings folded to one spelling (FOLDS below),
 *   e.g. "want to"/"wana"/"want 2" → "wanna", "going to"/"gona"/"finna" → "gonna",
 *   "i am" → "im", "my self"/"myslef" → "myself", "kiero" → "quiero", "bibir" → "vivir".
 *
 * Every step is a single left-to-right regex pass with no nested quantifiers, so the cost is
 * linear in the length of the (capped) input.
 */

/**
 * Only the first HEAD_CHARS and the last TAIL_CHARS characters of a message are examined.
 * Chat channels already limit a message to a few thousand characters; anything longer is a paste
 * (a document, a log), and the cap keeps the worst case for one turn bounded whatever a client
 * sends. A person writing about a crisis says so at the start of a message or at its end, which
 * is why the tail is kept as well as the head; a crisis sentence buried in the middle of a
 * paste longer than 6,000 characters is the accepted blind spot.
 */
export const HEAD_CHARS = 5000;
export const TAIL_CHARS = 1000;

export function capInput(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return text;
  // The newline becomes a clause boundary, so no phrase is stitched together across the gap.
  return `${text.slice(0, HEAD_CHARS)}\n${text.slice(-TAIL_CHARS)}`;
}

/** A calibre (".45") is a word, not a clause break followed by a number. */
const CALIBRE = /(^|\s)\.(?=(?:22|38|357|380|40|44|45|50)\b)/g;
const WITHOUT_SLASH = /\bw\/o\b/g;
const WITH_SLASH = /\bw\/ ?(?=[a-z0-9])/g;
const BECAUSE_SLASH = /\bb\/c\b/g;
const APOSTROPHES = /['’‘`´ʼʻ′＇]/g;
const OD_D = /\bod['’‘`´ʼʻ′＇]d\b/g;
const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;
/** A run of clause punctuation becomes one "." token. */
const CLAUSE_PUNCTUATION = /[.!?;:,\n\r…¿¡()[\]{}"“”«»|/\\]+/g;
/** Non-ASCII characters left after NFKD: letters and digits stay, anything else is a space. */
const NON_ASCII_CHAR = /[\u0080-\u{10ffff}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Anything else that is neither a word character, a clause break nor a space is a space; then spaces collapse. */
const SEPARATORS = /[^a-z0-9. \u0080-\uffff]+/g;
const SPACES = / {2,}/g;
const REPEATED_BREAKS = /\.(?: \.)+/g;
const EDGE_BREAKS = /^[ .]+|[ .]+$/g;
/** Digits and symbols standing for letters, only between two letters ("k1ll") or $/@ opening a word ("$uicide"). */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i',
};
const LEET_BETWEEN_LETTERS = /([a-z])([013457@$!]+)(?=[a-z])/g;
const LEET_OPENING = /(^|[^a-z0-9])[$@](?=[a-z])/g;
const LETTER_RUN = /([a-z])\1\1+/g;
const VOWELS = 'aeiouy';
const SPACED_LETTERS = /(?<![a-z0-9])[a-z](?: [a-z]){3,}(?![a-z0-9])/g;

const deLeet = (_m: string, letter: string, symbols: string): string =>
  letter + [...symbols].map((c) => LEET[c] ?? c).join('');
const deLeetOpening = (m: string, before: string): string => before + (LEET[m.charAt(m.length - 1)] ?? '');

/** Stretched letters: three or more of one vowel → one; of one consonant → two, or one at the end of a word (but l, s). */
function shortenRun(run: string, letter: string, offset: number, whole: string): string {
  if (VOWELS.includes(letter)) return letter;
  const atWordEnd = !/[a-z0-9]/.test(whole.charAt(offset + run.length));
  return atWordEnd && letter !== 'l' && letter !== 's' ? letter : letter + letter;
}

/**
 * Whole-word folds, applied in one pass. Keys are in normalized form already
 * (no apostrophes, lowercase, no accents). Values are what the patterns are written against.
 */
export const FOLDS: Readonly<Record<string, string>> = {
  // pronoun + verb contractions, with or without the apostrophe typed as a space
  'i am': 'im', 'i m': 'im', iam: 'im', imma: 'im gonna', ima: 'im gonna',
  'he is': 'hes', 'he s': 'hes', 'she is': 'shes', 'she s': 'shes', 'it is': 'its',
  'they are': 'theyre', 'you are': 'youre', 'that is': 'thats', 'there is': 'theres',
  'do not': 'dont', 'don t': 'dont', dnt: 'dont', 'does not': 'doesnt', 'did not': 'didnt',
  'can not': 'cant', cannot: 'cant', cnt: 'cant', 'can t': 'cant', 'will not': 'wont', 'won t': 'wont',
  'is not': 'isnt', 'isn t': 'isnt', 'are not': 'arent', 'would not': 'wouldnt', 'was not': 'wasnt',
  // intent
  gona: 'gonna', gunna: 'gonna', gnna: 'gonna', finna: 'gonna',
  'want to': 'wanna', 'wnat to': 'wanna', 'wnt to': 'wanna', 'wan to': 'wanna', 'want 2': 'wanna',
  'wanna to': 'wanna', wana: 'wanna', wnna: 'wanna', wanta: 'wanna', wanto: 'wanna', wnat: 'want',
  // reflexives and people
  'my self': 'myself', myslef: 'myself', myslf: 'myself', mysef: 'myself', mysel: 'myself',
  meself: 'myself', mself: 'myself', 'my slef': 'myself', myselfe: 'myself',
  'him self': 'himself', hisself: 'himself', 'her self': 'herself', 'them selves': 'themselves',
  'your self': 'yourself', urself: 'yourself', 'ur self': 'yourself',
  'some one': 'someone', some1: 'someone', sum1: 'someone', somone: 'someone',
  'any one': 'anyone', any1: 'anyone', 'every one': 'everyone', every1: 'everyone', evry1: 'everyone',
  noone: 'no one', no1: 'no one', u: 'you', ppl: 'people',
  // common verbs and words in crisis phrases
  kil: 'kill', kll: 'kill', kiled: 'killed', kild: 'killed', killin: 'killing', kiling: 'killing', kilin: 'killing',
  dyin: 'dying', dieing: 'dying', pils: 'pills', pillz: 'pills', breathin: 'breathing', breating: 'breathing',
  brething: 'breathing', narcon: 'narcan', narkan: 'narcan', 'over dose': 'overdose', 'over dosing': 'overdosing',
  'self harm': 'selfharm', 'self harming': 'selfharming', 'self harmed': 'selfharmed',
  'any more': 'anymore', anymor: 'anymore', nemore: 'anymore', alot: 'a lot', tho: 'though',
  pls: 'please', plz: 'please', plez: 'please', rn: 'right now', 'rite now': 'right now',
  tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight', tnite: 'tonight', '2day': 'today',
  b4: 'before', wat: 'what', wut: 'what', rly: 'really', realy: 'really', jus: 'just', jst: 'just',
  nothin: 'nothing', nuthin: 'nothing', bout: 'about',
  // dropped g: "endin it", "thinkin bout", "cuttin again"
  endin: 'ending', thinkin: 'thinking', cuttin: 'cutting', hurtin: 'hurting', overdosin: 'overdosing',
  bleedin: 'bleeding', tryin: 'trying', jumpin: 'jumping', hangin: 'hanging', shootin: 'shooting', takin: 'taking',
  feelin: 'feeling', livin: 'living', wakin: 'waking', burnin: 'burning', seein: 'seeing', hearin: 'hearing',
  hittin: 'hitting', beatin: 'beating', chokin: 'choking', usin: 'using', drinkin: 'drinking', passin: 'passing',
  faintin: 'fainting', seizin: 'seizing', plannin: 'planning', wantin: 'wanting', goin: 'going',
  bein: 'being', doin: 'doing', sayin: 'saying', havin: 'having', makin: 'making', comin: 'coming', gettin: 'getting', 'to many': 'too many',
  cutin: 'cutting', cutt: 'cut', agin: 'again', agen: 'again', agian: 'again', lastnite: 'last night', hert: 'hurt', hurted: 'hurt', stabb: 'stab',
  // sounded-out spellings (voice-to-text, typing fast)
  wud: 'would', wld: 'would', cud: 'could', shud: 'should', nite: 'night', forevr: 'forever', '4ever': 'forever',
  '4evr': 'forever', sumbody: 'somebody', somebdy: 'somebody', sumone: 'someone', sumthin: 'something', somethin: 'something',
  'with out': 'without', 'every body': 'everybody', 'no body': 'nobody', 'any body': 'anybody', 'some body': 'somebody',
  'to much': 'too much', 'hole bottle': 'whole bottle', 'hole bag': 'whole bag', 'hole thing': 'whole thing', 'next weak': 'next week',
  w: 'with', mch: 'much', tok: 'took', evrything: 'everything', evrythng: 'everything', everythin: 'everything', thru: 'through', prolly: 'probably', mixin: 'mixing', fixin: 'fixing', cryin: 'crying',
  roomate: 'roommate', planing: 'planning', signin: 'signing', nabor: 'neighbor', naybor: 'neighbor', neighbour: 'neighbor', stopp: 'stop', cuz: 'because', coz: 'because',
  // Spanish SMS spellings and b/v, ll/y confusions
  q: 'que', ke: 'que', xq: 'porque', pq: 'porque', porq: 'porque',
  kiero: 'quiero', qiero: 'quiero', kero: 'quiero', qero: 'quiero', kisiera: 'quisiera',
  bibir: 'vivir', vibir: 'vivir', bivir: 'vivir', bida: 'vida', 'boy a': 'voy a', voi: 'voy', estoi: 'estoy',
  pastiyas: 'pastillas', 'sobre dosis': 'sobredosis',
  'otra ves': 'otra vez', ay: 'hay', ta: 'esta', aser: 'hacer', ase: 'hace', cabesa: 'cabeza', esplotar: 'explotar',
  eya: 'ella', eyos: 'ellos', porfa: 'por favor', xfa: 'por favor', aki: 'aqui', x: 'por', 'to el': 'todo el', 'to la': 'toda la', 'to los': 'todos los', 'to las': 'todas las', 'no e': 'no he', 'ya e': 'ya he', d: 'de', tmb: 'tambien',
};

// Longest key first, so "want to" wins over "wanto" and "i am" over "iam" at the same place.
const FOLD_RE = new RegExp(
  String.raw`\b(?:${Object.keys(FOLDS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\b`,
  'g',
);
/** Between two numbers "x" is "times" ("40 x 10mg"), not the Spanish texting "x" for "por". */
const foldWord = (m: string, at: number, text: string): string =>
  m === 'x' && /\d $/.test(text.slice(Math.max(0, at - 2), at)) && /^ \d/.test(text.slice(at + 1, at + 3)) ? m : (FOLDS[m] ?? m);
/**
 * "going to" is "gonna" before a verb ("going to end it"), not before a place or a thing ("going to the
 * top of the parking garage", "going to group").
 */
const GOING_TO =
  /\bgoin(?:g)? to\b(?! (?:the|a|an|my|his|her|their|our|your|this|that|these|those|church|school|work|bed|jail|prison|court|rehab|detox|group|meetings?|aa|na|class|town|hospital|er|doctor|dr|sleep)\b)/g;
/**
 * Spanish texting "toy" for "estoy" ("toy cansado"), but not the English toy ("my son's toy gun",
 * "a toy store"): not after an article or a possessive, nor before what a toy is.
 */
const TOY_ESTOY =
  /(?<!\b(?:a|the|my|his|her|your|their|our|kids|sons|daughters|childs|dog|dogs|new|old|little|favorite|plastic|water|baby|chew|sex|un|el|mi|su) )\btoy\b(?! (?:gun|guns|car|cars|boat|boats|store|story|box|soldiers?|trucks?|poodle|dog|pistol|knife|sword|rifle|chest|aisle|drive|de)\b)/g;

/**
 * The dropped g of spoken English ("sittin", "bangin", "tremblin" → "-ing"), for words the folds do not
 * list. Only after a consonant and in words of six letters or more, and never for the words below,
 * which end in -in of their own ("heroin" ends in a vowel and is safe already).
 */
const DROPPED_G = /\b([a-z]{3,}[^aeiou .0-9])in\b/g;
const ENDS_IN_IN = new Set([
  'within', 'begin', 'margin', 'origin', 'cousin', 'cousins', 'napkin', 'pumpkin', 'dolphin', 'violin', 'insulin', 'aspirin',
  'vitamin', 'goblin', 'muffin', 'raisin', 'basin', 'cabin', 'robin', 'toxin', 'satin', 'latin', 'admin', 'bulletin',
  'javelin', 'zeppelin', 'gremlin', 'penicillin', 'heparin', 'adrenalin', 'adrenaline', 'lanolin', 'martin', 'austin',
  'justin', 'dustin', 'kristin', 'colin', 'darwin', 'berlin', 'franklin', 'lincoln', 'calvin', 'kevin', 'marvin', 'mervin',
  // medicines and drugs
  'klonopin', 'robitussin', 'tussin', 'vicodin', 'oxycontin', 'oxycotin', 'gabapentin', 'neurontin', 'wellbutrin', 'motrin', 'excedrin', 'dilantin',
  'ritalin', 'ketamin', 'codein', 'benzodiazepin', 'buprenorphin', 'morphin', 'dexedrin', 'mescalin', 'nicotin',
  'jardin', 'calcetin', 'boletin', 'mitin', 'festin', 'delfin', 'patin', 'botin', 'catrin', 'serrin', 'benjamin', 'crispin',
]);
const restoreG = (m: string, stem: string): string => (ENDS_IN_IN.has(m) ? m : `${stem}ing`);
/** Caribbean Spanish drops the d of -ado ("tomao", "pasao", "cansao" → "tomado", "pasado", "cansado"). */
const DROPPED_D = /\b([a-z]{3,})ao\b/g;
/** "an" before a consonant is "and" typed short ("sleep an stay asleep"); before a vowel or h it is the article. */
const SHORT_AND = /\ban (?=[b-dfgj-np-tv-z])/g;

/**
 * The normalized form the patterns are matched against. Pure and deterministic. Each step is one
 * left-to-right regex pass whose repeated parts cannot overlap, so the cost is linear in the length
 * of the capped input.
 * The result can contain the person's words: never log it.
 */
export function normalizeText(raw: string): string {
  // "od'd" would read as "odd" once apostrophes are gone.
  let t = capInput(raw).toLowerCase().replace(OD_D, 'oded').replace(APOSTROPHES, '');
  const nonAscii = NON_ASCII.test(t);
  if (nonAscii) t = t.normalize('NFKD').replace(MARKS, '').toLowerCase(); // fullwidth letters fold to ASCII here
  t = t.replace(LEET_BETWEEN_LETTERS, deLeet).replace(LEET_OPENING, deLeetOpening);
  // "w/o", "w/" and "b/c" are words, not a clause break.
  t = t.replace(WITHOUT_SLASH, 'without').replace(WITH_SLASH, 'with ').replace(BECAUSE_SLASH, 'because').replace(CALIBRE, '$1');
  t = t.replace(/&/g, ' and ').replace(CLAUSE_PUNCTUATION, ' . ');
  if (nonAscii) t = t.replace(NON_ASCII_CHAR, (c) => (LETTER_OR_DIGIT.test(c) ? c : ' '));
  t = t.replace(SEPARATORS, ' ').replace(SPACES, ' ').replace(REPEATED_BREAKS, '.').replace(EDGE_BREAKS, '');
  t = t.replace(LETTER_RUN, shortenRun).replace(SPACED_LETTERS, (m) => m.replace(/ /g, ''));
  return t.replace(GOING_TO, 'gonna').replace(TOY_ESTOY, 'estoy').replace(FOLD_RE, foldWord).replace(DROPPED_G, restoreG).replace(DROPPED_D, '$1ado').replace(SHORT_AND, 'and ');
}
