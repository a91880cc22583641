/**
 * A clause that is nothing but a time long past, said as an aside beside a disclosure: "I wrote
 * goodbye letters once, back in college", "Years ago, I stood on a bridge", "hace muchos años". The
 * history guards (guards.ts, guards.means.ts) read the clause before or after a match with these.
 * The whole clause must be the time phrase with a few fillers, so "my dad died years ago, I want to
 * die" is not an aside (its clause says something else), and "like back in college" is not either
 * (it compares now with then).
 */
import { re, type GuardCondition } from './guard';

const FILLERS =
  String.raw`but|and|that was|this was|it was|all that was|that was all|was|about|over|almost|nearly|maybe|probably|at least|more than|way|well|only|once|twice|` +
  String.raw`pero|y|eso fue|fue|eso era|era|casi|mas de|solo|ya|una vez`;
const COUNT =
  String.raw`a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|many|several|a few|few|some|a couple(?: of)?|couple(?: of)?|a good|so many|` +
  String.raw`muchos|varios|unos|algunos|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte`;
/** Times long past, and only times: no events ("died", "used to"), which say something of their own. */
export const LONG_PAST_TIME =
  String.raw`(?:(?:${COUNT}) )?(?:years?|yrs|decades?|lifetimes?|ages|long time|a long time) (?:ago|back)|long ago|ages ago|forever ago|` +
  String.raw`back in (?:the day|19\d\d|20\d\d|high school|college|school|the (?:80s|90s|2000s))|in (?:19|20)\d\d|in the (?:80s|90s|2000s)|` +
  String.raw`(?:back )?(?:in|during) (?:high school|college|middle school|my teens|my twenties|my 20s|my thirties|my 30s|(?:my|his|her|their) (?:first|second|freshman|sophomore|junior|senior) year(?: of (?:college|high school|school))?)|` +
  String.raw`when (?:i|he|she|we|they) (?:was|were) (?:a kid|a teen|a teenager|a child|younger|little|young|in (?:high school|college|school|the army|the service)|\d+)|` +
  String.raw`as a (?:kid|child|teen|teenager)|(?:last|past) (?:year|decade)|` +
  String.raw`hace (?:(?:${COUNT}) )?(?:anos|ano|decadas)|hace mucho(?: tiempo)?|` +
  String.raw`cuando (?:era|eramos) (?:nino|nina|chico|chica|joven|adolescente|chamaco|chamaca|morro|morra)|cuando tenia \d+(?: anos)?|` +
  String.raw`de (?:nino|nina|chico|chica|joven|adolescente)|en (?:el )?(?:19|20)\d\d|en la (?:prepa|secundaria|universidad|escuela)|el ano pasado`;
const ASIDE = String.raw`^(?:(?:${FILLERS}) ){0,3}(?:${LONG_PAST_TIME})(?: (?:though|tho|now|already|or so|or more|ish|i think|maybe|creo|ya))?`;
/** The clause before the match: only the time. */
const TIME_ASIDE_BEFORE = re(`${ASIDE}$`);
/** The clause after the match may also say it is over: "That was fifty years ago and I got through it." */
const TIME_ASIDE_AFTER = re(
  String.raw`${ASIDE}(?: and (?:i|we|he|she|they) (?:got through|made it through|survived|got help|moved on|recovered|am fine|im fine|got better)(?: it| that)?)?$`,
);
/** "Years ago. Now I want to die", "... This time I want to die": the match's own phrase is now. */
const NOT_NOW = re(String.raw`^(?!.*\b(?:now|ahora|this time|esta vez)\b)`);

/** The history guards' conditions for an aside: the clause after the match, or the clause before it when the match's own phrase is not now. */
export const ASIDE_CONDITIONS: readonly GuardCondition[] = [
  { clauseAfter: TIME_ASIDE_AFTER },
  { clauseBefore: TIME_ASIDE_BEFORE, before: NOT_NOW },
];
