/**
 * English crisis lexicon for self-harm and harm to others. Same conventions as patterns.en.ts
 * (sources over normalizeText() output, stable ids, bump `version` in lexiconVersion.ts with every change).
 */
import { STATEMENT, TOPIC, VICTIM, URGE, PEOPLE, WILL } from './fragments.en';
import { anyOf, gap, gapNoNeg, definePatterns } from './pattern';
import type { GuardId } from './guards';

/** STATEMENT, and self-harm or anger told as over ("not something I do anymore"). */
const HARM: readonly GuardId[] = [...STATEMENT, 'history.en.harm-not-anymore', 'negation.en.quoted-answered-no', 'negation.en.reported-denial'];
/**
 * For harm to others: the core history guard reads "my late wife", "died", "RIP" as the past, but a grievance
 * over a death ("the man who sold my late son the pills") is what drives many threats; a local history guard
 * without the death words stands in for it.
 */
const OTHERS: readonly GuardId[] = [
  'negation', 'history.en.harm-long-ago', 'history.en.harm-not-anymore', 'figurative.en.killing-him-thing',
  'figurative.en.harm-joke', 'figurative.en.harm-hyperbole', 'negation.en.not-looking-to', 'negation.en.quoted-answered-no', 'negation.en.reported-denial',
  'figurative.en.boss-will-kill', 'figurative.en.reported-exasperation', 'figurative.en.could-strangle-for',
  'negation.en.denied-despite',
];

// ---- local fragments ---------------------------------------------------------------------------
/** Where people cut, burn or carve. */
const BODY = anyOf(
  'arm', 'arms', 'forearm', 'forearms', 'leg', 'legs', 'thigh', 'thighs', 'wrist', 'wrists', 'skin', 'stomach', 'belly',
  'tummy', 'hip', 'hips', 'hand', 'hands', 'palm', 'palms', 'ankle', 'ankles', 'chest', 'side', 'sides', 'shoulder',
  'shoulders', 'finger', 'fingers', 'flesh', 'calf', 'calves', 'knuckles', 'body', 'shin', 'shins', 'foot', 'feet', 'ribs', 'collarbone',
);
/** "my", "her own left", ... before a body part. */
const ON_BODY = String.raw`(?:my|his|her|their|both) (?:own )?(?:left |right |upper |inner |lower |top of (?:my|his|her) )?${BODY}`;
const OTHER_PEOPLE = anyOf(
  'nurse', 'doctor', 'teacher', 'cellie', 'celly', 'cellmate', 'plug', 'opp', 'opps', 'homie', 'classmate', 'bully', 'bullies',
  'guy', 'dude', 'woman', 'bitch', 'lady', 'girl', 'boy', 'counselor', 'therapist', 'officer', 'cop', 'pastor', 'coach',
  'student', 'newborn', 'infant', 'toddler', 'twins', 'dog', 'cat', 'puppy', 'pet', 'supervisor', 'foreman', 'kid', 'baby',
  'stepbrother', 'stepsister', 'fool', 'clown', 'punk', 'snitch', 'rat', 'mf', 'fucker', 'bastard', 'asshole', 'idiot', 'prick', 'loser', 'jerk', 'bum', 'neighbor', 'neighbour', 'brother in law', 'sister in law', 'father in law', 'mother in law', 'in laws', 'bil', 'neighbors',
  'patient', 'customer', 'client', 'resident', 'inmate', 'judge', 'lawyer', 'attorney', 'da', 'prosecutor', 'aide', 'caregiver',
  'caseworker', 'social worker', 'po', 'parole officer', 'probation officer', 'sergeant', 'lieutenant', 'deputy', 'sheriff', 'pastor',
  'priest', 'tenant', 'contractor', 'partner', 'business partner', 'ex wife', 'ex husband', 'stepson', 'stepdaughter', 'foreman',
);
/** Parents and grandparents named without "my": "he says he will stab mom". */
const BARE_KIN = String.raw`(?:mom|dad|mum|mommy|daddy|mama|papa|grandma|grandpa|granny|nana)(?= \.|$| )`;
/**
 * A person (or pet) as the object of a violent verb: the shared VICTIM (written out, without its "my <person>", which
 * the wider "my ... <person>" here already covers: the regex is half the size), plus longer descriptions and groups.
 */
const VICTIM2 = String.raw`(?:all of (?:them|em|you|yall|those [^ ]{1,24})|every (?:last )?one of (?:them|em|you)|him|her|them|em|you|someone|somebody|anyone|anybody|everyone|everybody|people|the (?:guy|man|woman|dude|bitch|bastard|girl|person|people|lady|one) (?:who|that)|(?:that|this) (?:guy|man|woman|dude|bitch|bastard|girl|kid|person|mf|fucker|asshole|idiot)|whoever|(?:my|his|her|our|your|the|that|this|their|those|these|some|a|an) (?:[^ ]{1,24} ){0,2}(?:${PEOPLE}|${OTHER_PEOPLE})s?|${BARE_KIN}|(?:kids|students|classmates|teachers|cops|people|ppl|everyone|everybody) (?:at|in|from) (?:[^ ]{1,24} )?(?:school|work|class|group|church|the meeting|the party|the office|there))`;
/**
 * Alternation of whole words (each between word boundaries): the required literal of the list is then " hit ",
 * not "hit" (which is in "white"), and it outranks a list of short common words elsewhere in the branch. Used where the list is what a branch's literals come from.
 */
/** Up to n words, none of them a third person or a "because": the writer stays the one who is there ("im outside with", not "hes outside with"). */
const notThem = (n: number): string => String.raw`(?:(?!(?:he|she|they|hes|shes|theyre|ex|is|are|was|were|because|bc|cuz|cause) )[^ ]{1,24} ){0,${n}}`;
const words = (...ws: readonly string[]): string => `(?:${ws.map((w) => String.raw`\b${w}\b`).join('|')})`;
/** One top-level alternative per part: each part's words become that branch's own literals. */
const eachOf = (parts: readonly string[], make: (part: string) => string): string => parts.map(make).join('|');
/** Violent acts, base and -ing forms. */
const VIOLENCE = anyOf(
  'hurt', 'hurting', 'harm', 'harming', 'kill', 'killing', 'murder', 'murdering', 'stab', 'stabbing', 'shoot', 'shooting',
  'beat', 'beating', 'attack', 'attacking', 'strangle', 'strangling', 'choke', 'choking', 'smother', 'smothering',
  'suffocate', 'suffocating', 'shake', 'shaking', 'poison', 'poisoning', 'torture', 'torturing', 'drown', 'drowning',
  'burn', 'burning', 'run over', 'running over', 'hit', 'hitting', 'punch', 'punching', 'slap', 'slapping', 'stomp', 'stomping',
  'kick', 'kicking', 'push', 'pushing', 'shove', 'shoving', 'throw', 'throwing', 'snap', 'snapping', 'slit', 'cut', 'cutting',
  'break', 'breaking', 'bash', 'bashing', 'smash', 'smashing', 'jump', 'jumping', 'rape', 'raping', 'dropping', 'dangling',
);
/** VIOLENCE in two lists short enough to be a branch's literals (at most 24 after merging forms). */
const VIOLENCE_PARTS = [
  words('hurt', 'hurting', 'harm', 'harming', 'kill', 'killing', 'murder', 'murdering', 'stab', 'stabbing', 'shoot', 'shooting',
    'beat', 'beating', 'attack', 'attacking', 'strangle', 'strangling', 'choke', 'choking', 'smother', 'smothering',
    'suffocate', 'suffocating', 'shake', 'shaking', 'poison', 'poisoning', 'torture', 'torturing', 'drown', 'drowning'),
  words('burn', 'burning', 'run over', 'running over', 'hit', 'hitting', 'punch', 'punching', 'slap', 'slapping', 'stomp', 'stomping',
    'kick', 'kicking', 'push', 'pushing', 'shove', 'shoving', 'throw', 'throwing', 'snap', 'snapping', 'slit', 'cut', 'cutting',
    'break', 'breaking', 'bash', 'bashing', 'smash', 'smashing', 'jump', 'jumping', 'rape', 'raping', 'dropping', 'dangling'),
];
/** Not a fight: "beat my dad at chess". */
const NOT_A_GAME = String.raw`(?! (?:at|in) (?:chess|cards|poker|the game|games|a game|basketball|pool|darts|golf|tennis|monopoly|scrabble|video games|fortnite|2k|madden|fifa|arm wrestling|a race|the race|ping pong|checkers|uno|mario kart)\b)(?! (?:feelings|pride|chances)\b)(?! (?:and|n) (?:me|us)\b)`;
/** Not a phrasal idiom: "cut him off", "push him to go", "throw her a party" (choke/kill words do not need it). */
const NOT_IDIOM = String.raw`(?! (?:off(?! (?:the|a|his|her|my) (?:balcony|roof|bridge|cliff|ledge|stairs|building))|out|a|an|some|over|back|loose|slack|short|toward|towards|away|forward|along|around|heart|feelings|party|chance|break|in on)\b)(?! (?:to|into) (?:go|get|do|be|try|stop|quit|see|seek|call|finish|work|keep|treatment|rehab|detox|therapy|getting|going|doing|seeing|quitting|stopping)\b)`;
/** A weapon at hand (gun slang included), in two lists: a branch that starts with one has its words as literals. */
const WEAPON_PARTS = [
  words('gun', 'guns', 'strap', 'blick', 'blicky', 'glock'),
  words('pistol', 'piece', 'burner', 'rifle', 'shotgun', 'taser', 'revolver', 'handgun', 'firearm'),
  words('knife', 'knives', 'machete', 'bat', 'crowbar', 'tire iron'),
  words('hammer', 'axe', 'hatchet', 'brass knuckles', 'shank', 'switchblade', 'pipe'),
];
/** All of WEAPON_PARTS, without the closing boundary (it is followed by "s?" for plurals). */
const WEAPON = anyOf(
  'gun', 'guns', 'strap', 'blick', 'blicky', 'glock', 'pistol', 'piece', 'burner', 'rifle', 'shotgun', 'knife', 'knives',
  'machete', 'bat', 'crowbar', 'tire iron', 'hammer', 'axe', 'hatchet', 'brass knuckles', 'shank', 'switchblade', 'taser', 'pipe',
  'revolver', 'handgun', 'firearm', 'crossbow', 'chopper', 'draco',
  'heat(?! (?:on|off|up|down|is|was|wave|index|stroke|exhaustion|rash|pack|pad|pads|lamp|in|at|and|of|blasting|cranked|turned|broken|broke|going|running|bill|wont|doesnt|isnt)\\b)',
);
/** Weapons that need no article ("knife in my pocket"). */
const CORE_WEAPON = anyOf('gun', 'strap', 'blick', 'blicky', 'glock', 'pistol', 'revolver', 'handgun', 'knife', 'machete', 'shotgun', 'rifle', 'bat', 'crowbar', 'hatchet', 'axe', 'brass knuckles', 'switchblade');
/** Going after someone: finding them, pulling up, heading over. */
const GO_AFTER = anyOf(
  'go find', 'gonna find', 'find him', 'find her', 'find them', 'jump', 'jumping', 'handle', 'handling', 'pull up', 'pulling up',
  'pulled up', 'slide', 'sliding', 'headed', 'heading', 'going over', 'go over', 'on my way', 'omw', 'coming for', 'going after',
  'go after', 'waiting for (?:him|her|them)', 'waiting up for', 'outside (?:his|her|their)', 'over there', 'catch him', 'catch her',
  'see him', 'see her', 'ripped me off', 'went after', 'looking for (?:him|her|them|my|his|her|that|the)', String.raw`(?:going|goin|go|gonna|headed|heading|driving|walking|on my way|omw) (?:to |over to |over )?(?:his|her|their|that|the|my exs|[^ ]{1,24}s) (?:house|place|apartment|job|work|crib|spot|door|trailer)`, 'for the last time', 'run up on', 'ride on', 'get him', 'get her', 'get them',
);
/** Someone who wronged the writer or their own: "the guy who sold my son", "that dude who jumped me". */
const GRIEVANCE = String.raw`(?:the|that|this|dat|some) (?:[^ ]{1,24} )?(?:guy|dude|man|mf|bitch|woman|kid|one|fucker|bastard|punk|person|boy|girl|dealer|plug|nurse|cop|clown|snitch|opp|prick|asshole) (?:who|that|whos|thats) (?:[^ ]{1,24} ){0,2}(?:sold|hurt|jumped|robbed|stole|raped|touched|killed|shot|stabbed|beat|abused|snitched|ripped|disrespected|molested|assaulted|attacked|played|set|jacked|hit|messed|fucked|cheated|took|owes|lied|snaked|got)`;

/** GRIEVANCE with only the verbs of a wrong done to the writer or their own (not "the man who got hurt"). */
const GRIEVANCE_STRONG = String.raw`(?:the|that|this|dat|some) (?:[^ ]{1,24} )?(?:guy|dude|man|mf|bitch|woman|kid|one|fucker|bastard|punk|person|boy|girl|dealer|plug|cop|clown|snitch|opp|prick|asshole|creep|pervert|perv) (?:who|that|whos|thats) (?:[^ ]{1,24} ){0,2}(?:sold|jumped|robbed|stole|raped|touched|killed|shot|stabbed|beat|abused|snitched|ripped|disrespected|molested|assaulted|attacked|jacked|snaked|lied|cheated|owes|groomed|(?:hurt|hit|got|set|played) (?:my|me|us|our)|messed with|fucked (?:with|up|over))`;
/** Someone else's home or work, as a place one waits outside of. */
const TARGET_PLACE = String.raw`(?:his|her|their|my exs|my (?:[^ ]{1,24} )?[^ ]{1,24}s|that [^ ]{1,24}s|[^ ]{1,24}s) (?:house|place|apartment|apt|job|work|door|crib|trailer|building|car|window)`;

// ---- round 6 fragments -------------------------------------------------------------------------
/** A weapon carried or stowed: "the bat is already in my trunk", "got my knife on me". */
const ARMED_NEAR = String.raw`(?:(?:got|have|grabbed|bringing|brought|packing|took|carrying) (?:a|the|my|his|her) (?:${CORE_WEAPON})s?(?: (?:on me|with me))?|(?:(?:a|the|my|his|her) )?(?:${CORE_WEAPON})s? (?:is |s |are )?(?:already )?(?:in|on|under) (?:the|my|his|her) (?:car|truck|trunk|bag|backpack|pocket|hoodie|hand|lap|waistband|jacket|coat|glovebox|glove box|purse|seat))`;
/** A weapon on the writer's body or bag now. */
const CARRIED_WEAPON = String.raw`(?:got|have|grabbed|put|carrying|keeping|holding|hid|tucked|with|my|the) (?:the |a |my |this )?(?:kitchen |steak |pocket |butcher |big |little |hunting )?(?:knife|gun|strap|pistol|glock|bat|hammer|shank|machete|box cutter|screwdriver) (?:is |s )?(?:in|under|up) (?:my )?(?:hoodie |jacket |coat |back |front |left |right )?(?:pocket|sleeve|waistband|bra|boot|sock|purse|bag|backpack|hand|pants)`;
/** The other person arriving or starting in: "just showed up drunk", "started on my son", "just walked in". */
const TARGET_ARRIVED = String.raw`(?<!\b(?:i|we|i just|we just) )(?:showed up|walked in|came in|came over|pulled up|got here|got home|came home|came back|started on|started in on|started yelling|started hitting|started swinging|is yelling at|yelling at my|is drunk|is back|at the door)`;
/** A partner or someone with power over the writer, as a subject. */
const PARTNER = String.raw`(?:my )?(?:husband|hubby|boyfriend|bf|wife|girlfriend|gf|partner|man|ex|pimp|fiance|baby daddy|babys dad|babys father|stepdad|stepfather)`;
/** Resolve after locating someone: done running, my turn, he'll regret it. */
const RESOLVE = String.raw`(?:(?:im |i am )?(?:done|through|tired of|sick of) (?:running|hiding|being scared|being afraid|waiting)|not (?:hiding|running|scared|afraid) (?:anymore|no more)|(?:its|my|his|her) turn|(?:make|making) (?:him|her|them) (?:regret|pay|sorry)|(?:he|she|they)(?:ll| will| is gonna|s gonna| gonna| is going to|s going to|s gonna) (?:regret|pay|be sorry))\b`;
/** On the way to the writer's place. */
const ON_THE_WAY = String.raw`(?:hes|he is|shes|she is|theyre|they are|he|she|they|hell be|shell be|is|are) (?:coming|driving|headed|heading|on (?:his|her|their) way|walking|riding|pulling up|gonna come|going to come|will come|coming back|coming over)(?: over)? (?:here|to (?:the|my|our) (?:house|place|apartment|room|job|work|door|tent|motel|hotel|school|spot|camp|trailer))\b`;
/** Why someone on the way is a danger: owed, found out, angry, drunk, bringing people or a weapon. */
const HOSTILE_REASON = String.raw`(?:if (?:i|we) (?:dont|do not|cant|didnt) (?:pay|have|get|give)|found out|(?:is |hes |shes |and )?(?:pissed|furious|raging|enraged|drunk|wasted|high|tweaking|mad as hell)|with (?:his|her|their) (?:brother|brothers|boys|friends|cousins|crew|homies|gun|bat|knife|people|strap)|(?:my )?kids are (?:here|home|with me|asleep|in the)|to (?:kill|hurt|beat|get|handle|deal with) me|i owe (?:him|her|them)|(?:guy|guys|man|dude|people|person|one|ones) (?:i|we) owe)`;
/** The person checks the writer's phone, or is home or outside: why the writer says "don't call back". */
const HE_WATCHING = String.raw`(?:hes|shes|he is|she is|he|she|theyre|they) (?:checks|reads|is reading|reading|goes through|looks through|sees|watches|is watching|watching|is listening|listening|tracks|is home|home|is here|here|is outside|outside|is back|back|right here|is right here)\b`;
/** The person is there and listening, or in a mood. */
const HE_PRESENT = String.raw`(?:hes|shes|he is|she is|theyre) (?:listening|here|home|watching|right here|next to me|in the room|in the next room|reading my|checking my|in one of (?:his|her|their) (?:moods|rages|episodes|fits|tempers|states))`;

/** Someone who wronged the writer or their own, with the people a jail, a street or a job puts in the way. */
const WRONGDOER = String.raw`(?:the|that|this|dat|some) (?:[^ ]{1,24} )?(?:guy|dude|man|mf|bitch|woman|kid|one|fucker|bastard|punk|person|boy|girl|dealer|plug|cop|clown|snitch|opp|prick|asshole|creep|pervert|perv|co|guard|officer|john|trick|pimp|landlord|boss|neighbor) (?:who|that|whos|thats) (?:[^ ]{1,24} ){0,2}(?:sold|jumped|robbed|stole|raped|touched|killed|shot|stabbed|beat|abused|snitched|ripped|disrespected|molested|assaulted|attacked|jacked|snaked|lied|cheated|owes|groomed|(?:hurt|hit|got|set|played) (?:my|me|us|our)|messed with|fucked (?:with|up|over))`;
/** Threats made to keep the writer from leaving: out me, call immigration, send my pictures, tell my PO. */
const EXPOSE = String.raw`(?:out|outing) me|call (?:ice|immigration|la migra|the cops|the police|cps|my po|my parole officer|my probation officer) on me|call (?:ice|immigration|la migra)|(?:report|turn) me (?:in|to (?:ice|immigration|cps|my po|the cops))|(?:send|post|share|leak|show|sending|posting|sharing|leaking|showing) (?:my|the|our) (?:nudes|pics|pictures|photos|videos|video|tapes|texts|sex tape)(?: of me)?|tell (?:my|the) (?:po|parole officer|probation officer|family|parents|church|job|boss|kids|caseworker|mom|dad|landlord|employer|board|licensing board|medical board|nursing board|state board|bar|faa|department|chief|union|hospital|chief of staff|dea) (?:im|i am|i was|i|about|everything|that)|(?:get|have) me (?:deported|violated|locked up|sent back)|take (?:the|my) (?:kids|baby|children|son|daughter)`;
const IF_I_LEAVE = String.raw`(?:if|when) i (?:leave|go|break up|ever leave|try to leave|tell|report|call|stop|dont come back|move out|end it|dont do|say no|say anything|speak up|refuse|(?:no|dont|do not) (?:work|pay|do|come|stay|give))|unless i (?:stay|come back|do|work|pay|sign|give|write|keep)`;
/** Promised finality for someone: "it's over for him", "he's done", "he won't walk again". */
const FINISHED = String.raw`(?:its over for (?:him|her|them|em|that [^ ]{1,24})|(?:hes|shes|theyre|he is|she is|they are) (?:done|finished|dead|through|history|a dead man|a goner)(?! (?:with|for|at|by|using|drinking|now|already|for the day)\b)|(?:he|she|they) (?:wont|will not|aint gonna|is not gonna|isnt gonna) (?:walk again|make it home|see tomorrow|see another day))`;
/** Who reported, fired or wronged the writer: for "the nurse who turned me in is going to pay". */
const WRONGED_BY = String.raw`guy|dude|man|mf|bitch|woman|kid|one|fucker|bastard|punk|person|boy|girl|dealer|plug|cop|clown|snitch|opp|prick|asshole|creep|co|guard|officer|pharmacist|nurse|doctor|supervisor|manager|coworker|charge nurse|lawyer|attorney|judge|prosecutor|detective|teacher|landlord|caseworker|po|witness|informant|boss|neighbor|cousin|brother|sister|ex|roommate|sergeant|captain|chief|partner`;
const WRONGED_HOW = String.raw`turned (?:me|him|her|us|my [^ ]{1,24}) in|reported (?:me|us|my|him|her)|ratted|snitched|called the cops on|fired me|got me (?:fired|arrested|locked up|deported|violated|suspended|written up)|testified against|took my (?:kids|job|license|son|daughter|baby)|put me (?:in|away)|wrote me up|cost me|sold|jumped|robbed|stole|raped|touched|killed|shot|stabbed|beat|abused|ripped|disrespected|molested|assaulted|attacked|jacked|lied|cheated|groomed|(?:hurt|hit|set|played) (?:my|me|us|our)|messed with|fucked (?:with|up|over)|humiliated me|embarrassed me|threw my|tanked|screwed|ruined|lost my|sank|blew my|destroyed`;
export const enHarmPatterns = definePatterns('en', [
  // ============================== self-harm ==============================
  {
    id: 'en.self-harm.cut-myself', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.burn', 'history.en.used-to-but-over', 'screening-answer-no', 'negation.en.form-answered-no'],
    source: String.raw`(?:cut|cutt|cutin|cutting|cuts|cutted|burn|burning|burned|burnt|scratch|scratching|carve|carving|slice|slicing|slit|slitting|slash|slashed|slashing) (?:myself|my (?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?))|(?:cut|cutt|cutting|cuts|cutted|slice|slicing|slices|sliced|carve|carving|carves|carved|burn|burning|burned|burnt|slit|slitting|slash|slashed|slashing) (?:my|his|her|their) (?:own )?(?:left |right |upper |inner )?(?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?|forearms?|shoulders?|chest|ankles?|belly|calf|calves|sides?|ribs|upper arms?)`,
    examples: ['I cut myself', "I've been cutting myself again", 'i started cutting my arms', 'cut my thighs last night', 'I cut my wrist last night but not deep', 'ive been burning my arms with a lighter'],
  },
  {
    id: 'en.self-harm.cutting', kind: 'self-harm', guards: HARM,
    source: String.raw`(?:im|been|started|start|keep|stop|cant stop|urge to|urges to|wanna|want|wants|wanted|wanting|need|needs|feel like|thinking about|back to|relapsed on|went back to|the urge to) (?:to )?\bcut(?:ting)?(?! (?:back|down|out|off|it|corners|class|school|the|my hair|hair|ties|in|carbs|sugar|weight|loose|up|through|costs|hours|them|him|her|you|me|us|people|everyone|ties|contact)\b)(?! (?:my|his|her|their|the|a|an|some|this|that|those|these|our|your) (?!(?:own )?(?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?|forearms?|self|flesh)\b))`,
    examples: ['im cutting again', 'i feel like cutting', 'the urge to cut is so strong', 'i cant stop cutting'],
  },
  {
    id: 'en.self-harm.hurt-myself', kind: 'self-harm', guards: [...HARM, 'accidental', 'figurative.en.punish-mentally', 'history.en.used-to-but-over', 'screening-answer-no', 'negation.en.form-answered-no'],
    source: String.raw`(?:hurt|hurted|hurting|hurts|harm|harming|injure|injuring|punish|punishing|burn|burning|burned|burnt|punch|punching|hit|hitting|scratch|scratching|starve|starving|carve|carving|bite|biting) myself`,
    examples: ['I want to hurt myself', 'I hurt myself on purpose', 'I keep burning myself', 'I punch myself when I am angry', 'ive been starving myself', 'I want to hurt my self so bad'],
  },
  {
    id: 'en.self-harm.hurting-themself', kind: 'self-harm', guards: [...HARM, 'accidental', 'scope.en.people-in-general', 'figurative.en.pet-self'],
    source: String.raw`(?:cut|cutting|cuts|hurt|hurting|hurts|harm|harming|harms|burn|burning|burns|burned|burnt|starve|starving|starves|scratch|scratches|scratching|carve|carves|carving|bite|bites|biting) (?:himself|herself|themselves|themself)`,
    examples: ['my daughter is cutting herself', 'my son keeps hurting himself on purpose'],
  },
  {
    id: 'en.self-harm.self-harm-word', kind: 'self-harm', guards: TOPIC,
    source: String.raw`selfharm\w*|self ?injur\w*|self ?inflicted (?:wounds?|cuts?|injur\w*|burns?)|self ?mutilat\w*|nssi`,
    examples: ['self harm', "i've relapsed on self-harm", 'been self-harming', 'SELF HARMING AGAIN'],
  },
  {
    id: 'en.self-harm.until-it-bleeds', kind: 'self-harm', guards: HARM,
    source: String.raw`(?:scratch|scratching|pick|picking|bang|banging|hit|hitting|punch|punching|bite|biting|cut|cutting|burn|burning) ${gap(5)}(?:until|till|til) (?:it |i |they )?(?:bleeds?|bled|bleeding)`,
    examples: ['i bang my head against the wall until it bleeds', 'I scratch myself until I bleed'],
  },
  {
    id: 'en.self-harm.carving', kind: 'self-harm', guards: [...HARM, 'accidental.en.grooming-razor'],
    source: String.raw`carv(?:e|ing|ed) (?:into )?(?:my|myself)|cuts (?:that )?i (?:did|made|gave) (?:[^ ]+ )?myself|(?:razor|blade|lighter) (?:on|to|against) my (?:skin|arm|arms|leg|legs|wrist)`,
    examples: ["I've been carving into my skin", 'my arms are full of cuts i did myself'],
  },

  {
    id: 'en.self-harm.cut-again', kind: 'self-harm', guards: [...HARM, 'accidental'],
    // A report of cutting without an object, tools out, "sh" shorthand, hurting oneself to feel something.
    source: String.raw`(?:i|she|he|they) (?:just |already )?cut (?:pretty|really|way|too|so|kinda|kind of|a bit|a little) deep|(?:i|she|he|they) (?:just |already )?(?:cut again|cut deep|cut deeper|cut too deep|cut tonight|cut last night|cut today)|cuts? (?:are |is |was |were )?(?:deeper|too deep) than|\bsh (?:urges?|again|relapse|thoughts)|urges? to sh\b|(?:got|get|getting|took|take|grabbed|grab|pulled|pulling|have) (?:the|my|a) (?:blade|blades|razor|razors|box cutter|lighter) (?:back )?(?:out|ready)|(?:punch|punching|punched|hit|hitting|cut|cutting|burn|burning|hurt|hurting|scratch|scratching|bang|banging|slam|slamming) ${gap(5)}(?:just |only )?to feel (?:something|anything|pain|alive|real)|punch(?:ing|ed)? (?:through )?(?:the |a )?(?:glass|window|windows|mirror)|(?:put|putting|punch|punching|smash|smashing|shove|shoving) (?:my )?(?:hand|fist|arm|head) through (?:the |a )?(?:glass|window|mirror|wall)`,
    examples: ['I cut deep last night', 'my sh urges are bad today', 'the blade is out, i got my razor ready', 'i burn my wrist just to feel anything', 'punched through the mirror on purpose', 'I keep wanting to shove my fist through the glass'],
  },


  {
    id: 'en.self-harm.sh-slang', kind: 'self-harm', guards: HARM,
    // "sh" as a verb or noun, relapse on it; "cutting again" / someone "is cutting" with no object.
    source: String.raw`relaps\w* (?:and|n) (?:cut(?! (?:ties|off|back|down|out|contact|things|them|him|her|it|my hair|class|school)\b)|burned|burnt|sh|shd|hurt myself|cut myself|burned myself)\b|(?:relapse|relapsed|relapsing|relapses|slipped|slip) (?:on |with |into |back into |back on )?(?:the |my )?(?:sh|cutting|the blade|blades|razors|burning myself)\b|(?:gonna|wanna|want|about to|bout to|need to|needa|might|did|been|urge to|urges to|could|cant stop|will|ill|just|tempted to|itching to) sh(?= \.|$| again| tonight| today| rn| right now| so| bc| because| and| but| or| lol| later| tmrw| tomorrow)|sh ing|(?:been|keep|started|stop|quit|was|im|keeps) shing|shd(?= (?:again|last night|tonight|today|this morning|yesterday)\b)|(?:blades?|razors?|the knife) (?:are|is|keeps?|keep) calling (?:me|my name|to me)|cutting (?:is|was|has been|helps|makes me feel|calms me|relieves|feels) (?:the only|my only|all that|what|the thing|good|better|so good|me|like)|(?:go|gonna go|going to go|wanna go|about to go|bout to go) cut(?= \.|$| (?:in|again|tonight|now|rn|right now)\b)|sh (?:wounds?|cuts?|marks?|tonight|today|last night|rn|right now|scars? (?:are|is) (?:bleeding|open|fresh))|cutting (?:again|deeper|every (?:night|day)|daily|tonight)(?! (?:on|back|down|out|off|the|my|hair|carbs|costs|hours|class|school|ties|corners|sugar|caffeine|coffee)\b)|(?:im|hes|shes|theyre|is|was|been|keeps?|kept|started|caught (?:her|him|them)|bathroom|room|bedroom|shower) cutting(?= \.| (?:and|again|tonight|right now|now)\b|$)`,
    examples: ['relapsed on sh last night', 'i think im gonna sh', 'cutting again.', 'my son is in his room cutting and wont open the door', 'slipped back into cutting after 2 months'],
  },
  {
    id: 'en.self-harm.fresh-wounds', kind: 'self-harm', guards: [...HARM, 'accidental', 'figurative.en.cuts-of-things', 'accidental.en.wound-source'],
    // Fresh, new or open cuts and wounds, reopening them, lines and barcodes on the body.
    source: String.raw`(?:fresh|new|open|bleeding) (?:cuts|slashes|gashes|wounds)(?! of\b)|(?:fresh|new|open|deep|deeper|bleeding) (?:marks|scratches|burns|ones|lines|scars) (?:on|all over|across|up|down|along|in) ${ON_BODY}|re ?open(?:ed|ing|s)? (?:my |the |her |his |old )(?:[^ ]{1,24} )?(?:cuts|wounds|scars|scabs|stitches)|(?:took|take|taking|ripped|rip|ripping|tore|tear|tearing|peel|peeled|peeling|pulled|pulling) off (?:the |my |her |his )?(?:bandaids?|band aids?|bandages?|plasters?|stitches|scabs?|steri strips|gauze) ${gap(5)}(?:re ?open\w*|cut|cutting|pick|picking|bleed)|${BODY} (?:is|are) (?:all |completely )?(?:covered|full) (?:in|of|with) (?:fresh |new )?(?:cuts|lines|slashes|gashes|burns|burn marks|cigarette burns|scars|scratches)|(?:cuts|slashes|gashes|burn marks|cigarette burns|lines) (?:all )?(?:over|on|up|up and down|across|along) ${ON_BODY}|${BODY} (?:is|are) (?:all )?(?:cut up|sliced up|torn up|carved up)|(?:cut|cuts|went|go|going|it|its|they|theyre|are|were|was) (?:way |too |so |really |a little too |way too )?deep(?:er)? (?:this time|tonight|than (?:usual|ever|before|last time|i meant|i wanted))|went (?:too|way too|a little too) deep(?! (?:in|into)\b)`,
    examples: ["she has fresh cuts on both wrists", "new marks all over my thighs again", "i keep picking the scabs off to reopen my cuts", "tore off the bandage so i could cut again", "my arms are covered in cuts"],
  },
  {
    id: 'en.self-harm.barcode-lines', kind: 'self-harm', guards: [...HARM, 'accidental', 'figurative.en.cuts-of-things', 'accidental.en.wound-source'],
    // Barcode arms, making lines.
    source: String.raw`barcode (?:on )?${ON_BODY}|${BODY} (?:look|looks|looking|are|is|like) ${gap(2)}(?:a )?barcode|barcode (?:arms?|thighs?|wrists?|legs?)|(?:making|made|make|add|added|adding|carve|carved|carving|drew|drawing) (?:more |new |some |a few |fresh |deeper |\d+ |another )?lines?(?! of\b)(?= (?:on|in|into|across|up|down) (?:my|his|her|their) |\.|$| tonight| today| again| rn| right now| and)`,
    examples: ["my legs look like a barcode", "adding more lines tonight", "barcode wrists again"],
  },
  {
    id: 'en.self-harm.blades', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.shaving', 'accidental.en.grooming-razor'],
    // Getting, hiding or craving a blade; taking apart a sharpener; moving on to a knife.
    source: String.raw`(?:take|taking|took|break|breaking|broke|smash|smashing|smashed|unscrew|unscrewing|unscrewed|pull|pulling|pulled|pry|prying|pried|crack|cracking|cracked) (?:apart |open )?(?:a |the |my |another |her |his )?(?:pencil )?sharpeners?(?: apart| open)?|blades? (?:taken |took |pulled |removed |popped )?(?:out of|from) (?:a |the |my |her |his )?(?:pencil )?sharpeners?|sharpener blades?|(?:box|pack|packet|stash|bag|bunch|tin|collection|drawer full|pile) of (?:razor )?(?:blades|razors)|(?:razor )?blades? (?:taped |hidden |stashed |tucked |stuck )?(?:under|in|inside|behind|to|into) (?:my|the|her|his) (?:bed|mattress|wallet|purse|drawer|room|pillow|phone case|pencil case|backpack|bag|pocket|sock|shoe|closet|desk)|(?:keep|kept|keeps|carry|carrying|carries|hide|hid|hiding|hides|stash|stashed|stashing|stashes) (?:a |my |the |some |her |his )?(?:razor blades?|blades)|(?:urge|urges|wanna|want|need|needa|gonna|about to|bout to|tempted|itching|craving|crave|dying) (?:to )?(?:go )?(?:grab|get|use|pick up|reach for|hold) (?:a |the |my |her |his |some )?(?:blade|blades|razor blade|razor blades)|(?:box cutter|exacto|x acto|razor|knife|blade|scissors|lighter) ${gap(10)}(?:use|using|used) (?:it|them) (?:on|to|against|across) ${ON_BODY}|(?:use|using|used|take|took|taking|put|putting) (?:a |the |my |her |his |[^ ]{1,24}s )?(?:kitchen |steak |pocket |utility |hunting |paring |small |little |sharp |broken )?(?:box cutter|exacto knife|razor|razor blade|knife|blade|scissors|lighter|glass|bottle) (?:on|to|against|across) ${ON_BODY}|(?:craving|crave|craves|wanting|needing|miss|missing|itching for|dying for) (?:a |the |my )?(?:blade|blades|razor blade|razor blades)|(?:moved|moving|move|switched|switching|went|gone|going|graduated|upgraded|progressed|back) (?:on |up |over |back )?to (?:the |a |my |using (?:a |the )?)?(?:knife|knives|blade|blades|razor|razors|lighter|scissors)|(?:razor|razors|blade|blades) ${gap(6)}just in case|${words('scissors', 'razor', 'razors', 'box cutter', 'shard', 'shards', 'broken glass')} (?:hidden |stashed |taped |tucked |i keep |i hide )?(?:under|in|inside|behind) (?:my|her|his) (?:pillow|mattress|pillowcase|phone case|sock|socks|shoe|bra)\b(?! (?:drawer|box|rack)\b)|(?:hide|hiding|hid|hides|cover|covering|covers) (?:up )?(?:my|the|her|his|their) (?:fresh |new |latest )?(?:cuts|wounds|burns|slashes)\b|(?:hide|hiding|hid|cover|covering) (?:up )?(?:my|her|his|their) (?:arms|wrists|thighs|legs|forearms|stomach) ${gap(8)}(?:cuts|wounds|burns|marks)\b|(?:long sleeves|sleeves|hoodies?|bracelets|band ?aids|bandages|sweatshirts?) ${gap(6)}(?:hide|hiding|cover|covering|so no one sees|so nobody sees) (?:up )?(?:the |my |her |his |all the )?(?:cuts|wounds|burns|marks|fresh ones|new ones)\b|(?:went|gone|go|going) (?:too|way too) far with (?:the|my|a) (?:razor|blade|knife|lighter|scissors|box cutter)|(?:blade|blades|razor|razors|box cutter) (?:when|whenever|if|once) (?:it|things|stuff|life|the urges?|my head|i|everything) (?:gets?|get|feel|feels|is|are) (?:really |that |too |so )?(?:bad|worse|rough|hard|heavy|dark|overwhelming|too much|loud)`,
    examples: ['i broke open a pencil sharpener tonight', 'i keep razor blades in my pencil case', 'the urge to grab a blade is so strong', 'the hair tie stopped working so i switched to the blade', 'found blades hidden in her mattress'],
  },
  {
    id: 'en.self-harm.body-damage', kind: 'self-harm', guards: [...HARM, 'accidental', 'figurative.en.harm-sport', 'figurative.en.itch', 'figurative.en.pet-self'],
    // Head banging, biting, punching walls, scratching raw, striking oneself: until it bleeds/bruises, on purpose.
    source: String.raw`(?:bang|bangs|banging|hits|hitting|slam|slams|slamming|smash|smashes|smashing|bash|bashes|bashing|knocking|beating) (?:my|his|her|their) (?:own )?head (?:on|against|into|off|onto) |(?:hit|bang|slam|smash|bash) (?:my|his|her|their) (?:own )?head against |(?:banged|hit|slammed|smashed|bashed|knocked) (?:my|his|her|their) (?:own )?head ${gap(6)}(?:on purpose|over and over|again and again|repeatedly|til|till|until|so hard|to (?:stop|shut|feel|make)|bc i hate|because i hate)|(?:punch|punching|punched|punches|hit|hitting|hits|bang|banging|banged|bangs|slam|slamming|slammed|scratch|scratching|scratched|scratches|pick|picking|picked|bite|biting|bit|bites|pull|pulling|pulled|rub|rubbing|rubbed|scrub|scrubbing|scrubbed|squeeze|squeezing|pinch|pinching|pinched|dig|digging|dug|strike|striking|struck|slap|slapping|slapped|smack|smacking|smacked|claw|clawing|clawed) ${gap(6)}${words('until', 'til', 'till', 'untill', 'so hard', 'hard enough')} ${gap(3)}(?:bleed|bleeds|bled|bleeding|blood|split|splits|bruise|bruised|bruises|bruising|raw|broke|break|breaks|cracked|swell|swells|swelling|swelled|swollen|numb|saw stars|see stars|seeing stars|pass out|passed out|black out|blacked out|scar|scars|marks|purple|bloody|welts?)|(?:scratch|scratches|scratching|scratched|scrub|scrubs|scrubbing|scrubbed|rub|rubbing|rubbed|pick|picking|picked|peel|peeling|peeled|claw|clawing|clawed) (?:at )?${ON_BODY} raw|(?:hit|hits|hitting|punch|punches|punching|punched|slap|slaps|slapping|slapped|smack|smacks|smacking|smacked|strike|strikes|striking|struck|whip|whipping|whipped|bruise|bruising|bruised|scald|scalds|scalding|scalded|choke|choking|choked|claw|clawing|clawed) (?:myself|himself|herself|themselves|themself)(?! up\b)`,
    examples: ['i keep banging my head against the door', 'slammed my head into the wall over and over', 'bit my hand until it bled', 'she scratches her arms raw when shes coming down', 'he keeps punching himself in the face', 'punched the brick wall til my knuckles split open'],
  },
  {
    id: 'en.self-harm.burn-pierce', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.medical-needle'],
    // Burning with a cigarette, lighter, iron, stove; sharp things pushed into the body; carving; "on purpose".
    source: String.raw`(?:put|putting|puts|stub|stubbed|stubbing|stubs|press|pressed|pressing|hold|holding|held|touch|touching|touched) (?:a |my |the |out |some )?(?:lit |hot |burning )?(?:cig|cigs|cigarette|cigarettes|cigar|cigars|smoke|joint|blunt|lighter|soldering iron|iron|curling iron|flat iron|straightener|hair straightener|spoon|knife|candle|match|matches|lighter|metal|coin|key) (?:out )?(?:on|to|against|into|onto|under) ${ON_BODY}|(?:put|putting|hold|holding|held|press|pressing|pressed|stick|sticking|stuck|lay|laying|laid) (?:my|his|her|their) (?:hand|hands|arm|arms|palm|palms|finger|fingers|fingertips|wrist|wrists|leg|skin) (?:on|onto|in|into|over|under|against|to) (?:the |a )?(?:stove|burner|hob|hot plate|flame|fire|candle|lighter|iron|oven|boiling water|kettle|grill|heater|radiator|stovetop|stove top)|(?:dig|digs|digging|dug|jab|jabs|jabbing|jabbed|stick|sticking|stuck|push|pushing|pushed|press|pressing|pressed|stab|stabbing|stabbed|poke|poking|poked|drag|dragging|dragged|scrape|scraping|scraped|run|running|ran) (?:the |a |my |her |his |some )?(?:piece of |bit of |shard of |chunk of )?${words('pin', 'pins', 'safety pin', 'safety pins', 'nail', 'nails', 'fingernails', 'knife', 'blade', 'razor', 'scissors', 'compass', 'paperclip', 'paper clip', 'glass', 'broken glass', 'shard', 'shards', 'thumbtack', 'tack', 'sharp', 'sharpie cap')} (?:into|in|through|across|along|over|down|up) ${ON_BODY}|needles? ${gap(4)}(?:with nothing in it|empty|just for the pain|for the pain|to feel (?:it|something|the pain))|carv(?:e|ed|es|ing) ${gap(4)}(?:into|in|on) ${ON_BODY}|(?:cut|cutting|burn|burning|burned|burnt|hit|hitting|scald|scalded|scalding|starve|starved|starving|bruise|bruised|hurt|hurting|injure|injured|bit|bite|biting|broke|break|breaking) (?:myself|himself|herself|themselves|my (?:own )?[^ ]{1,24}) ${gap(4)}(?:on purpose|deliberately|intentionally|purposely|purposefully)|(?:havent|hasnt|not|didnt|stopped|stop|refuse to|refusing to|refused to|wont|skip|skipped|skipping|skips) (?:eaten|eating|eat|eaten anything|meals|food|breakfast|lunch|dinner) ${gap(5)}(?:on purpose|to punish|as punishment|because i deserve|bc i deserve|cuz i deserve)`,
    examples: ['i put my cigarette out on my arm', 'pressed the curling iron against my thigh', 'gonna hold my hand on the stove burner', 'digging a safety pin into my wrist', 'keep jabbing the needle in with nothing in it', 'he carved letters into his forearm', 'burned myself with the hot pan on purpose', 'i havent eaten in three days on purpose'],
  },
  {
    id: 'en.self-harm.deserve-pain', kind: 'self-harm', guards: HARM,
    // Self-punishment: "I deserve the pain", "I deserve to bleed", and cutting euphemisms.
    source: String.raw`(?:i|me) (?:(?:really|just|totally|fully|honestly|kinda|probably|def|definitely|do|still) )?deserve (?:the |this |all the |to feel (?:the )?)?(?:pain|to hurt|to bleed|to suffer|to be hurt|to be punished|to be in pain|punishment|the scars|every cut|to burn)|scratch\w* ${gap(6)}(?:dont|do not|didnt) (?:even )?(?:have|own) (?:a )?cats?|(?:do|doing|did|done|go do|draw|drawing|drew|make|making|made) (?:some |more |a little |a lil |my )?${words('art', 'artwork', 'red art', 'drawings?', 'designs?', 'patterns?')} (?:on|into) ${ON_BODY}(?! with (?:a |my |the )?(?:pen|sharpie|marker|henna|paint|eyeliner|face paint))`,
    examples: ['i deserve the pain honestly', 'i deserve to bleed for what i did', 'more scratches on my arm lol and i dont have a cat', 'time to do some red art on my wrists'],
  },

  {
    id: 'en.self-harm.on-purpose', kind: 'self-harm', guards: HARM,
    // Said to be on purpose (no accident guard: "cut myself with the kitchen knife on purpose"); wanting pain or blood.
    source: String.raw`(?:cut|cutting|burn|burning|burned|burnt|hit|hitting|scald|scalded|scalding|bruise|bruised|hurt|hurting|injure|injured|bit|bite|biting|broke|break|breaking|stab|stabbed|stabbing|slice|sliced|slicing) (?:myself|himself|herself|themselves|my (?:own )?[^ ]{1,24}) ${gap(6)}(?:on purpose|deliberately|intentionally|purposely|purposefully)|make (?:myself|himself|herself) (?:bleed|bruise|hurt|suffer|burn)|(?:wanna|want|need|needa|crave|craving|just want|gotta) (?:to )?(?:feel|see|watch) (?:the |some |real |physical )?(?:pain|blood|myself bleed|it bleed|the blood)(?! (?:of|from|go|stop|ease|less)\b)|(?:wanna|want|need|needa|crave|craving|miss|missing) (?:to )?feel (?:the|a|my) (?:blade|razor|sting of the (?:blade|razor)|burn of the lighter)|(?:wanna|want|need|needa|crave|craving) (?:to )?bleed`,
    examples: ['cut myself with a kitchen knife on purpose', 'i make myself bleed when i feel empty', 'i just want to see blood', 'i need to feel pain right now'],
  },

  {
    id: 'en.self-harm.sh-culture', kind: 'self-harm', guards: [...HARM, 'accidental'],
    // Words of people who self-harm: styro, beans, out of space on my arms, a tool one keeps staring at, someone's fresh cuts.
    source: String.raw`(?:cut|cuts|cutting|went|go|going|got|hit|hitting|reached|deep|down) (?:down )?(?:to |into |til |till |until )?(?:styro|stryo|styrofoam)\b|(?:cut|cuts|cutting|went|go|going|got|hit|hitting|reached|deep|down) (?:down )?(?:to|into|til|till|until) (?:beans|the fat|fat layer|fat|yogurt|yoghurt)\b|(?:ran|running|run) out of (?:space|room|skin|places|clean skin) (?:on|to cut on|to burn on|left on) ${ON_BODY}|(?<=^|\. )cut (?:again|deep|deeper|tonight|last night)|${BODY} (?:is|are) (?:still )?bleeding from (?:what|where) (?:i|she|he) (?:did|cut)|(?:razor|razors|blade|blades|lighter|scissors|box cutter) ${gap(8)}(?:keep|keeps|kept|cant stop|cannot stop) (?:looking at|staring at|thinking about|holding|touching|playing with|reaching for) (?:it|them)|(?:her|his|their|my) cuts ${gap(6)}(?:fresh|new|deep|deeper|bleeding|infected|open)|(?:saw|seen|see|noticed|found|showed me|show me|sent me|sends me) (?:her|his|their) (?:fresh |new )?(?:cuts|wounds|burns)|(?:pic|pics|picture|pictures|photo|photos|snap|snaps|video) of (?:her|his|their|my) (?:bleeding|cut up|fresh) ${BODY}|(?:pic|pics|picture|pictures|photo|photos|snap|snaps) of (?:her|his|their|my) (?:fresh |new )?(?:cuts|wounds|burns)|(?:punch|punched|punching|hit|hitting|kick|kicked|kicking|smash|smashed|smashing) (?:a |the |my )?(?:wall|walls|mirror|window|door|glass) ${gap(3)}(?:on purpose|deliberately|so i (?:could|would|can) feel|to feel (?:something|anything|pain))`,
    examples: ['went down to styro last night', 'cut to beans tonight', 'ran out of space on my arms', 'relapsed . cut again after a month', 'the razor is in my drawer and i keep looking at it', 'my friend showed me her cuts and they looked fresh', 'she sent me a picture of her bleeding wrist', 'punched the wall on purpose so i could feel something'],
  },

  {
    id: 'en.self-harm.asked-then-me', kind: 'self-harm', guards: HARM,
    // A question about hurting "yourself" that ends in the writer's own yes: "is it normal ... because I do right now".
    source: String.raw`(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|punch|punching|scratch|scratching) (?:yourself|oneself|urself)(?! (?:out|up)\b) ${gap(10)}(?:i|me) (?:[^ ]{1,24} ){0,3}(?:wanna|want to|do|am|feel like|need to|gonna|have been|been doing it)(?= \.|$| (?:right now|tonight|today|so bad|too|again|lately)\b)`,
    examples: ['is it normal to want to hurt yourself when you quit drinking because i really want to right now', 'does everyone want to cut yourself when detoxing? cause i do'],
  },
  {
    id: 'en.self-harm.asked-and-yes', kind: 'self-harm', guards: [...HARM, 'negation.en.answered-no'],
    // An intake question about hurting oneself answered yes; a parent finding bloody tissues or blades.
    source: String.raw`(?:hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned) (?:yourself|urself|themselves|himself|herself) ${gap(3)}(?:\. )?(?:yes|yeah|yep|yea|ya|i have|i do|sometimes|every day|everyday|daily|all the time|last night|this week|a lot)\b|(?:found|finding|find|keep finding) ${gap(3)}(?:bloody (?:tissues|bandaids?|band aids|paper towels|rags|napkins|sleeves)|blood on (?:his|her|their) sleeves)|(?:found|finding|find|keep finding) ${gap(3)}(?:razor blades|blades|sharpener blades) ${gap(3)}(?:in|under|inside|behind) (?:his|her|their|my (?:[^ ]{1,24} )?(?:sons|daughters|kids|childs|teens|girls|boys)) (?:room|bed|mattress|pillow|drawer|pencil case|backpack|wallet|phone case|sock|socks|closet|desk|bathroom)`,
    examples: ['have you hurt yourself recently? yes last night', 'i keep finding bloody tissues in her trash can'],
  },
  {
    id: 'en.self-harm.broke-streak', kind: 'self-harm', guards: HARM,
    // A clean streak from cutting broken; "stopped cutting ... did it again".
    source: String.raw`(?:clean|free) (?:from|of|off) (?:cutting|sh|selfharm\w*|burning myself|the blade|blades|razors) ${gapNoNeg(8)}(?:broke|broken|ruined|lost|reset|relapsed|slipped|blew|messed up|cut again|did it again)|(?:broke|ruined|lost|reset|ended|blew) (?:my |a |the )?(?:\d+ (?:day|days|week|weeks|month|months) )?(?:sh|cutting|selfharm) (?:free |clean )?(?:streak|clean streak|free streak)|(?:stopped|quit|stopping|quitting|used to) (?:cut|cutting|sh|shing|selfharm|selfharming|burn myself|burning myself|hurt myself|hurting myself|cutting myself|cut myself) ${gapNoNeg(8)}(?:did it again|doing it again|do it again|cut again|started again|relapsed|back at it|started back)`,
    examples: ['60 days clean from cutting and i just broke it', 'ruined my sh free streak last night', 'i stopped cutting in college but i did it again tonight'],
  },

  // ============================== harm to others ==============================
  {
    id: 'en.harm-others.kill-someone', kind: 'harm-others', guards: [...OTHERS, 'scope.en.threat-from-them', 'figurative.en.kill-for-a-thing', 'figurative.en.shoot-a-message', 'figurative.en.tv-character', 'figurative.en.lyric-quote'],
    source: String.raw`(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling|choke|choking|smother|smothering|poison|poisoning|drown|run over) ${VICTIM2}${NOT_A_GAME}|run (?:him|her|them) over`,
    examples: ["I'm going to kill him", 'i want to kill my husband', "I'll kill her if she comes back", 'im gonna murder my roommate', 'I feel like killing someone', 'I want to kill my boss', 'i will shoot him', 'I want to run him over with my car', 'ima kill him', 'I want to stab the man who hurt my daughter'],
  },
  {
    id: 'en.harm-others.urge-to-hurt', kind: 'harm-others', guards: [...OTHERS, 'scope.en.threat-from-them', 'figurative.en.shoot-a-message', 'figurative.en.hurt-feelings'],
    source: String.raw`${URGE} ${gap(2)}${words('hurt', 'hert', 'hurting', 'harm', 'harming', 'hit', 'hitting', 'punch', 'punching', 'beat', 'beating', 'attack', 'attacking', 'slap', 'slapping', 'smack', 'smacking', 'kick', 'kicking', 'fight', 'fighting', 'strangle', 'choke', 'stab', 'shoot')} (?:up )?${VICTIM}|not (?:me|myself) (?:that )?(?:i|im) (?:wanna|want|wanting|gonna|thinking about|thinking of|feel like|planning to|plan to|scared ill|afraid ill) (?:to )?(?:hurt|kill|harm|hurting|killing|harming|stab|stabbing|shoot|shooting)|(?:someone|somebody|him|her|them|people) else (?:that )?(?:i|im) (?:wanna|want to|gonna|thinking about) (?:hurt|kill|harm|hurting|killing|harming)`,
    examples: ['I want to hurt someone', 'i have urges to hurt people', "I'm going to beat him up when he gets home", "I'm scared I'm going to hurt my kids", 'i think about hurting my baby', 'i want to hit my wife', "I'm going to hurt him if he comes home drunk again"],
  },
  {
    id: 'en.harm-others.smash-face', kind: 'harm-others', guards: OTHERS,
    source: String.raw`beat (?:the )?(?:hell|shit|crap|fuck|living daylights|snot|piss|stuffing|tar|dog shit|dogshit) out of ${VICTIM}|beat (?:the )?(?:brakes|breaks) off (?:of )?(?:${VICTIM}|that [^ ]{1,24})${NOT_A_GAME}|(?:smash|bash|break|punch|kick|beat|cave|snap|stomp) (?:in )?(?:his|her|their|your) (?:[^ ]+ )?(?:face|head|skull|teeth|jaw|neck)|(?:slash|slashing|slit|slitting|carve up|cut up|cut open) (?:his|her|their|your) ${gap(3)}(?:face|throat|neck)\b|make (?:someone|somebody|him|her|them|people) (?:hurt|suffer|bleed)`,
    examples: ['going to smash his face in', 'I want to make someone hurt like I hurt', "I'm gonna beat the crap out of my stepdad"],
  },
  {
    id: 'en.harm-others.mass-violence', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.shoot-a-message'],
    source: String.raw`shoot (?:up )?(?:the|my|a|this|that) (?:school|office|work|workplace|job|church|store|mall|place|building|party|club|bar)(?! (?:an?|some|my|the) (?:email|e mail|message|text|note|dm|line|memo)\b)|kill (?:them|everyone|everybody) all|${String.raw`(?:shoot|shooting|blow|blowing|bomb|bombing|firebomb|firebombing|spray|spraying|shoot up|shooting up|blow up|blowing up) (?:up )?(?:the|my|a|this|that|his|her|their|our) (?:whole |entire )?(?:clinic|methadone clinic|shelter|meeting|program|hospital|precinct|police station|station|courthouse|court|rehab|halfway house|sober house|dorm|campus|classroom|gym|bus|train|block|funeral|wedding|office|school|church|group(?! (?:chat|text|thread|me|home))|detox|treatment center|dispensary|pharmacy)\b(?! (?:an?|some|my|the) (?:email|e mail|message|text|note|dm|line|memo)\b)`}|${String.raw`(?:take out|kill|shoot|stab|hurt|murder) (?:everyone|everybody|all of them|every one of them|every last one of them|the whole (?:group|class|meeting|room|staff|shelter|program)) (?:at|in) (?:the|my|that|this|group|work|church|school|class|our)\b`}`,
    examples: ["I'm going to shoot up my workplace", 'im going to kill them all', 'i want to blow up the methadone clinic', 'gonna take out everyone at the meeting tomorrow'],
  },

  {
    id: 'en.harm-others.attack-plan', kind: 'harm-others', guards: OTHERS,
    // Mass violence, vehicles driven at people, poisoning someone's drink, "he's done" threats.
    source: String.raw`shoot(?:ing)? up (?:the|my|a|this|that|our|his|her) ${gap(1)}(?:school|office|work|workplace|job|church|store|mall|place|building|party|club|bar|plant|warehouse|meeting|class)|(?:car|truck|van|suv) (?:into|through|at) ${gap(1)}(?:people|crowd|a crowd|everyone|everybody|pedestrians|them|him|her)|(?:put|putting|slip|slipping|spike|spiking|mix|mixing) (?:some |a few |a little )?(?:something|stuff|poison|rat poison|bleach|antifreeze|pills|drugs) ${gap(1)}(?:in|into) (?:his|her|their|(?:my|our|the|his|her|their) [^ ]{1,24}s) (?:drink|drinks|food|coffee|beer|cup|plate|meal|soup|tea|water|juice|bottle|pills|meds|medicine|dinner)|(?:that|this) ${words('dude', 'guy', 'man', 'bitch', 'mf', 'fucker', 'asshole', 'bastard', 'punk', 'kid')} ${gap(4)}(?:is|s|gonna be|will be) (?:done|dead|finished|a dead man)(?= \.|$)|(?:hes|shes|theyre|youre) (?:a )?(?:dead man|dead meat)(?= \.|$)`,
    examples: ['thoughts of shooting up the warehouse where i worked', 'i want to drive my truck into a crowd', 'i keep thinking about slipping rat poison into her coffee', 'gonna mix a few pills into my stepmoms tea', 'that guy who robbed me is dead meat, that guy is done'],
  },


  {
    id: 'en.harm-others.slang-threat', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // Street words for killing or hurting someone: smoke, body, cap, slide on, end, off, take out, cut, key.
    source: String.raw`(?:${WILL}|im|ima|and|to|gon|bout to|ready to|tryna) (?:go |just |gon |fuckin |fucking |really |finally )?(?:smoke|body|bodybag|cap|clap|wet|shank|merk|murk|whack|snuff|slump|spin on|slide on|air out|stomp out|curb stomp|pistol whip|stab up|pop) ${VICTIM2}(?! (?:out|off|a|an|some|up|at|in|with|to|home|awake|back|over|down|for)\b)|(?:${WILL}|im|ima|and|to|gon|bout to|ready to|tryna|swear i|then|n|hed|id|theyd|he would|she would|i would) (?:go |just |gon |really |finally )?${words('end', 'ending', 'off', 'offing', 'cut', 'key', 'slash')} (?:him|her|them|em|that (?:dude|guy|bitch|mf|fool|clown|boy|kid)|this (?:dude|guy|bitch|mf))(?= \.|$| (?:tonight|for good|on god|fr|if|when|and|he|she|they|i|before|like|right now|rn|today|tomorrow|tmrw|next|after|too|myself)\b)|take (?:him|her|them|em|${VICTIM2}) out(?= \.|$| (?:for good|permanently|myself|on god|fr|if|before|first)\b)|finish (?:him|her|them|em) off|finish (?:it|the job|what (?:i|he|she|they) started) with (?:him|her|them)`,
    examples: ["gonna smoke this dude fr", "ima slide on him tonight", "swear i end him if he shows up", "told him ill cut him next time", "my uncle says he will take the landlord out.", "shes threatening to finish it with him tonight"],
  },
  {
    id: 'en.harm-others.slang-street', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // Street slang without a "gonna": on sight, get smoked, catch a body, air the block out, sliding on the opps.
    source: String.raw`(?:smoke|body|shoot|kill|stab|pop|jump|drop|beat|rock|slide on|spin on) ${VICTIM2} on sight|(?:gon|gonna|bout to|about to|will|is gonna|is getting|getting|gets|get) (?:get )?(?:smoked|bodied|popped|capped|clapped|merked|murked|whacked|slumped|wet up|aired out|stretched|smoked out)(?= \.|$| (?:tonight|today|tomorrow|tmrw|fr|on god|for real|if|when|next|soon|on sight)\b)|catch (?:a |another |my first )?bod(?:y|ies)|(?:bout to|about to|gonna|will|might|could|ready to|tryna) catch (?:a|another) case|air (?:this|the|that|his|her|their) (?:[^ ]{1,24} ){0,2}(?:block|party|spot|club|crib|opps|street|set) out|air (?:him|her|them|em|everybody|everyone) out|(?:sliding|slidin|spinning|spinnin) on ${VICTIM2}`,
    examples: ["smoke that boy on sight", "he gon get smoked tonight", "im about to catch a body", "bout to air the whole block out", "we sliding on the opps tonight"],
  },
  {
    id: 'en.harm-others.want-dead', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // Wanting someone dead; paying with a life.
    source: String.raw`(?:want|wanna see|wish|need|hope|praying) (?:him|her|them|em|that (?:man|guy|dude|bitch|mf|fucker)|(?:my|his|her) (?:[^ ]{1,24} )?(?:${PEOPLE}|${OTHER_PEOPLE})) (?:all |to be |to end up |was |were )?dead\b|(?:want|wanna see|wish|need|hope|praying) (?:him|her|them|em|that (?:man|guy|dude|bitch|mf|fucker)|(?:my|his|her) (?:[^ ]{1,24} )?(?:${PEOPLE}|${OTHER_PEOPLE})) (?:to end up |to be )?(?:in a body bag|in a coffin|in a casket|in the ground|six feet under|in the morgue|buried(?= \.|$| (?:alive|tonight|for good|forever)\b))|(?:ill|i will|im gonna|i can|i could|i wanna|i swear ill|i want to) make (?:him|her|them|em|that [^ ]{1,24}) disappear(?= \.|$| (?:for good|permanently|tonight|forever|and nobody|and no one)\b)|wish (?:he|she|they) (?:was|were) dead|pay (?:for (?:this|it|that|what (?:he|she|they) did) )?with (?:his|her|their|your) li(?:fe|ves)`,
    examples: ["i want him dead", "i wish he was dead", "he will pay for this with his life"],
  },
  {
    id: 'en.harm-others.weapon-use', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // A weapon to be used on someone, pointed at someone.
    source: eachOf(WEAPON_PARTS, (w) => String.raw`${w} ${gap(8)}(?:to )?use (?:it |them )?on ${VICTIM2}|(?:use|using|pull|pulling|point|pointing|aim|aiming|turn|turning) (?:the|my|a|his|her) ${w} (?:on|at) ${VICTIM2}`),
    examples: ["i have a knife and if he comes near me again ill use it on him", "pointing my gun at my stepdad right now"],
  },
  {
    id: 'en.harm-others.armed-going', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game', 'figurative.en.report-them', 'accidental.en.tool-for-a-job'],
    // Going after someone with a weapon: "got the strap and im pulling up", "bat in the trunk, headed to his place".
    source: String.raw`${GO_AFTER} ${gap(10)}(?:the|my|a|his|her|w|with|some|[^ ]{1,24}s) ${WEAPON}s?\b|(?:(?:the|my|a|his|her|w|with|some|[^ ]{1,24}s) ${WEAPON}s?|${CORE_WEAPON}) ${gap(10)}${GO_AFTER}|(?:loaded|loading|load|cocked|cocking|racked|racking|grabbed|grabbing|got out|took out|taking out|pulled out|pulling out|sharpened|sharpening) (?:the|my|a|his|her|dads|[^ ]{1,24}s) ${WEAPON}s? ${gap(10)}(?:(?:when|if|once|as soon as|the second) (?:he|she|they|that|the|my|his|her)|(?:hes|shes|theyre|youre) (?:done|dead|finished))|${eachOf(WEAPON_PARTS, (w) => String.raw`${w} ${gap(10)}(?:ill|i will|im gonna|gonna|i swear ill|wont hesitate to|not afraid to|ready to) use (?:it|them)\b`)}|im (?:getting|grabbing|gonna get|gonna grab|loading|gonna load|bout to get|about to get) (?:my|the|a|dads|[^ ]{1,24}s) (?:gun|strap|pistol|glock|rifle|shotgun|blick|blicky)(?= \.|$| (?:from|out|now|rn|right now|tonight|and)\b)`,
    examples: ["loaded my pistol and im heading to his place", "pulling up on that dude with the blick", "knife in my pocket, waiting for him outside his job"],
  },
  {
    id: 'en.harm-others.reckoning', kind: 'harm-others', guards: OTHERS,
    // What someone "has coming": they will regret it, be sorry, not get back up, not make it to the car.
    source: String.raw`(?:gets?|getting) what (?:she|he|they) (?:deserves?|has coming|have coming|got coming)(?! (?:in court|from (?:the )?(?:court|judge|law|system)|legally|in the divorce|at work))|(?:(?:he|she|they|hes|shes|theyre|theyll|hell|shell|everyone|everybody|(?:the )?whole (?:office|family|crew|school|class|unit)) (?:all )?(?:is |are |s )?(?:gonna|going to|will|about to)|(?:hell|shell|theyll)(?: \.)?) (?:regret|be sorry|pay for)(?= \.|$| that| it| this| when| for| tonight| what)|(?:hes|shes|theyre|he is|she is|they are) about to find out(?= \.|$)|what happens to (?:snitches|rats|people (?:who|that))|(?:in a box|in the ground|six feet under|in a body bag) by (?:tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next)|(?:aint|isnt|is not|not|wont be|wont|aint gonna be) (?:getting|gettin|gonna get|get) (?:back )?up(?= \.|$| again| from)|wont (?:ever )?(?:hurt|touch|bother|hit|rape) (?:anyone|anybody|her|him|them|us|my [^ ]{1,24}) (?:ever )?again (?:after|once|when)|(?:wont|not gonna|will not) make it (?:to|out of|past|out the) (?:the |her |his )?(?:car|door|driveway|street|house)|(?:ill|im gonna|gonna|i will|will) end (?:him|her|them)(?= \.|$| the| when| tonight| for| if| no)|put (?:that|this|him|her) (?:[^ ]{1,24} )?down (?:permanently|for good)|catch(?:ing)? these hands|(?:gonna|going to|will) meet my (?:\d+ gauge|gun|rifle|glock|shotgun|pistol|strap|piece|blade|bat|axe)|make sure (?:nobody|no one) (?:gets|has|sees|keeps) (?:them|her|him|the kids)|(?:wont|cant) (?:be able to )?hold (?:my|me) (?:hands )?back|(?<!(?:sounds like|sounded like|looks like|looked like|afraid|scared|worried|think|heard|hear) )(?:shes|hes|theyre|she is|he is) getting (?:cut|stabbed|shot|hurt|beat|jumped|smoked|popped)(?= \.|$| when| if| tonight| next| the)`,
    examples: ['she gets what she deserves tonight', 'theyre all gonna be sorry. the whole office', "He doesn't know it yet but he's going to regret that ruling", "He's about to find out.", 'gonna teach that snitch what happens to snitches. hes gonna be in a box by sunday', 'tonight i find him and he aint getting back up', 'he wont ever hurt anyone again after tonight', 'if she tries to leave with the baby she wont make it to the car', "i'll end him the second i see him", 'someone needs to put that guy down permanently', 'bout to catch these hands and worse', 'hes gonna meet my 12 gauge', 'ill make sure nobody gets them', 'God himself wont be able to hold my hands back', 'next time i see her shes getting cut'],
  },
  {
    id: 'en.harm-others.armed-and-ready', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport'],
    // A weapon readied or brought along, a list of names, voices or God ordering it.
    source: String.raw`(?:rifle|gun|scope)s? (?:is )?(?:zeroed|sighted in)|(?:got|have|has) (?:a|the|my) (?:piece|strap|gun|burner|blick|pistol) lined up|(?:brought|bringing|brung) something (?:with me|along)(?= \.|$)|took (?:my|his|her|the|dads|moms) (?:[^ ]{1,24} )?(?:knife|gun|axe|machete|bat|rifle|pistol)(?: [^ ]+){0,6} (?:hes|shes|theyre|he is|she is) (?:out|gone|headed|somewhere)|(?<!\bi (?:just |already |finally )?)took the (?:axe|machete|knife|gun|rifle|bat) out of|(?:cousins|boys|homies|crew|people|brothers) ${gap(2)}and the (?:heat|strap|piece|tool|blick)|(?:is|are) on (?:a|my) list(?= \.|$| and)|(?:god|voices?|the devil|jesus|the lord) (?:told|tells|telling|is telling) (?:him|her|me|them) ${gap(6)}(?:has|have|must|needs?|gotta) (?:to )?(?:kill|cleanse|purify|hurt|punish|destroy|get rid of|stop)`,
    examples: ["Everyone from my old unit who sold me out is on a list. Rifle's zeroed.", 'already got a piece lined up', 'waiting for him to come out. I brought something with me.', 'he took my hunting knife from the drawer. hes out somewhere now', 'he just took the axe out of the shed', 'got my cousins with me and the heat', 'god told him the neighbors are demons and he has to cleanse them'],
  },
  {
    id: 'en.harm-others.poisoning', kind: 'harm-others', guards: OTHERS,
    // Poison or crushed pills in someone's food or drink; an overdose given to someone in one's care.
    source: String.raw`(?:pills|poison|antifreeze|bleach|rat poison|something) ${gap(4)}(?:crushed up|going|goes|put|mixed)(?: [^ ]+){0,2} (?:in|into) (?:his|her|their|the) (?:coffee|drink|food|tea|sugar|soup|juice|bottle|water|dinner|lunch|breakfast)|(?:put|putting|slipped|slipping|mixed|mixing) (?:rat poison|poison|antifreeze|bleach|pills|something) (?:in|into) (?:the|his|her|their) (?:sugar|coffee|drink|food|tea|jar|soup|water|juice|dinner)|(?:extra|more|too much|a lot of) (?:morphine|insulin|fentanyl|meds|medicine|sedatives?|ativan) (?:so (?:he|she|they) (?:just )?(?:stops|stop|dies|goes quiet|shuts up)|to (?:make|shut) (?:him|her|them))`,
    examples: ["I have the pills crushed up. They're going in his coffee tomorrow morning.", 'I put rat poison in the sugar jar', 'thinking about giving him extra morphine so he just stops'],
  },
  {
    id: 'en.harm-others.harm-own-child', kind: 'harm-others', guards: OTHERS,
    // Thoughts of drowning a baby, or that one's children would be better off not alive.
    source: String.raw`(?:holding|hold|push|pushing|keep|keeping) (?:my |the |her |his )?(?:baby|son|daughter|kid|child|infant|newborn) under (?:the )?(?:bath )?water(?! (?:tap|faucet|spout|to (?:rinse|wash|cool)))|(?:kinder|better|better off|easier) if (?:they|my kids|my children|the kids|my baby|my son|my daughter) (?:werent|were not|wasnt|was not) (?:in this world|here|alive|around)`,
    examples: ["thoughts of holding my baby under the bath water", 'it would be kinder if they werent in this world either'],
  },
  {
    id: 'en.harm-others.found-them', kind: 'harm-others', guards: OTHERS,
    // Knowing where someone lives, said beside a threat or a weapon.
    source: String.raw`(?:deserves?|regret|be sorry|pay|gun|rifle|knife|waiting|hands|end (?:him|her)|kill|hurt|done being nice|find (?:him|her)) ${gap(12)}(?:\. )?(?:i )?(?:know|found out|figured out|finally found) (?:where|which) (?:[^ ]{1,24} ){0,2}(?:she|he|they) (?:lives|stays|stay|live|works|goes|drinks|parks|sleeps|hangs)|(?:i )?(?:know|found out|finally found out|figured out) (?:where|which) (?:[^ ]{1,24} ){0,2}(?:she|he|they) (?:lives|stays|stay|live|works|goes|drinks|parks) ${gap(12)}(?:\. )?(?:deserves?|regret|be sorry|pay|gun|rifle|knife|waiting|tonight|end (?:him|her)|kill|hurt|hands)`,
    examples: ['i finally found out where she lives. im done being nice. she gets what she deserves tonight', "i'll end him the second i see him. i know which bar he drinks at", 'Bought a gun today. The man who raped me lives 3 streets over, i know where he lives'],
  },
  {
    id: 'en.harm-others.deserves-to-die', kind: 'harm-others', guards: OTHERS,
    // Someone else "deserves to die" / "needs to die", with or without a plan said aloud.
    source: eachOf(['to die', 'to be dead', 'to be killed', 'to be put down'], (end) => String.raw`(?:he|she|they|him|her|them|hes|shes|theyre|that (?:guy|man|woman|dude|bitch|bastard|mf|fucker|asshole)|(?:my|his|her|the) (?:[^ ]{1,24} )?${PEOPLE}) (?:really |totally |fucking |honestly |just )?(?:deserves?|needs?|has|have|gotta|ought) ${end}`),
    examples: ['he deserves to die and im gonna do it', 'my stepdad needs to die for what he did'],
  },
  {
    id: 'en.harm-others.armed-waiting', kind: 'harm-others', guards: [...OTHERS, 'scope.en.weapon-used-on-writer'],
    // A weapon at hand while someone else is on the way, asleep or waited for.
    source: eachOf(WEAPON_PARTS, (w) => String.raw`${w} ${gap(6)}(?:\. )?(?:and )?(?:im |i am )?(?:waiting (?:for|on) (?:him|her|them|that|my|the)|(?:hes|shes|theyre|he is|she is|they are) (?:on (?:his|her|their) way|asleep|sleeping|coming (?:home|back|over))|(?:when|till|until|once) (?:he|she|they) (?:gets?|comes?|walks?) (?:home|back|in|here))`),
    examples: ["gun in my lap and he's on his way home", 'knife in my hand and he is asleep', 'i have the bat by the door, waiting for him to get back'],
  },
  {
    id: 'en.harm-others.grievance-hunt', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game', 'figurative.en.report-them'],
    // Going after the person who wronged one: "find the guy who sold my son", "hunt him down".
    source: String.raw`(?:${URGE}|left to|went to|went out to|gone to|headed out to|took off to|out to) (?:go )?${words('find', 'hunt down', 'go after', 'handle', 'jump', 'deal with', 'catch', 'pull up on', 'run up on', 'ride on')} ${GRIEVANCE}|${URGE} (?:go )?(?:get|see) ${GRIEVANCE}|hunt(?:ing|ed|s)? (?:down )?${VICTIM2}|hunt (?:him|her|them) down|(?:take|taking|took) care of ${GRIEVANCE_STRONG}|(?:get|getting) (?:back at|even with) ${GRIEVANCE_STRONG}|settle (?:the score|things|it|up) with ${GRIEVANCE_STRONG}`,
    examples: ["gonna go find the guy who robbed my mom", "my brother is hunting down the dealer who sold her that stuff"],
  },
  {
    id: 'en.harm-others.lethal-acts', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.media', 'scope.en.household-violence-done'],
    // How someone would be killed or badly hurt: smothered, pushed down stairs, run over, burned in a house, "in the ground".
    source: String.raw`(?:knife|blade|gun|pistol|strap|glock|razor|box cutter|screwdriver) (?:to|against|at|on) (?:his|her|their|(?:my|the) [^ ]{1,24}s) (?:throat|neck|head|temple|chest)|(?:throw|throwing|threw|toss|tossing|pour|pouring|splash|splashing) (?:some )?(?:acid|bleach|boiling water|hot oil|hot grease|hot water|lye|drain cleaner) (?:in|on|at|onto|into|over) (?:his|her|their|your|(?:my|the) [^ ]{1,24}s) (?:face|eyes|head|body)|(?:hold|holding|held|push|pushing|keep|keeping) (?:the baby|my baby|the babys head|his head|her head|(?:my|the) (?:son|daughter|newborn|infant|toddler|kid)) (?:under (?:the )?${words('water')}|underwater)(?= \.|$| (?:until|till|til|and|so|for)\b)|my (?:hands|hand|fingers|belt|rope|cord) (?:around|round) (?:his|her|their|(?:my|the|that) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:neck|throat)|(?:pillow|plastic bag|bag|towel|blanket|hand|hands) over (?:his|her|their|the babys|the baby|(?:my|our|his|her) (?:[^ ]{1,24} )?[^ ]{1,24}s|[^ ]{1,24}s) (?:face|mouth|nose|head)|(?:push|pushing|pushed|pushes|shove|shoving|shoved|throw|throwing|threw|toss|tossing|tossed|drop|dropping|dropped|dangle|dangling|slam|slamming|slammed|smash|smashing|smashed) ${VICTIM2} (?:down|off|out of|out|over|from|through|against|into|onto|on) (?:the |a |her |his |their |my )?(?:stairs|staircase|steps|balcony|roof|bridge|cliff|window|ledge|railing|moving car|wall|walls|floor|ground|crib|concrete|table|counter|pavement)|(?:put|putting|puts|send|sending|sent|throw|throwing|knock|knocking) (?:${VICTIM2}|(?:his|her|their) (?:head|face|ass)) (?:through|thru) (?:the |a |his |her |their |my )?(?:wall|walls|window|windshield|door|table|glass|floor|ceiling|drywall|windows)|(?:fist|fists|hand|knife|bat|brick|hammer|bottle|bullet|bullets|blade) (?:through|into|in|thru) (?:his|her|their|your|(?:my|his|her|our) (?:[^ ]{1,24} )?[^ ]{1,24}s|[^ ]{1,24}s) (?:face|head|skull|chest|teeth|throat|neck|gut|back)`,
    examples: ["i think about holding a pillow over his face", "gonna shove him down the stairs", "gonna put my fist through his face"],
  },
  {
    id: 'en.harm-others.run-over', kind: 'harm-others', guards: OTHERS,
    // Running someone over, driving into them.
    source: String.raw`${words('run', 'running', 'ran', 'runs')} ${VICTIM2} (?:over|down)\b|(?:run|running|ran|runs) over ${VICTIM2}|(?:car|truck|van|suv|vehicle|jeep) (?:into|through|at|over) ${VICTIM2}`,
    examples: ["next time he mouths off im running him over", "i want to drive my car into my stepdad"],
  },
  {
    id: 'en.harm-others.arson', kind: 'harm-others', guards: [...OTHERS, 'scope.en.threat-from-them'],
    // Burning someone, or their house or car.
    source: String.raw`burn(?:ing|ed|t|s)? ${gap(4)}(?:with|w) (?:[^ ]{1,24} )?[^ ]{1,24} (?:still )?(?:in it|inside|in there|in the house|in bed|sleeping)|burn(?:ing|t|ed)? (?:down )?(?:his|her|their|(?:my|the) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:house|place|home|apartment|trailer|car|truck)(?: down)?|(?:set|light|lit|setting|lighting) (?:him|her|them|his (?:house|car|place)|her (?:house|car|place)) on fire|on fire (?:while|with|when) (?:hes|shes|theyre|he|she|they|him|her|them) (?:is |are |s )?(?:still )?(?:in it|in there|inside|sleeping|asleep|in bed|home)`,
    examples: ["burn the place down with him inside", "gonna set his car on fire"],
  },
  {
    id: 'en.harm-others.in-the-ground', kind: 'harm-others', guards: OTHERS,
    // "Put him in the ground", "six feet under".
    source: String.raw`put(?:ting|s)? ${VICTIM2} (?:in|into|under|six feet under) (?:the |a )?${words('ground', 'dirt', 'grave', 'coma', 'wheelchair', 'body bag', 'morgue', 'casket', 'coffin')}|put(?:ting|s)? ${VICTIM2} six (?:feet|ft) (?:under|deep)|(?:${WILL}|im|ima|gon|bout to) (?:put|putting) (?:him|her|them|em|you|that [^ ]{1,24}|this [^ ]{1,24}|whoever|somebody|someone|anybody|anyone|his ass|her ass) in (?:the )?(?:hospital|icu|er|emergency room|trauma unit)(?! (?:for|because|bc|since|so|to get|until)\b)`,
    examples: ["i will put that man in the ground", "ima put him six feet under"],
  },
  {
    id: 'en.harm-others.intrusive-harm', kind: 'harm-others', guards: [...OTHERS, 'scope.en.threat-from-them', 'figurative.en.hurt-feelings', 'figurative.en.shoot-a-message', 'figurative.en.lyric-quote'],
    // Picturing, planning or fearing hurting a person (a baby too); voices telling one to; snapping; doing it again.
    source: eachOf(VIOLENCE_PARTS, (v) => String.raw`(?:picture|pictures|picturing|pictured|imagine|imagines|imagining|imagined|visuali[sz]\w*|fantasies|fantasy|fantasi[sz]\w*|daydream\w*|dream|dreams|dreaming|obsess\w*|plotting|plot|planning|plan|plans|thinking|think|thought|thoughts|urges?|impulses?|images?|visions?|scared|afraid|terrified|worried|keep seeing myself|could|might|almost|flash|flashes|scenes?|get thoughts) ${gap(3)}(?:about |of |on |to |ill |i will |im gonna |i might )?${v} ${VICTIM2}${NOT_A_GAME}${NOT_IDIOM}|${URGE} ${gap(2)}${v} (?:up )?${VICTIM2}${NOT_A_GAME}${NOT_IDIOM}`),
    examples: ["i keep picturing stabbing my stepfather", "i'm scared i'll shake the baby when she screams", "i want to smother my husband"],
  },
  {
    id: 'en.harm-others.command-voices', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.hurt-feelings', 'figurative.en.shoot-a-message'],
    // Voices or "my head" telling one to hurt someone.
    source: String.raw`(?:voices?|god|satan|the devil|demons?|the thoughts|my head|my brain) ${gap(4)}(?:tell|tells|telling|told|want|wants|wanting|command\w*|order\w*|keep saying|say|says) (?:me |him |her |them |(?:my|his|her|their) [^ ]{1,24} )?(?:to )?(?:hurt|harm|kill|stab|attack|shoot|poison|strangle|choke|drown|smother|burn) ${VICTIM2}`,
    examples: ["the voices say to hurt my roommate", "my head keeps telling me to stab my dad"],
  },
  {
    id: 'en.harm-others.snap-again', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.hurt-feelings', 'figurative.en.shoot-a-message'],
    // Snapping and hurting someone; having hit someone and wanting to again.
    source: String.raw`(?:snap|lose it|lose control|flip out|flip|black out|go off|lash out) (?:and|n) ${gap(2)}(?:hurt|kill|stab|shoot|attack|beat|choke|strangle|hit) ${VICTIM2}|(?:slapped|hit|punched|hurt|shook|choked|beat|kicked|pushed|shoved|smacked|strangled|grabbed) ${VICTIM2} ${gap(8)}(?:do it again|again harder|harder next time|finish (?:it|the job))`,
    examples: ["i could snap and hurt someone at work", "shoved my sister and i want to do it again harder"],
  },
  {
    id: 'en.harm-others.not-safe-with', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.hurt-feelings', 'figurative.en.shoot-a-message'],
    // Not safe with someone: not trusting oneself around them, afraid to be alone with a baby.
    source: String.raw`dont trust myself (?<!\b(?:razors?|blades?|knives|knife|scissors|pills|meds|sharps|lighters?)\b.{0,80}dont trust myself )(?:around|with|near|alone with) ${VICTIM2}|(?:afraid|scared|terrified|worried|nervous) (?:to be|of being|being|to stay) alone with ${VICTIM2}|what (?:i|im) (?:might|could|would|will|am gonna|m gonna|may|gonna|about to|bout to|am about to|wanna|really wanna|plan to|planning to|am planning to) do to ${VICTIM2}|(?:imagin\w*|picture|pictures|picturing|pictured|visions? of|images? of|flashes of|thoughts of) (?:the |my |our )?(?:baby|babies|newborn|infant|son|daughter|toddler) (?:drowning|dying|dead|suffocating|choking|bleeding|falling|getting hurt)(?: ${gap(3)}(?:because of me|by me|my fault|my hands|i did))|dont trust myself not to (?:hurt|kill|hit|attack|strangle|shake|choke) |(?:outside|near|in front of|across from|down the street from|parked (?:outside|at|by)) ${gap(3)}(?:house|place|apartment|work|job|door|school|building) ${gap(8)}(?:dont|cant|do not) trust myself`,
    examples: ["i dont trust myself around my son tonight", "scared to be alone with my baby", "im afraid of what i might do to my roommate", "i keep imagining my baby drowning because of me", "sitting outside her house and i dont trust myself"],
  },
  {
    id: 'en.harm-others.hands-on', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.hurt-feelings', 'figurative.en.shoot-a-message'],
    // Fight slang: put hands on, stomp out, beat his ass.
    source: String.raw`(?:${URGE}) ${gap(2)}(?:put|putting|lay|laying) (?:my )?hands on ${VICTIM2}|${URGE} ${gap(2)}${words('stomp', 'stomping', 'knock', 'knocking', 'lay', 'laying')} (?:him|her|them|em|that [^ ]{1,24}|this [^ ]{1,24}) (?:out|the fuck out|tf out)(?! (?:of|for|to)\b)|${URGE} (?:go )?(?:beat|whoop|kick|bust|tear) (?:his|her|their|that(?: [^ ]{1,24})?|this(?: [^ ]{1,24})?) ass(?! (?:at|in)\b)`,
    examples: ["gonna go put hands on my ex", "ima stomp him out", "im gonna beat his ass"],
  },
  {
    id: 'en.harm-others.revenge-threat', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.pay-in-money'],
    // "Make him pay", "somebody is getting hurt", "he's dead when I see him", hit lists, threats to kill others.
    source: String.raw`(?<!(?:karma|god|the court|the courts|the law|justice|life|the judge|jail|prison|the system|the universe|the state|a lawyer|my lawyer) (?:will|is gonna|gonna|shall|would|can|to|should|is going to) )make ${VICTIM2} (?:${gap(3)})?\bpay(?= \.|$| (?:for (?:what|this|hurting|touching|doing|taking|everything|it all|cheating|lying|leaving|snitching|ratting|reporting|firing|that|it)|theyll|hell|shell|i|on|fr)\b)|(?:hit ?list|kill ?list|death ?list)|list of (?:ppl|people|names|kids|students|teachers|classmates|everyone|everybody|guys|girls|those) (?:who|that|he|she|i|to|they) ${gap(2)}(?:bullied|hurt|wronged|hates?|hated|messed|picked|laughed|kill|shoot|hurt|get|pay|deserve)|threat(?:en|ens|ening|ened) (?:to )?(?:kill|hurt|shoot|stab|murder|beat|strangle|choke|burn|run over|take out|smother|drown) (?!(?:me|us|myself|himself|herself|themselves|themself|you)\b)|(?:who|that) ${gap(6)}(?:killed|hurt|raped|molested|abused|robbed|jumped|shot|stabbed|beat) ${gap(12)}nothing (?:left )?to lose|(?:know where (?:he|she|they|that [^ ]{1,24}|the [^ ]{1,24}) (?:lives|live|sleeps|sleep|stays|works|is staying|parks|drinks|hangs out|goes to church|gets off)|(?:have|got|found|has) (?:his|her|their|the) (?:home )?address) ${gap(8)}(?:going (?:over|there|tonight)|tonight|with the|dead|pay|gun|strap|knife|bat|schedule|routine|when (?:he|she|they) (?:leaves|gets off|gets home|is alone)|(?:im |i am )?(?:done|tired of|sick of) (?:waiting|talking|being nice|asking)|(?:cops|police|courts?) (?:wont|arent|dont|didnt|never|aint)|(?:handle|handling|take care of) (?:it|this|him|her) (?:myself|my way|my self)|(?:into|in) my own hands)|know where (?:he|she|they|that [^ ]{1,24}|the [^ ]{1,24}) (?:sleeps|sleep)(?= \.|$)`,
    examples: ["im gonna make that man pay for what he did", "my nephew has a list of kids who bullied him", "my husband keeps threatening to kill our neighbor"],
  },
  {
    id: 'en.harm-others.getting-hurt', kind: 'harm-others', guards: OTHERS,
    // "Somebody is getting hurt", "he's not walking away", "dead when I see him".
    source: String.raw`(?:he|she|they|hes|shes|theyre) (?:is |are )?(?:wont|will not|not gonna|aint gonna|isnt gonna|arent gonna|not) (?:gonna )?like what (?:im gonna do|im about to do|i do to (?:him|her|them)|ill do to (?:him|her|them)|i will do to (?:him|her|them))|(?:somebody|someone|people|ppl|sb) (?:is|are|s|gonna|will|about to|bout to|is gonna|is about to) (?:get|getting|be getting) (?:hurt|shot|stabbed|killed|smoked|bodied|popped|jumped|dropped)(?! (?:if (?:they|you|we|nobody|no one|someone|somebody|people) (?:dont|doesnt|do not|never|keep|leave|arent)|on (?:that|those|the|this))\b)|(?:is|are|s) (?:about to|bout to|gonna) get (?:hurt|shot|stabbed|smoked|bodied|popped|jumped|dropped)(?= \.|$| (?:tonight|right now|rn|on god|fr|for real)\b)|(?:hes|shes|theyre|youre|he|she|they|you) (?:is |are )?(?:not|aint|wont|never) (?:gonna )?(?:walk|walking|be walking) away(?= \.|$| (?:from (?:this|it|that|me)(?: alive)?(?: this time| tonight)?(?= \.|$| (?:i|and|if)\b)|this time|tonight|alive)\b)|(?:wont|not gonna|aint gonna|never gonna) (?:make it|get|go|going) (?:out|home|back) alive|(?:is|s|are|hes|shes|theyre|youre|so) (?:so |fucking |fkn |already |gonna be |bout to be )?dead (?:when|once|the second|the minute|the moment|as soon as|next time|if) (?:i|we|my boys) (?:see|find|catch|get|run into|lay eyes on) (?:him|her|them|em|you|that|this|the|his|her)\b`,
    examples: ["if they come near my son somebody is getting hurt", "her new boyfriend is about to get hurt.", "he is dead the second i see him", "hes not walking away this time"],
  },
  {
    id: 'en.harm-others.street-moves', kind: 'harm-others', guards: OTHERS,
    // Ambush and beat-down slang: catch him lacking, run up on him, fuck him up, wet him up; wanting to see someone bleed.
    source: String.raw`catch(?:ing)? (?:him|her|them|em|${VICTIM2}) (?:lacking|lackin|slipping|slippin)(?! on\b)|run(?:ning)? up on (?:him|her|them|em|${VICTIM2})|(?:${WILL}|im|ima|and|gon|bout to|tryna|then) (?:go |just |really )?${words('fuck', 'fck', 'mess', 'wet', 'light', 'shoot', 'stab', 'cut', 'tear', 'bust', 'jack', 'rough')} (?:him|her|them|em|that [^ ]{1,24}|this [^ ]{1,24}) up\b|(?:${WILL}|im|ima|and|gon|bout to|tryna|then) (?:go |just |really )?\bfk (?:him|her|them|em|that [^ ]{1,24}|this [^ ]{1,24}) up\b|(?:wanna|want|need|gonna|going|gotta|love to|like to|cant wait to) (?:to )?(?:see|watch|make) (?:him|her|them|em|${VICTIM2}|${GRIEVANCE_STRONG}(?: [^ ]{1,24}){0,3}) ${words('bleed', 'suffer', 'beg', 'scream', 'die')}\b`,
    examples: ['gonna catch him lacking tonight', 'we gonna run up on him after school', 'ima fuck him up when i see him', 'i want to see him bleed'],
  },
  {
    id: 'en.harm-others.scary-thoughts-child', kind: 'harm-others', guards: OTHERS,
    // A parent's frightening thoughts about their baby or child; "what if I hurt my baby".
    source: String.raw`(?:scary|dark|awful|horrible|terrible|intrusive|evil|sick|violent|disturbing|unwanted|frightening|terrifying) (?:thoughts?|images?|visions?|urges?|pictures?|fantasies|flashes) (?:about|of|involving) (?:hurting |harming )?(?:my|the|our|his|her) (?:[^ ]{1,24} )?(?:baby|babies|newborn|infant|son|daughter|kids?|children|toddler|child|twins)|what if i (?:accidentally |just |actually |really )?(?:${VIOLENCE}|shake|smother|drop|drown) (?:${VICTIM2})`,
    examples: ['im having scary thoughts about my baby', 'what if i hurt my baby', 'i get these awful images of hurting my newborn'],
  },
  {
    id: 'en.harm-others.homicidal', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.media', 'negation.en.answered-no'],
    // Homicidal or violent thoughts, going on a rampage, doing "something" to someone, "he won't live to see tomorrow".
    source: String.raw`homicidal\w*|(?:violent|murderous) (?:thoughts|urges|fantasies|impulses|ideas|feelings)|(?:thoughts|urges|fantasies|ideas) (?:of|about) (?:murder|murdering|killing people|killing someone|killing somebody|violence|hurting people|mass shootings?|(?:hurting|harming|killing) (?:others|other people|somebody|someone|anyone))|(?:go|going|gonna go|wanna go|want to go|about to go) on a (?:rampage|spree)|(?:killing|shooting|stabbing) spree|(?:${URGE}|(?:afraid|scared|terrified|worried) (?:im|i am|i will|ill|i might) (?:gonna )?|before (?:i|i end up|i actually|i really)) ${gap(2)}do something (?:bad |terrible |awful |stupid |crazy |horrible )?to ${VICTIM2}|(?:wont|will not|not gonna|aint gonna|never gonna|isnt gonna) live to see (?:tomorrow|sunrise|another day|the morning)`,
    examples: ['i have homicidal thoughts', 'having violent thoughts about my coworkers', 'i want to go on a rampage', "I'm afraid I'm going to do something to my husband", "he won't live to see tomorrow"],
  },
  {
    id: 'en.harm-others.never-again', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Taking it into one's own hands: "make sure he never hurts anyone again".
    source: String.raw`make sure (?:he|she|they|that [^ ]{1,24}) (?:never|wont|cant|will never|can never) (?:hurts?|touch|touches|hits?|breathes?|walks?|wakes? up|comes? near|bothers?) ${gap(2)}(?:again|anyone|anybody|her|him|them|my|another)`,
    examples: ["I'm going to make sure he never hurts anyone again"],
  },
  {
    id: 'en.harm-others.staking-out', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them', 'figurative.en.pickup', 'figurative.en.harm-sport', 'accidental.en.tool-for-a-job'],
    // Waiting outside someone's home or work with a weapon or a grievance: "sitting outside his house, he knows what he did".
    source: String.raw`(?:outside|across from|across the street from|in front of|down the street from|parked (?:at|by|near)) ${TARGET_PLACE} ${gap(18)}(?:(?:with |w )?(?:the |my |a )?${WEAPON}\b|(?:knows?|knowing) (?:what|wat) (?:he|she|they) (?:did|done)|(?:gonna|will|finna|about to|bout to) (?:learn|pay|regret)|talk me down|stop me|dont trust myself|(?:just )?waiting (?:for|on) (?:him|her|them|em) to (?:come out|walk out|leave|get off|come home|get home|show up|step out|pull up)|(?:it|this) (?:ends|is ending) tonight|end this tonight|(?:its|it is|this is|thats) (?:not|aint) (?:gonna|going to) (?:be|end) (?:good|pretty|well)|(?:idk|dont know|do not know|not sure) what (?:im|i am|ill|i will) (?:gonna |going to )?do (?:to|when|if|but)|before i do something)`,
    examples: ["sitting outside his house right now, he knows what he did", "im parked outside my exs place with my gun, someone talk me down"],
  },
  {
    id: 'en.harm-others.weapon-lesson', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game'],
    // A weapon and "he's gonna learn", "she'll pay", "they'll regret it".
    source: `${eachOf(WEAPON_PARTS, (w) => String.raw`${w} ${gap(8)}(?:hes|shes|theyre|he|she|they|hell|shell|theyll|youll|that [^ ]{1,24}|my [^ ]{1,24}) (?:is |are |s )?(?:(?:gonna|will|finna|about to|bout to|gon|is gonna|is about to) )?(?:learn(?! (?:to|how)\b)|pay(?! (?:me|you|us|back|the|rent|it|half|cash|for (?:it|the|his|her|their|my|a))\b)|regret|be sorry|get what|get whats coming)`)}|${String.raw`(?:knife|blade|gun|strap|bat|glock|pistol|machete) (?:for|4) (?:whoever (?:[^ ]{1,24} )?(?:touched|hurt|jumped|robbed|raped|shot|stabbed|killed|sold|snitched|messed with|comes near|comes at|disrespects|touches)|${GRIEVANCE_STRONG})|(?:learn (?:tonight|today|the hard way)|pay for what (?:he|she|they) did|regret (?:it|this|that) ${gap(2)}(?:tonight|today)) ${gap(8)}(?:the |my |a |w |with )${WEAPON}\b`}`,
    examples: ['bought a bat for my roommate, hes gonna learn tonight', 'got the strap in the car, that clown will pay', 'he is gonna pay for what he did, i got my knife'],
  },
  {
    id: 'en.harm-others.asked-and-yes', kind: 'harm-others', guards: [...OTHERS, 'negation.en.answered-no', 'figurative.en.harm-game'],
    // An intake question about hurting others answered yes; almost having killed or stabbed someone.
    source: String.raw`(?:hurting|harming|killing|hurt|harm|kill) (?:others|other people|someone else|anyone else|anybody else) ${gap(3)}(?:\. )?(?:yes|yeah|yep|yea|ya|i have|i do|sometimes|every day|everyday|all the time|a lot)\b|(?:almost|nearly|came close to|close to|so close to) (?:killed|stabbed|shot|strangled|choked|smothered|ran over|run over|beat|killing|stabbing|shooting|strangling|choking|smothering|running over|beating) ${VICTIM2}${NOT_A_GAME}`,
    examples: ['do you have thoughts of harming others? yes, my neighbor', 'i almost stabbed my brother last night'],
  },
  {
    id: 'en.harm-others.hired-or-hunting', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game'],
    // A hit put out on someone, someone paid to hurt them; a knife sharpened for them; a car rammed into theirs; following them till "tonight".
    source: String.raw`(?:put|have|got|take|took|placed|paid for|pay for) a hit (?:out )?on (?:him|her|them|em|(?:my|his|her|that|this) (?:${PEOPLE}|${OTHER_PEOPLE}))\b|(?:pay|paid|paying|hire|hired|hiring) (?:somebody|someone|a guy|a dude|some guys|people|my boys|my cousin) ${gap(2)}to (?:kill|hurt|beat up|jump|off|smoke|shoot|stab|rough up|break (?:his|her) legs) (?:him|her|them|em|(?:my|his|her|that|this) (?:${PEOPLE}|${OTHER_PEOPLE}))\b|(?:a hitman|a hit man|hitmen)|sharpen\w* (?:my|the|a|his|her) (?:knife|knives|machete|blade|axe|hatchet) ${gap(4)}(?:thinking (?:about|of)|for|waiting for|picturing) (?:him|her|them|em|that [^ ]{1,24}|(?:my|his|her|the|our) (?:[^ ]{1,24} )?(?:${PEOPLE}|${OTHER_PEOPLE})s?)(?= \.|$| (?:and|tonight|again|when|who|because|bc)\b)|(?:ram|ramming|rammed|run|running|ran|drive|driving|drove|crash|crashing|crashed|smash|smashing|smashed) (?:my )?(?:car|truck|van|suv|jeep) (?:into|through) (?:his|hers|theirs|him|her|them|(?:his|her|their) (?:car|truck|van|house|door))(?= \.|$| )|(?:following|stalking|watching|tracking|tailing|followed|watched) (?:him|her|them|that [^ ]{1,24}|my [^ ]{1,24}) ${gap(6)}(?:tonight is the night|tonight its happening|it (?:ends|happens) tonight|tonight (?:im|i am|i will|ill) (?:do|doing|end|finish|make|get|handle))`,
    examples: ['i have a hit out on him', 'paid somebody to beat up my ex', 'i keep sharpening my knife thinking about him', 'thinking about running my car into his', 'ive been following him for days, tonight is the night'],
  },
  {
    id: 'en.harm-others.armed-and-located', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game'],
    // A weapon and knowing where the person is, or waiting for them with it.
    source: `${eachOf(WEAPON_PARTS, (w) => String.raw`${w} ${gap(8)}know (?:exactly )?where (?:(?:he|she|they|that [^ ]{1,24}|the [^ ]{1,24}) (?:is|lives|live|sleeps|works|stays|hangs out|will be|parks)|hes|shes|theyre)\b`)}|${eachOf(WEAPON_PARTS, (w) => String.raw`(?:wait|waiting|waited|wait up) ${gap(4)}(?:for|on) (?:him|her|them|that [^ ]{1,24}|(?:my|his|her|the) (?:${PEOPLE}|${OTHER_PEOPLE})) ${gap(6)}(?:with|w) (?:the|my|a|his|her|dads|[^ ]{1,24}s) ${w}(?! to (?:cut|open|slice|peel|split)\b)`)}`,
    examples: ['got my gun and i know where he lives', "i'll wait for him after his shift with the knife"],
  },
  {
    id: 'en.harm-others.coming-to-them', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // "He's gonna get what's coming to him tonight", said with a time or an oath; revenge on a whole group.
    source: String.raw`(?:tonight|today|i swear|swear to god|on god|on my mama|ill make sure|im gonna make sure|im making sure|by my hand) ${gap(4)}(?:hes|shes|theyre|he|she|they|hell|shell|theyll|that [^ ]{1,24}) (?:is |are )?(?:gonna |will |bout to |about to |gon )?(?:get|gets|getting) (?:whats|what is|what hes|what shes) coming|get (?:whats|what is) coming (?:to (?:him|her|them) )?(?:tonight|today|from me|by my hand|when i (?:see|find|catch))|(?:he|she|they|hes|shes|theyre|that [^ ]{1,24}) (?:is |s )?(?:gonna|gon|finna|bout to|about to|will) get it ${gap(2)}(?:on (?:everything|god|my mama|my life|my kids)|i swear|fr fr)|(?:bought|buying|got|getting|picked up) (?:some |more |a box of |extra )?(?:bullets|ammo|rounds|shells|mags|an extended clip|a clip) ${gap(3)}for (?:him|her|them|that [^ ]{1,24})(?= \.|$| (?:tonight|today|tomorrow|when|if)\b)|revenge (?:on|against) (?:them all|everyone|everybody|all of them|every one of them|all of you|the whole)|(?:bloody|violent|deadly) revenge`,
    examples: ["tonight he's gonna get what's coming to him", 'i swear she will get whats coming', 'im getting revenge on all of them'],
  },
  {
    id: 'en.harm-others.fire-and-fuel', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Fuel poured on someone or their car or house; loading up to go to a school or workplace.
    source: String.raw`(?:pour|pouring|poured|splash|splashing|splashed|douse|dousing|doused|soak|soaking|soaked) (?:some )?(?:gas|gasoline|lighter fluid|kerosene|diesel|bleach|acid) (?:on|over|all over|around|in) (?:him|her|them|his|her|their|(?:my|the) [^ ]{1,24}s)|(?:loading up|loaded up|strapping up|strapped up|arming up|armed up)(?! (?:the|my|a|on|with (?:groceries|food|snacks))\b) ${gap(6)}(?:school|work|church|the office|the mall|the party|the club|campus|class|the plant|the warehouse|the meeting)`,
    examples: ['gonna pour gasoline on his car and light it', "i'm loading up and going to the school tomorrow"],
  },
  {
    id: 'en.self-harm.reopen-or-new', kind: 'self-harm', guards: [...HARM, 'accidental', 'figurative.en.cuts-of-things', 'accidental.en.wound-source'],
    // Reopening old cuts ("reopened the old ones"), picking at them, wanting to make new or deeper ones.
    source: String.raw`re ?open(?:ed|ing|s)? (?:my |the |her |his |those |these |all the )?(?:old |fresh |new |last )(?:ones|one|cuts?|scabs?|stitches|marks)|re ?open(?:ed|ing|s)? (?:my|the|her|his|those|these) (?:cuts|scabs|stitches)|(?:ones|cuts|lines|marks)(?<=\b(?:cuts|cutting|scars|scabs|blade|blades|razor|razors|sh) ${gap(10)}(?:make|making|made|do|doing|add|adding) (?:some |a few |a couple )?(?:new|more|fresh|deeper) (?:ones|cuts|lines|marks))(?= \.|$| (?:tonight|today|again|rn|bad|so bad|right now|on)\b)|(?:picking|pick|picked|peeling|peel|scratching) (?:at |open )?(?:the|my|her|his) (?:cuts|scabs|wounds|stitches) ${gap(8)}(?:make|cut|bleed|open|deeper|new ones)`,
    examples: ['reopened the old ones last night', 'cant stop picking at my cuts and i want to make new ones', 'she reopened her cuts in the shower', 'the blade is right there, wanna make more lines tonight'],
  },
  {
    id: 'en.self-harm.wants-it-again', kind: 'self-harm', guards: HARM,
    // Hurt oneself on a wall or door till the skin split or bled, and wanting to do it again (not an accident, then).
    source: String.raw`(?:punch|punched|punching|hit|hitting|slammed|slamming|bang|banged|banging|smash|smashed|kicked|kicking) ${gap(6)}(?:until|till|til|untill) ${gap(4)}(?:split|bled|bleed|bleeding|broke|cracked|bruised|swelled) ${gap(6)}(?:wanna|want to|gonna|going to|need to|itching to|tempted to|cant wait to) do it again`,
    examples: ['hit the door till my hand bled and i wanna do it again'],
  },
  {
    id: 'en.harm-others.intent-signals', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.harm-sport'],
    // Running someone off the road, shooting on sight, a weapon kept for when they come in, a weapon brought along
    // with no trust in oneself, driving to their place armed, a list of the people who ruined one's life.
    source: [
      String.raw`(?:run|ran|running|runnin|drive|drove|driving|push|pushed|pushing|force|forced|forcing) (?:him|her|them|em|(?:my|his|her|their|that|this|the) (?:[^ ]{1,24} )?[^ ]{1,24}) off the road`,
      String.raw`(?:shoot|shooting|shot|kill|killing|stab|stabbing|blast|blasting|smoke|smoking) (?:him|her|them|em|that [^ ]{1,24} )?on sight`,
      ...WEAPON_PARTS.map((w) => String.raw`${w} ${gap(10)}if (?:he|she|they|that [^ ]{1,24}|my [^ ]{1,24}) ${gap(6)}(?:im|ill|i will|im gonna|i am gonna|i am|i swear im) (?:using it|use it|gonna use it|swinging|shooting|stabbing|not holding back)`),
      ...WEAPON_PARTS.map((w) => String.raw`(?:brought|bring|bringing|carrying|packing|packed|grabbed|have|got) (?:my|a|the|his|her|dads|moms)(?: dads| moms| brothers| uncles)? ${w} ${gap(12)}(?:dont trust myself|cant trust myself|do not trust myself|what ill do|what i might do|before i do something|im gonna snap|about to snap|bout to snap|gonna snap)`),
      ...WEAPON_PARTS.map((w) => String.raw`(?:driving|drove|headed|heading|going|walking|on (?:his|her|my|their) way) (?:over )?to (?:his|her|their|my|that|the) (?:[^ ]{1,24} )?(?:house|place|apartment|job|work|office|school|shop|trailer) (?:with|w) (?:the|a|his|her|my|a loaded|the loaded) ${w}`),
      String.raw`(?:list|names) (?:\. )?(?:of )?(?:names (?:of )?)?(?:ppl|people|everyone|everybody|those|the ones|kids|guys|them) (?:who|that) ${gap(2)}(?:ruined|wronged|destroyed|betrayed|screwed|fucked) (?:my life|me over|me up|me)`,
      String.raw`(?:snapping|snap|going off|losing it|gonna lose it) on (?:one of (?:em|them|those [^ ]{1,24})|him|her|them|em|somebody|someone|${VICTIM2}) ${gap(6)}(?:keep |cant stop )?(?:picturing|imagining|fantasizing)`,
    ].join('|'),
    examples: ['gonna run my ex off the road if i see her car', 'that dealer comes back im shooting on sight', 'bat next to my bed and if he comes in here im using it', 'brought my knife to work and i dont trust myself', 'he is driving over to her place with the gun', 'i wrote a list of people who ruined my life', 'so close to snapping on one of em, i keep picturing it'],
  },
  // ============================== round 4 (families, veterans, first responders) ==============================
  {
    id: 'en.self-harm.snap-band', kind: 'self-harm', guards: [...HARM, 'accidental'],
    // A rubber band or hair tie snapped on the wrist until it welts or bleeds, or no longer "enough".
    source: String.raw`(?:snap|snaps|snapping|snapped|flick|flicks|flicking|flicked) (?:the |a |my |her |his |their )?${words('rubber band', 'rubberband', 'hair tie', 'hairtie', 'elastic', 'hair band', 'hairband', 'scrunchie')}s? ${gap(6)}(?:so hard|until|till|til|bleeds?|bleeding|bled|welts?|welted|welting|bruis\w*|purple|raw|wasnt enough|isnt enough|not enough|no longer enough)|${words('rubber band', 'rubberband', 'hair tie', 'hairtie', 'hair band', 'hairband')}s? (?:isnt|wasnt|arent|werent|is not|was not|not|is no longer|stopped|stopped being) (?:enough|working|helping|cutting it)(?! (?:for (?:my|her|his) hair|to hold))`,
    examples: ['she keeps snapping a hair tie on her wrist till it bleeds', 'snapped the rubber band so hard it left welts and it still wasnt enough', 'the rubber band isnt enough anymore'],
  },
  {
    id: 'en.self-harm.body-on-purpose', kind: 'self-harm', guards: HARM,
    // Slamming, crushing, hitting a part of one's own body on purpose or with a tool: a door, a hammer, a belt.
    source: String.raw`(?:slam|slams|slamming|slammed|smash|smashes|smashing|smashed|crush|crushes|crushing|crushed|jam|jams|jamming|jammed|shut|shuts|shutting|hit|hits|hitting|bang|bangs|banging|banged|punch|punches|punching|punched|bash|bashes|bashing|bashed|twist|twisting|twisted|bend|bending|bent|stab|stabbing|stabbed|poke|poking|poked|pinch|pinching|pinched) (?:my|his|her|their) (?:own )?(?:${BODY}|head|face|fingers?|thumbs?|nails?) ${gap(6)}(?:on purpose|deliberately|intentionally|purposely|purposefully|to feel (?:something|anything|pain)|to punish)|${words('hitting', 'beating', 'bashing', 'smashing', 'whacking', 'striking', 'pounding', 'hammering')} (?:my|his|her|their) (?:own )?(?:legs?|arms?|thighs?|head|hands?|knees?|stomach|face|wrists?|shins?|ribs|feet|foot|knuckles|forearms?) (?:with|against|on) (?:a |the |my |his |her |their )?(?:hammer|belt|bat|brick|rock|stick|book|pan|frying pan|bottle|hairbrush|wrench|ruler|shoe|remote|pole|cast iron|rolling pin|baseball bat)`,
    examples: ['my brother keeps slamming his hand in the car door on purpose', 'she is hitting her thighs with a hairbrush in the bathroom', 'crushed my fingers in the drawer on purpose'],
  },
  {
    id: 'en.self-harm.tool-on-skin', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.wound-source', 'accidental.en.medical-needle', 'figurative.en.itch.self'],
    // Digging, scraping or "going at" one's skin with a needle, pin, sandpaper, blade; opening a leg with a blade.
    source: String.raw`(?:dig|digs|digging|dug|jab|jabs|jabbing|jabbed|poke|pokes|poking|poked|stab|stabs|stabbing|stabbed|scratch|scratches|scratching|scratched|scrape|scrapes|scraping|scraped|gouge|gouges|gouging|gouged|pick|picks|picking|picked|rub|rubs|rubbing|rubbed|sand|sanding|sanded|going|go|goes|went|gone) (?:at |into )?${ON_BODY} (?:with|w) (?:a |the |my |her |his |some |an )?${words('needle', 'needles', 'pin', 'pins', 'safety pin', 'nail', 'knife', 'blade', 'blades', 'razor', 'razor blade', 'scissors', 'compass', 'paperclip', 'paper clip', 'glass', 'broken glass', 'shard', 'sandpaper', 'steel wool', 'wire', 'thumbtack', 'lighter', 'box cutter', 'fork', 'eraser', 'staple', 'wire brush', 'pumice', 'screw')}(?! (?:for|to (?:draw|take|get|check|give)) (?:blood|bloodwork|labs|a test|tests|my shot|the shot|a shot|insulin|the iv|an iv|the vaccine|a vaccine|my meds|medicine))|${words('needle', 'pin', 'safety pin', 'sandpaper', 'steel wool', 'eraser', 'blade', 'razor', 'box cutter', 'broken glass', 'shard', 'wire brush')} ${gap(10)}(?:going|go|goes|went|digging|scraping|rubbing|sanding|scratching|picking) (?:at |into )?${ON_BODY} (?:with|w) (?:it|them)|(?:stab|stabs|stabbing|stabbed|jab|jabs|jabbing|jabbed) ${ON_BODY} (?:with|w) (?:a|the|my|her|his|some|an) |(?:opened|open|opening|opens) (?:up |open )?${ON_BODY} (?:up |open )?(?:with|w) (?:a |the |my |her |his )?(?:blade|razor|razor blade|knife|box cutter|exacto|scissors|glass|shard|utility knife)|${ON_BODY} (?:all |are |is |got )?(?:scratched|scraped|gouged|carved|dug) (?:up |open |raw )?(?:with|w) (?:a |the |my |her |his |some )?${words('needle', 'pin', 'safety pin', 'paperclip', 'paper clip', 'compass', 'blade', 'razor', 'glass', 'shard', 'box cutter', 'scissors', 'thumbtack', 'staple')}`,
    examples: ['been digging at my arms with a needle', 'my sister is scratching her wrist with a paperclip in her room', 'her wrists scratched up w a paperclip again', 'got sandpaper and im going at my forearm with it again', 'opened up my leg with a blade in the work bathroom'],
  },
  {
    id: 'en.self-harm.blade-and-urge', kind: 'self-harm', guards: [...HARM, 'accidental.en.shaving'],
    // Sitting with the blade, fighting the urge; the urge to cut with a blade at hand.
    source: String.raw`(?:with|holding|got|have|has|hold|grabbed|staring at) (?:the|a|my|her|his) (?:blade|blades|razor|razors|razor blade|box cutter|exacto) ${gap(10)}(?:the urges?|urges? (?:is|are)|tempted|temptation|itching to|craving|hold(?:ing)? (?:off|out)|resist(?:ing)?|fight(?:ing)? (?:it|the urge)|trying not to|tryna not|so close to)(?! (?:to |for )?(?:drink|drinking|use|using|smoke|smoking|vape|get high|gamble|eat|binge|relapse|call|text|pills|a drink|a beer|a hit|dope|meth|coke)\b)|(?:urges?|urge) to (?:cut|sh|slice|bleed|use (?:it|the blade|the razor)) ${gap(12)}(?:the |my |a )?(?:blade|blades|razor|razors|box cutter)\b`,
    examples: ['sitting here with the blade trying to hold off but the urge is loud', 'holding the razor and so close to doing it'],
  },
  {
    id: 'en.self-harm.pain-outside', kind: 'self-harm', guards: HARM,
    // Pain wanted on the outside, to match or drown out what is inside.
    source: String.raw`(?:need|needs|needed|want|wants|wanna|needa|crave|craving) (?:the |some |a little |physical |real )?pain (?:on the outside|outside|i can see|i can control|to match)|(?:make|making|made) the (?:outside|pain on the outside|outside pain) match (?:the inside|how i feel|what i feel)|pain on the outside (?:to match|so|instead|because|bc|cuz)|(?:physical pain|hurt (?:myself )?physically) (?:to|so (?:i|it)) (?:distract|drown out|quiet|quiets|stop|numb|cover|forget|shut)`,
    examples: ['not trying to die, i just need the pain on the outside', 'i want to make the outside match the inside'],
  },
  {
    id: 'en.self-harm.bandaged-again', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.wound-source'],
    // Wrists or arms bandaged, with "only a little this time", "not as deep": a cut told sideways.
    source: String.raw`(?:wrists?|arms?|forearms?|thighs?|legs?) ${gap(3)}(?:all )?(?:bandaged|wrapped|taped|gauzed|bandaided)(?: up)? ${gap(10)}(?:(?:only|just) (?:a little|a bit|a few|a couple|one|two|small ones?|shallow ones?|little ones?) (?:this time|again|tonight)|not as (?:deep|bad) (?:this time|as last time)|(?:wasnt|not|didnt go) (?:that |as |too )?deep)|(?:knives|knife|blades|razors|scissors|sharps) ${gap(12)}(?:dont|doesnt|do not|does not|cant|cannot) trust (?:myself|himself|herself|themselves|themself) (?:with|around|near) (?:them|it|those|these)(?! ${gap(2)}(?:around|near|with) (?:my|the|his|her|our) )|(?:dont|doesnt|do not|does not|cant|cannot) trust (?:myself|himself|herself|themselves|themself) (?:with|around|near) (?:the |my |his |her |any |sharp )?(?:kitchen )?(?:knives|knife|blades?|razors?|razor blades|scissors|sharps|sharp things)(?! ${gap(2)}(?:around|near|with) (?:my|the|his|her|our) )`,
    examples: ['she sent a pic of her wrist all bandaged up and said only a little this time', 'asked me to hide the knives because he doesnt trust himself with them tonight', 'i dont trust myself with the razors tonight'],
  },
  {
    id: 'en.harm-others.list-of-targets', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-list-benign'],
    // A list of kids, names or coworkers at school or work, the way families first hear of it.
    source: String.raw`(?:has|have|had|made|making|makes|keeps?|kept|keeping|wrote|writing|written|found|finding) (?:a |an |his |her |this |some |their )?(?:list|lists|notebook|journal) (?:of )?(?:names|kids|people|students|teachers|classmates|coworkers|targets|everyone|guys|girls) (?:at|from|in) (?:his |her |the |their |my )?(?:school|work|class|job|office|church|plant|unit|shop)\b`,
    examples: ['my son has a list of kids at school and the school called tonight'],
  },
  {
    id: 'en.harm-others.throat-thoughts', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport'],
    // Thoughts or urges of grabbing or squeezing someone's throat or neck.
    source: String.raw`(?:thoughts? (?:of|about)|thinking (?:of|about)|think about|urges? to|picture|pictures|picturing|pictured|imagine|imagines|imagining|imagined|fantasi[sz]\w* about|wanna|want to|wanting to|gonna|about to|bout to|dream(?:ing)? (?:of|about)|keep seeing myself) (?:just )?(?:grabbing|grab|wrapping|wrap|putting|put|squeezing|squeeze|choking|choke|crushing|crush|snapping|snap|slitting|slit|cutting|cut) (?:my hands (?:around|on) |both hands (?:around|on) )?(?:his|her|their|(?:my|the|that|this|our|his|her) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:throat|neck|windpipe)\b`,
    examples: ['i keep getting thoughts of grabbing my roommates throat', 'i picture squeezing his neck until he stops talking'],
  },
  {
    id: 'en.harm-others.fire-to-their-things', kind: 'harm-others', guards: OTHERS,
    // Setting someone's car or house on fire ("his ex's car"), torching it, with or without them in it.
    source: String.raw`(?:set|sets|setting|light|lights|lighting|lit) (?:his|her|their|(?:my|the|that|this|his|her|their) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:[^ ]{1,24} )?(?:house|place|home|apartment|trailer|car|truck|van|garage|shop|store|business|building|room|bed|tent|camper) (?:on fire|ablaze)|(?:set|setting|sets) fire to (?:his|her|their|(?:my|the|that|this|his|her|their) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:[^ ]{1,24} )?(?:house|place|home|apartment|trailer|car|truck|van|garage|shop|store|business|building|room|bed|tent|camper)|(?:torch|torching|torched) (?:his|her|their|(?:my|the|that|this|his|her|their) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:[^ ]{1,24} )?(?:house|place|home|apartment|trailer|car|truck|van|garage|shop|store|business|camper)|(?:dont|doesnt|does not|do not) care if (?:hes|shes|theyre|he is|she is|they are|anyone is|somebody is|the kids are) (?:still )?(?:in it|inside|in there|home)`,
    examples: ['he says hes gonna set his exs car on fire tonight', 'going to torch her dads garage'],
  },
  {
    id: 'en.harm-others.lying-in-wait', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them', 'figurative.en.pickup'],
    // Waiting outside for someone to come out; sitting outside the home of someone who wronged one.
    source: String.raw`(?:in|inside) (?:the|my|his|her|a) (?:truck|car|van|lot|parking lot|alley|bushes|dark) ${gap(6)}waiting (?:for|on) (?:him|her|them|em|that [^ ]{1,24}) to (?:come out|walk out|leave|get off|come home|get home|show up|step out)(?! of (?:surgery|the (?:bathroom|shower|doctor|store|dentist|clinic|hospital|meeting)|class|school|group|rehab|detox|treatment)\b)|(?:outside|across from|parked (?:at|by|near|outside)) (?:the|his|her|their|that) ${gap(2)}(?:bar|house|place|apartment|trailer|job|work|gym|club|church|building|motel|hotel) ${gap(4)}waiting (?:for|on) (?:him|her|them|em|that [^ ]{1,24}) to (?:come out|walk out|leave|get off|come home|get home|show up|step out)(?! of (?:surgery|the (?:bathroom|shower|doctor|store|dentist|clinic|hospital|meeting)|class|school|group|rehab|detox|treatment)\b)|(?:caught|catching|found out|cheating|cheated|slept with|sleeping with|screwing|hooking up|in bed with|sold my|hurt my|touched my|raped my|killed my|beat my|robbed) ${gap(10)}(?:sitting|parked|waiting|standing|im|i am) (?:right )?(?:outside|in front of|across from|across the street from|down the street from) (?:his|her|their|(?:my|that|the|his|her|their) [^ ]{1,24}s|[^ ]{1,24}s) (?:house|place|apartment|apt|job|work|door|crib|trailer|building|car|window|driveway|office|shop)\b(?!(?: [^ ]{1,24}){0,3} (?:crying|sobbing|in tears|waiting for (?:me|us)|to talk|to cool off|to calm down)\b)`,
    examples: ['in the truck outside the bar waiting for him to come out', 'caught my best friend with my wife. sitting outside his house right now'],
  },
  {
    id: 'en.harm-others.reckoning-thoughts', kind: 'harm-others', guards: OTHERS,
    // "He's lucky I haven't done ...", "what I've been thinking about doing to that DA", "wanting to hurt a patient".
    source: String.raw`(?:is|s|are|hes|shes|theyre|be) lucky (?:that )?(?:i|im) (?:havent|didnt|did not|have not|dont|am not|aint|not|hadnt|never) (?:already |yet |just )?(?:done|killed|shot|stabbed|hurt|touched|strangled|gone after|found|put|beat|beaten|choked|snapped|lost it|caught)|what (?:ive|i have|i|im|i am|i keep|i ve) (?:been )?(?:thinking|thought|dreaming|fantasi[sz]ing|planning|plotting|picturing) (?:about |of |on |to )?(?:doing |do )?(?:to (?:him|her|them|em|that [^ ]{1,24}|this [^ ]{1,24}|${VICTIM2})|with (?:him|her|them))|(?:wanting|wishing|itching|tempted|dying|longing) to (?:really )?(?:hurt|harm|hit|punch|kill|strangle|choke|stab|beat|attack|slap|smack|shoot) (?:${VICTIM2}|${BARE_KIN})(?! (?:at|in) (?:chess|cards|pool|the game))`,
    examples: ['the judge is lucky i havent done what ive been thinking about doing to that prosecutor', 'caught myself wanting to hurt a patient today'],
  },
  {
    id: 'en.harm-others.eye-for-eye', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Revenge in kind: take everything from him, make him feel what I felt, waiting when he gets out.
    source: String.raw`(?:${WILL}|im|ima|gonna|wanna|about to|bout to|ready to|going to) (?:take|taking|ruin|destroy) everything (?:from (?:him|her|them|em)|(?:he|she|they) (?:has|have|loves?|cares about))|(?:${WILL}|im|ima|gonna|wanna|about to|bout to|ready to|going to|i will|ill) make (?:him|her|them|em|that [^ ]{1,24}) (?:feel|know|suffer|go through|experience) (?:what|how|the way) (?:i|we|my [^ ]{1,24}) (?:felt|went through|suffered)(?!(?: [^ ]{1,24}){0,6} so (?:he|she|they) (?:understands?|gets it|knows|sees|learns|can understand)\b)|(?:do|doing) to (?:him|her|them|em) what (?:he|she|they) (?:did|done) to (?:me|us|my|her|him)|(?:gets?|getting|comes?|coming|released|walks?|walking) out (?:of |on |from )?(?:the )?${words('county', 'jail', 'prison', 'lockup', 'the pen', 'parole', 'bail', 'state', 'max')} ${gap(6)}(?:ill|i will|im gonna|gonna|i|im|we|well) (?:be )?(?:waiting|right there|there waiting)(?= \.|$| for (?:him|her|them)(?= \.|$))`,
    examples: ['he took everything from me, im going to take everything from him', 'im gonna make him feel what i felt', 'he gets out of county friday and ill be waiting'],
  },
  {
    id: 'en.harm-others.veiled-threats', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Bringing "something" to work, making someone disappear, found him and not needing the cops, handling it armed.
    source: String.raw`before (?:i|i end up|i actually|i really|somebody|someone) (?:bring|bringing|take|taking|carry|carrying) (?:something|a (?:gun|weapon|knife)|my (?:gun|piece|strap|knife|rifle)) (?:to|into|in to) (?:work|school|the office|the plant|church|class|the shop|the job|campus|the meeting|the building|the site|the warehouse|the yard|the station)(?!(?: [^ ]{1,24}){0,8} (?:potluck|lunch|snacks?|food|dish|treats?|cake|cookies|party|birthday|share|sharing|donations?|show and tell)\b)|(?:know how to|trained to|could easily|can easily|i could|i can|ill|i will|gonna|im gonna|going to|wanna|want to|gonna go) make (?:someone|somebody|a person|a man|a guy|people|him|her|${VICTIM2}|${GRIEVANCE}) ${gap(5)}disappear(?! (?:from|off|out of) (?:my|the|his|her) (?:life|feed|phone|contacts|social|sight))|(?:found (?:him|her|them)(?! (?:a|an|some|the|my|his|her|their|help|work|housing)\b)|found where (?:he|she|they)|got (?:a|his|her|their|the) (?:plate|license plate|address|home address)|know where (?:he|she|they) (?:lives|live|stays|sleeps)) ${gap(14)}(?:dont|do not|wont|not gonna|dont even) (?:need|want|call|bother|involve|get) (?:the )?(?:cops|police|law|courts?)|(?:dont|do not|wont) need (?:the )?(?:cops|police|law|courts?) (?:for this|on this)(?: one)? ${gap(10)}(?:found (?:him|her|them)|got (?:a|his|her|their|the) (?:plate|address)|know where)|(?:im|ill|i will|gonna|im gonna|bout to|about to|going to) ${words('handle', 'handling', 'deal with', 'dealing with', 'settle', 'settling')} (?:it|this|him|her|them|things) ${gap(3)}(?:tonight|for real|fr|on god|my way|myself|once and for all) ${gap(6)}(?:got|have|with|brought|bringing|carrying|w) (?:a|my|the) (?:blade|knife|shank|box cutter|screwdriver|machete|bat|hammer|crowbar|gun|strap|pistol|glock)\b(?! (?:to|for) (?:cut|open|slice|peel|split|carve|fix|hang|the cake|cake|dinner|work)\b)|(?:got|found|has|have|getting|looked up|tracked down) (?:his|her|their|that [^ ]{1,24}s|the guys|the dudes) (?:home )?address ${gap(6)}(?:driving|headed|heading|going|went|on (?:his|her|my|their) way) (?:over )?there\b`,
    examples: ['my brother got his address and is headed over there', 'they should send me somewhere before i bring something to work on monday', 'i know how to make someone disappear and i keep thinking about the man who hurt my girl', 'found him. got a plate and an address. dont need the cops for this one', 'tonight im handling it for real, got a blade'],
  },
  {
    id: 'en.harm-others.weapon-has-it-coming', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game'],
    // A weapon taken up and someone who "has it coming" or "is gonna pay" for what they did.
    source: `${eachOf(WEAPON_PARTS, (w) => String.raw`${w} ${gap(12)}(?:(?:has|have|had|got|gets|getting) it coming|(?:gets?|getting|get) (?:whats|what is|what hes|what shes|what theyre) coming)\b`)}|${String.raw`(?:gets?|getting|get) (?:whats|what is|what hes|what shes|what theyre) coming ${gap(12)}(?:the |my |a |his |her |dads |moms |[^ ]{1,24}s )${WEAPON}\b`}|${String.raw`(?:has|have|got) it coming ${gap(12)}(?:the |my |a |his |her |dads |moms |[^ ]{1,24}s )${WEAPON}\b|${GRIEVANCE_STRONG} ${gap(5)}(?:is |are |s )?(?:gonna|will|about to|bout to|gon) (?:pay|regret|be sorry|learn) ${gap(12)}(?:the |my |a |his |her |dads |[^ ]{1,24}s )${WEAPON}\b`}|${eachOf(WEAPON_PARTS, (w) => String.raw`${w} ${gap(10)}${GRIEVANCE_STRONG} ${gap(5)}(?:is |are |s )?(?:gonna|will|about to|bout to|gon) (?:pay|regret|be sorry|learn)\b`)}`,
    examples: ['she took the hunting knife from the drawer and says her sister has it coming', 'bought a bat today. the guy who robbed my mom is gonna pay'],
  },
  {
    id: 'en.harm-others.marked-man', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.media', 'figurative.en.illness-numbered'],
    // Old threats a family hears: his days are numbered, dead man walking, a lesson he won't forget, going postal.
    source: String.raw`(?:his|her|their|your|(?:that|my|the|his|her|their) [^ ]{1,24}s) days are numbered(?! (?:at|in|on|with) (?:that|this|the|his|her|their|my) (?:[^ ]{1,24} )?(?:job|company|team|position|school|store|place|shop|firm|department|crew|league|show|club)\b)|(?:hes|shes|theyre|youre|he is|she is|is) (?:a )?dead (?:man|woman|men|meat) walking|teach (?:him|her|them|em|that [^ ]{1,24}|${VICTIM2}) a lesson (?:he|she|they|nobody|no one) (?:wont|will never|aint gonna|aint ever|is never gonna|will not) (?:ever )?forget|(?:regret|rue) the day (?:he|she|they) (?:was|were) born|(?:better|should|needs? to|gotta|gonna have to|had better) (?:start )?(?:sleep(?:ing)? with one eye open|watch(?:ing)? (?:his|her|their|your) (?:back|six))|(?:go|goes|going|gonna go|went|about to go|bout to go) postal\b|(?:wont|will not|is not gonna|isnt gonna|not gonna|aint gonna) see (?:christmas|thanksgiving|another birthday|his next birthday|her next birthday|the weekend|next week|friday|the new year) (?:if (?:he|she|they) (?:keeps?|comes?|shows?|touches?|talks?|says?|tries?|calls?)|i swear|on god|on my (?:mama|kids|life)|by my hand)\b`,
    examples: ['his days are numbered, i swear it', 'my brother says that guy is a dead man walking', 'gonna teach him a lesson he wont ever forget', 'i swear i am about to go postal at work'],
  },
  {
    id: 'en.harm-others.research', kind: 'harm-others', guards: [...OTHERS, 'hypothetical', 'figurative.en.media'],
    // Looking up how to poison, how much it takes to kill a grown man, how to get a gun with no check, bomb-making.
    source: String.raw`(?:how (?:much|many)|what (?:dose|amount)|how long) ${gap(6)}(?:to|would|does it take to|will it take to|it takes to|would it take to) (?:kill|knock out|poison|put down) (?:a person|a man|a woman|a grown man|an adult|someone|somebody|him|her|my [^ ]{1,24}|a [^ ]{1,24} pound (?:man|person))(?! (?:by accident|accidentally)\b)|(?:looking up|looked up|searched|searching|googling|googled|researching|researched|asking (?:around|people)|asked (?:around|me)) (?:how to|where to|where i can|where he can|where she can) (?:make a bomb|build a bomb|make a pipe bomb|get a gun|buy a gun|get a gun without|get an untraceable|get a ghost gun|poison someone|poison (?:him|her|them|my [^ ]{1,24})|hire a hitman|get away with murder|hide a body|get rid of a body)|(?:pipe bomb|pressure cooker bomb|ghost gun|untraceable gun|molotov)s?\b`,
    examples: ['she was googling how much antifreeze it would take to kill a grown man', 'my son searched how to get a gun without a background check', 'found a pipe bomb recipe in his room'],
  },
  {
    id: 'en.harm-others.weapon-to-them', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game'],
    // Taking a bat or a knife "to his head", putting a bullet or a round in someone.
    source: `${eachOf(WEAPON_PARTS, (w) => String.raw`(?:take|taking|takes|took) (?:a|the|my|his|her|dads|[^ ]{1,24}s) (?:[^ ]{1,24} )?${w} to (?:him|her|them|em|(?:his|her|their|(?:my|the|that|this|his|her|their) [^ ]{1,24}s) (?:[^ ]{1,24} )?(?:head|face|skull|knees?|legs?|kneecaps?|back|ribs|hands?|throat|neck|car|truck|windows?|house|door))\b`)}|${String.raw`(?:put|putting|puts|pump|pumping|pumped|empty|emptying|emptied|unload|unloading|unloaded) (?:a |one |two |three |some |every |all |the whole |a few |a couple |a couple of |few |couple )?(?:bullets?|rounds?|slugs?|lead|clip|mag|magazine|the clip|the mag|my clip|a clip|a mag) (?:in|into) (?:him|her|them|em|his|her|their|${VICTIM2})\b`}`,
    examples: ['my son said he wants to take a bat to his dealers head', 'my dad keeps saying hell put a bullet in my uncle'],
  },
  {
    id: 'en.harm-others.when-they-sleep', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Striking when the person is asleep or passed out; stopping someone "for good"; done waiting on the police, armed.
    source: `${String.raw`(?:when|once|after|while|as soon as|the second|the minute) (?:he|she|they|hes|shes|theyre) (?:passes out|pass out|passed out|falls asleep|fall asleep|is asleep|are asleep|goes to sleep|go to sleep|sleeps|is sleeping|are sleeping|gets home|walks in|comes home|comes in) (?:tonight )?(?:im|ill|i will|im gonna|i am gonna|i am|im going to|i swear im|i swear ill) (?:gonna )?`}${VIOLENCE} (?:him|her|them|em)\\b|${String.raw`(?:stop|stopping|end|ending|finish|finishing|take care of|taking care of|(?:put|putting|puts) a stop to) (?:him|her|them|em|that [^ ]{1,24}) (?:for good|permanently|once and for all|forever)(?! (?:from|with|by|in court|legally)\b)`}|${eachOf(WEAPON_PARTS, (w) => String.raw`${w} ${gap(16)}(?:done|tired of|sick of|through) waiting (?:on|for) (?:the )?(?:police|cops|courts?|law|justice|system|detectives?)`)}|${String.raw`(?:raped|molested|killed|abused|touched) (?:me|my [^ ]{1,24}) ${gap(12)}(?:im |i am )?(?:done|tired of|sick of|through) waiting (?:on|for) (?:the )?(?:police|cops|courts?|law|justice|system|detectives?)`}`,
    examples: ['i swear when he passes out im hitting him with the skillet', 'tonight im stopping him for good', 'bought a gun today and im done waiting on the police', 'the man who raped me lives near here and im done waiting on the cops'],
  },
  {
    id: 'en.harm-others.street-intent', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.harm-sport', 'figurative.en.harm-list-benign'],
    // Street-side intent: pulling up on the opps, "got something for him", a bat "for that clown", hiding in his garage,
    // "is getting stabbed when I see him".
    source: String.raw`(?:pulling|pull|pulled|sliding|slide|slid|spinning|spin|ride|riding|creeping|creep) (?:up )?on (?:the |them |those |some |da )?opps?\b|(?:got|have|brought|bringing|packing|holding|saved) (?:something|a little something) (?:for|4) (?:him|her|them|em|that [^ ]{1,24}|this [^ ]{1,24})(?= (?:when (?:i|we) (?:see|catch|find|get)|if (?:he|she|they) (?:shows?|comes?|tries|try|keeps?|says?)|next time|fr|on god|on my mama)\b)|(?:${WEAPON}|the trunk|my trunk) (?:[^ ]{1,24} ){0,4}(?:for|4) (?:that|this|dat) (?:clown|fool|punk|bitch|mf|snitch|rat|bastard|fucker|asshole|opp|opps|lame|goofy|busta)(?= \.|$| (?:tonight|when|if|fr|on god|next)\b)|(?:wait|waiting|hide|hiding|hid|sit|sitting) (?:in|inside|behind|under) (?:his|her|their|(?:his|her|their|my|that) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:garage|closet|house|car|truck|yard|backyard|bushes|shed|basement|bedroom|apartment|hallway|stairwell) (?:till|until|til|for|when) (?:he|she|they|him|her|them)\b|(?:is|s|are) getting (?:cut|stabbed|shot|smoked|popped|jumped|bodied|wet up|dropped) (?:when|once|the second|as soon as|the minute|next time) (?:i|we|my boys) (?:see|find|catch|get)`,
    examples: ['we pulling up on the opps tonight', 'got something for him when i see him', 'got a bat in the trunk for that clown', 'im gonna wait in his garage till he gets home', 'the dude who stole my bike is getting stabbed when i see him'],
  },
  // ============================== round 5 (students, gig work, sober living, living with danger) ==============================
  {
    id: 'en.self-harm.heat-on-skin', kind: 'self-harm', guards: [...HARM, 'accidental'],
    // Burning without the word: a hot pan, spatula, spoon, curling iron pressed to the skin; a hand flat on the stove;
    // a knife or paperclip heated on a burner or lighter; the salt-and-ice burn.
    source: [
      String.raw`(?:press|presses|pressing|pressed|hold|holds|holding|held|put|puts|putting|push|pushes|pushing|pushed|keep|keeps|kept|stick|sticking|stuck|touch|touching|touched|lay|laying|laid) (?:the |a |my |his |her )?(?:hot|heated|red hot|burning|scalding) (?:[^ ]{1,24} )?(?:pan|pans|spatula|spoon|fork|knife|iron|curling iron|straightener|flat iron|lighter|paperclip|paper clip|metal|coin|key|tongs|pot|lid|tray|grate|skillet|needle|pin|glue gun|wire) ${gap(3)}(?:on|onto|into|against|to|across) ${ON_BODY}`,
      String.raw`(?:curling iron|flat iron|straightener|clothes iron|glue gun) (?:pressed|held|pushed|stuck|kept) (?:to|on|into|against|onto) ${ON_BODY}`,
      String.raw`(?:put|puts|putting|place|placing|placed|hold|holding|held|press|pressing|pressed|lay|laying|laid|set|setting|keep|keeping|kept) (?:my|his|her) (?:own )?(?:hand|hands|palm|palms|arm|arms|fingers|finger|wrist|forearm) (?:flat )?(?:on|onto|against|in|to) (?:the |a )?(?:hot )?(?:stove|woodstove|wood stove|burner|stove burner|stovetop|stove top|grill|griddle|flat top|flattop|oven rack|radiator|fryer|space heater|hot plate)\b`,
      String.raw`(?:heat|heats|heating|heated|warm|warming|warmed) (?:up )?(?:the |a |my )?(?:butter knife|knife|spoon|paperclip|paper clip|needle|pin|safety pin|key|coin|metal|fork|blade|bobby pin|nail|screwdriver)s? ${gap(6)}(?:stove|burner|lighter|flame|candle|torch|stovetop|stove top)\b(?! ${gap(6)}(?:splinters?|sterili[sz]\w*|cake|cheese|bread|ice cream|butter|wax|plastic|seal)\b)`,
      String.raw`(?:salt and ice|ice and salt)(?: thing| challenge| burn| trick)? (?:on|onto|to) ${ON_BODY}|(?:did|do|doing|does|done) the (?:salt and ice|ice and salt)\b`,
    ].join('|'),
    examples: ['ive been pressing the hot sheet pan into my forearm at close', 'want to put my hand flat on the stove', 'heating up a spoon on the burner again', 'did the ice and salt thing again', 'kept the curling iron pressed to my leg'],
  },
  {
    id: 'en.self-harm.skin-and-hair', kind: 'self-harm', guards: [...HARM, 'figurative.en.itch.self'],
    // Self-harm without a blade: scratching or nails in the skin till it bleeds, hair pulled out in clumps,
    // hitting or slapping one's own face.
    source: [
      String.raw`(?<!(?:cat|cats|dog|dogs|kitten|puppy|bird|baby|toddler) )(?:scratch|scratches|scratched|scratching|claw|claws|clawed|clawing|dig|digs|dug|digging|rake|raked|raking) ${gap(4)}(?:till|until|til|untill) (?:it|they|i|there|its|theyre) (?:bled|bleed|bleeds|was bleeding|were bleeding|is blood|was blood|started bleeding|bleeding|bleed through)`,
      String.raw`(?:nails|fingernails) (?:in|into) ${ON_BODY} ${gap(3)}(?:till|until|til|untill) ${gap(2)}(?:bleed|bled|bleeds|bleeding|blood)`,
      String.raw`(?:pull|pulls|pulled|pulling|rip|rips|ripped|ripping|yank|yanks|yanked|yanking|tear|tears|tore|tearing) (?:my|his|her|their) (?:own )?(?:hair|eyelashes|lashes|eyebrows|brows) out ${gap(8)}(?:clumps|chunks|handfuls|fistfuls|bald spots?|bald patch(?:es)?|patches|till it bleeds|until it bleeds|by the roots)\b`,
      String.raw`(?:hit|hits|hitting|punch|punches|punching|punched|slap|slaps|slapping|slapped|smack|smacks|smacking|smacked|bash|bashing|bashed) (?:myself|himself|herself|themselves|themself) (?:in|on|across) (?:the )?(?:face|jaw|mouth|nose|temple|eye|eyes|cheek)\b`,
      String.raw`(?:slap|slaps|slapping|slapped|punch|punches|punching|punched|smack|smacks|smacking|smacked) (?:my|his|her) (?:own )?(?:face|jaw|cheeks?) (?:hard|so hard|until|till|til|over and over|again|every time)\b`,
    ].join('|'),
    examples: ['dug my nails in till it bled', 'nails in my arms till they bleed', 'pulled my hair out in clumps tonight', 'hitting myself in the face when i mess up', 'i slap my own face hard when i mess up'],
  },
  {
    id: 'en.self-harm.opened-back-up', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.wound-source'],
    // Opening wounds back up: scabs ripped open, cuts torn back open, bandages off "to open them back up".
    source: [
      String.raw`(?:open|opens|opened|opening|rip|rips|ripped|ripping|tear|tears|tore|tearing|pick|picks|picked|picking|split|splitting|reopen|reopened|reopening|re open|re opened) (?:the |my |her |his |all the |those |these )?(?:old |fresh |healing |last weeks |new )?(?:scabs?|cuts?|wounds?|stitches|lines|marks|burns) (?:back )?(?:up|open)\b(?! (?:for|by|at) (?:the |a )?(?:doctor|nurse|er|hospital|surgeon)\b)`,
      String.raw`(?:scabs?|cuts?|wounds?|bandages?|stitches|steri strips|bandaids?) ${gap(12)}(?:open|opens|opened|opening|rip|rips|ripped|ripping|tear|tears|tore|tearing|pick|picks|picked|picking|reopen|reopened|reopening) (?:them|it) (?:back )?(?:up|open)\b`,
    ].join('|'),
    examples: ['the scabs were almost healed and i opened them back up', 'took the bandages off to open them back up', 'ripped the scabs open again', 'tore my cuts back open'],
  },
  {
    id: 'en.harm-others.baby-harm', kind: 'harm-others', guards: OTHERS,
    // Harm to a baby or small child: shaking, holding under the water, a hand over the mouth to stop the crying.
    source: [
      String.raw`(?:shook|shake|shakes|shaking) (?:the|my|our|her|his) (?:baby|babies|infant|newborn|son|daughter|little one|toddler|twins|kid|child|boy|girl)\b(?! (?:rattle|toy|toys|bottle|formula|blanket|monitor|swing|awake|up|gently|softly|to wake)\b)`,
      String.raw`(?:baby|infant|newborn|crib|crying|colic|colicky) ${gap(12)}(?:shook|shake|shakes|shaking) (?:him|her|them|it)\b(?! (?:head|hand|hands|awake|up|off|gently|softly|loose|rattle|toy)\b)`,
      String.raw`(?:hold|holds|holding|held|push|pushes|pushing|pushed|keep|keeps|keeping|kept) (?:my |the |our |her |his )?(?:baby|infant|newborn|son|daughter|kid|child|toddler|little one) (?:[^ ]{1,24} )?(?:under|underwater)\b(?! (?:the (?:warm |running |cold )?(?:water )?(?:tap|faucet|sink|shower|spray|blanket|blankets|covers|sun|tree|umbrella|arm|arms|chin|stars)|my arm|his arm|her arm)\b)(?! (?:[^ ]{1,24} ){0,4}to (?:rinse|wash|cool|clean|bathe)\b)`,
      String.raw`(?:hand|hands|pillow|blanket) (?:over|on) (?:the |my |our )?(?:babys|infants|newborns|sons|daughters|kids|toddlers|little ones) (?:mouth|face|nose)`,
    ].join('|'),
    examples: ['i shook the baby today', 'the baby wont sleep and i wanted to shake her to make her stop crying', 'i keep having thoughts of holding my baby under during bath time', 'put my hand over the babys mouth so she would stop'],
  },
  {
    id: 'en.harm-others.armed-near-them', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game', 'scope.en.writer-hiding', 'accidental.en.tool-for-a-job'],
    // Outside their place or job with a weapon; driving over with it in the car; "not going there to talk";
    // "somebody is leaving in an ambulance"; bringing a gun to work; nights parked outside their house;
    // knowing where they park or when they are alone; "the next person who ... is getting stabbed".
    source: [
      ...WEAPON_PARTS.map((w) => String.raw`(?:^|\b(?:i|im|ive|were|we|been|me|myself) )${notThem(3)}(?:outside|parked|across the street|down the street|in (?:my|the) (?:car|truck|van))(?! (?:outside |out front of |in front of |across from |down the street from |by |at )?(?:my|our|me|us)\b) ${notThem(8)}(?:with|w) (?:a |the |my |his |her |dads )?(?:loaded )?${w}`),
      ...WEAPON_PARTS.map((w) => String.raw`(?:drive|driving|drove|go|going|head|heading|headed|pull up|pulling up|roll|rolling) (?:over )?(?:there|to (?:his|her|their) (?:[^ ]{1,24} )?(?:house|place|job|work|apartment|spot)) ${gap(10)}${w}s? (?:is |s )?(?:already )?(?:in|on) (?:the|my) (?:car|truck|trunk|front seat|back seat|passenger seat)`),
      String.raw`(?:drive|driving|drove|go|going|head|heading|headed|pull up|pulling up|roll|rolling) (?:over )?(?:there|to (?:his|her|their) (?:[^ ]{1,24} )?(?:house|place|job|work|apartment|spot)) ${gap(10)}(?:bats|guns|straps|knifes|pistols|machetes|crowbars|rifles|glocks) (?:already )?(?:in|on) (?:the|my) (?:car|truck|trunk|front seat|back seat|passenger seat)`,
      String.raw`(?:driving|going|goin|headed|heading|on my way|omw) (?:over )?(?:there|to (?:his|her|their) (?:[^ ]{1,24} )?(?:house|place|apartment)) (?:right )?(?:now |tonight )?(?:and )?(?:im |i am |i )?(?:not|aint) (?:going|goin|gonna go|headed) (?:over )?(?:there )?(?:to talk|to chat|for talking)`,
      ...WEAPON_PARTS.map((w) => String.raw`(?:left|leaving|took off|headed|heading|went|going|drove|driving|drove off|driving off) (?:for|to|over to|off to) (?:his|her|their|(?:his|her|their|my) [^ ]{1,24}s) (?:[^ ]{1,24} )?(?:place|house|apartment|job|work|trailer|spot|work) ${gap(3)}(?:with|w) (?:a |the |his |her |my |dads |a kitchen |the kitchen )?(?:loaded )?${w}`),
      String.raw`(?:somebody|someone|one of us|he|she|they|hes|shes|theyre) (?:is |s |are )?(?:leaving|coming out|gonna leave|going out|gonna come out|will leave|leaves) (?:in|on) (?:an ambulance|a body bag|a stretcher|a bag)\b`,
      String.raw`(?:bring|bringing|brought|take|taking|carry|carrying) (?:the|my|a) (?:9|nine|glock|gun|strap|pistol|piece|blick|blicky|40|45|38|ar|rifle|shotgun|burner) (?:to|into) (?:work|the job|school|the office|the plant|the warehouse|the site|class|the meeting|church|the jobsite)\b(?! (?:for|to) (?:clean|fix|repair|sell|trade|show)\b)`,
      String.raw`(?:parked|parking|sitting|sat|waiting|been) (?:outside|out front of|across from|down the street from) (?:his|her|their|the (?:house|place|apartment) of|there|(?:his|her|their|the) [^ ]{1,24}s) ${gap(8)}(?:(?:three|two|four|five|\d+|a few|couple|several) nights|every night|all night|night after night|at night)\b`,
      String.raw`(?:know|knows|found out|figured out) (?:exactly )?(?:what (?:car )?(?:he|she|they) drives?|where (?:he|she|they) parks?|when (?:hes|shes|he is|she is|theyre|they are) alone)\b(?! so (?:i|we) (?:can|could) (?:drop|return|give|leave|bring|pick|get|send|mail|surprise)\b)`,
      String.raw`(?:next|the next) (?:person|one|guy|mf|dude|fool|idiot|bitch|clown) (?:who|that|to) ${gap(10)}(?:is |s )?(?:getting|gonna get|gets) (?:stabbed|shot|cut|killed|bodied|smoked|popped)\b`,
    ].join('|'),
    examples: ['sitting outside in my car with a tire iron', 'about to drive over there, bats already in the car', 'driving there now and im not going there to talk', 'somebody is leaving in an ambulance', 'tomorrow im bringing the 9 to work', 'been parked outside his house three nights now', 'i know where he parks', 'next person who says that is getting stabbed'],
  },
  {
    id: 'en.harm-others.picture-the-weapon', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.media'],
    // Intrusive pictures of hurting someone: "every time he talks I picture the hammer".
    source: [
      String.raw`every time (?:he|she|they|my [^ ]{1,24}) ${gap(6)}i (?:picture|imagine|see|think about|think of) (?:the|a|my|his|her|dads) (?:hammer|bat|axe|ax|crowbar|knife|gun|machete|wrench|skillet|tire iron|pipe|pillow|rope)\b`,
      String.raw`(?:picture|pictures|picturing|imagine|imagining|visualize|visualizing) (?:the|a|my) (?:hammer|bat|axe|ax|crowbar|tire iron|skillet|wrench|machete|knife|pipe) ${gap(4)}(?:his|her|their) (?:head|face|skull|throat|neck)\b`,
    ].join('|'),
    examples: ['every time he opens his mouth i picture the hammer in the garage', 'i keep picturing the bat on his head'],
  },
  {
    id: 'en.self-harm.improvised-blade', kind: 'self-harm', guards: [...HARM, 'accidental'],
    // A blade made from what is at hand: a mirror, plate or glass broken and a piece "used" on the skin;
    // the razor taken out of a sharpener or a disposable razor.
    source: [
      String.raw`(?:broke|broken|break|breaking|smashed|smash|smashing|cracked|crack|shattered|shatter) (?:the |a |my |her |his |that )?(?:[^ ]{1,24} )?(?:mirror|glass|bottle|plate|cup|mug|window|lightbulb|light bulb|bowl|vase|frame|jar) ${gap(6)}(?:used|use|using|uses) (?:the |a |it|a piece|a shard|the shard|a chunk|the pieces|a bit|one)\b(?! (?:to (?:clean|sweep|fix|replace)|for (?:a |the )?(?:craft|mosaic|project))\b)`,
      String.raw`(?:broke|breaking|break|took|taking|take|pried|prying|pry|got|getting|get|popped|popping|pop) (?:the |a )?(?:razors?|blades?) out (?:of|from) (?:a |my |the |her |his )?(?:pencil )?(?:sharpener|disposable|shaver|razor)`,
      String.raw`(?:took|take|taking|takes) apart (?:a |my |the |her |his )?(?:disposable )?(?:razor|shaver|sharpener|pencil sharpener) (?:to get|for) (?:the )?(?:blades?|razor)`,
    ].join('|'),
    examples: ['broke the mirror and used the glass', 'broke the razor out of my pencil sharpener', 'took apart a disposable razor to get the blades out'],
  },
  {
    id: 'en.self-harm.substitute-failing', kind: 'self-harm', guards: HARM,
    // Coping substitutes held up against the urge: ice, a red marker, a cold shower, a hair tie "so I don't"
    // cut, burn or grab the blade.
    source: String.raw`(?:ice|ice cubes?|ice pack|marker|red pen|hair tie|rubber band|cold shower|cold water|elastic) ${gap(10)}so (?:i|she|he) (?:dont|wont|wouldnt|doesnt|do not|will not|would not|didnt)(?: have to)? (?:go )?(?:grab|get|use|reach for|pick up|go for|cut|burn|sh|hurt (?:myself|herself|himself)|bleed)\b(?! (?:the |a |my )?(?:car|phone|keys|drink|beer|bottle|pills|dope|wine|vape|cig|smoke|food|snack|cake|ice cream|takeout)\b)`,
    examples: ['holding ice cubes till my hands go numb so i dont grab the knife', 'drawing red lines with a marker so i wont cut'],
  },
  {
    id: 'en.self-harm.blades-not-for', kind: 'self-harm', guards: HARM,
    // Blades bought "not for work", "not for shaving", "not for crafts": said that way, for cutting.
    source: String.raw`(?:blades|blade|razors|razor blades|box cutters?|exacto|xacto|scalpels?) ${gap(8)}(?:theyre|its|they are|it is|they were|that are|which are)? ?(?:not|arent|isnt|aint) (?:really )?(?:for|4) (?:work|shaving|crafts?|art|cooking|the garden|my job|school|a project|projects|the shop|the warehouse|my legs|my face|the house|what (?:you|youd|people) think)\b`,
    examples: ['just bought new blades for the utility knife. theyre not for work', 'picked up razor blades and no theyre not for shaving'],
  },
  {
    id: 'en.self-harm.hiding-marks', kind: 'self-harm', guards: [...HARM, 'accidental', 'figurative.en.cuts-of-things'],
    // Hiding or explaining away fresh marks: "how do I hide fresh cuts from", long sleeves so nobody sees the burns,
    // what to tell the nurse about the new marks.
    source: [
      String.raw`(?:hide|hiding|hid|cover|covering|covered|conceal|concealing|explain|explaining) (?:up )?(?:my |the |her |his |these |those |all the )?(?:fresh|new|recent|todays|last nights) (?:cuts?|marks|scratches|burns|scars|lines|wounds|scabs|bruises)\b`,
      String.raw`(?:long sleeves|hoodie|sweatshirt|bandaids|bracelets|makeup|concealer) ${gap(8)}(?:nobody|no one|noone|they|she|he|my (?:[^ ]{1,24} )?[^ ]{1,24}) (?:sees?|notices?|can see|will see|wont see|finds?|asks? about) (?:the |my )?(?:fresh |new )?(?:cuts|marks|burns|scratches|scars|lines)\b`,
      String.raw`(?:tell|say to|explain to) (?:the|my) (?:nurse|doctor|mom|dad|parents|teacher|coach|manager|house manager|roommate|therapist|boyfriend|girlfriend) about (?:the|my) (?:fresh |new )?(?:cuts|marks|burns|scratches|scars|lines) on (?:my|her|his)`,
    ].join('|'),
    examples: ['how do i hide fresh marks from my house manager', 'wearing long sleeves so nobody sees the fresh burns', 'what do i tell the nurse about the marks on my arm'],
  },
  {
    id: 'en.harm-others.my-hands-on-them', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.harm-sport'],
    // The writer as the one who did it: my hands around her throat, grabbed him by the neck, threw something at her head.
    source: [
      String.raw`\bi (?:had|put|got|wrapped|kept|placed) my (?:hands?|fingers|arm|arms) (?:on|around|round|across) (?:her|his|their|my [^ ]{1,24}s|[^ ]{1,24}s) (?:neck|throat)\b`,
      String.raw`\bi (?:grabbed|choked|strangled|pinned|held) (?:her|him|them|my (?:[^ ]{1,24} )?${PEOPLE}) (?:by the|by her|by his|around the) (?:neck|throat)\b`,
      String.raw`\bi (?:already |just |almost |nearly )?(?:threw|chucked|hurled|flung|swung|whipped|launched)(?! ${gap(2)}(?:pillows?|balls?|snowballs?|water balloons?|confetti|kiss|kisses|glance|look|smile|wink|shade|a fit|a party)\b) ${gap(3)}at (?:her|his|their|my [^ ]{1,24}s|[^ ]{1,24}s) (?:head|face|skull)\b`,
    ].join('|'),
    examples: ['i had my hands on her neck last night', 'i grabbed him by the throat', 'i already threw my phone at her head'],
  },
  {
    id: 'en.harm-others.only-way-them-gone', kind: 'harm-others', guards: OTHERS,
    // Another's death as the only way out: "the only way this ends is if he's dead", "when my stepdad is in the ground".
    source: String.raw`only way ${gap(5)}(?:ends?|stops?|gets? better|is over|get peace|have peace|be free|be safe) ${gap(2)}(?:if|when) (?:shes|hes|she is|he is|theyre|they are|she|he|my [^ ]{1,24} is|[^ ]{1,24} is) (?:dead|not breathing|in the ground|six feet under|in a box|gone(?= \. (?:not me|not myself)))\b`,
    examples: ['the only way this ends is if shes gone. not me. her', 'only way this stops is if hes dead'],
  },
  {
    id: 'en.harm-others.law-wont-so-i-will', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Taking it on oneself when the police or courts will not: "cops won't do nothing. so I will".
    source: String.raw`(?:cops|police|law|courts?|system|da|detectives?|judge|nobody) (?:wont|will not|didnt|did not|dont|do not|aint gonna|refuse to|wouldnt|never did|did) (?:do |deal with |handle )?(?:anything|nothing|shit|squat|a thing|jack|him|her|them|it)? ?${gap(8)}(?:so|then|guess)? ?(?:i will|ill handle it|ill take care of it|ill do it|ill deal with it|its on me|i (?:will|gotta) handle it|i will myself|ill handle (?:him|her|them|it) myself)\b(?! (?:call|report|file|sue|get a lawyer|take it to|go to|move|contact|write|email|post|complain)\b)`,
    examples: ['he hurt my little girl. cops wont do nothing. so i will', 'if the courts wont deal with him then i will'],
  },
  {
    id: 'en.harm-others.unfinished-business', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // Coming back to finish a beating: "finish what he started with my mom's boyfriend"; debts settled with violence.
    source: [
      String.raw`(?:finish|finishing|finished|end|ending) what (?:he|she|i|they|we) started (?:with|on) (?:him|her|them|em|${VICTIM2})`,
      String.raw`(?:owe|owes|owed|debt|wipe|clear|pay off) ${gap(14)}(?:take out|takes out|handle|take care of|get rid of|hurt|do|off|whack|hit) (?:someone|somebody|a guy|a dude|this guy|a person|some guy) for (?:him|them|her|em)\b`,
      String.raw`owes? (?:me|us) ${gap(16)}(?:collect|collecting|get (?:it|my money|paid|whats mine)) ${gap(3)}one way or (?:another|the other)\b(?! ${gap(2)}(?:lol|lmao|haha))`,
    ].join('|'),
    examples: ['says hes gonna finish what he started with my moms boyfriend', 'i owe J and he says i can wipe it out if i take care of someone for him', 'my cousin owes me and we going over there tonight to collect one way or another'],
  },
  {
    id: 'en.harm-others.over-them-asleep', kind: 'harm-others', guards: OTHERS,
    // Standing over someone asleep or passed out, with a weapon, a pillow or not knowing what one will do.
    source: String.raw`(?:standing|stood|stand|sitting|sat|hovering|hovered) over (?:her|him|them|my (?:[^ ]{1,24} )?${PEOPLE}) ${gap(10)}(?:with (?:a|the|my) (?!(?:blanket|blankie|book|phone|bottle|thermometer|camera|cup|water|tea|coffee|cloth|washcloth|medicine|meds|tissue|tissues|stuffed|teddy|monitor|flashlight|nightlight|fan|sheet|quilt|towel|rosary|bible|prayer|kiss|smile|tear|tears|heavy heart|lullaby|song|story|bowl|plate|snack|sandwich|pacifier|binky|paci|diaper|wipe|wipes|tray)\b)[^ ]{1,24}|dont know what (?:im|i am|ill|i will|i might)|pillow|knife|hammer|bat|gun|thinking about)\b|(?:asleep|sleeping|passed out|knocked out) ${gap(6)}(?:im |i am |been |i was )?(?:standing|stood|hovering|sitting) over (?:her|him|them)\b(?! ${gap(4)}(?:crib|bassinet|peaceful|cute|smiling|so sweet)\b)`,
    examples: ['shes asleep. im standing over her. i dont know what im going to do', 'been standing over my wife while she sleeps thinking about the pillow'],
  },
  {
    id: 'en.harm-others.in-their-drink', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // Slipping something into someone's drink or food to harm them.
    source: String.raw`(?:put|putting|puts|slip|slipping|slipped|drop|dropping|spike|spiking|crush|crushing|mix|mixing) (?:something|stuff|some|a few|pills|a pill|eye drops|visine|laxatives|ex lax|antifreeze|bleach|rat poison|sleeping pills|benadryl|ambien|xanax|(?:some |a few )?(?:eye drops|laxatives|sleeping pills|of my [^ ]{1,24})|a couple|some of (?:my|his|her) [^ ]{1,24}|a few of (?:my|his|her) [^ ]{1,24}|(?:my|his|her) [^ ]{1,24}) (?:in|into) (?:his|her|their|my [^ ]{1,24}s) (?:drink|coffee|food|beer|tea|soup|dinner|water|juice|wine|plate|bottle)\b(?! (?:for (?:his|her|their) (?:cold|cough|throat|sleep|pain|headache)|to help)\b)`,
    examples: ['how easy itd be to put something in his drink', 'i could put a few of my pills in his beer'],
  },
  {
    id: 'en.harm-others.not-responsible', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Disowning the act ahead of time: "I'm not responsible for what I do to her", "can't be held responsible".
    source: String.raw`(?:not|wont be|cant be|cannot be|will not be|aint|not gonna be|wouldnt be) (?:held )?responsible for what (?:i do|ill do|i might do|i end up doing|i would do|happens to (?:him|her|them|${VICTIM2}))\b`,
    examples: ['im not responsible for what i do to her', 'i cant be held responsible for what happens to him'],
  },
  {
    id: 'en.harm-others.address-after-harm', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // The one who hurt my child or sister, and now I have his address.
    source: String.raw`(?:hurt|raped|touched|molested|killed|abused|beat|shot|stabbed|assaulted) (?:my|our) [^ ]{1,24}(?: [^ ]{1,24})? ${gap(14)}(?:i have|i got|ive got|got|found|i found|i know|tracked down|i tracked down) (?:his|her|their) (?:new |home |current )?(?:address|location|plate|license plate)\b`,
    examples: ['he hurt my daughter and the cops did nothing. i have his address'],
  },
  {
    id: 'en.self-harm.for-the-pain', kind: 'self-harm', guards: [...HARM, 'figurative.en.harm-sport'],
    // The pain as the point: "I just wanted it to hurt" after doing something to oneself; cutting or burning "to cope".
    source: [
      String.raw`(?:myself|tattoo|stick and poke|piercing|pierced|my own|on me|to me) ${gap(16)}(?:just |only |really )?(?:wanted|needed|want|need|wanna) (?:it|something|myself) to hurt\b`,
      String.raw`(?:tattoo|stick and poke|piercing|pierced) ${gap(8)}(?:only |just |all )?(?:for|about) the pain\b`,
      String.raw`(?:cut|cuts|cutting|sh|burn|burns|burning|self harm|selfharm|harm myself|hurt myself|hurting myself|burning myself|cutting myself) to (?:cope|deal|get through|numb|feel something|feel anything|calm down)\b`,
    ].join('|'),
    examples: ['did a stick and poke on myself tonight, i just wanted it to hurt', 'does anyone else cut to cope with not drinking'],
  },
  {
    id: 'en.harm-others.take-something-back', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.harm-sport'],
    // A weapon got, and "she took everything from me, so I take something back / from her".
    source: [...WEAPON_PARTS, words('box cutter', 'box cutters', 'boxcutter')].map((w) => String.raw`${w} ${gap(10)}(?:took|takes|take|taken|stole|steals|ruined|ruins|destroyed) (?:everything|it all|my kids|my children|my life|all i had|all i have|what was mine|my everything|my son|my daughter|my family) (?:from me )?${gap(3)}(?:so |and )?(?:now )?(?:i|ill|i will|im gonna|im|i am|time i|its my turn to|my turn to) (?:take|taking|gonna take|get to take|will take) (?:something|everything|it all|what|hers|his|theirs|(?:something|everything) (?:of|from) (?:hers|his|theirs|her|him|them))(?: back| from (?:her|him|them))?\b`).join('|'),
    examples: ['bought a box cutter today. she took everything from me so i take something back', 'bought a machete. she took my everything so im gonna take hers'],
  },
  // ============================== round 6 (clinics, co-occurring conditions, LGBTQ+, controlling relationships) ==============================
  {
    id: 'en.harm-others.euphemism-armed', kind: 'harm-others', guards: [...OTHERS, 'scope.en.writer-hiding', 'figurative.en.harm-sport', 'figurative.en.harm-game', 'figurative.en.report-them'],
    // A soft word for hurting someone ("take care of", "deal with", "settle up with", "pay him a visit") said beside a
    // weapon carried or stowed, or sworn: the euphemism is the threat.
    source: [
      String.raw`(?:take care of|taking care of|deal with|dealing with|handle|handling|settle up with|settling up with|settle things with|settle it with|settle this with|sort out|see about|go see|have a (?:little )?(?:talk|word|chat) with) ${VICTIM2} ${gap(10)}${ARMED_NEAR}`,
      String.raw`${ARMED_NEAR} ${gap(10)}(?:take care of|deal with|handle|settle up with|settle things with|settle it with|sort out|pay a visit to|visit) ${VICTIM2}`,
      String.raw`(?:i swear|swear to god|on god|on my (?:mama|mother|kids|life|dead homies)|for real|watch)(?: (?:im|i am|ill|i will|we|were|imma))?(?: (?:gonna|going to|finna|bout to|about to))?(?: go)? (?:pay|paying) (?:${VICTIM2}|that [^ ]{1,24}|this [^ ]{1,24}) a (?:little |lil |nice |friendly |special )?visit\b`,
      String.raw`(?:pay|paying) (?:that|this|dat) (?:snitch|rat|opp|clown|punk|bitch|mf|fucker|bastard|fool|goofy|lame|pussy|trick|john|pimp|co|guard|cop|creep|perv|pervert) a (?:little |lil |nice |friendly |special )?visit\b`,
      String.raw`(?:pay|paying) (?:${VICTIM2}|that [^ ]{1,24}) a (?:little |lil |nice |friendly |special )?visit ${gap(6)}(?:with (?:the|my) (?:boys|homies|crew|cousins|brothers|bat|gun|strap|knife|blick|pipe)|(?:he|she|they)(?:ll| will|s gonna| is gonna) (?:regret|never forget|remember)|see how (?:he|she|they) likes? it)\b`,
    ].join('|'),
    examples: ['gonna take care of my landlord tonight, the bat is already in my trunk', 'crowbar in the truck. time to settle up with my old foreman', 'i swear im gonna pay him a visit', 'im paying him a little visit this weekend with the boys'],
  },
  {
    id: 'en.harm-others.put-in-hospital', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.medical-admission'],
    // Hurting someone named by where they end up: in the hospital, the ER, a wheelchair, the ground; or going over the
    // counter or desk at someone.
    source: [
      String.raw`(?:gonna|going to|will|ill|about to|bout to|finna|wanna|want to|could|might|imma|swear ill|i swear) (?:put|send) ${VICTIM2} (?:in|into|to) (?:the |a )?(?:hospital|er|icu|ground|grave|wheelchair|morgue|body bag|coffin|casket|emergency room|trauma unit)\b`,
      String.raw`(?:hospital|er|icu|ground|grave|morgue|wheelchair) ${gap(6)}(?:im|i am|ill be|i will be|i wanna be|i want to be) the one (?:putting|sending|who puts|that puts|who sends|to put|to send) (?:him|her|them) (?:there|in it)`,
      String.raw`(?:im|ill|i will|gonna|about to|bout to|finna|imma|i swear im|im gonna|im about to) (?:come|coming|jump|jumping|climb|climbing|leap|leaping|hop|hopping|reach|reaching) (?:over|across) (?:that|this|the) (?:counter|desk|table|window|glass|partition|plexiglass)\b(?! (?:to|and) (?:sign|pay|get|grab|pick|check|ask|talk|see|say|drop|hand|give)\b)`,
      String.raw`(?:im|ill|i will|gonna|about to|bout to|finna|imma|im gonna) (?:go|going) (?:over|across) (?:that|this|the) (?:counter|desk|table|partition) at (?:him|her|them|that|this|the)\b`,
    ].join('|'),
    examples: ["I'm gonna put my stepdad in the hospital tonight", 'swear to god ill put that man in a wheelchair', 'hes gonna end up in the ER tonight and im the one putting him there', 'if she shorts me again im coming over that counter', 'one more word and im going over the table at him'],
  },
  {
    id: 'en.harm-others.armed-target-near', kind: 'harm-others', guards: [...OTHERS, 'scope.en.writer-hiding', 'figurative.en.harm-sport', 'figurative.en.gift-for'],
    // A weapon on the writer while the person is there ("knife in my hoodie pocket and he just walked in"), a weapon
    // readied for whoever comes closer, "got something in my bag for him".
    source: [
      String.raw`${TARGET_ARRIVED} ${gap(16)}${CARRIED_WEAPON}`,
      String.raw`${CARRIED_WEAPON} ${gap(16)}${TARGET_ARRIVED}`,
      String.raw`if (?:one|anyone|anybody|he|she|they|someone|somebody|any of (?:them|em|those [^ ]{1,24})|one of (?:them|em)|that [^ ]{1,24}|the [^ ]{1,24}) ${gap(5)}(?:closer|near|nearer|close|touches|touch|grabs|comes at|come at|tries|steps|lays a hand|puts (?:a|his|her) hands?|swings|runs up|comes in|walks in) ${gap(5)}(?:im|ill|i will|im gonna|i am gonna|i swear im|i swear ill|imma) (?:using|use|pulling|pull|swinging|swing|grabbing|grab) (?:the|my|this|a) (?:knife|blade|gun|strap|bat|box cutter|hammer|screwdriver|machete|pipe|scissors|pistol|glock|tire iron|crowbar|shank|piece|taser)\b`,
      String.raw`(?:got|have|brought|bringing|packing|holding|carrying|put) (?:something|a little something|a lil something|a surprise) (?:in|on) (?:my|the) (?:bag|purse|pocket|hoodie|jacket|coat|waistband|car|trunk|glovebox|backpack|sleeve|boot) (?:for|4) (?:him|her|them|em|that [^ ]{1,24}|this [^ ]{1,24})\b`,
    ].join('|'),
    examples: ['my babys dad just showed up drunk and i got the kitchen knife in my hoodie pocket', 'got the box cutter in my pocket and my pimp just walked in', 'if one gets closer im using the knife', 'my ex is at the club tonight and i got something in my bag for him'],
  },
  {
    id: 'en.harm-others.found-them-resolve', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // The one who hurt the writer located (address, plate, where he stays) beside a resolve: done running, my turn,
    // he'll regret it.
    source: [
      String.raw`(?:know|found|have|got|tracked down|looked up|figured out|pulled up) (?:his|her|their|the) (?:new |home |current |exact )?(?:address|plate|plate number|license plate|location|room number|work address) ${gap(10)}${RESOLVE}`,
      String.raw`(?:know|found out|figured out|found) where (?:he|she|they|my [^ ]{1,24}|the [^ ]{1,24}|that [^ ]{1,24}) (?:lives|stays|works|sleeps|parks|hangs out)(?: now)? ${gap(8)}${RESOLVE}`,
      String.raw`(?:make|making) (?:${VICTIM2}|that [^ ]{1,24}|this [^ ]{1,24}|the [^ ]{1,24}|my [^ ]{1,24}) (?:regret|pay for|sorry for) ${gap(10)}(?:address|plate|plate number|license plate|where (?:he|she|they) (?:lives|stays|works|sleeps|parks))\b`,
      String.raw`(?:tracked down|found|got|looked up|ran) (?:the )?(?:plate|plates|license plate|address|location) (?:of|for) ${gap(6)}(?:make|making) (?:him|her|them) (?:regret|pay|sorry)\b`,
    ].join('|'),
    examples: ['the guy who trafficked me is out on parole. i know his address. im done running', 'gonna make that john regret what he did, got his plate number', 'i know where my abuser lives now and im done being scared, its his turn'],
  },
  {
    id: 'en.harm-others.stop-them-first', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Striking first against someone believed to be a danger (often in paranoia or psychosis): "stop him before he gets
    // to my kids", "get him before he gets me".
    source: String.raw`(?:have to|need to|needa|gotta|got to|must|gonna|going to|will|ill|imma) (?:stop|get|take out|take|deal with|handle|end|kill|hurt|finish|get rid of) (?:him|her|them|em|my [^ ]{1,24}|the [^ ]{1,24}|that [^ ]{1,24})(?: out)? (?:first )?before (?:he|she|they) (?:gets? to (?:me|us|my|the kids|the baby|them)|hurts? (?!(?:himself|herself|themselves|themself|his|her)\b)|kills? (?!(?:himself|herself|themselves|themself)\b)|poisons?|comes? (?:for|after)|gets? (?:me|us)|does it to|attacks?|touches|rapes?)`,
    examples: ['i need to stop him before he gets to my kids', 'gotta get him before he gets me', 'i need to take her out before she hurts my family'],
  },
  {
    id: 'en.harm-others.whoever-did-it', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.harm-sport'],
    // A threat at an unknown wrongdoer: "gonna f up whoever stole my stuff", "whoever touched my bike is getting jumped".
    source: [
      String.raw`(?:gonna|going to|will|ill|im|about to|bout to|finna|imma|swear|wanna|want to|gotta|i will) (?:f|fuck|fuckin|fucking|mess|messing|beat|beating|jack|jacking|rough|roughing|knock|knocking|wreck|wrecking|stomp|stomping|whoop|whooping|beat the (?:shit|hell|crap) out of|f up|fuck up|mess up|kill|stab|shoot|hurt|jump|body|smoke|pop|cut) (?:up )?whoever (?:stole|took|touched|snitched|keeps|is|has|did|broke|went|messed|robbed|jumped|hit|lied|ratted|told|keyed|slashed|was|got|put|tagged|hurt)\b`,
      String.raw`whoever (?:stole|took|touched|snitched|broke|went through|messed with|robbed|jumped|hit|ratted|keyed|slashed|hurt|tagged) ${gap(5)}(?:is|s|gonna|will|about to|bout to) (?:get |be )?(?:getting )?(?:f d up|fd up|fucked up|messed up|beat up|jumped|stabbed|shot|dropped|hurt|smoked|bodied|popped|rocked|stomped|laid out|put in the hospital|dead|a dead man)\b`,
    ].join('|'),
    examples: ['im gonna f up whoever stole my stuff', 'whoever touched my stuff is getting fd up tonight', 'about to wreck whoever stole my phone'],
  },
  {
    id: 'en.abuse-danger.will-pay-for-it', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.en.trivial-finds-out', 'figurative.en.joking-threat', 'figurative.en.parent-finds-out'],
    // Punishment to come from the person the writer lives with: "if he hears me on the phone I'll pay for it", "he'll make
    // me pay", "last time he hit me I couldn't walk right".
    source: [
      String.raw`if (?:he|she|${PARTNER}) (?:[^ ]{1,24} )?(?:hears|sees|finds|catches|reads|knows|notices|checks|smells|finds out|saw|heard|caught|found|gets home|comes home|wakes up) ${gap(10)}(?:ill|i will|im gonna|im going to|im|i am|imma|ima|i) (?:gonna |going to )?(?:pay for it|pay|get it|be dead|(?:a )?dead (?:woman|man|girl|boy|meat)|dead(?! (?:tired|serious|wrong|set|broke|last|inside))|get beat|get my ass beat|catch hell|catch it|be in the hospital|never walk|get hurt)\b`,
      String.raw`(?:he|she|hell|shell|${PARTNER}) (?:[^ ]{1,24} )?(?:will|gonna|going to|is gonna|is going to|ll|would|always) make me pay\b`,
      String.raw`(?<!\b(?:i|we) (?:[^ ]{1,24} )?)(?:hit|beat|kicked|choked|punched|stomped|threw|pushed|slammed|hurt|whooped|dragged|strangled) (?:me|my [^ ]{1,24}) ${gap(8)}(?:i )?(?:couldnt|could not|wasnt able to) (?:walk|see|sit|stand|breathe|open|lift|move|eat|talk|hear) (?:right|straight|properly|out of|for)\b`,
    ].join('|'),
    examples: ['if he hears me on the phone with you ill pay for it tonight', 'my boyfriend will make me pay for it', 'last time i talked back he hit me so hard i couldnt see out of one eye for a week'],
  },
  {
    id: 'en.abuse-danger.controls-essentials', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'en.official-holds-papers', 'en.authorities-acting'],
    // Coercive control of what the writer needs (medication, ID, keys, wallet) tied to compliance or to not leaving.
    source: [
      String.raw`only (?:gives?|give|hands?|lets? me (?:have|take)) (?:me )?(?:it|them|one|some|my [^ ]{1,24}|a [^ ]{1,24})(?: to me)? (?:if|when|after) i (?:do what|sleep with|have sex|hook up|fuck|suck|pay|work|make (?:him|her)|bring|give (?:him|her)|let (?:him|her))`,
      String.raw`(?:hides?|hid|keeps?|kept|holds?|held|locks? up|locked up|took|takes|controls?|withholds?|withheld|flushed|flushing|flushes|dumped|dumping|threw out|throwing out|sells?|selling|sold) (?:all )?(?:of )?(?:my|our) (?:subs|suboxone|methadone|bupe|strips|meds|medication|medicine|insulin|inhaler|pills|scripts?|prescriptions?|doses|antiretrovirals|prep|hormones|hrt|estrogen|testosterone|seizure meds|epipen) ${gap(8)}(?:unless i|if i (?:dont|do not|leave|say|tell|try|call)|till i|until i|so i (?:cant|can not)|as punishment|to punish me|cant leave|not going anywhere|wont let me|(?:says?|said) (?:im|i am|i) (?:not|cant|cannot|aint) (?:leaving|going|leave|go))\b`,
      String.raw`(?:has|holds|keeps|kept|took|takes|hid|hides|is holding|stole|locked up|take|hold|keep|hide|have) (?:all )?(?:of )?(?:my|our|the) (?:id|ids|passport|papers|documents|birth certificate|wallet|car keys|keys|phone|money|cards?|bank card|ebt card|ssi|check|meds|shoes)(?: and (?:my|our|the) [^ ]{1,24}(?: [^ ]{1,24})?)? ${gap(8)}(?:says? i owe|said i owe|i owe (?:him|her|them)|cant leave|can not leave|cant go anywhere|not going anywhere|wont let me (?:leave|go)|so i (?:cant|can not) (?:leave|go|get out|call)|im stuck|trapped|locked in|wont give (?:it|them|em) back (?:till|until|unless) i|(?:till|until) i pay)\b`,
      String.raw`(?:keeps|kept|takes|took|holds|controls|spends|steals|stole) (?:all )?(?:of )?(?:my|our) (?:whole |entire )?(?:paycheck|pay|check|checks|money|ssi|ssdi|disability(?: money| check)?|benefits|ebt(?: card)?|food stamps|tips|earnings|cash|wages|bank card|debit card|cards) ${gap(6)}(?:gives? me (?:only )?(?:\d+|twenty|ten|five|a little|a few|barely|nothing)|only gives? me|wont let me (?:have|touch|use|see|buy|eat)|(?:says?|said) i (?:owe|cant)|i cant eat|unless (?:he|she|they) says|so i (?:cant|can not))`,
    ].join('|'),
    examples: ['partner holds my suboxone and only gives it to me if i do what he says', 'the guy i came with has my ID and says i owe him. i cant leave', 'he took the car keys and my meds and says im not going anywhere'],
  },
  {
    id: 'en.abuse-danger.coming-for-me', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'en.benign-pickup', 'figurative.en.joking-threat'],
    // Someone angry, owed or drunk on the way to where the writer is: "if I don't pay by tonight he's coming to the
    // house", "he found out and he's driving over here with his brother".
    source: [
      String.raw`${ON_THE_WAY} ${gap(10)}${HOSTILE_REASON}`,
      String.raw`${HOSTILE_REASON} ${gap(10)}${ON_THE_WAY}`,
    ].join('|'),
    examples: ['my dealer says if i dont pay by tonight hes coming to the house and my kids are here', 'her husband found out about us and hes driving over here with his brother right now'],
  },
  {
    id: 'en.abuse-danger.trying-door-followed', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'accidental.en.door-household', 'en.benign-pickup'],
    // Someone testing the door or window of the place the writer is in; the same car or man following again and again.
    source: [
      String.raw`(?:someone|somebody|a guy|some guy|a man|some man|a dude|some dude|a person|he|she|they|hes|shes|theyre)(?: (?:keeps|is|keep|been|just|kept|still|has been|is still))? (?:trying|tried|jiggling|jiggled|jiggles|rattling|rattled|rattles|turning|twisting|pulling on|yanking on|yanking|testing|checking) (?:the|my|our) (?:front |back |side |bedroom |bathroom |motel |room |car )?(?:door ?handle|doorknob|door knob|handle|knob|door|doors|lock|locks|window|windows|slider|sliding door|gate)\b(?! (?:to (?:fix|see if it|make sure)|for (?:me|us))\b)`,
      String.raw`(?:same|that|a|this|the|some|an) (?:[^ ]{1,24} )?(?:car|truck|van|suv|guy|man|dude|sedan|motorcycle|creep)(?: (?:has|have|had|is|keeps|kept|been|just)){0,2} (?:followed|following|follow|follows|tailing|tailed|trailing|behind|circling) (?:me|us|my car|our car|my bus) ${gap(14)}(?:again|every (?:day|night|morning|time)|\d+ (?:nights|days|times|blocks|mornings)|(?:two|three|four|five|several|a few|couple|couple of) (?:nights|days|times|blocks|mornings)|(?:second|third|fourth|fifth) time|all the way|still|right now|now|tonight)\b`,
    ].join('|'),
    examples: ['someone keeps trying the door handle. im alone', 'same car has followed me from the bus stop 3 nights now, its behind me again'],
  },
  {
    id: 'en.abuse-danger.covert-contact', kind: 'abuse-danger', guards: ['history', 'figurative.en.joking-threat', 'en.benign-pickup', 'figurative.en.trivial-finds-out'],
    // Writing in secret with the person near: "can't talk he's home", "if I stop answering call someone", "call and
    // pretend to be my sponsor", "he's asleep for now, where can I go with the baby".
    source: [
      String.raw`if i (?:stop|quit|dont|do not|cant|go|havent)(?: (?:answering|responding|replying|texting|writing|messaging|answer|respond|reply|text|check in|checking in|quiet|silent|dark|offline))(?: back)? ${gap(4)}(?:call|get|send) (?:someone|somebody|911|9 1 1|the cops|the police|for help|help)\b`,
      String.raw`(?:pretend|act like|act as if|say) (?:to be |youre |you are |ur |u are |your |its |you re )?(?:my|a|the|from the|from my) (?:sponsor|friend|coworker|doctor|nurse|pharmacy|pharmacist|sister|cousin|boss|job|work|clinic|counselor|caseworker|case manager|bank|school|dentist|aunt|landlord|probation officer|po|wrong number) ${gap(10)}(?:${HE_PRESENT}|(?:if|when|in case) (?:he|she|they) (?:answers|picks up|asks|grabs|takes|checks|sees|hears|is (?:there|home|listening|around)))`,
      String.raw`${HE_PRESENT} ${gap(10)}(?:pretend|act like) (?:to be |youre |you are |ur |u are |your |its )?(?:my|a|the|from the|from my) [^ ]{1,24}`,
      String.raw`(?:cant|can not|cannot|dont|do not) (?:talk|call|speak|answer|pick up|be on the phone|text long|talk long|talk loud)(?: (?:right now|now|long|loud|much))?(?: \.)? (?:hes|shes|he is|she is|(?:my )?(?:husband|boyfriend|bf|wife|girlfriend|gf|partner|man|ex|pimp|stepdad)(?: is)?) (?:home|here|back|listening|in the next room|in the other room|next to me|right here|right there|awake|watching|in the house|outside the door|at the door|up|in the car|in the kitchen|on the couch)\b`,
      String.raw`(?:dont|do not|never) (?:call|text|reply|answer|message|write|dm|email|facetime)(?: (?:me|back|this number|here|me back))?(?: (?:after|before|until|till|past) [^ ]{1,24})? ${gap(6)}${HE_WATCHING}`,
      String.raw`${HE_WATCHING} ${gap(3)}(?:dont|do not|never) (?:call|text|reply|answer|message|write)(?: (?:me|back|this number|here))?(?= \.|$| (?:please|pls|plz|ok|okay|i will|ill)\b)`,
      String.raw`(?:get|sneak|run|leave|go|getting|sneaking|running|leaving|grab the kids and go|take the kids and go)(?: (?:out|away))?(?: (?:of here|with the kids|with the baby|with my [^ ]{1,24}))? (?:before|while) (?:he|she|they) (?:wakes up|wake up|comes to|sobers up|gets back|comes back|is asleep|sleeps|is passed out|is still asleep)\b`,
      String.raw`(?:hes|shes|he is|she is|theyre) (?:asleep|sleeping|passed out|knocked out|in the shower|out|gone|at work|at the store) (?:for now|right now|for a bit|for a minute|for the moment) ${gap(10)}(?:(?:somewhere|someplace|a place|anywhere|where) (?:i|we) (?:can|could) (?:go|stay|sleep|take)|where (?:can|do|could|should) (?:i|we) (?:go|take|stay|sleep)|(?:get|sneak|run|leave) (?:out|away)|shelter|(?:before|till|until) (?:he|she|they) (?:wakes|wake|gets back|comes back|comes to))`,
    ].join('|'),
    examples: ['cant talk hes home. if i stop answering call someone', 'call me and pretend to be my sponsor. hes in one of his moods', 'hes asleep for now. is there somewhere i can go tonight with a baby'],
  },
  {
    id: 'en.abuse-danger.beat-it-out-of-me', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat'],
    // A threat to beat who the writer is out of them: "beat the gay out of me", "knock the girl out of you".
    source: String.raw`(?:beat|beating|beats|knock|knocking|knocks|whip|whipping|whips|whoop|whooping|slap|slapping|punch|punching|choke|choking|kick|kicking|smack|smacking|hit|hitting) (?:the )?(?:gay|queer|trans|lesbian|dyke|fag|faggot|sissy|girl|boy|woman|man|tranny|homo|bi|it|that) out of (?:me|us|you|my (?:son|daughter|kid|child|sister|brother|cousin))\b`,
    examples: ['my dad found my binder and said hes gonna beat the gay out of me when he gets home', 'says hes beating it out of me tonight'],
  },
  {
    id: 'en.abuse-danger.held-in-plain-words', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat'],
    // Held in place, in the words of someone writing in a second language: "he block the door", "he no let me go".
    source: [
      String.raw`(?:he|she|they|him|her|${PARTNER}|boss|owner|patron|jefe|employer|landlord|manager|the (?:owner|boss|man|landlord|employer|manager|guy|lady|woman|patron)) ${gap(3)}(?:block|stand in front of|stand in|close and lock|lock) (?:the |my |de )?(?:door|way|exit|doorway|room door)\b`,
      String.raw`(?:he|she|they) (?:not|no) let (?:me|us) (?:go|leave|out|go out|get out)\b`,
    ].join('|'),
    examples: ['the man i clean house for grab me today and i still here, he block the door', 'he stand in front of door and not let me go'],
  },
  {
    id: 'en.abuse-danger.household-violence', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.harm-sport', 'figurative.en.harm-game', 'figurative.en.joking-threat'],
    // A parent, partner or relative throwing, slamming or dragging someone at home (the writer a witness): abuse now,
    // the kind scope.en.household-violence-done hands such a message to.
    source: String.raw`(?:${BARE_KIN}|stepdad|stepmom|uncle|(?:my|our|her|his) (?:[^ ]{1,24} )?(?:dad|father|stepdad|stepfather|mom|mother|stepmom|stepmother|husband|boyfriend|bf|wife|girlfriend|uncle|grandpa|grandfather|brother|partner|moms boyfriend|mothers boyfriend))(?: (?:is|was|got|came home|comes home) (?:drunk|high|wasted|raging|mad|tweaking)(?: again)? and)?(?: (?:just|already|then|literally))? (?:threw|throws|throwing|shoved|shoves|shoving|slammed|slams|slamming|pushed|pinned|pins|pinning|dragged|drags|dragging|kicked|kicks|kicking|punched|punches|punching|stomped|body slammed|choked|chokes|choking) (?:${BARE_KIN}|(?:my|our|his|her) (?:[^ ]{1,24} )?(?:${PEOPLE})s?)(?: (?:head|face|body))?(?=(?: (?:into|against|onto|on|down|across|to|off|through|by|around|out|in|again|while|and|so)\b| \.|$))${NOT_IDIOM}(?! to (?:practice|school|church|the (?:store|game|mall|doctor|dentist|party|meeting|park)|a (?:meeting|party|game)|therapy|rehab|work|class|dinner|bed)\b)`,
    examples: ['dad is drunk again and threw my little brother into the wall', 'my moms boyfriend slammed my sisters head on the counter', 'grandpa shoved grandma down the back steps just now'],
  },
  {
    id: 'en.harm-others.waiting-for-wrongdoer', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them', 'figurative.en.pickup', 'scope.en.writer-hiding'],
    // Waiting where the one who hurt the writer or their own will be: "the CO who beat me gets off at 6, I'm waiting in
    // the lot", "he leaves the bar at 2, I'll be outside".
    source: [
      String.raw`${WRONGDOER} ${gap(14)}(?:im|i am|ill be|i will be|gonna be|im gonna be|ima be|imma be|ill just be|been) (?:right )?(?:there )?(?:waiting|parked|posted|posted up|sitting|camped|hiding|laying low|lurking)\b`,
      String.raw`${WRONGDOER} ${gap(10)}(?:gets off|gets out|clocks out|leaves|walks|comes out|gets home|closes|opens|parks|shows up|drives|works|is at|will be at) ${gap(6)}(?:im|i am|ill be|i will be|gonna be|im gonna be|ima be|imma be) (?:right )?(?:outside|there|out front|across the street|in the lot|in the parking lot|by (?:his|her|the) (?:car|truck|door))\b`,
      String.raw`${WRONGDOER} ${gap(10)}(?:im|i am|were|we|ill|imma|gonna|im gonna|we gonna|we are|i|me and my boys|my boys and i)? ?(?:going|goin|headed|heading|driving|walking|pulling up|sliding|riding|on my way|omw|on our way) (?:over )?(?:there|to (?:his|her|their) (?:house|place|spot|crib|job|work|apartment|trailer))(?! (?:to|and) (?:pick|get|drop|return|talk|apologize|pay|sign|buy|see about the)\b)`,
    ].join('|'),
    examples: ['the CO who beat me in county gets off at 6, im waiting in the lot', 'the man who hurt my daughter leaves the bar at 2, im gonna be outside'],
  },
  {
    id: 'en.abuse-danger.afraid-to-return', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.joking-threat'],
    // Kept from home by the person there: too scared to go back to the apartment, sleeping in the car because he's at the house.
    source: [
      String.raw`(?:scared|afraid|terrified|too scared|too afraid|dont feel safe|do not feel safe|not safe) (?:to )?(?:go|going|goin) (?:back )?(?:home|to (?:the|my|our) (?:apartment|apt|house|place|room|motel|hotel|trailer|camp|tent)|back there|to my place|to our place) ${gap(8)}(?:(?:hes|shes|he is|she is|theyre|they are) (?:there|home|inside|waiting|back|drunk|high)|after what (?:he|she|they)|(?:he|she|they) (?:has|have|got|still has) (?:a )?keys?|(?:he|she|they) (?:said|says|threatened|swore))`,
      String.raw`(?:sleeping|staying|hiding|sitting|parked|spending the night) (?:in (?:my|the) (?:car|truck|van)|at (?:a|my|the) (?:[^ ]{1,24} )?(?:friends|neighbors|sisters|moms|brothers|cousins|church|station|park|mcdonalds|walmart)|outside) (?:because|cause|cuz|bc|since) (?:hes|shes|he is|she is|theyre|my [^ ]{1,24} is) (?:at|in|back at|back in) (?:the|our|my) (?:house|apartment|place|home|room)\b`,
      String.raw`(?:cant|can not|cannot) go (?:back )?home (?:\. )?(?:because |cause |cuz |bc )?(?:hes|shes|he is|she is|theyre|they are) (?:there|waiting|home|inside|back)\b`,
    ].join('|'),
    examples: ['im too scared to go back to the apartment tonight, hes there', 'sleeping in my car because my boyfriend is at the house and hes drunk', 'cant go home, she is there waiting for me'],
  },
  {
    id: 'en.abuse-danger.coerced-for-keep', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat'],
    // Sex or street work demanded for a room, a debt or drugs: "says I have to sleep with his friends to keep the room".
    source: [
      String.raw`(?:says?|said|told me|tells me|making|makes|made|forcing|forces|forced|wants|expects|pushing) (?:me )?(?:i )?(?:(?:have to|gotta|got to|need to|to|must|should) )?(?:sleep with|have sex with|hook up with|fuck|do stuff (?:for|with)|do things (?:for|with)|do favors for|sell myself|sell my body|work the (?:track|street|stroll|blade|corner)|see (?:guys|men|clients|johns|dates)|go with (?:guys|men|his friends)) ${gap(4)}(?:to (?:keep|stay|pay|get|work off|cover)|for (?:rent|the room|a place|a bed|my (?:dope|drugs|fix|subs|debt)|what i owe|the debt)|or (?:i|he|she|they) (?:will|ll|gonna|cant|cannot|kick|put|throw)|if i (?:want|wanna) (?:to )?(?:stay|keep|eat|sleep))`,
      String.raw`if i (?:want|wanna) (?:to )?(?:stay|keep (?:the|my) (?:room|bed|place|job|spot)|a place|eat|get my [^ ]{1,24}) ${gap(4)}(?:i )?(?:have to|gotta|got to|need to|must) (?:sleep with|have sex with|hook up with|fuck|do stuff|do things|give (?:him|her|them) (?:sex|head))`,
    ].join('|'),
    examples: ['the man i stay with says i have to sleep with his friends to keep the room', 'landlord says if i want to stay i have to sleep with him'],
  },
  {
    id: 'en.abuse-danger.owed-found-me', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.joking-threat'],
    // Someone owed money (a dealer, a cellmate, "the guys I owe") who has found the writer or is looking for them.
    source: [
      String.raw`(?:guys|guy|people|person|man|men|dude|dudes|ones|plug|dealer|connect|folks) (?:i|we) owe(?: money)? ${gap(3)}(?:know (?:im|i am|where i)|found (?:me|out where)|looking for me|came by|came to|showed up|are outside|is outside|outside|waiting|tracked me|asking (?:about|for) me|been asking)\b`,
      String.raw`(?:found me(?! (?:a|an|some|the)\b)|tracked me down|looking for me|caught up with me|knows where i (?:stay|live|am|sleep)) ${gap(6)}(?:says?|said|saying|claims|telling me) i (?:still )?owe\b`,
    ].join('|'),
    examples: ['just got out and the guys i owe already know im back', 'my old cellmate found me and says i still owe him'],
  },
  {
    id: 'en.abuse-danger.threats-sent', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.joking-threat'],
    // Threats sent or left: death threats by text, a brick through the window, tires slashed with a note.
    source: [
      String.raw`(?:sending|sent|sends|texting|texted|texts|messaging|messaged|messages|leaving|left|dming|dmd|posting|posted|getting|got|gets) (?:me )?(?:death threats|threats|threatening (?:messages|texts|voicemails|notes|letters|dms|calls))\b`,
      String.raw`(?:brick|molotov|bottle|rock|rocks|bricks) (?:through|thru) (?:my|our) (?:front |back |bedroom |living room |kitchen )?(?:window|windows|door)\b`,
      String.raw`(?:slashed|slashing|slash|cut|flattened|popped) (?:all )?(?:of )?(?:my|our|four of my|all four of my|both my) tires ${gap(8)}(?:again|note|next|warning|threat|message|ex|know where)`,
    ].join('|'),
    examples: ['my exs new girlfriend keeps sending me death threats', 'someone threw a brick through my window with a note on it', 'someone slashed my tires again and left a note saying im next'],
  },
  {
    id: 'en.abuse-danger.expose-if-i-leave', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat', 'figurative.en.trivial-finds-out'],
    // Threats that hold the writer in place: out me, call immigration, send my pictures, tell my PO, take the kids, if I leave.
    source: [
      String.raw`(?:${EXPOSE}) ${gap(8)}(?:${IF_I_LEAVE})\b`,
      String.raw`(?:${IF_I_LEAVE}) ${gap(6)}(?:${EXPOSE})\b`,
    ].join('|'),
    examples: ['he said hes gonna out me to my family and my job if i leave', 'she says she will call immigration on me if i break up with her'],
  },
  {
    id: 'en.abuse-danger.location-exposed', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'en.benign-pickup'],
    // The writer's address or location given out to people who mean harm, or posted: "he posted my address online".
    source: [
      String.raw`(?<!\b(?:i|we|i just|we just) )(?:posted|posting|posts|put|putting|shared|sharing|shares|leaked|leaking|gave|giving|gives|sent|sending|dropped|dropping) (?:out )?(?:my|our) (?:new |home |current |exact )?(?:address|location|addy|number and address|address and number|room number|whereabouts|live location)(?: and [^ ]{1,24})? ${gap(4)}(?:online|on (?:facebook|fb|ig|instagram|twitter|x|tiktok|snap|reddit|a sex ad|an ad|his story|her story|the internet)|in (?:the|a) (?:group chat|gc|group|chat)|to (?:the|his|her|their|those|some|them) (?:[^ ]{1,24} )?(?:guys|boys|friends|homies|people|crew|gang|brothers|cousins|dudes|men)|with (?:his|her|their|the|those) (?:boys|friends|homies|people|crew|gang|brothers|cousins|guys|dudes|men))\b`,
      String.raw`(?:doxxed|doxed|doxxing|doxing) (?:me|us)\b`,
    ].join('|'),
    examples: ['he posted my address online and people are messaging me', 'my ex gave my new address to the guys i owe', 'she shared my location with his boys'],
  },
  {
    id: 'en.harm-others.next-time-they-get-it', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.harm-sport', 'figurative.en.worry-consequence'],
    // The next offence already answered with violence: "next time the nurse disrespects me she's getting hit", "someone
    // touches my stuff again I'm cutting them", "next john who tries me is getting cut".
    source: [
      String.raw`(?:next time|one more time|if|when|someone|somebody|anyone|anybody|u|you) ${gap(8)}(?:again|one more time|next time|ever) ${gap(2)}(?:im|ill|i will|im gonna|imma|ima|i swear im|i swear ill) (?:cutting|stabbing|shooting|hitting|cut|stab|shoot|hit|poking|poke|swinging on|swing on|beating|beat|jumping|jump|smacking|smack|slapping|slap|dropping|drop|laying|lay|knocking|knock|rocking|rock) (?:them|him|her|em|that [^ ]{1,24}|they|whoever)\b(?! (?:up|back|off|a|some|with (?:the truth|a text|a message))\b)`,
      String.raw`(?:next time|one more time|and) ${gap(8)}(?:he|she|they|hes|shes|theyre|that [^ ]{1,24}|this [^ ]{1,24}|the [^ ]{1,24}) (?:is |are |s )?(?:getting|gonna get|gets|will get|is gonna get) (?:hit|cut|stabbed|shot|hurt|jumped|beat|beat up|smacked|slapped|popped|dropped|bodied|laid out|rocked|knocked out|sliced|poked)\b`,
      String.raw`(?:next|the next) (?:john|trick|date|client|customer|man|guy|dude|person|one|cop|co|nurse|mf|bitch|fool|clown|punk|idiot|asshole|creep) (?:who|that|to) ${gap(8)}(?:is |s )?(?:getting|gonna get|gets|will get) (?:cut|stabbed|shot|sliced|hurt|hit|smacked|popped|jumped|dropped|killed|bodied|poked|laid out)\b`,
    ].join('|'),
    examples: ['next time the nurse disrespects me shes getting hit', 'someone touches my stuff again im cutting them', 'next john who tries me is getting cut'],
  },
  {
    id: 'en.harm-others.delusion-must-destroy', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.media'],
    // A belief that someone is a demon, possessed, an impostor or a spy, and so must be destroyed or "have it got out".
    source: [
      String.raw`(?:is|are|hes|shes|theyre|was|were|been) (?:a |an |the )?(?:demon|demons|devil|possessed|antichrist|impostor|imposter|fake|clone|robot|reptilian|lizard person|government agent|fed|spy|replaced|not really (?:my|him|her|them)|replaced by (?:an? )?[^ ]{1,24}) ${gap(10)}(?:i |we )?(?:have to|need to|gotta|must|got to|going to|gonna|will|should) (?:destroy|kill|stop|get rid of|end|cleanse|purify|burn|cut|get (?:it|them|the evil|the devil|the demon|the demons) out|take (?:him|her|them) out|send (?:him|her|them) back|exorcise)\b`,
      String.raw`(?:devil|demon|demons|evil|satan|something evil|an evil spirit|a spirit) (?:is |are )?(?:in|inside) (?:my|his|her|the|our) (?:[^ ]{1,24} ){0,2}(?:${PEOPLE}|${OTHER_PEOPLE})s? ${gap(8)}(?:i |we )?(?:have to|need to|gotta|must|got to|going to|gonna|will) (?:get (?:it|them) out|cut (?:it|them) out|burn (?:it|them) out|beat (?:it|them) out|destroy|kill|cleanse|purify|drown|exorcise)\b`,
      String.raw`(?:get|cut|burn|beat|drown|bleed) (?:the )?(?:evil|devil|demon|demons|sin|spirit) out of (?:him|her|them|my (?:[^ ]{1,24} )?(?:${PEOPLE})s?)\b`,
    ].join('|'),
    examples: ['the devil is in my mom and i have to get it out of her', 'my roommate is a demon and i need to destroy him', 'the baby is possessed and i need to get the evil out of him'],
  },
  {
    id: 'en.abuse-danger.taken-somewhere', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.gift-for', 'figurative.en.joking-threat'],
    // Driven or taken somewhere the writer does not know or did not agree to: "taking me somewhere I don't know",
    // "won't say where he's taking me".
    source: [
      String.raw`(?:driving|taking|drove|took|bringing|brought|moving|shipping) me (?:somewhere|to (?:a|some|another|an) (?:place|house|motel|hotel|city|state|town|apartment|spot|building|trap house)) ${gap(6)}(?:i dont know|dont know where|wont tell me|wont say|i dont recognize|didnt agree|against my will|i dont want|he wont|she wont|they wont)`,
      String.raw`(?:wont|will not|refuses to|wouldnt|doesnt) (?:tell me|say) where (?:were|we are|hes taking me|shes taking me|theyre taking me|they are taking me|he is taking me|were going|we are going|im going)\b`,
      String.raw`(?:guys|men|people|dudes) i dont know ${gap(6)}(?:theyre|they are|are|and) (?:taking|driving|bringing|moving) me\b`,
      String.raw`(?:put|pushed|threw|forced|dragged) me (?:in|into) (?:a|the|his|their) (?:van|car|truck|trunk|suv)\b`,
    ].join('|'),
    examples: ['my date took my phone and is driving me somewhere i dont know', 'my ride passed my stop and wont say where hes taking me', 'they put me in a van and are taking me to another city'],
  },
  {
    id: 'en.abuse-danger.forced-to-change', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.joking-threat'],
    // Sent or forced to a program to change who the writer is: conversion camp, "pray the gay away", an exorcism for being gay.
    source: [
      String.raw`(?:sending|send|sent|shipping|ship|forcing|force|forced|making|make|taking|take|signing|signed|putting|put|going|go|enrolled|enrolling) (?:me )?(?:off )?(?:to |into |in )?(?:a |an |the )?(?:conversion (?:camp|therapy|program)|pray the gay away|ex gay|reparative therapy|exorcism|deliverance)\b`,
      String.raw`(?:program|camp|therapy|counseling|pastor|church|exorcism|deliverance) (?:to )?(?:fix|cure|straighten|change|pray away) (?:me|my) (?:being )?(?:gay|trans|queer|lesbian|bi|nonbinary|gender)?`,
      String.raw`(?:exorcism|deliverance|beat it out|pray it away) (?:for|because of) (?:me )?(?:being )?(?:gay|trans|queer|lesbian|bi|nonbinary)\b`,
    ].join('|'),
    examples: ['my parents are sending me to conversion camp tomorrow and they took my phone', 'my dad says im going to a pray the gay away camp next week'],
  },
  {
    id: 'en.harm-others.its-over-for-them', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.harm-sport', 'figurative.en.report-them'],
    // Finality promised on sight, or to the one who wronged the writer: "when I see him it's over for him", "he's done",
    // "he won't walk again"; "gonna get what's coming to him tonight"; "I hope he dies and I'll make sure of it".
    source: [
      String.raw`(?:when|once|next time|the minute|the second|soon as|as soon as|if) (?:i|we|my boys|me and my boys) (?:see|catch|find|get (?:to|ahold of|a hold of|my hands on)|run into|spot) ${gap(8)}${FINISHED}`,
      String.raw`${WRONGDOER} ${gap(8)}${FINISHED}`,
      String.raw`(?:is|s|hes|shes|theyre|are) (?:gonna|going to|about to|bout to|finna) get (?:whats coming(?: to (?:him|her|them))?|his|hers|theirs|what (?:he|she|they) deserves?) (?:tonight|when|once|soon|after|fr|on god|i promise|trust me|watch)\b`,
      String.raw`(?:hope|want|wish|pray) (?:he|she|they|him|her|them|my [^ ]{1,24}) (?:dies|die|dead|would die|drops dead|was dead|were dead) ${gap(4)}(?:ill|i will|im gonna|imma|i can|i could|im going to) (?:make sure|make it happen|help (?:it|that|him|her) along|do it myself|see to it|make that happen)\b`,
    ].join('|'),
    examples: ['when i see the dude who set me up its over for him', 'soon as i catch my old cellie on the outside hes done', 'my cellie is gonna get whats coming to him tonight', 'i hope he dies and ill make sure of it'],
  },
  {
    id: 'en.abuse-danger.found-where-i-am', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.joking-threat'],
    // The person the writer fled has found them: knows which shelter, found out where I moved, has my new address.
    source: String.raw`(?:he|she|they|hes|shes|my ex|ex|the pimp|my pimp|his (?:boys|friends|people)|her (?:boys|friends|people)|my abuser|my dealer|the guy|that guy|my stalker) (?:[^ ]{1,24} )?(?:knows|found out|figured out|found|tracked down|got|has|just got|knew|learned) (?:which|what|where|my new|the address of|my|the) (?:shelter|motel|hotel|room|apartment|address|place|house|school|job|work|unit|building|bed|camp|tent|i (?:live|stay|am|moved|work|sleep|go|park))(?: (?:at|to|im at|i am at|i stay at|now|again|already)){0,2}(?! for me\b)(?= \.|$| (?:now|again|already|and|so|somehow|even|i|im|he|she|they)\b)`,
    examples: ['he knows which shelter im at now', 'my ex found out where i moved', 'he figured out my new address'],
  },
  {
    id: 'en.abuse-danger.if-not-me-nobody', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat', 'figurative.en.lyric-quote'],
    // "If he can't have me, nobody can": the possessive threat that comes before the worst violence.
    source: String.raw`(?:if|since|cuz|because) (?:he|she|they|you|u) (?:cant|cannot|can not|wont|will not) (?:have|be with|keep) (?:me|us|you|u)(?: (?:then|than))? (?:nobody|no one|noone|nobody else|no one else|no other man|no other woman|nobody ever)(?: else)? (?:can|will|gets? to|is going to|is gonna|ever will)\b`,
    examples: ['he keeps saying if he cant have me nobody can', 'she told me if she cant have me no one will'],
  },
  {
    id: 'en.harm-others.if-not-mine-nobody', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.lyric-quote', 'figurative.en.media'],
    // The writer's own possessive threat: "if I can't have her, nobody can".
    source: String.raw`(?:if|since) i (?:cant|cannot|can not|wont|dont get to) (?:have|be with|keep) (?:her|him|them|my (?:[^ ]{1,24} )?(?:${PEOPLE}))(?: (?:then|than))? (?:nobody|no one|noone|nobody else|no one else|no other man|no other woman)(?: else)? (?:can|will|gets? to|is going to|is gonna)\b`,
    examples: ['if i cant have her nobody can', 'if i cant have my wife then no one will'],
  },
  // ============================== round 7 ==============================
  {
    id: 'en.harm-others.keep-from-court', kind: 'harm-others', guards: OTHERS,
    // Stopping a witness, a prosecutor or the other parent from ever reaching court: "make sure he never shows up to
    // the hearing", "the witness can't testify if she's gone", "what it would take to make the prosecutor disappear".
    source: [
      String.raw`make sure (?:he|she|they|that [^ ]{1,24}|my ex|the [^ ]{1,24}|my [^ ]{1,24}) (?:never|doesnt|dont|wont|cant|will never|can never|does not|never ever) (?:testif(?:y|ies)|takes? the stand|(?:shows? up|makes? it|gets?|appears?|walks? into|sees?) (?:to |at |in |for |into |the inside of )?(?:(?:the|my|our|his|her|a) )?(?:custody )?(?:court|trial|hearing|testify|deposition|courtroom|sentencing|court date))\b`,
      String.raw`(?:witness|prosecutor|da|judge|victim|snitch|informant|detective|accuser)s? (?:[^ ]{1,24} ){0,6}(?:cant|wont|cannot|can not) (?:testify|show up|take the stand|talk|snitch|point me out) if (?:he|she|they|hes|shes|theyre) (?:is |are )?(?:dead|gone|not around|missing|in the hospital|in the ground)\b`,
      String.raw`(?:what it would take|what itd take|how much it would cost|how much itd cost|how (?:i|id|to)(?: could| would)?) (?:to )?(?:make|get|have) (?:him|her|them|my ex|the witness|the prosecutor|the judge|the da|the detective|the victim|that [^ ]{1,24}) (?:disappear|gone for good|never show up|not show up|not testify|stop breathing|go away for good)\b`,
    ].join('|'),
    examples: ['i keep thinking about how to make sure my ex never makes it to the custody hearing', 'the witness cant testify if shes not around, you get me', 'how much it would cost to make the prosecutor disappear before trial'],
  },
  {
    id: 'en.harm-others.wrongdoer-will-pay', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.pay-in-money'],
    // The one who reported, fired, ratted on or wronged the writer "is going to pay", "will regret it", "is about to be sorry".
    source: String.raw`(?:the|that|this|dat|some) (?:[^ ]{1,24} )?(?:${WRONGED_BY}) (?:who|that|whos|thats) (?:[^ ]{1,24} ){0,3}(?:${WRONGED_HOW}) ${gap(10)}(?:is |s |are )?(?:going to|gonna|will|about to|bout to|finna|is gonna|is going to) (?:pay(?= \.|$| (?:for (?:it|this|that|what)|dearly|big time|tonight|i swear|trust me|with (?:his|her|their))\b)|regret (?:it|this|that|the day|ever|what)|be sorry|get (?:whats coming|what (?:he|she|they) deserves?))|(?:the|that|this|dat|some) (?:[^ ]{1,24} )?(?:${WRONGED_BY}) (?:who|that|whos|thats) (?:[^ ]{1,24} ){0,3}(?:${WRONGED_HOW}) ${gap(10)}(?:is|s) (?:a dead (?:man|woman)|dead meat|a goner|finished|history|done for)(?! (?:to|with|for|at|in|now)\b)`,
    examples: ['the supervisor who wrote me up and got me fired is going to pay for it', 'that nurse who reported me to the board will regret it, i promise', 'the coworker who turned me in is about to be sorry'],
  },
  {
    id: 'en.harm-others.spike-with-stolen', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.benign-additive'],
    // Picturing putting drugs taken from work, or anything, into someone's drink, food or line: "I fantasize about putting
    // what I bring home from the unit into his whiskey".
    source: String.raw`(?:imagin\w*|picture|pictures|picturing|pictured|fantasi[sz]\w*|fantasies|daydream\w*|dream about|dreaming about|thinking about|think about|thought about|thoughts (?:of|about)|keep thinking about|planning|plan on|plotting|tempted to|urge to|could easily|how easy (?:it would|itd|it d) be to) ${gap(2)}(?:put|putting|slip|slipping|adding|add|mix|mixing|crush|crushing|crushed|dissolve|dissolving|spike|spiking|pour|pouring|drop|dropping|inject|injecting|push|pushing) ${gap(10)}(?:in|into) (?:his|her|their|(?:my|the|our) [^ ]{1,24}s|(?:my|the|our) [^ ]{1,24} [^ ]{1,24}s) (?:morning |evening |nightly |night |glass of |cup of |bottle of |can of )?(?:wine|drink|drinks|coffee|tea|beer|whiskey|bourbon|vodka|shake|smoothie|soup|food|dinner|lunch|breakfast|meal|juice|water|bottle|iv|iv bag|line|formula|cereal|oatmeal|meds|pills|insulin|glass|cup|mug|thermos|soda|energy drink)\b`,
    examples: ['i keep imagining slipping some of the vials from work into my husbands coffee', 'thinking about crushing the pills i take home from the pharmacy into his dinner', 'i fantasize about mixing what i pocket from the unit into my fathers whiskey'],
  },
  {
    id: 'en.harm-others.dose-no-wake', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.medical-sedation'],
    // Giving someone a dose they would not wake up from: "give the guy who hit my daughter something he wouldn't wake up from".
    source: String.raw`(?:give|giving|gave|dose|dosing|dosed|slip|slipping|inject|injecting|push|pushing) ${VICTIM2} ${gap(8)}(?:something|a dose|enough|extra|too much|a shot|a hot shot|a hotshot|a lethal dose|a fatal dose|an overdose|a big dose|a little extra|the whole (?:vial|bottle|bag|syringe)) ${gap(10)}(?:wouldnt|wont|would never|will never|never|doesnt|dont|would not|will not|not|didnt) (?:ever )?wakes? (?:up|back up)\b`,
    examples: ['medic here, i keep thinking about giving the man who hurt my son something in the ambulance he wouldnt wake up from', 'thinking about dosing my stepdad with enough that he doesnt wake up', 'ive thought about giving the guy who beat my sister a hot shot so he never wakes up'],
  },
  {
    id: 'en.harm-others.target-nearby-end-it', kind: 'harm-others', guards: OTHERS,
    // Someone with power over the writer's case or life found to live close by, and "I could end this tonight".
    source: String.raw`(?:prosecutor|da|district attorney|judge|witness|snitch|informant|cop|officer|detective|ex|exs new (?:boyfriend|girlfriend|man|wife|husband)|supervisor|boss|the guy|that guy|dealer|landlord|caseworker|po|parole officer|probation officer|abuser|accuser) (?:[^ ]{1,24} ){0,5}(?:lives|stays|works|parks|drinks|is staying|sleeps) (?:only |just |like |about |right |literally )?(?:(?:\d+|a few|two|three|four|five|ten|fifteen|twenty|a couple|couple) (?:min|mins|minutes|miles|blocks|streets|houses|doors|exits)|down the street|around the corner|next door|across the street|near me|close to me|nearby) ${gap(10)}(?:i |we )?(?:could|can|will|ill|im gonna|gonna|might|should) (?:just )?(?:end|finish|settle|fix|solve|handle|make) (?:this|it|the case|the whole thing|this whole thing|everything)(?: (?:whole thing|whole case|mess|all))?(?: go away)?(?= \.|$| (?:tonight|today|right now|now|for good|myself|before|once|and|if|with|in|permanently)\b)`,
    examples: ['the prosecutor on my case lives 10 min from me. i could end this whole thing tonight', 'the judge who took my kids lives a few blocks from here and i could settle this tonight', 'my exs new boyfriend lives down the street. i could finish this tonight'],
  },
  {
    id: 'en.harm-others.bring-something-to', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.bringing-food'],
    // Picturing walking into work, school or a meeting armed: "I keep imagining bringing something to the office".
    source: String.raw`(?:imagin\w*|picture|pictures|picturing|pictured|fantasi[sz]\w*|daydream\w*|dream about|dreaming about|thinking about|think about|thought about|thoughts (?:of|about)|planning|plan on|plotting|visuali[sz]\w*|keep seeing myself)(?: about| of)? (?:(?:bringing|taking|carrying|showing up with|walking in with|coming in with) (?:something|a gun|my gun|the gun|a weapon|my rifle|a rifle|the rifle|my ar|an ar|the ar|a knife|a bomb|my pistol|a pistol|the shotgun|my shotgun|a shotgun|my knife|the knife) (?:to|into|at|in) (?:the |my |our |that |this )?(?:[^ ]{1,24} )?(?:office|work|job|school|class|meeting|church|building|party|shift|campus|floor|unit|station|clinic|hospital|warehouse|plant|store|site|mall|court|courthouse|precinct|base)|walking into (?:the|my|our) (?:[^ ]{1,24} ){0,2}[^ ]{1,24} with (?:something|a gun|my gun|the gun|a weapon|my rifle|a rifle|the rifle|my ar|an ar|the ar|a knife|a bomb|my pistol|a pistol|the shotgun|my shotgun|a shotgun|my knife|the knife))(?= \.|$| (?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|and|then|next|one day|someday|with|again)\b)`,
    examples: ['i keep picturing walking into the staff meeting with my gun', 'ive been imagining bringing something to work monday and making them all sorry', 'thoughts of carrying a knife into class and just going for it'],
  },
  {
    id: 'en.harm-others.if-again-dead', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.dead-laughing'],
    // A condition already answered with death: "if he touches her again he's dead", "if anyone lays a finger on my kid they're dead".
    source: String.raw`if (?:he|she|they|that [^ ]{1,24}|this [^ ]{1,24}|my [^ ]{1,24}|her [^ ]{1,24}|his [^ ]{1,24}|anyone|anybody|someone|somebody|any of them|one of them) (?:ever |even |so much as |dares to |tries to )?(?:touches|touch|hits|hit|lays a (?:hand|finger) on|lay a (?:hand|finger) on|puts (?:his|her|their) hands on|put (?:his|her|their) hands on|lays hands on|puts hands on|hurts|hurt|comes near|come near|goes near|comes around|messes with|grabs|grab|threatens|rapes|touched|hit) (?:her|him|them|me|us|my [^ ]{1,24}|our [^ ]{1,24}|my [^ ]{1,24} [^ ]{1,24})? ?(?:[^ ]{1,24} ){0,4}(?:hes|shes|theyre|he is|she is|they are|youre|you are|ur|hell be|shell be|theyll be) (?:dead|a dead man|a dead woman|dead meat|a goner|in the ground)(?! (?:to|with|for|at|already|now|by|tired|serious|broke|inside)\b)`,
    examples: ['if that man lays a finger on my daughter again hes dead', 'if he puts his hands on my sister one more time hes a dead man', 'if anyone touches my kid at that school theyre dead'],
  },
  {
    id: 'en.abuse-danger.means-taken', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.benign-borrow'],
    // The way out taken away: "he took my car and my phone, I can't leave", "she hid my keys and shoes so I can't get out".
    source: [
      String.raw`(?:he|she|they|${PARTNER}|my (?:[^ ]{1,24} )?(?:dad|father|mom|mother|pimp|boss|trafficker|brother|son|daughter)) (?:[^ ]{1,24} )?(?:took|takes|hid|hides|has|smashed|broke|threw|stole|keeps|took away|locked up|disabled|cut up|grabbed) (?:all )?(?:my|our|the) (?:car|car keys|keys|phone|cell|cellphone|shoes|wallet|id|purse|charger|money|passport|cards|truck|truck keys|sim card|sim|bike|coat|door key|house key)(?: (?:and|n) (?:my |the |our |all my )?[^ ]{1,24}(?: [^ ]{1,24})?)? ${gap(6)}(?:cant|can not|cannot|have no way to|no way to|not able to|unable to|wont let me|so i cant) (?:leave|get out|go anywhere|go|call|escape|drive|get away|get help|call anyone|call for help|reach anyone)\b`,
      String.raw`(?:cant|can not|cannot|have no way to|no way to|unable to) (?:leave|get out|go anywhere|get away|call anyone|escape|get help|call for help)(?: (?:here|now|the house|the apartment|the room|tonight|of here))?(?: \.)? (?:because |cause |cuz |bc |since )?(?:he|she|they|${PARTNER}) (?:[^ ]{1,24} )?(?:took|takes|hid|hides|has|smashed|broke|threw|stole|keeps|took away|locked up) (?:all )?(?:my|our|the) (?:car|car keys|keys|phone|cell|cellphone|shoes|wallet|id|purse|charger|money|passport|cards|truck|sim card)\b`,
    ].join('|'),
    examples: ['my boyfriend hid my car keys and my shoes so i cant leave', 'he smashed my phone and took the keys, i have no way to get out', 'i cant get out of here because she took my wallet and id'],
  },
  {
    id: 'en.abuse-danger.holding-the-kids', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.custody-routine'],
    // The children held and the writer shut out: "he has my kids and won't let me in", "locked me out with the baby inside".
    source: [
      String.raw`(?:he|she|they|${PARTNER}|my ex|his (?:mom|family|brother|mother)|her (?:mom|family|brother|mother)) (?:has|took|grabbed|snatched|is keeping|kept|keeps|is holding|locked|locked up|ran off with|left with) (?:my|our|the) (?:kids|baby|son|daughter|children|kid|babies|twins|newborn) ${gap(6)}(?:(?:he|she|they|and) )?(?:wont|will not|refuses to|not gonna|isnt gonna|wont even|is not letting me|isnt letting me|not letting me) (?:let me (?:in|inside|see (?:them|him|her)|near|in the house|talk to (?:them|him|her))|open the door|give (?:them|him|her) back|bring (?:them|him|her) back|tell me where|answer)\b`,
      String.raw`(?:he|she|they|${PARTNER}|my ex) (?:just )?(?:took|grabbed|snatched|ran off with|left with|drove off with) (?:the|my|our) (?:baby|kids|son|daughter|children|twins|newborn)(?= \.|$| (?:and (?:left|ran|drove|took off|wont|is gone|hes gone|shes gone|im|turned off)|from me|away from me|without (?:telling|asking))\b)`,
      String.raw`(?:locked|locking|locks|shut) me out ${gap(6)}(?:kids|baby|son|daughter|children|twins) (?:are |is )?(?:still )?(?:inside|in there|with (?:him|her|them))\b`,
    ].join('|'),
    examples: ['my ex grabbed the baby and locked himself in, he wont let me in', 'she has my son and refuses to tell me where they are', 'he locked me out and the kids are still inside with him'],
  },
  {
    id: 'en.abuse-danger.showing-up-again', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'en.benign-pickup', 'figurative.en.ordinary-visit'],
    // An ex or a stalker turning up again where the writer works or lives, and the fear of walking out to the car.
    source: [
      String.raw`(?:my ex|ex|my exs [^ ]{1,24}|my stalker|stalker|that guy|the guy|that man|the man|some guy|my abuser|the john|my pimp|the pimp|his ex|her ex|my old (?:dealer|pimp|boss))(?: from (?:the |my |that )?[^ ]{1,24}(?: [^ ]{1,24})?)? (?:was|is|has been|been|keeps|kept|showed up|shows up|came|comes|keeps showing up|keeps coming|was waiting|is waiting|waited|was parked|is parked|sat|was sitting|is sitting) (?:[^ ]{1,24} ){0,6}(?:at|in|outside|by|near|around) (?:my|the|our) (?:[^ ]{1,24} ){0,3}(?:work|job|parking garage|garage|parking lot|lot|building|school|apartment|house|place|door|car|shelter|unit|hospital|office|gym|church|store|bus stop|station|daycare|clinic|meeting|program|site|shift) ${gap(6)}again\b`,
      String.raw`(?:my ex|ex|my exs [^ ]{1,24}|my stalker|stalker|that guy|the guy|that man|the man|some guy|my abuser|the john|my pimp|the pimp|his ex|her ex|he|she|they) (?:keeps|kept|has been|been|is|started) (?:showing up|turning up|coming by|coming around|driving by|driving past|parking|sitting|waiting|hanging around|lurking) (?:[^ ]{1,24} ){0,2}(?:at|in|outside|by|near|around|in front of|across from|past) (?:my|the|our) (?:[^ ]{1,24} ){0,2}(?:work|job|parking garage|garage|parking lot|lot|building|school|apartment|house|place|door|car|shelter|unit|hospital|office|gym|church|store|bus stop|station|daycare|clinic|meeting|program|site|firehouse|firehall|precinct|base|hangar|ward|pharmacy|courthouse|practice|window)\b`,
      String.raw`(?:he|she|they|ex|stalker|guy|man|dude|someone|somebody|creep|john|pimp|abuser|patient|client|customer) (?:[^ ]{1,24} )?(?:followed|follows|following|tailed) me (?:to|into|out to|home from|from|all the way to) (?:my|the|work|school)(?: [^ ]{1,24}){0,3} ${gap(4)}(?:waited|waiting|was waiting|sat|parked|stood|was standing|was parked) (?:by|at|next to|outside|near|beside) (?:my|the) (?:car|truck|door|apartment|house|building|entrance)\b`,
      String.raw`(?:ex|he|she|hes|shes|him|her|they|theyre|stalker|guy|man) ${gap(12)}(?:scared|afraid|terrified|too scared|too afraid|nervous|dont feel safe|do not feel safe) (?:to )?(?:walk|walking|go|going|get|leave|leaving) (?:out )?(?:to|out to) (?:my|the) (?:car|truck|bus|parking lot|parking garage|garage|lot)\b`,
    ].join('|'),
    examples: ['my ex was sitting in the lot outside my job again when i clocked out', 'that guy from the bar showed up at my apartment building again last night', 'hes been waiting by my car after every shift and now im scared to walk out to the parking lot'],
  },
  {
    id: 'en.abuse-danger.said-tonight', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat', 'figurative.en.trivial-finds-out', 'figurative.en.job-done'],
    // A threat with a time on it ("he said tonight I'm done", "when he gets home I'm dead"), and asking to get somewhere
    // safe before someone comes back.
    source: [
      String.raw`(?:said|says|told me|tells me|texted|texts|screamed|yelled|swore|warned|promised|keeps saying|kept saying) (?:me )?(?:that )?(?:tonight|later|this time|next time|when (?:he|she|they) (?:gets?|comes?) (?:home|back|here)(?: tonight)?|when i get (?:home|back)|once (?:he|she|they) (?:gets?|comes?) (?:home|back)|after (?:work|his shift|her shift|the bar|the game))(?: \.)? (?:im|i am|ill be|i will be|youre|you are|ur|i was|ull be|youll be) (?:done|dead|finished|next|gonna die|going to die|not gonna make it|gonna be sorry|gonna get it|getting it)(?! (?:with|for|at|by|using|drinking|now|already|being|playing|talking|here|there)\b)`,
      String.raw`(?:get|go|take me|stay|hide|be|run) (?:somewhere|someplace|anywhere|a place) safe ${gap(10)}(?:hes|shes|he is|she is|theyre|they are|he|she|they) (?:coming (?:back|home|over|here)|on (?:his|her|their) way|almost home|getting home|gets home|headed (?:home|back|here)|heading (?:home|back|here)|will be (?:home|back)|be (?:home|back))\b`,
      String.raw`(?:hes|shes|he is|she is|theyre|they are|he|she|they) (?:coming back|coming home|on (?:his|her|their) way (?:home|back|here)|almost home|headed home|heading home|gets home|getting home) ${gap(12)}(?:somewhere|someplace|anywhere|a place) (?:safe|to hide)\b`,
    ].join('|'),
    examples: ['he said when he gets home tonight im dead', 'my boyfriend screamed that this time im not gonna make it', 'i need to get somewhere safe, hes on his way home and hes raging'],
  },
  {
    id: 'en.abuse-danger.dependent-confined-hurt', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.safety-lock'],
    // An elder, a disabled relative or a child shut in or hurt by the one minding them: pushed back inside and the door
    // locked, kept locked in a room, yelled at and bruised.
    source: [
      String.raw`(?:pushed|shoved|dragged|forced|threw|carried|yanked) (?:him|her|them|${BARE_KIN}|(?:my|our) (?:[^ ]{1,24} )?(?:dad|father|mom|mother|grandma|grandpa|grandmother|grandfather|brother|sister|son|daughter|uncle|aunt)) (?:back )?(?:inside|in|into (?:the|his|her|their) (?:room|bedroom|house|closet|basement|garage|car)|in the house) ${gap(3)}(?:locked|locks|lock|bolted|chained|barricaded|blocked) (?:the door|him|her|them|it)\b`,
      String.raw`(?:locked|locks|locking|keep|keeps|kept|is keeping|are keeping) (?:him|her|${BARE_KIN}|(?:my|our) (?:[^ ]{1,24} )?(?:dad|father|mom|mother|grandma|grandpa|grandmother|grandfather|brother|sister|son|daughter|uncle|aunt)) (?:locked )?(?:in|inside) (?:(?:his|her|their|the|a) )?(?:room|bedroom|basement|closet|shed|garage|attic|bathroom|cage|crate)\b`,
      String.raw`(?:screaming|yelling|screams|yells|cussing|hitting|shoving) (?:at )?(?:him|her|${BARE_KIN}|my [^ ]{1,24}) ${gap(4)}(?:(?:he|she|${BARE_KIN}|my [^ ]{1,24}) )?(?:has|had|with|got|is covered in|covered in) (?:new |fresh |more |big )?(?:bruises|a black eye|black eyes|welts)\b`,
    ].join('|'),
    examples: ['my uncle shoved grandma back into her room and locked the door', 'the aide keeps my dad locked in his room all day', 'my brother is always yelling at mom and now she has bruises on her arms'],
  },
  {
    id: 'en.abuse-danger.proof-of-nearness', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.friendly-photo'],
    // A photo or video of the writer's door, car or home, sent or posted as a message: "posted a video from outside our house".
    source: [
      String.raw`(?:he|she|they|${PARTNER}|my exs [^ ]{1,24}|someone|somebody|my stalker|stalker|his boys|her boys|the guy|some guy) (?:[^ ]{1,24} ){0,3}(?:posted|sent|texted|messaged|dmd|snapped|left|put up|uploaded) (?:me |us )?(?:a |another |this |some )?(?:video|vid|photo|pic|picture|selfie|snap|story|livestream) (?:[^ ]{1,24} ){0,2}(?:from|of|outside|in front of|at|across from|across the street from) (?:my|our) (?:[^ ]{1,24} )?(?:house|home|door|front door|place|apartment|building|window|car|work|job|kids school|school|porch|yard|driveway|shelter|room)\b`,
      String.raw`(?:he|she|they|${PARTNER}|my exs [^ ]{1,24}|someone|somebody|my stalker|stalker|his boys|her boys|the guy|some guy|the man|a patient|a client|an inmate|a customer) (?:[^ ]{1,24} ){0,3}(?:posted|sent|texted|messaged|dmd|snapped|left|put up|uploaded) (?:me |us )?(?:a |another |this |some )?(?:video|vid|photo|pic|picture|selfie|snap|photos|pics|pictures|videos) (?:of|showing) (?:my|our) (?:kids?|son|daughter|wife|husband|mom|dad|family|baby|children|girlfriend|boyfriend) (?:at|outside|leaving|walking|getting|in front of|on|by)\b`,
      String.raw`(?:someone|somebody|he|she|they|my ex|a man|some guy|the guy) (?:[^ ]{1,24} )?(?:left|put|placed|leaves|puts|taped|nailed) (?:a |an |some )?(?:dead (?:animal|bird|rat|cat|fish|squirrel)|bullet|bullets|shell casing|shell casings|knife|noose|rope|funeral card|sympathy card) (?:[^ ]{1,24} ){0,2}(?:on|in|at|by|under|to) (?:my|our) (?:car|door|front door|doorstep|porch|windshield|mailbox|desk|locker|bed|pillow|seat)\b`,
      String.raw`(?:patient|client|customer|inmate|guy|man|stranger|someone|somebody|my ex|ex|john|stalker)s? (?:[^ ]{1,24} ){0,3}(?:keeps |keep |has been |been )?(?:calling|called|calls|asking|asked|asks|texting|messaging) (?:[^ ]{1,24} ){0,4}(?:what time i (?:leave|get off|get out|finish|clock out)|when i (?:leave|get off|get out|clock out)|where i (?:live|park|stay|sleep)|for my (?:schedule|address|home address))\b`,
      String.raw`know where i (?:live|stay|sleep|work) ${gap(6)}(?:sending (?:people|someone|somebody|his boys|her boys|guys|his people|their people)|coming for me|coming after me|on (?:their|his|her) way)\b`,
    ].join('|'),
    examples: ['he just sent me a picture of my front door with no message', 'my ex posted a video from outside our apartment last night saying see you soon', 'her ex texted us a selfie in front of our house at 2am'],
  },
  {
    id: 'en.harm-others.access-at-work', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.medical-sedation'],
    // Using what one's work gives access to on one person: pushing something into his line, the potassium "and what it
    // would do to him", making a death look like an overdose or an accident.
    source: [
      String.raw`(?:push|pushing|inject|injecting|hang|hanging|slip|slipping|put|putting|run|running|add|adding) (?:something|a little|a little extra|extra|enough|a bolus|a dose|a big dose|the whole vial|potassium|kcl|insulin|sux|succ|succinylcholine|vec|vecuronium|roc|rocuronium|propofol|fentanyl|fent|morphine|dilaudid|digoxin|air|an air bubble|bleach) (?:[^ ]{1,24} ){0,3}(?:into|in|through) (?:his|her|their|(?:my|the|that|this) [^ ]{1,24}s?) (?:iv|line|drip|bag|port|picc|central line|feeding tube|g tube|peg|pump|iv bag)\b`,
      String.raw`(?:potassium|kcl|insulin|sux|succinylcholine|vecuronium|rocuronium|propofol|fentanyl|morphine|dilaudid|digoxin|an air bubble|air embolism) ${gap(10)}(?:what it would do to|how (?:fast|long|quickly) it would (?:kill|stop|drop) (?:him|her|them|his|her|their)|use it on|give it to|push it (?:on|into)) (?:him|her|them|my [^ ]{1,24}|that [^ ]{1,24}|the [^ ]{1,24} who)\b`,
      String.raw`make (?:his|her|their|my [^ ]{1,24}s) (?:death|dying|od|overdose|fall|drowning|accident) look (?:like|natural|accidental)|make it look like (?:he|she|they) (?:od|odd|ode|overdosed|fell|slipped|drowned|killed (?:himself|herself|themselves)|did it (?:himself|herself|themselves|to (?:himself|herself|themselves))|had a heart attack|died in (?:his|her|their) sleep)\b`,
      String.raw`(?:nobody|no one|noone) would (?:ever )?(?:miss|suspect|question|notice|know|care) (?:[^ ]{1,24} ){0,3}if (?:something|anything) (?:happened|were to happen|was to happen|happens) to (?:him|her|them|my [^ ]{1,24})\b`,
      String.raw`if (?:something|anything) (?:happened|were to happen|was to happen|happens) to (?:him|her|them|my [^ ]{1,24}) (?:nobody|no one|noone) would (?:ever )?(?:suspect|question|know|think twice|look at me)\b`,
    ].join('|'),
    examples: ['i could push something into his line and nobody would ever know', 'i have access to the potassium and i keep thinking about what it would do to him', 'easy to make it look like he overdosed', 'nobody would miss my husband if something happened to him'],
  },
  {
    id: 'en.harm-others.take-them-down-with', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.media'],
    // Crashing the plane, bus or rig with the people in it: "crash the plane with everyone on board", "take the whole
    // cockpit down with me".
    source: [
      String.raw`(?:crash|crashing|crashed|nose ?dive|nose ?diving|wreck|wrecking|flip|flipping) (?:the |my |this |our )?(?:plane|jet|aircraft|bus|school bus|train|ambulance|rig|truck|patrol car|cruiser|van|ferry|boat|helicopter|chopper) (?:down |into (?:the |a )?(?:ground|mountain|ocean|sea|water|river|lake|building|crowd|traffic|wall|bridge|tower) )?(?:[^ ]{1,24} ){0,2}(?:with|and) (?:everyone|everybody|all (?:the )?(?:passengers|people|kids|patients)|the passengers|the whole crew|the crew|my crew|the kids|the patients|all of them|my passengers|my partner|all \d+ (?:people|passengers|kids))(?= \.|$| (?:on|in|aboard|inside|on board|with me)\b)`,
      String.raw`(?:put|putting|fly|flying|drive|driving|steer|steering) (?:the |my |this |our )?(?:plane|jet|aircraft|bus|school bus|train|ambulance|rig|truck|patrol car|cruiser|van|ferry|boat|helicopter|chopper) into (?:the |a )?(?:ground|mountain|ocean|sea|water|river|lake|building|crowd|traffic|wall|bridge|tower) (?:[^ ]{1,24} ){0,2}(?:with|and) (?:everyone|everybody|all (?:the )?(?:passengers|people|kids|patients)|the passengers|the whole crew|the crew|my crew|the kids|the patients|all of them|my passengers|my partner|all \d+ (?:people|passengers|kids))(?= \.|$| (?:on|in|aboard|inside|on board|with me)\b)`,
      String.raw`(?:take|taking|bring|bringing) (?:the whole (?:cockpit|plane|crew|bus|ward|unit|floor|station)|the (?:plane|passengers|crew|bus)|as many (?:people |of them )?as i can|everyone on (?:board|the plane|the bus)) (?:down )?with me\b`,
    ].join('|'),
    examples: ['i keep thinking about crashing the plane with everyone on it', 'i think about taking the whole cockpit down with me'],
  },
  {
    id: 'en.harm-others.target-researched', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.pickup'],
    // Looking up where someone lives or parks, or pulling an address from a work system, beside driving past or a weapon.
    source: [
      String.raw`(?:pulled|looked up|ran|got|found|searched) (?:his|her|their|the [^ ]{1,24}s|that [^ ]{1,24}s) (?:home |new |current )?(?:address|plate|plates|tag|info|location|file|record) (?:from|in|through|off|on|out of) (?:the|our|my|work|a) (?:system|database|computer|chart|charts|records|emr|epic|dmv|ncic|mdt|work computer|portal|registry) ${gap(20)}(?:driven past|drove past|drive past|driving past|drive by|drove by|sat outside|sitting outside|parked outside|waited outside|waiting outside|weapon|gun|service weapon|sidearm|rifle|knife|pistol|glock)\b`,
      String.raw`(?:looked up|look up|googled|searched|found out|figured out|tracked down) (?:where|what time|when) (?:the |my |that |this |his |her )?(?:[^ ]{1,24} )?(?:judge|prosecutor|da|witness|cop|officer|detective|snitch|attorney|accuser|exs new (?:boyfriend|girlfriend|man|wife|husband)|new boyfriend|new girlfriend) (?:lives|stays|parks|sleeps|gets off|leaves|walks|goes home)\b`,
    ].join('|'),
    examples: ['I pulled his address from the system and ive driven past twice tonight with my gun', 'i looked up where the judge lives'],
  },
  {
    id: 'en.abuse-danger.threat-to-my-people', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat', 'figurative.en.trivial-finds-out', 'en.benign-pickup'],
    // A threat made to the writer about their children, family or pet, or to make the writer disappear: "he says he'll
    // hurt the kids if I report him", "said he'd make me disappear if I told anyone".
    source: [
      String.raw`(?:says|said|told me|tells me|threatened|threatens|texted|texts|warned|swore|swears|keeps saying|kept saying) (?:me )?(?:that )?(?:if (?:[^ ]{1,24} ){1,12})?(?:hell|shell|theyll|hed|shed|theyd|(?:he|she|they) (?:will|would|is gonna|s gonna|gonna|is going to|are gonna|are going to)) (?:(?:[^ ]{1,24} )?(?:hurt|harm|kill|beat|shoot|stab|touch|go after|come after|do something to|snatch|burn|drown) (?:my|our|the) (?:[^ ]{1,24} )?(?:kids|kid|baby|son|daughter|children|family|mom|mother|dad|father|sister|brother|wife|husband|girlfriend|boyfriend|dog|cat|grandma|grandmother|parents)|take (?:my|our|the) (?:kids|kid|baby|son|daughter|children) (?:away (?:from me|for good|forever)|from me|and (?:disappear|run|vanish)|where i (?:will never|wont ever|cant) find)|(?:take|took) (?:my|our|the) (?:kids|baby|children|son|daughter) ${gap(3)}(?:i|ill) (?:will never|wont ever|never) see (?:them|him|her) again)\b`,
      String.raw`(?:says|said|told me|tells me|threatened|threatens|texted|texts|warned|swore|swears) (?:me )?(?:that )?(?:hell|shell|theyll|hed|shed|theyd|(?:he|she|they) (?:will|would|is gonna|gonna|is going to|are gonna)) be waiting (?:for me )?(?:in the (?:parking lot|lot|garage|parking garage|parking deck|alley|dark)|outside (?:my|the|your)|at my (?:car|house|place|door|apartment|job|work|truck)|by my (?:car|door|truck)|when i (?:get off|get out|leave|come out|get home)|after (?:work|my shift|school|class))\b`,
      String.raw`(?:says|said|told me|tells me|threatened|threatens|texted|warned|swore|swears|keeps saying|kept saying) (?:me )?(?:that )?(?:hell|shell|theyll|hed|shed|theyd|(?:he|she|they) (?:will|would|is gonna|gonna|is going to|could|can)) (?:use (?:it|them|that|those|his [^ ]{1,24}(?: [^ ]{1,24})?|her [^ ]{1,24}(?: [^ ]{1,24})?|the [^ ]{1,24}) on me|make my death look like|make it look like (?:i (?:did it|killed myself|od|overdosed|fell)|an accident|a suicide|an overdose)|burn (?:the|my|our) (?:house|place|apartment|trailer|car) down with (?:me|us|the kids|my kids) (?:in it|inside|in there)|make me disappear|bury me|end me|put me in the ground|put me in the hospital|make sure (?:nobody|no one) (?:ever )?finds? me|get rid of me|finish me off|finish me|make me regret (?:it|telling|talking|leaving))\b`,
    ].join('|'),
    examples: ['if i report him he says hell hurt the kids', 'my partner said hed make me disappear if i told anyone', 'my dealer says if i dont pay by friday hell hurt my daughter'],
  },
  {
    id: 'en.abuse-danger.work-coercion', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat', 'figurative.en.cornered-to-talk'],
    // Someone with power at work cornering or touching the writer, or threatening their career if they tell.
    source: [
      String.raw`(?:supervisor|boss|manager|attending|resident|chief|partner|captain|sergeant|lieutenant|professor|director|charge nurse|foreman|owner|surgeon|senior partner|commander|coach|landlord|pastor) (?:[^ ]{1,24} ){0,3}(?:corners|cornered|keeps cornering|gropes|groped|keeps touching|grabs|grabbed|forced himself on|forced herself on|pins|pinned|traps|trapped|locks|locked) me\b(?! (?:out of (?:the|my) (?:account|computer|system|email))\b)`,
      String.raw`(?:said|says|told me|threatened|threatens|warned) (?:that )?(?:hell|shell|theyll|hed|shed|theyd|(?:he|she|they) (?:will|would|is gonna|gonna)) (?:ruin|end|destroy|tank|take) (?:my )?(?:career|license|job|life|reputation|kids|visa|residency|papers) (?:[^ ]{1,24} ){0,3}if i (?:tell|report|say anything|talk|go to|complain|say no|refuse|tell anyone|ever tell)\b`,
    ].join('|'),
    examples: ['my supervisor corners me in the med room and touches me', 'the attending said hell ruin my career if i tell anyone what he did'],
  },
  {
    id: 'en.abuse-danger.released-and-reaching', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.released-amends'],
    // The one the writer testified against, reported or fled is out of jail and already reaching for them.
    source: [
      String.raw`(?:my (?:ex|exs|abuser|attacker|rapist|stalker|wifes ex|husbands ex|moms ex|sisters ex|daughters ex|ex husband|ex wife|ex boyfriend|ex girlfriend)|the (?:guy|man|woman|person|one) (?:i|we) (?:testified against|put away|reported|sent away|pressed charges (?:on|against)|got locked up)|the (?:guy|man) who (?:raped|hurt|stabbed|shot|beat|attacked|robbed) (?:me|us|my [^ ]{1,24})) (?:just |finally |already )?(?:got out|is out|was released|got released|made bail|made parole|bailed out|is free) ${gap(10)}(?:called|calling|texted|texting|messaged|messaging|came by|showed up|is looking|been looking|knows where|found|drove by|driving by|is outside|been outside|wrote|dmd|sent|posted|asking (?:about|for) (?:me|us|her|him))\b`,
      String.raw`(?:he|she) (?:just |finally |already )?(?:(?:got|is|was|got let) out of (?:jail|prison|county|lockup|custody|the pen|juvie)|was released from (?:jail|prison|county|custody)|made bail|made parole|bailed out) ${gap(10)}(?:called|calling|texted|texting|messaged|messaging|came by|showed up|is looking|been looking|knows where|found|drove by|driving by|is outside|been outside|wrote|dmd|sent|posted|asking (?:about|for) (?:me|us|her|him))\b`,
    ].join('|'),
    examples: ['the guy i testified against just got out and he called me', 'my ex got out of jail on friday and hes already been texting my sister asking about me'],
  },
  {
    id: 'en.harm-others.make-them-wish', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.pay-in-money'],
    // "I'm gonna make the nurse who reported me wish she never did", "make him wish he was never born".
    source: String.raw`(?:${WILL}|im|ima|imma|i) (?:gonna |going to |really |swear i |swear ill )?make ${VICTIM2} (?:[^ ]{1,24} ){0,6}wish (?:he|she|they|you) (?:never|was never|were never|had never|wasnt|werent|didnt|was dead|were dead|stayed|had stayed|kept (?:his|her|their|your) mouth shut|had kept)\b`,
    examples: ['im gonna make the nurse who reported me wish she never did', 'ill make him wish he was never born'],
  },
  {
    id: 'en.abuse-danger.short-cry-coming', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical'],
    // A short cry for help with someone arriving: "help he's coming", "please she's here".
    source: String.raw`(?:help|please|pls|plz|sos|911|hurry)(?: me| us)?(?: \.)? (?:hes|shes|he is|she is|theyre|they are) (?:coming|here|back|outside|inside|in the house|breaking in|getting in|at the door|coming in|coming back)(?= \.|$)`,
    examples: ['help hes coming', 'please shes here', 'sos theyre breaking in'],
  },
  {
    id: 'en.harm-others.sabotage-vehicle', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.media'],
    // Cutting someone's brake lines, loosening the lug nuts; picturing their brakes failing.
    source: [
      String.raw`(?:cut|cutting|cuts|snip|snipping|mess with|messing with|tamper with|tampering with|loosen|loosening|drain|draining) (?:his|her|their|the|(?:my|that|this) (?:[^ ]{1,24} )?[^ ]{1,24}s?) (?:brake lines?|brakes|brake fluid|lug nuts|gas line|fuel line|steering)(?! (?:fixed|done|replaced|checked|looked at|inspected|bled|pads)\b)`,
      String.raw`(?:fantasi[sz]\w*|dream\w*|daydream\w*|imagin\w*|picture|picturing|hope|hoping|wish|praying|pray)(?: about| of)? (?:his|her|their|(?:my|that) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:brakes|brake lines?|car|truck|plane|parachute|heart) (?:failing|fail|giving out|give out|going out|crashing|crash|not working|stopping|stop)\b`,
    ].join('|'),
    examples: ['i keep thinking about cutting his brake lines', 'honestly some nights i fantasize about my ex wifes brakes failing'],
  },
  {
    id: 'en.abuse-danger.weapon-as-warning', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.harm-sport', 'figurative.en.joking-threat', 'figurative.en.dead-laughing'],
    // A weapon shown or a blow landed beside the writer as a warning: "punched the wall next to my head", "points at the
    // gun on the nightstand when we fight", "threatened to follow me home".
    source: [
      String.raw`(?:punched|punches|punching|put (?:his|her) fist through|kicked|smashed|slammed|swung|fired|shot|threw|throws|stabbed) (?:[^ ]{1,24} ){0,8}(?:next to|beside|inches from|right by|right next to|past|an inch from|a foot from|just missed) my (?:head|face|ear|body|neck)\b`,
      String.raw`(?:points|pointing|pointed|taps|tapping|tapped|looks|looking|glances|nods|gestures|puts his hand on|touches) (?:at |to |toward )?(?:it|the gun|his gun|her gun|the knife|his knife|the safe|his holster|the holster|his belt|his waistband|the drawer) ${gap(4)}(?:when|whenever|every time|if|while) (?:we|i) (?:fight|argue|argued|fought|disagree|talk back|say no|bring up|try to leave|mention)\b`,
      String.raw`(?:cleans|cleaning|loads|loading|unloads|shows me|showing me|puts|putting|sets|setting|lays|laying|sharpens|sharpening|holds|holding) (?:his|her|the) (?:gun|pistol|rifle|knife|service weapon|revolver|shotgun|machete) ${gap(6)}(?:when|whenever|every time|after|while|if) (?:we|i) (?:fight|argue|argued|fought|disagree|talk back|say no|try to leave|mention)\b`,
      String.raw`threaten(?:ed|s|ing)? to (?:follow me (?:home|to my car|after work|after my shift)|wait for me (?:outside|after|in the|by my)|come to my (?:house|home|place|apartment)|find out where i live|show up at my (?:house|home|place|apartment|work|job))\b`,
    ].join('|'),
    examples: ['he punched a hole in the wall next to my head', 'the officer im married to keeps his gun on the nightstand and points at it when we fight', 'a patients family member threatened to follow me home'],
  },
  {
    id: 'en.harm-others.short-finality', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.illness-numbered', 'figurative.en.dead-laughing', 'figurative.en.harm-game'],
    // A few words of finality about someone: "he's dead tonight", "he won't see morning", "it's him or me tonight".
    source: [
      String.raw`(?:hes|shes|theyre|he is|she is|they are|that [^ ]{1,24} is) (?:dead|a dead man|a dead woman|dead meat) (?:tonight|today|tomorrow|when i see (?:him|her|them)|on sight|the second i see (?:him|her|them)|if i see (?:him|her|them))(?= \.|$| (?:i swear|on god|fr|trust me)\b)`,
      String.raw`(?:he|she|they|that [^ ]{1,24}) (?:wont|will not|aint gonna|is not gonna|isnt gonna|aint) (?:see|make it to|live to see) (?:morning|the morning|tomorrow|sunrise|the weekend|another day|the sunrise)(?= \.|$| (?:i swear|on god|fr|trust me|if i|when i)\b)`,
      String.raw`(?:its|it is|it s) (?:him|her|them) or me(?= \.|$| (?:tonight|now|today|at this point|this time)\b)`,
    ].join('|'),
    examples: ['hes dead tonight', 'he wont see morning', 'its him or me tonight'],
  },
  {
    id: 'en.abuse-danger.short-danger-now', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.custody-routine', 'figurative.en.dead-laughing', 'figurative.en.benign-borrow'],
    // Short messages of danger now: scared he's coming back, he has my kids, he won't give my phone back.
    source: [
      String.raw`(?:scared|afraid|terrified) (?:that )?(?:hes|shes|he is|she is|theyre|they are|he will|hell|he might|shell|she might|hes gonna|shes gonna|theyre gonna) (?:coming back|come back|gonna come back|going to come back|be back|back soon|on his way|on her way|coming home|coming over|come home)(?= \.|$| (?:tonight|soon|drunk|with|again|any minute)\b)`,
      String.raw`(?:he|she|they|${PARTNER}|my ex) (?:has|took|is holding|is keeping|wont give back|wont return|still has) (?:my|our) (?:kids|baby|son|daughter|children)(?= \.|$| (?:and (?:wont|isnt|is not|hes|shes|im|i cant)|somewhere|hostage)\b)`,
      String.raw`(?:hes|shes|theyre|he|she|they|${PARTNER})(?: has| is| s)? (?:got|has|took|is holding|keeps) (?:my|our) (?:phone|keys|car keys|id|wallet|passport|meds|money|cards) (?:and )?(?:wont|will not|refuses to|isnt gonna|not gonna) (?:give (?:it|them) back|let me (?:have|call|leave|go))\b`,
    ].join('|'),
    examples: ['scared hes coming back', 'he has my kids', 'hes got my phone and wont give it back'],
  },
  {
    id: 'en.abuse-danger.short-break-in', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.dead-laughing', 'accidental.en.door-household'],
    // Someone at or through the door now: won't leave my porch, broke in, locked in the closet.
    source: [
      String.raw`(?:my ex|ex|he|she|they|someone|somebody|a man|a guy|some guy|my stalker|stalker) (?:wont|will not|refuses to|isnt gonna) (?:leave|get off|go away from|stop banging on) (?:my|our) (?:porch|door|doorstep|yard|driveway|property|building|lawn|front door|window|car)\b`,
      String.raw`(?:someone|somebody|a man|a guy|some guy|some dude|he|they|people|my ex) (?:just )?(?:broke in|is breaking in|are breaking in|breaking in|broke into (?:my|our|the) (?:house|home|apartment|room|place|trailer|bedroom)|kicked (?:in|down) (?:my|our|the) (?:door|window)|is kicking (?:in|down) (?:my|our|the) door)(?= \.|$| (?:and|im|were|i|right now|now|help|while (?:im|i am|were|we are) (?:here|home|inside|asleep|sleeping))\b)`,
      String.raw`(?:^|im |i am |were |we are |got |been |me |us |just )locked in (?:the|a|my|his|her) (?:closet|bathroom|basement|trunk|shed|garage|attic|bedroom|room)(?= \.|$| (?:help|and he|and she|he|she|they|cant get out)\b)`,
    ].join('|'),
    examples: ['my ex wont leave my porch', 'someone broke in', 'locked in the closet'],
  },
  {
    id: 'en.harm-others.located-handle-it', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Knowing where someone lives, and handling it oneself: "he knows where my ex lives and he'll handle it himself".
    source: String.raw`knows? where (?:[^ ]{1,24} ){0,3}(?:lives|stays|works|sleeps|parks|hangs out) ${gap(6)}(?:ill|i will|im gonna|imma|hell|he will|hes gonna|shell|she will|shes gonna|theyll|they will|gonna|going to) (?:handle|take care of|deal with|settle|fix) (?:it|this|him|her|them|that) (?:myself|himself|herself|themselves|personally|my way|his way|her way|the old way)\b`,
    examples: ['my dad says he knows where my ex lives and hell handle it himself', 'i know where he stays and ill take care of him personally'],
  },
  {
    id: 'en.harm-others.let-them-die', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.medical-sedation'],
    // Lethal research about one person, or letting someone die: the dose that would kill him, meds that don't show on a
    // tox screen, "next time he ODs I'm not calling anyone", "nobody would blame me if I let him drown".
    source: [
      String.raw`(?:how much|how many|what dose|the dose|which dose|what amount|the amount) (?:[^ ]{1,24} ){0,4}(?:it would take|would it take|would|that would|it takes|to) (?:to )?(?:kill|stop|drop|put down|end|finish) (?:him|her|them|my [^ ]{1,24}(?: in law)?|that [^ ]{1,24}|his heart|her heart)\b`,
      String.raw`(?:which|what) (?:meds|medications|drugs|poisons?|pills|substances?|chemicals?) ${gap(3)}(?:wouldnt|would not|dont|do not|doesnt|wont) (?:show up|be detected|be found|show|get caught) (?:on|in) (?:a |an |the )?(?:tox screen|autopsy|toxicology|tox|blood test|drug screen|tox report)\b`,
      String.raw`(?:let|letting) (?:him|her|them|my [^ ]{1,24}) (?:drown|die|stop breathing|od|overdose|choke|bleed out) ${gap(10)}(?:not|never|wont|im not|not gonna|aint) (?:calling|call|gonna call|going to call|giving (?:him|her|them) (?:narcan|the narcan)|give (?:him|her|them) (?:narcan|the narcan)|using the narcan)\b`,
      String.raw`(?:not|never|wont|im not|not gonna|aint) (?:calling|call|gonna call|going to call) (?:911|9 1 1|anyone|an ambulance|for help|nobody)(?: this time)?(?: \.)? ${gap(4)}(?:let|letting) (?:him|her|them|my [^ ]{1,24}) (?:drown|die|stop breathing|od|overdose|choke|bleed out|go)\b`,
      String.raw`(?:nobody|no one|noone) would (?:blame|suspect|question|know) (?:me )?if (?:i )?(?:let|letting) (?:him|her|them|my [^ ]{1,24}) (?:drown|die|stop breathing|od|overdose|choke|bleed out|fall)\b`,
      String.raw`take (?:him|her|them) out(?! (?:to|for|on|with)\b) ${gap(6)}(?:nobody|no one) (?:[^ ]{1,24} ){0,3}would (?:ever )?(?:question|know|suspect|blame|find out)\b`,
    ].join('|'),
    examples: ['i keep calculating the dose that would kill my father in law', 'i know which meds wouldnt show up on a tox screen', 'if he overdoses again im not calling 911, im letting him go', 'nobody would blame me if i let him drown'],
  },
  // ---- round 8 (r8-b): classes from people describing what they are doing or seeing ------------------------------
  {
    id: 'en.harm-others.or-somebody-getting-hurt', kind: 'harm-others', guards: OTHERS,
    // The condition and the threat joined without "is": "one more time and somebody getting hurt", "or someone getting shot".
    source: String.raw`(?:and|or|or else|otherwise|then|\.) (?:somebody|someone|people|ppl|sb|somebody else|someone else) (?:getting|gets|finna get|gon get) (?:hurt|shot|stabbed|killed|smoked|bodied|popped|jumped|dropped|sliced|cut|laid out|knocked out)\b(?! (?:is|was|would|isnt|wasnt|scares|worries|worried|at|on|in|during|by accident|accidentally|playing)\b)`,
    examples: ['if that cashier talks to me like that again im coming back and somebody getting hurt', 'tell him stay away from my sister or somebody getting hurt', 'keep playing with me and someone getting shot tonight'],
  },
  {
    id: 'en.harm-others.planning-how-to-them', kind: 'harm-others', guards: OTHERS,
    // Working out how one would do it to a person: "planning how to kill my stepdad", "thinking about how id do it to him".
    source: String.raw`(?:thinking|thought|planning|planned|plotting|plotted|picturing|pictured|imagining|imagined|figuring out|figured out|mapping out|mapped out|working out|worked out|rehearsing|rehearsed|going over|went over|playing out|played out) (?:about |through |out |in my head )?(?:exactly |just |step by step )?how (?:i|id|i would|i could|ill|i will|i can|im gonna|im going to|to|we|wed|we would|we could) (?:would |could |will |gonna |should )?(?:do it to|do that to|do this to|get rid of|kill|murder|hurt|strangle|poison|stab|shoot|finish off|take out|ambush|corner|get back at) (?:him|her|(?:my|his|her|that|this|the|our) (?:[^ ]{1,24} )?(?:${PEOPLE}|${OTHER_PEOPLE})(?:s|s (?:husband|wife|boyfriend|girlfriend|man))?)\b(?! (?:feelings|without (?:hurting|upsetting)|gently|nicely|kindly|softly|politely|in bed|for (?:her|his|their) birthday)\b)`,
    examples: ['cant stop thinking about how id do it to him, i have it all planned', 'ive been working out how i would get rid of her without anyone knowing', 'lying awake planning how to kill my stepdad', 'i keep picturing exactly how i could do it to my landlord', 'been mapping out how to hurt him when he leaves work'],
  },
  {
    id: 'en.harm-others.armed-at-their-place', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.pickup', 'accidental.en.tool-for-a-job'],
    // Waiting or hiding at the target's job, house or car with a weapon: "crouched behind his truck at the gym with my bat".
    source: eachOf(WEAPON_PARTS, (w) => String.raw`(?:waiting|hiding|crouched|crouching|ducked|ducking|posted|posted up|parked|sitting|sat|standing|lurking|camped|camping) (?:behind|outside|by|near|at|in|across from|around|next to|beside|in front of|down the street from) (?:(?:the|a) (?:[^ ]{1,24} )?(?:at|of|by|outside|behind|near) )?(?:his|her|their|(?:my|the|his|her|their|that) (?:[^ ]{1,24} )?(?:[^ ]{1,24}s)) (?:[^ ]{1,24} )?(?:job|work|house|place|apartment|apt|car|truck|van|door|gym|building|school|shop|office|trailer|crib|garage|driveway|bar) ${gap(4)}(?:with|w|holding|and|got|have) (?:a |the |my |his |dads |a kitchen |the kitchen |my dads )?(?:loaded )?${w}|(?:brought|bringing|got|grabbed|took|carrying|packed) (?:a |the |my |dads |his |my dads )?(?:[^ ]{1,24} )?${w} ${gap(4)}(?:im|i am|were|we are) (?:now |already |right )?(?:at|outside|by|in front of|across from|behind) (?:his|her|their) (?:[^ ]{1,24} )?(?:job|work|house|place|apartment|apt|door|car|truck|gym|school|shop|office|trailer)\b(?!(?: [^ ]{1,24}){0,5} (?:to (?:fix|help|build|hang|repair|put up|take down)|fence|deck|shelf|shelves|project|practice|game)\b)`),
    examples: ['crouched behind his truck at his job with my bat', 'brought my bat and im outside his work', 'grabbed a hammer, im at her door now', 'posted up outside her job with the knife in my pocket', 'waiting by his car at work w my brass knuckles on', 'sitting in the dark outside my exs apartment with a hammer', 'hiding behind the dumpster at his shop with a crowbar'],
  },
  {
    id: 'en.harm-others.fuel-at-their-place', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.pickup'],
    // Fuel carried to someone's home: "gas can in the trunk, parked across from his house".
    source: [
      String.raw`(?:gas cans?|cans? of gas|gasoline|lighter fluid|kerosene|molotovs?|jugs? of (?:gas|gasoline)|jerry cans?|bottles? of (?:gas|gasoline)) ${gap(8)}(?:parked|sitting|waiting|outside|across from|in front of|down the street from|at|by|in|inside) ${gap(2)}(?:his|her|their|(?:my|the|his|her|their|that) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:[^ ]{1,24} )?(?:house|place|apartment|apt|car|truck|trailer|crib|home|shop|bar|building|garage|shed|porch|yard|barn)\b(?!(?: [^ ]{1,24}){0,6} (?:mower|lawn|generator|snowblower|chainsaw|boat|ran out|empty tank)\b)`,
      String.raw`(?:parked|sitting|waiting|outside|across from|in front of|down the street from|in|inside|hiding in) (?:his|her|their|(?:my|the|his|her|their|that) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:[^ ]{1,24} )?(?:house|place|apartment|apt|car|truck|trailer|crib|home|shop|bar|building|garage|shed|porch|yard|barn) ${gap(6)}(?:gas cans?|cans? of gas|gasoline|lighter fluid|kerosene|molotovs?|jugs? of (?:gas|gasoline)|jerry cans?|bottles? of (?:gas|gasoline))\b(?!(?: [^ ]{1,24}){0,6} (?:mower|lawn|generator|snowblower|chainsaw|boat|ran out|empty tank)\b)`,
    ].join('|'),
    examples: ['two gas cans in my back seat, sitting outside his moms house', 'bought lighter fluid, parked down the street from her place', 'im outside my exs trailer with a jug of gasoline', 'filled a gas can and im in front of his house now', 'kerosene in the trunk, parked across from their apartment'],
  },
  {
    id: 'en.harm-others.routine-known-there-now', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.pickup'],
    // Knowing when and where someone will be, and being there now: "i know when he leaves the gym and im in the lot".
    source: String.raw`(?:know|knew|learned|found out|figured out|memorized|clocked|got down) (?:exactly )?(?:what time|when|where|which door|which exit) (?:he|she|they|hes|shes|theyre|my ex|that [^ ]{1,24}) (?:gets off|leaves|parks|gets home|comes out|walks|is alone|alone|goes|takes|walks out|clocks out|gets out) ${gap(10)}(?:im|i am|been|sitting|waiting|parked|hiding|posted) (?:right )?(?:in|at|outside|by|near|across from|behind) (?:the|her|his|their) (?:[^ ]{1,24} )?(?:lot|parking lot|garage|parking garage|car|truck|house|job|work|building|door|place|exit|stairwell|gym)\b`,
    examples: ['i know when he leaves the gym and im in the lot right now', 'i know what time she gets off and im parked by her car', 'figured out where he parks every night. sitting in the garage now', 'i know when she is alone at the house. im outside the house', 'memorized when he gets home, waiting at his place'],
  },
  {
    id: 'en.harm-others.over-them-with-weapon', kind: 'harm-others', guards: OTHERS,
    // Standing over or beside someone asleep, or a crib, holding a weapon or a pillow.
    source: String.raw`(?:standing|stood|stand|hovering|hovered|kneeling|knelt|leaning|leaned|sitting|sat|crouched|crouching|im|been) (?:right )?(?:over|by|next to|beside|above) (?:his|her|my|their|the|our) (?:sleeping |passed out |drunk |asleep )?(?:[^ ]{1,24} )?(?:crib|bassinet|cot|baby|bed|father|mother|dad|mom|husband|wife|boyfriend|girlfriend|brother|sister|stepdad|stepmom|son|daughter|grandma|grandpa|partner|roommate|uncle|man|ex) ${gap(4)}(?:with|holding|and holding|w|gripping) (?:a |the |my |his |her |dads )?(?:[^ ]{1,24} )?(?:pillow|knife|hammer|bat|gun|pistol|belt|cord|rope|pipe|axe|hatchet|crowbar|machete|screwdriver|scissors|wrench)\b(?! (?:for (?:my|her|his) (?:back|neck|head)|to (?:fix|hang|tighten|put)|on the (?:wall|nail))\b)`,
    examples: ['standing over my sleeping husband with the hammer from the garage', 'im next to the crib holding a pillow and i keep thinking about pushing it down', 'hovering by my stepdads bed with a knife', 'my daughter is kneeling beside her passed out boyfriend with a kitchen knife', 'stood by the bassinet with the pillow for ten minutes'],
  },
  {
    id: 'en.harm-others.next-time-weapon', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.harm-sport'],
    // The next offence answered with a named weapon: "one more time im grabbing the steak knife".
    source: eachOf(WEAPON_PARTS, (w) => String.raw`(?:next time|one more time|again|ever again|one more word) ${gap(8)}(?:im|ill|i will|im gonna|imma|ima|i swear im|i swear ill|i am|i) (?:using|use|grabbing|grab|pulling|pull|pulling out|pull out|bringing out|bring out|getting|get|going for|reaching for|coming back with|coming out with) (?:out )?(?:the|my|a|his|her|dads|my dads) (?:[^ ]{1,24} )?${w}\b(?! (?:to|for) (?:cut (?:the|a|it|this|some)|open|fix|slice|hang|chop|peel|carve|build|put|nail|dinner|cooking|the cake|cake)\b)(?! (?:on|to) (?:the|that|this|a|my) (?:[^ ]{1,24} )?(?:hinge|nail|nails|shelf|fence|frame|wall|board|pipe|lock|jar|lid|box|tv|picture|door|cabinet|drawer|screw|bolt|tire|car|printer|computer|machine|stump|ice)\b)`),
    examples: ['if my roommate eats my food one more time im grabbing the steak knife', 'he touches my daughter again i swear im pulling out the gun', 'landlord comes in without knocking again and im using the bat', 'next time that dude steps to me im pulling the knife', 'cellie takes my commissary one more time ill use the shank'],
  },
  {
    id: 'en.harm-others.weapon-kept-for-them', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.harm-sport'],
    // A weapon kept for the one who wronged: "a blade in my sock for the guy who robbed me", "a bullet with his name on it".
    source: [
      ...WEAPON_PARTS.map((w) => String.raw`${w}s? ${gap(4)}for (?:(?:the|that|this) (?:[^ ]{1,24} )?(?:guy|dude|man|woman|bitch|one|person|kid|dealer|plug|mf|fucker|punk|clown|snitch|opp|ex|cop|boy|girl) (?:who|that|whos) ${gap(3)}(?:${WRONGED_HOW}|shorted|burned|crossed|owes|hurt|touched|played)|whoever (?:keeps|is|did|broke|slashed|touched|stole|hurt|jumped|robbed|messed))\b`),
      String.raw`(?:blade|blades|razor|box cutter|shiv)s? ${gap(4)}for (?:(?:the|that|this) (?:[^ ]{1,24} )?(?:guy|dude|man|woman|bitch|one|person|kid|dealer|plug|mf|fucker|punk|clown|snitch|opp|ex|cop|boy|girl) (?:who|that|whos) ${gap(3)}(?:${WRONGED_HOW}|shorted|burned|crossed|owes|hurt|touched|played)|whoever (?:keeps|is|did|broke|slashed|touched|stole|hurt|jumped|robbed|messed))\b`,
      String.raw`(?:bullet|round|slug|shell|one) with (?:his|her|their|that [^ ]{1,24}s|(?:my|the) [^ ]{1,24}s) name (?:on it|written on it)\b`,
    ].join('|'),
    examples: ['i keep a blade in my sock for the guy who robbed me', 'got a strap for that dude who jumped my brother', 'bought a bat for whoever keeps slashing my tires', 'my cousin carries a knife for the plug who shorted him', 'i have a bullet with his name on it'],
  },
  {
    id: 'en.harm-others.pursuing-their-car', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.pickup'],
    // Following someone's car now, with a threat or a weapon: "tailing her truck. she's gonna regret it".
    source: String.raw`(?:following|tailing|trailing|chasing|right behind|behind|on the tail of) (?:his|her|their|that [^ ]{1,24}s|(?:my|the|that) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:[^ ]{1,24} ){0,2}(?:car|truck|van|suv|bike|motorcycle|ride|uber|cab|jeep|camaro|charger|tahoe) ${gap(8)}(?:(?:hes|shes|theyre|he|she|they|he is|she is|they are) (?:gonna|going to|about to|bout to|gon|finna|will) (?:pay(?! (?:for )?(?:my|our|the|your|dinner|lunch|coffee|gas|food|drinks|breakfast|toll|parking)\b)|regret|be sorry|get (?:it|whats coming))|(?:im |ima |gonna |going to |bout to |about to )(?:end this|end it|handle (?:it|this|him|her)|finish this|ram (?:him|her|them|it)|run (?:him|her|them) off)|(?:with|w|got) (?:my|the|a) (?:gun|strap|pistol|knife|bat|glock|rifle|shotgun|piece|blade))\b`,
    examples: ['tailing her truck on the highway. shes gonna regret it', 'behind his car at the light with my gun on the seat', 'following my exs new mans ride rn, ima handle him tonight', 'chasing that dudes car down 5th, he gonna pay', 'right behind his van, gonna run him off the road'],
  },
  {
    id: 'en.harm-others.next-time-their-face', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // Property violence with the escalation named: "punched the wall, said next time it's his face".
    source: String.raw`next (?:time|one) (?:its|it is|itll|it will|its gonna|it will be|itll be|its going to|it is gonna|will|is gonna|goes) (?:be )?(?:(?:at|in|into|through) )?(?:your|his|her|their|(?:my|his|her|the|that) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:face|head|skull|jaw|neck|teeth|throat|ribs|legs|kneecaps?)\b(?! (?:on|in|of|that|for|to|turn)\b)`,
    examples: ['he kicked the tv in and yelled next time its her face', 'my brother put his fist through the wall, said next time itll be his girlfriends head', 'i punched the mirror and next time its his face', 'smashed his phone and told him next time its gonna be his skull', 'next time it will be that guys jaw not the door'],
  },
  {
    id: 'en.self-harm.razor-apart-to-feel', kind: 'self-harm', guards: [...HARM, 'accidental'],
    // A razor or sharpener taken apart, and the need to feel it or bleed.
    source: String.raw`(?:took|take|taking|pried|pry|prying|broke|break|breaking|popped|pop|got|getting|cracked) (?:apart |open )?(?:a |my |the |another )?(?:disposable |pencil |safety |cheap )?(?:razor|shaver|sharpener|pencil sharpener|razors)(?: apart| open)? ${gap(10)}(?:need|needed|want|wanted|wanna|have|gotta|got) to (?:feel (?:it|something|the pain|pain|anything)|bleed|see blood)\b`,
    examples: ['took apart my razor. not gonna kill myself just need to feel it', 'broke open the pencil sharpener, i need to feel something', 'took my razor apart, i just need to bleed a little', 'pried open a disposable razor, have to feel it tonight', 'taking apart the sharpener again because i need to feel the pain'],
  },
  {
    id: 'en.self-harm.substitute-stopped-working', kind: 'self-harm', guards: HARM,
    // The coping substitute no longer works and the blade is next: "the rubber band isn't enough, getting the scissors".
    source: String.raw`(?:rubber bands?|hair ties?|ice|ice cubes|ice pack|marker|red pen|elastic|snapping|the band|cold showers?|the red pen|drawing on myself) ${gap(4)}(?:isnt|is not|aint|not|wasnt|stopped|doesnt|dont|no longer|wont) (?:working|help|helping|enough|doing it|cutting it|doing anything|work)\b ${gap(8)}(?:get|getting|grab|grabbing|use|using|go for|going for|need|want|take out|pull out|pulling out|taking out|reach for|reaching for) (?:the |my |a |out the |out my )?(?:scissors|blade|blades|razor|razors|knife|lighter|compass|box cutter|sharpener|glass|exacto|xacto)\b(?! to (?:cut|open) (?:the|a|it|this|tape|bandage|wrap|brace)\b)`,
    examples: ['rubber band snapping isnt working anymore, getting the scissors', 'snapping the hair tie doesnt help anymore, getting the razor', 'ice isnt working tonight, im gonna use the blade', 'the red pen isnt enough anymore. grabbing the scissors', 'rubber band aint doing it, need the box cutter'],
  },
  {
    id: 'en.self-harm.flame-to-skin', kind: 'self-harm', guards: [...HARM, 'accidental'],
    // A lighter, match or candle flame held to the skin.
    source: String.raw`(?:lighter|flame|match|matches|candle|torch|lighters)s? (?:(?!(?:tattoo|tat|tattoos|design|emoji|sticker|shirt|print|decal|logo|drawing|scar) )[^ ]{1,24} )?(?:under|on|against|to|over|across|into) ${ON_BODY}\b(?! (?:of|table|pocket|drawer)\b)`,
    examples: ['lighter under my wrist rn its the only thing that helps', 'holding a match against my forearm till it stings', 'candle flame on my palm again', 'running the lighter over my thigh', 'put the torch lighter to my ankle'],
  },
  {
    id: 'en.abuse-danger.stranger-trying-doors', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'accidental.en.door-household', 'en.benign-pickup'],
    // Someone in the hall, porch or lot testing every door or lock, the writer's included.
    source: String.raw`(?:someone|somebody|a guy|some guy|a man|some man|a dude|some dude|a person|a woman|some woman|some lady|a stranger|some stranger|guy|man|dude) (?:out )?(?:in|at|on|outside) (?:the|my|our) (?:hallway|hall|porch|yard|stairwell|stairs|parking lot|lot|walkway|breezeway|building|landing|balcony|floor|back yard|backyard) ${gap(3)}(?:trying|jiggling|rattling|testing|checking|turning|pulling on|yanking|twisting) (?:every|each|all the|all of the|the|my|our|people s|peoples) (?:[^ ]{1,24} )?(?:door ?handles?|handles?|doorknobs?|door knobs?|doors?|knobs?|locks?|windows?)\b(?!(?: [^ ]{1,24}){0,5} (?:inspection|smoke|alarm|detectors?|maintenance|repairs?|fix|for the (?:landlord|super|manager))\b)`,
    examples: ['some man in the stairwell checking every door, im alone in 3b', 'a guy out in the hall jiggling all the doorknobs', 'someone on the porch trying the locks', 'a man at the walkway pulling on each door handle', 'some dude in the hallway rattling every knob on our floor'],
  },
  {
    id: 'en.abuse-danger.hearing-a-beating', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.media'],
    // Hearing a child or woman screaming and being hit, now: "I can hear the kid next door screaming and slaps".
    source: String.raw`(?:hear|hearing|heard|can hear|listening to) (?:the |my |a |our |that )?(?:[^ ]{1,24} )?(?:kid|kids|child|children|baby|girl|boy|woman|lady|wife|mom|mother|neighbor|neighbors|daughter|son|toddler) (?:[^ ]{1,24} ){0,4}(?:screaming|crying|begging|yelling for help|shrieking|sobbing|wailing|howling) ${gap(6)}(?:belt|hitting|slapping|smacking|punching|thuds|thumping|being hit|being beaten|getting hit|getting beat|getting beaten|getting whooped|whipping|slaps|hitting (?:her|him|them)|beating (?:her|him|them)|thrown|slammed)\b`,
    examples: ['i can hear the kid next door screaming and what sounds like slapping', 'hearing the lady upstairs crying and thuds against the wall', 'heard my neighbors daughter begging him to stop and a belt', 'listening to the woman in 4c sobbing while he keeps hitting her', 'can hear the boy downstairs screaming, sounds like hes getting beat'],
  },
  {
    id: 'en.abuse-danger.put-out-in-cold', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical'],
    // Locked or thrown out into the cold or the night with a child: "changed the locks, 14 degrees, my baby is with me".
    source: [
      String.raw`(?:changed the locks|locked (?:me|us) out|kicked (?:me|us) out(?! of (?:the|a|my|our) (?:group|chat|class|game|league|team|band|club))|threw (?:me|us|our (?:stuff|things)|my (?:stuff|things)) out|put (?:me|us) out|evicted (?:me|us)|(?:stuff|things|everything|clothes|belongings) (?:is |are )?(?:on|out on|onto|in) the (?:curb|street|lawn|sidewalk|snow)) ${gap(12)}(?:\d+ degrees|freezing|below zero|below freezing|snowing|no coat|no shoes|nowhere to go|in the cold|in the snow|no heat|no where to go)\b ${gap(8)}(?:my|the|our) (?:baby|kids|newborn|infant|toddler|son|daughter|children|little one|kid)`,
      String.raw`(?:my|the|our) (?:baby|kids|newborn|infant|toddler|son|daughter|children|little one|kid) ${gap(8)}(?:changed the locks|locked (?:me|us) out|kicked (?:me|us) out(?! of)|threw (?:me|us) out|put (?:me|us) out|evicted (?:me|us)) ${gap(8)}(?:\d+ degrees|freezing|below zero|below freezing|snowing|no coat|no shoes|nowhere to go|in the cold|in the snow|no heat)\b`,
    ].join('|'),
    examples: ['he locked us out and its below zero, my toddler has no coat', 'landlord threw our stuff out, its snowing and i have the baby', 'boyfriend kicked me out at 2am, its freezing and my son is with me', 'my mom locked me out, 10 degrees, me and my newborn in the car', 'evicted us today, we have nowhere to go and my kids are with me tonight'],
  },
  {
    id: 'en.abuse-danger.armed-outside-again', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.harm-sport', 'en.benign-pickup'],
    // Someone else outside the writer's home with a weapon: "he's outside with the bat again", "my ex is in the driveway with a gun".
    source: eachOf(WEAPON_PARTS, (w) => String.raw`(?:hes|shes|theyre|he is|she is|they are|(?:my|our) (?:[^ ]{1,24} )?(?:${PEOPLE}) (?:is|s)) (?:back )?(?:outside|at the door|out front|in the driveway|in the yard|on the porch|downstairs|in the hallway|at the window|on the lawn) (?:again )?(?:with|w|holding|waving) (?:a |the |his |her |their |my )?(?:loaded )?${w}\b(?! (?:practicing|practice|for (?:the|his|her) (?:game|practice|league))\b)(?!(?: [^ ]{1,24}){0,4} (?:teaching|showing|practic\w*|playing|batting|pitch\w*|catch|game|fixing|chopping|splitting|cutting (?:wood|the|branches)|working on)\b)`),
    examples: ['hes outside with the bat again', 'my ex is in the driveway with a gun', 'shes on the porch with a knife screaming my name', 'he is out front w his crowbar banging on the car', 'theyre downstairs with the machete again'],
  },
  {
    id: 'en.self-harm.setup-ready', kind: 'self-harm', guards: [...HARM, 'accidental'],
    // The scene set: sleeves up, door locked, towel or bandages laid out, the blade in hand.
    source: [
      String.raw`(?:sleeves (?:rolled |pushed |are )?up|(?:locked|lock) (?:the |my )?(?:bathroom |bedroom )?door|door (?:is )?locked|towels? (?:is |are )?(?:down|ready|laid out|under me|on the floor)|bandages? (?:are |is )?(?:ready|out|laid out)|gauze (?:is )?(?:ready|out)) ${gap(6)}(?:scissors|blade|blades|razor|razors|box cutter|sharpener blade|knife|shard|glass|exacto|xacto) (?:is |are )?(?:in|on) (?:my )?(?:hand|hands|lap|the sink|the counter|the floor|the tub)\b(?!(?: [^ ]{1,24}){0,6} (?:chop|chopping|cooking|onions?|garlic|veggies|vegetables|carving|dinner|meat|chicken|fish|hair|haircut|bangs|trim|trimming|wrapping|gift|crafts?|sewing|fabric|cake|package|box)\b)`,
      String.raw`(?:scissors|blade|blades|razor|razors|box cutter|knife|shard|exacto|xacto) (?:is |are )?(?:in|on) (?:my )?(?:hand|hands|lap) ${gap(6)}(?:sleeves (?:rolled |pushed |are )?up|door (?:is )?locked|locked (?:the |my )?(?:bathroom |bedroom )?door|towels? (?:down|ready|laid out|on the floor)|bandages? (?:ready|out|laid out))\b(?!(?: [^ ]{1,24}){0,6} (?:chop|chopping|cooking|onions?|garlic|veggies|vegetables|carving|dinner|meat|chicken|fish|hair|haircut|bangs|trim|trimming|wrapping|gift|crafts?|sewing|fabric|cake|package|box)\b)`,
      String.raw`(?:bandages|band aids|bandaids|gauze|peroxide|first aid kit|steri strips|butterfly strips) (?:[^ ]{1,24} ){0,3}(?:ready|out|laid out|set out|lined up) ${gap(4)}(?:gonna|going to|about to|bout to|ima|im gonna) (?:do it|cut|do this|go deeper) (?:again|tonight|deeper)\b`,
    ].join('|'),
    examples: ['sleeves rolled up, scissors in my hand, door locked', 'locked the bathroom door and the razor is in my hand', 'towel laid out on the floor, blade on the counter', 'gauze and peroxide laid out, going to do it again', 'knife in my lap, door locked, nobody home'],
  },
  {
    id: 'en.self-harm.scabs-opened', kind: 'self-harm', guards: [...HARM, 'accidental'],
    // Scabs torn off on purpose, to bleed or to keep the wound open.
    source: String.raw`(?:rip|ripping|ripped|tear|tearing|tore|peel|peeling|peeled|pull|pulling|pulled|pick|picking|picked|scratch|scratching|scratched) (?:off |open )?(?:the |my |all the |all my )?scabs? (?:off |open )?${gap(5)}(?:on purpose|so (?:it|they) (?:bleeds?|open|stay open|wont heal)|(?:till|until) (?:it|they) (?:bleeds?|bleed)|to make (?:it|them) bleed|to (?:keep|get) (?:it|them) (?:open|bleeding)|so i can (?:feel|see) (?:it|them|the blood|blood)|so (?:it|they) (?:bleed|bleeds) again)\b`,
    examples: ['ripping the scabs off my arm on purpose', 'picked my scabs open so they bleed again', 'peeled the scab off my thigh to make it bleed', 'keep tearing the scabs until they bleed, i like seeing it', 'scratched the scabs off again on purpose last night'],
  },
  {
    id: 'en.self-harm.sharp-into-skin', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.wound-source', 'accidental.en.medical-needle'],
    // A point driven into the skin: tweezers, compass, safety pin, keys, thumbtack.
    source: String.raw`(?:dig|digging|dug|jab|jabbing|jabbed|stick|sticking|stuck|push|pushing|pushed|press|pressing|pressed|drive|driving|drove|shove|shoving|shoved|sink|sinking|sank) (?:the |a |my |some )?(?:tweezers|compass|compass point|pin|safety pin|needle|pen|pencil|scissors|key|keys|paperclip|paper clip|nail file|fork|thumbtack|tack|staple|screw|nail|earring|point|tip|nails)s? (?:[^ ]{1,24} )?(?:into|in|through) ${ON_BODY}\b(?!(?: [^ ]{1,24}){0,6} (?:splinter|sliver|thorn|glass out|blood sugar|glucose|insulin|test)\b)`,
    examples: ['dug the tweezers into my leg', 'jabbing a safety pin into my thigh over and over', 'pressed the compass point into my wrist until it bled', 'pushed the thumbtack into my palm to feel something', 'driving my keys into my thigh under the desk'],
  },
  {
    id: 'en.harm-others.weapon-ready-they-arrive', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'scope.en.weapon-used-on-writer'],
    // A weapon readied and the time the person comes: "sharpened the kitchen knife, she gets home at six".
    source: eachOf(WEAPON_PARTS, (w) => String.raw`(?:sharpened|sharpening|sharpen|loaded|loading|load|stashed|stashing|put|putting|laid|laying|left|leaving|tucked|tucking|propped|set|setting|grabbed) (?:the |my |a |his |her |dads |the kitchen |a kitchen |my dads |our )?(?:[^ ]{1,24} )?${w}s?\b(?! (?:away|back|up|in the (?:safe|drawer|dishwasher|sink|block|lockbox|cabinet|closet)|in a (?:safe|lockbox)))(?!(?: [^ ]{1,24}){0,6} so (?:he|she|they) (?:cant|wont|doesnt|can not)) ${gap(8)}(?:he|she|they|my (?:[^ ]{1,24} )?${PEOPLE}) (?:gets|comes|will be|should be|walks|is coming|is getting|gets off|gets out) (?:home|back|in|here|off|out)\b(?!(?: [^ ]{1,24}){0,6} (?:carve|carving|turkey|dinner|hunting|deer|range|camping|fishing|practice|game|steak|cook\w*|making|grill\w*|bbq|barbecue|roast|meal|lunch|brisket|ham)\b)`),
    examples: ['sharpened the kitchen knife, she gets home at six', 'loaded his rifle and put it by the door, he gets off at midnight', 'stashed a bat behind the door and my stepdad gets back tonight', 'laid the machete on the table, they should be here any minute', 'put the hammer under the couch cushion, he comes home drunk around 2'],
  },
  {
    id: 'en.harm-others.tainted-food', kind: 'harm-others', guards: OTHERS,
    // A poison put in someone's drink or food: bleach in a protein shake, drain cleaner in coffee, eye drops in water.
    source: String.raw`(?:put|putting|slip|slipped|slipping|spike|spiked|spiking|mix|mixed|mixing|pour|poured|pouring|dump|dumped|add|added|adding|stir|stirred|stirring|squirt|squirted|squirting) (?:some |a little |a few |the |a bit of |a splash of |a cap of )?(?:bleach|rat poison|poison|antifreeze|drain cleaner|eye drops|visine|ground glass|lye|fentanyl|ammonia|pesticide|weed killer|roundup|arsenic|cyanide|windshield fluid|brake fluid|lighter fluid|bug spray|draino|drano) (?:[^ ]{1,24} ){0,2}(?:in|into|to) (?:his|her|their|(?:my|the|his|her|their|that) [^ ]{1,24}s) (?:[^ ]{1,24} )?(?:drink|drinks|food|coffee|beer|cup|plate|meal|soup|tea|water|juice|bottle|shake|smoothie|thermos|soda|pop|lunch|cereal|formula|sippy cup|oatmeal|wine|vodka|whiskey|dinner|sandwich|milk|coke|energy drink|gatorade|mug|bowl|flask|tumbler|yeti)\b|(?:put|putting|slipped|spiked|mixed|poured|dumped|added) (?:some |a little |the )?(?:bleach|rat poison|poison|antifreeze|drain cleaner|eye drops|visine|lye|pesticide|weed killer|arsenic|cyanide|drano) (?:in|into) the (?:[^ ]{1,24} )?(?:thermos|coffee|drink|food|cup|lunch|bottle|soup|tea|juice|shake|soda|beer|mug|flask) (?:he|she|they) (?:takes|drinks|brings|eats|has|uses|carries)\b`,
    examples: ['put bleach in her protein shake', 'put rat poison in the thermos she takes to work', 'mixing drain cleaner into my stepdads coffee', 'slipped eye drops in the bosss water bottle', 'added antifreeze to his gatorade', 'poured a little rat poison into his thermos this morning'],
  },
  {
    id: 'en.abuse-danger.fuel-poured-at-home', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical'],
    // Someone pouring fuel around the place the writer is in.
    source: String.raw`(?:hes|shes|theyre|he is|she is|they are|he|she|they|(?:my|our) (?:[^ ]{1,24} )?(?:${PEOPLE})(?: is| s)?) (?:pouring|poured|splashing|splashed|dumping|dumped|spreading|spread|soaking|soaked|spraying|sprayed) (?:the )?(?:gas|gasoline|lighter fluid|kerosene|diesel)\b(?! (?:in|into) (?:the|my|his|her|our) (?:car|truck|tank|mower|generator|boat|jeep|van|can|grill|chainsaw|snowblower)\b) ${gap(4)}(?:house|apartment|trailer|room|place|door|doorway|bed|car|floor|porch|hallway|kitchen|stairs|walls?|couch|curtains)\b`,
    examples: ["he's pouring gasoline around the house and yelling", 'my ex poured lighter fluid on our porch and has a lighter', 'shes splashing gas all over the trailer floor', 'my husband is dumping kerosene in the hallway', 'they poured gas on my car door and left a lighter'],
  },
  {
    id: 'en.abuse-danger.pinned-or-hurt-near', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat'],
    // Held down now, or hurt with the one who did it still near: "he has me pinned", "my lip is bleeding, he's in the other room".
    source: [
      String.raw`(?:he|she|they|hes|shes|theyre|${PARTNER}) (?:has|had|got|is holding|s got|has got) me (?:pinned|cornered|trapped|held down|locked)\b(?!(?: [^ ]{1,24}){0,4} (?:cuddles?|cuddling|snuggles?|snuggling|tickl\w*|wrestling|playing|game|lol|lmao|haha|conversation|talking|call|meeting)\b)`,
      String.raw`(?:lip|nose|mouth|eye|face|head|ear|cheek|eyebrow)s? (?:is |are |s )?(?:bleeding|busted|swollen|split|cut open|swelling shut|swelling)\b(?! (?:from|because of|due to) (?:the )?(?:dry|heat|allergies|allergy|air|cold|picking|blowing|sinus|sinuses|nosebleed|altitude|bee|sting|dentist|surgery)\b) ${gap(6)}(?:hes|shes|theyre|he is|she is|they are) (?:still )?(?:in the (?:other room|next room|kitchen|living room|garage|bedroom|hall)|downstairs|upstairs|outside the door|right outside|drinking|yelling|screaming|raging|passed out|looking for me|coming back)\b`,
    ].join('|'),
    examples: ['he has me pinned and i got one hand free to text', 'hes got me cornered in the laundry room', 'my lip is bleeding hes in the other room drinking', 'nose busted, shes downstairs still screaming', 'my eye is swelling shut and hes passed out on the couch'],
  },
  {
    id: 'en.abuse-danger.armed-at-my-bed', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat'],
    // Someone in the writer's room with a weapon, or a pillow held over the writer's face.
    source: [
      ...WEAPON_PARTS.map((w) => String.raw`(?:hes|shes|theyre|he is|she is|they are|he was|she was|someone is|somebody is|a man is|a guy is|someone was|a man was|my [^ ]{1,24} is|my [^ ]{1,24} was) (?:just )?(?:standing|sitting|hovering|kneeling|waiting|leaning) (?:at the foot of|over|next to|beside|by|in|at|on|outside) (?:my|our|the) (?:bed|crib|couch|room|bedroom|bedroom door|bathroom door|closet|sofa) ${gap(3)}(?:with|holding|w) (?:a |the |his |her |their )?(?:[^ ]{1,24} )?${w}\b`),
      String.raw`(?:holding|held|pushed|pushing|pressed|pressing|put|putting|shoved|shoving) (?:a |the |his |her )?pillow (?:over|on|against|down on|down over|into) my (?:face|head|mouth|nose)\b`,
    ].join('|'),
    examples: ['hes standing at the foot of my bed with a knife', 'i woke up and he was holding a pillow over my face', 'my stepdad is standing by my bedroom door holding the bat', 'someone is sitting on my couch with a machete', 'she pushed the pillow down on my face until i kicked free'],
  },
  {
    id: 'en.abuse-danger.tracker-found', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical'],
    // A tracking device found on the writer's car or things.
    source: String.raw`(?:found|find|finding|theres|there is|there was|discovered|spotted) (?:a |an |some |another |a second )?(?:tracker|tracking device|airtag|air tag|gps tracker|gps|tile tracker|hidden camera|camera|recording device|bug) (?:[^ ]{1,24} ){0,4}(?:under|on|in|inside|taped to|stuck to|behind|sewn into) (?:my|our) (?:car|bumper|purse|bag|wheel well|backpack|jacket|coat|truck|seat|dashboard|bedroom|bathroom|kids|daughters|sons|stroller|diaper bag|room|vent)\b(?!(?: [^ ]{1,24}){0,6} (?:its mine|is mine|my own|i put|i forgot|forgot i|belongs|for my keys|for (?:my|the) luggage|i lost|i bought)\b)`,
    examples: ['found a tracker under my bumper', 'there was an airtag taped inside my wheel well', 'mechanic found a gps on my car, i think its my ex', 'found an air tag sewn into my kids backpack', 'discovered a camera in my bathroom vent'],
  },
  {
    id: 'en.abuse-danger.taking-the-kids-now', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'en.benign-pickup'],
    // Someone at the children's school or daycare now, saying they are taking them.
    source: String.raw`(?:hes|shes|theyre|he is|she is|they are|my ex is|my [^ ]{1,24} is|(?:his|her) (?:[^ ]{1,24} )?(?:mom|mother|dad|father|family|brother|sister) is) (?:at|outside|in front of|in the lot at|by) (?:my|the|our) (?:kids|sons|daughters|childs|babys|kid s)? ?(?:school|daycare|day care|bus stop|preschool|after school|sitters|babysitters|grandmas) ${gap(6)}(?:taking|take|grab|grabbing|snatch|snatching|keeping|keep|leaving with|leave with|run off with|running off with) (?:them|him|her|the kids|my kids|the baby|my baby|my son|my daughter|our kids)\b`,
    examples: ["he's at my kids school saying hes taking them", 'my ex is outside the daycare yelling hes grabbing the baby', 'his mom is at the bus stop saying shes keeping my daughter', 'shes at my sons school trying to leave with him', 'they are in front of the preschool saying they will snatch the kids'],
  },
  {
    id: 'en.abuse-danger.swinging-weapon-at', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.harm-sport', 'figurative.en.harm-game'],
    // Someone else swinging, waving or pointing a weapon at the writer or another person now.
    source: eachOf(WEAPON_PARTS, (w) => String.raw`(?:is|s|hes|shes|he|she|theyre|they|keeps|kept|started|was|were|are) (?:swinging|waving|pointing|jabbing|slashing|lunging with|coming at (?:me|us|him|her|them) with|chasing (?:me|us|him|her|them) with) (?:a |the |his |her |their |dads )?(?:[^ ]{1,24} )?${w}s?\b(?: (?:at|around|toward|towards|in front of) (?:me|us|my|him|her|them|the|everyone|everybody|people))?`),
    examples: ['my dad is swinging a bat at my brother in the yard', 'my uncle keeps waving his pistol at everyone', 'shes coming at me with a kitchen knife', 'he was chasing her with the machete', 'theyre swinging a crowbar at the cars and us'],
  },
  {
    id: 'en.harm-others.restraint-kit', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.media'],
    // A person's schedule or address beside a restraint or disposal kit: zip ties, duct tape, tarp, shovel.
    source: [
      String.raw`(?:his|her|their|my exs|that [^ ]{1,24}s) (?:work )?(?:schedule|routine|shifts?|address|route|comings and goings) ${gap(12)}(?:zip ties|zipties|duct tape|chloroform|handcuffs|a tarp|tarps|a shovel|trash bags|bags of lime|lime|rope and tape|tape and rope)\b(?! for (?:the )?(?:garden|yard|camping|camp|moving|move|roof|boat|painting|project|trip|tent|leaves)\b)`,
      String.raw`(?:zip ties|zipties|duct tape|chloroform|handcuffs|a tarp|tarps|a shovel|trash bags|bags of lime|rope and tape|tape and rope)\b(?! for (?:the )?(?:garden|yard|camping|camp|moving|move|roof|boat|painting|project|trip|tent|leaves)\b) ${gap(12)}(?:his|her|their|my exs|that [^ ]{1,24}s) (?:work )?(?:schedule|routine|shifts?|address|route|comings and goings)\b(?! (?:is|was|s) (?:free|open|full|busy|packed|clear|light))`,
    ].join('|'),
    examples: ['i marked his schedule on the calendar and bought zip ties and duct tape', 'got a tarp and a shovel in the trunk and i know her route home', 'learned her routine for two weeks, picked up chloroform online', 'duct tape, rope and tape in a bag, i have his address now', 'been watching my exs comings and goings, ordered handcuffs'],
  },
  {
    id: 'en.harm-others.hands-on-their-throat', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // The writer's hands on someone's neck now.
    source: String.raw`(?:my )hands? (?:are |is |were |was )?(?:around|on|wrapped around|squeezing|tight on|tightening on|tightening around) (?:his|her|their|(?:my|the|his|her|their) [^ ]{1,24}s) (?:neck|throat)\b(?!(?: [^ ]{1,24}){0,4} (?:massag\w*|rub\w*|knots?|kiss\w*|hug\w*|cuddl\w*|necklace|tie|collar|scarf|gently|softly|pulse)\b)`,
    examples: ['my hands are around his neck and i cant stop', 'i got my hands on her throat right now', 'had my hands wrapped around my brothers neck and i didnt let go', 'my hands were tight on her throat and i kept squeezing', 'both my hands squeezing his neck and he went quiet'],
  },
  {
    id: 'en.self-harm.blade-from-sharpener-used', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.shaving', 'accidental.en.grooming-razor'],
    // The blade of a sharpener or disposable razor, or a shard or box cutter, used on the skin.
    source: [
      String.raw`(?:used|using|use|took|take|ran|running|run|dragged|dragging|drag|pressed|pressing) (?:the |a |my )?(?:razor|blade|blades|razor blade) (?:from|out of|outta) (?:the |a |my )?(?:pencil )?(?:sharpener|disposable|shaver|razor) (?:[^ ]{1,24} ){0,2}(?:on|across|over|into|against|along) ${ON_BODY}`,
      String.raw`(?:used|using|ran|running|dragged|dragging|drag|pressed|pressing|slid|sliding) (?:the |a |my |some )?(?:shard|piece of glass|broken glass|box cutter|boxcutter|exacto|xacto|exacto knife|utility knife|scalpel|razor blade) (?:[^ ]{1,24} ){0,2}(?:on|across|over|into|against|along|down) ${ON_BODY}\b(?!(?: [^ ]{1,24}){0,4} (?:by accident|accidentally|slipped|at work opening))`,
    ].join('|'),
    examples: ['i used the razor from the pencil sharpener on my ankles', 'dragging the blade out of my sharpener across my hip', 'ran the box cutter along my forearm in the stockroom bathroom', 'pressed a shard into my thigh until it bled', 'used a razor blade on my stomach again'],
  },
  {
    id: 'en.self-harm.want-to-see-blood', kind: 'self-harm', guards: HARM,
    // Wanting to see or feel one's own blood: "I want to see my blood again", "need to watch myself bleed".
    source: String.raw`(?:want|wanna|need|needed|wanted|gotta|craving|crave|miss|missing|dying|itching|longing) (?:to )?(?:see|watch|feel|seeing|watching|feeling) (?:my (?:own )?blood|myself bleed|me bleed|the blood (?:run|drip|come out|bead up|well up)|myself bleeding)\b(?! (?:test|tests|work|sugar|pressure|results|levels|count|counts|drawn|panel|type|report|donation|donor|drive)\b)`,
    examples: ['i want to see my blood again', 'i need to watch myself bleed, its the only way i calm down', 'missing seeing the blood run down my arm', 'craving seeing my own blood tonight', 'i just wanna feel myself bleeding for a minute'],
  },
  {
    id: 'en.harm-others.child-in-deadly-place', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // A baby, child or pet put in a freezer, oven, dryer, washer or trash.
    source: String.raw`(?:put|puts|putting|left|leaving|leaves|locked|locking|shut|shutting|stuck|sticking|threw|throwing|tossed|tossing|placed) (?:the|my|our|his|her|their) (?:[^ ]{1,24} )?(?:baby|newborn|infant|toddler|kid|son|daughter|cat|kitten|dog|puppy) (?:in|into|inside) (?:the |a )?(?:freezer|freezer drawer|deep freeze|oven|dryer|washer|washing machine|microwave|fridge|dumpster|trash|trash can|garbage|garbage can|chest freezer)\b`,
    examples: ['my husband just put the baby in the freezer drawer im not kidding', 'my son put the cat in the dryer and turned it on', 'i almost put the baby in the oven to make her stop', 'my roommate locked her puppy in the freezer', 'he threw the kitten into the washing machine'],
  },
  {
    id: 'en.abuse-danger.watched-photo-sent', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat'],
    // A photo of the writer's child, partner or home taken from outside and sent as a message: being watched.
    source: String.raw`(?<!(?:teacher|school|daycare|mom|mother|grandma|nana|grandpa|wife|husband|aunt|sister|coach|principal|sitter|nanny|babysitter|dad|friend|bestie|neighbor) (?:just |also )?)(?:sent|sending|texted|texting|sends|dmd|posted|messaged|emailed) (?:me )?(?:a |an |some |another |this )?(?:pic|picture|photo|video|pics|pictures|photos|videos|screenshot) of (?:my|our) (?:[^ ]{1,24} )?(?:kids?|daughter|son|children|baby|wife|husband|girlfriend|boyfriend|mom|mother|car|house|door|front door|window|apartment|porch) (?:[^ ]{1,24} ){0,2}(?:at (?:recess|school|the bus stop|daycare|the playground|practice|her job|his job)|walking (?:home|to school|to the bus)|from (?:outside|across the street|the street|the parking lot|the bushes|his car|a car)|through (?:the|my|our) window|asleep|sleeping|getting off the bus|leaving (?:school|work|the house))\b`,
    examples: ['the guy i owe money to just sent me a picture of my daughter at recess', 'unknown number texted me a photo of my house from across the street', 'my ex sent a pic of my new boyfriend walking home', 'he dmd me a video of my kids getting off the bus', 'the plug sent me pictures of my front door from his car'],
  },
  {
    id: 'en.harm-others.their-things-then-them', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game', 'figurative.en.pickup'],
    // Escalation named in order: his car next, then him.
    source: String.raw`(?:his|her|their|(?:my|that|the) [^ ]{1,24}s) (?:car|truck|house|place|windows|tires|bike|stuff|shop|apartment|trailer) (?:is )?(?:next )?(?:then|and then|after that|after|next then|first then|before) (?:him|her|them|his face|her face|his head|her head|its him|its her|its them|hes next|shes next|im going for him|im going for her)\b`,
    examples: ['i punched holes in every wall and im going for his car next then him', 'smashed her windows, her car then her', 'slashing his tires first then him', 'im doing her apartment and then her', 'gonna wreck their shop after that its them'],
  },
  {
    id: 'en.harm-others.make-sure-they-cant', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // Maiming named as an outcome: "make sure she can't walk", "make sure he never talks again".
    source: String.raw`(?:make sure|making sure|makin sure) (?:he|she|they|that [^ ]{1,24}|him|her|them) (?:cant|cannot|can not|never|wont|will never|dont|doesnt|aint) (?:ever )?(?:walk(?! (?:out|away|in|home|off|alone|there|around|into|to|on|by)\b)|walks again|talk again|talks again|speak again|see again|breathe again|stand again|use (?:his|her|their) (?:hands|legs|arms)|get up again|gets up again|wake up|have kids|wakes up|recognize (?:him|her|them)self|touch anyone again|hurt anyone again)\b`,
    examples: ['if she tries to leave me again im gonna make sure she cant walk', 'ill make sure he never walks again', 'gonna make sure that snitch cant talk again', 'making sure he wont use his hands again', 'ima make sure they dont wake up'],
  },
]);
