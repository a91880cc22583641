/**
 * A message about someone else, re-read as if that person had written it: "my son says he doesnt
 * want to be alive anymore" → "my son says i dont want to be alive anymore".
 *
 * Why: people often write for a loved one, and the lexicon's rules about the self are written in the
 * first person ("i dont want to be alive", "cut myself", "better off without me"). Rewritten in the
 * third person, one in four of the project set's first-person lines slipped through; the readings
 * spare every such rule a "he" and a "she" copy. The detector consults them only when the message as
 * written matched nothing, and only for patterns no guard vetoed there (lexiconDetector.ts).
 *
 * One reading per person: the pronouns of "he" in one, of "she" in the other, so "he said hes going to
 * hurt her" reads "i said im going to hurt her", not "... hurt me". English only; Spanish rules
 * conjugate their verbs in every person already.
 *
 * Input and output are normalizeText() output (lowercase, no apostrophes: "hes", "doesnt").
 */
interface Person {
  readonly subject: string;
  /** Contractions of the subject: "hes" → "im"; "hed" → "id". */
  readonly contractions: Readonly<Record<string, string>>;
  readonly object: string;
  readonly reflexive: string;
  /** "his" / "her" as a possessive; "her" is also the object form, told apart by the next word. */
  readonly possessive: string;
}

const HE: Person = {
  subject: 'he',
  contractions: { hes: 'im', hed: 'id', hell: 'ill' },
  object: 'him',
  reflexive: 'himself',
  possessive: 'his',
};
const SHE: Person = {
  subject: 'she',
  contractions: { shes: 'im', shed: 'id', shell: 'ill' },
  object: 'her',
  reflexive: 'herself',
  possessive: 'her',
};

/**
 * "hell", "shell" and "shed" are also nouns ("go through hell", "in the shed"): they are read as
 * contractions only before a word that follows a subject.
 */
const AFTER_CONTRACTION = new Set(
  'be never just really not probably definitely actually rather kill do go have want wanna gonna end hurt take make finish use die like love better try'.split(' '),
);
const NOUN_LIKE_CONTRACTIONS = new Set(['hell', 'shell', 'shed']);

/** After "her", a word that shows "her" is the object ("hurt her again"), not a possessive ("her life"). */
const AFTER_OBJECT = new Set(
  '. and or but to in on at with for from up down off out over again so too anymore alone go be if when because right now tonight today back home that this anything something like a an the as than here there more enough yet already first then either'.split(' '),
);

const REFOLD = /\b(?:i am|want to)\b/g;

/** "hes been", "shes got": "he has", so "ive". */
const HAS_BEFORE = new Set('been got gotten had done taken tried told said made'.split(' '));

/** Words that may sit between a subject and its verb: "she just wants", "he really doesnt". */
const ADVERBS = new Set('just really still never always honestly literally even actually seriously also only already now finally constantly'.split(' '));

const IRREGULAR: Readonly<Record<string, string>> = {
  is: 'am',
  isnt: 'am not',
  has: 'have',
  hasnt: 'havent',
  does: 'do',
  doesnt: 'dont',
  says: 'say',
  goes: 'go',
  was: 'was',
  wasnt: 'wasnt',
};

/** A verb agreeing with "he"/"she", made to agree with "i": "wants" → "want", "cries" → "cry". */
function firstPersonVerb(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || !word.endsWith('s') || /(?:[^e]ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function readAs(words: readonly string[], person: Person): string {
  const out: string[] = [];
  let verbPending = false; // the word after a folded subject (past its adverbs) is its verb
  let subjectInClause = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '.';
    if (word === '.') subjectInClause = false;
    if (verbPending && ADVERBS.has(word)) {
      out.push(word);
      continue;
    }
    if (verbPending) {
      verbPending = false;
      out.push(firstPersonVerb(word));
      continue;
    }
    const contraction = person.contractions[word];
    if (word === person.subject) {
      out.push('i');
      verbPending = true;
      subjectInClause = true;
    } else if (contraction && (!NOUN_LIKE_CONTRACTIONS.has(word) || AFTER_CONTRACTION.has(next))) {
      out.push(contraction === 'im' && HAS_BEFORE.has(next) ? 'ive' : contraction);
      subjectInClause = true;
    } else if (word === person.reflexive && subjectInClause) {
      // Only after "he"/"she" in the same clause: "the cat keeps scratching himself" is not about a person,
      // and "my brother killed himself" is a death reported, which "i killed myself" would not read as.
      out.push('myself');
    } else if (word === person.object && person.object === person.possessive) {
      out.push(AFTER_OBJECT.has(next) ? 'me' : 'my');
    } else if (word === person.object) {
      out.push('me');
    } else if (word === person.possessive) {
      out.push('my');
    } else {
      out.push(word);
    }
  }
  return keepChangedClauses(words, out).replace(REFOLD, (m) => (m === 'i am' ? 'im' : 'wanna'));
}

/**
 * The clauses the reading changed, each with the clause before and after it for the guards' context
 * ("... in 2012", "i'm not ... ."): the rest was already checked as written, and scanning it again
 * would double the cost of a long message about someone.
 */
function keepChangedClauses(before: readonly string[], after: readonly string[]): string {
  const clauses: { words: string[]; changed: boolean }[] = [{ words: [], changed: false }];
  after.forEach((word, i) => {
    if (word === '.') {
      clauses.push({ words: [], changed: false });
      return;
    }
    const clause = clauses[clauses.length - 1] as { words: string[]; changed: boolean };
    clause.words.push(word);
    if (word !== before[i]) clause.changed = true;
  });
  return clauses
    .filter((c, k) => c.changed || clauses[k - 1]?.changed === true || clauses[k + 1]?.changed === true)
    .filter((c) => c.words.length > 0)
    .map((c) => c.words.join(' '))
    .join(' . ');
}

/** A pronoun just after one of these is most likely the animal's: "the cat keeps scratching himself". */
const ANIMALS = new Set('cat cats kitten dog dogs puppy pup horse bird parrot hamster rabbit bunny pet snake lizard'.split(' '));
const ANIMAL_REACH = 4;

const THIRD_PERSON = /\b(?:s?he|s?hes|s?hed|s?hell|himself|herself)\b/;

/** The first-person readings of a normalized message: none when it has no "he" or "she". */
export function firstPersonReadings(normalized: string): readonly string[] {
  if (!THIRD_PERSON.test(normalized)) return [];
  const words = normalized.split(' ');
  const readings: string[] = [];
  for (const person of [HE, SHE]) {
    const first = words.findIndex((w) => w === person.subject || w === person.reflexive || person.contractions[w] !== undefined);
    if (first < 0 || words.slice(Math.max(0, first - ANIMAL_REACH), first).some((w) => ANIMALS.has(w))) continue;
    const reading = readAs(words, person);
    if (reading !== '') readings.push(reading);
  }
  return readings;
}
