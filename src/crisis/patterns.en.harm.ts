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
const VICTIM2 = String.raw`(?:him|her|them|em|you|someone|somebody|anyone|anybody|everyone|everybody|people|the (?:guy|man|woman|dude|bitch|bastard|girl|person|people|lady|one) (?:who|that)|(?:that|this) (?:guy|man|woman|dude|bitch|bastard|girl|kid|person|mf|fucker|asshole|idiot)|whoever|(?:my|his|her|our|your|the|that|this|their|those|these|some|a|an) (?:[^ ]{1,24} ){0,2}(?:${PEOPLE}|${OTHER_PEOPLE})s?|${BARE_KIN}|(?:kids|students|classmates|teachers|cops|people|ppl|everyone|everybody) (?:at|in|from) (?:[^ ]{1,24} )?(?:school|work|class|group|church|the meeting|the party|the office|there))`;
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
const TARGET_PLACE = String.raw`(?:his|her|their|my exs|my [^ ]{1,24}s|that [^ ]{1,24}s|[^ ]{1,24}s) (?:house|place|apartment|apt|job|work|door|crib|trailer|building|car|window)`;

export const enHarmPatterns = definePatterns('en', [
  // ============================== self-harm ==============================
  {
    id: 'en.self-harm.cut-myself', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.burn'],
    source: String.raw`(?:cut|cutt|cutin|cutting|cuts|cutted|burn|burning|burned|burnt|scratch|scratching|carve|carving|slice|slicing|slit|slitting|slash|slashed|slashing) (?:myself|my (?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?))|(?:cut|cutt|cutting|cuts|cutted|slice|slicing|slices|sliced|carve|carving|carves|carved|burn|burning|burned|burnt|slit|slitting|slash|slashed|slashing) (?:my|his|her|their) (?:own )?(?:left |right |upper |inner )?(?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?|forearms?|shoulders?|chest|ankles?|belly|calf|calves|sides?|ribs|upper arms?)`,
    examples: ['I cut myself', "I've been cutting myself again", 'i started cutting my arms', 'cut my thighs last night', 'I cut my wrist last night but not deep', 'ive been burning my arms with a lighter'],
  },
  {
    id: 'en.self-harm.cutting', kind: 'self-harm', guards: HARM,
    source: String.raw`(?:im|been|started|start|keep|stop|cant stop|urge to|urges to|wanna|want|wants|wanted|wanting|need|needs|feel like|thinking about|back to|relapsed on|went back to|the urge to) (?:to )?\bcut(?:ting)?(?! (?:back|down|out|off|it|corners|class|school|the|my hair|hair|ties|in|carbs|sugar|weight|loose|up|through|costs|hours|them|him|her|you|me|us|people|everyone|ties|contact)\b)(?! (?:my|his|her|their|the|a|an|some|this|that|those|these|our|your) (?!(?:own )?(?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?|forearms?|self|flesh)\b))`,
    examples: ['im cutting again', 'i feel like cutting', 'the urge to cut is so strong', 'i cant stop cutting'],
  },
  {
    id: 'en.self-harm.hurt-myself', kind: 'self-harm', guards: [...HARM, 'accidental', 'figurative.en.punish-mentally'],
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
    id: 'en.self-harm.carving', kind: 'self-harm', guards: HARM,
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
    id: 'en.self-harm.blades', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.shaving'],
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
    id: 'en.self-harm.burn-pierce', kind: 'self-harm', guards: [...HARM, 'accidental'],
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
    id: 'en.harm-others.kill-someone', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.kill-for-a-thing', 'figurative.en.shoot-a-message', 'figurative.en.tv-character'],
    source: String.raw`(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling|choke|choking|smother|smothering|poison|poisoning|drown|run over) ${VICTIM2}${NOT_A_GAME}|run (?:him|her|them) over`,
    examples: ["I'm going to kill him", 'i want to kill my husband', "I'll kill her if she comes back", 'im gonna murder my roommate', 'I feel like killing someone', 'I want to kill my boss', 'i will shoot him', 'I want to run him over with my car', 'ima kill him', 'I want to stab the man who hurt my daughter'],
  },
  {
    id: 'en.harm-others.urge-to-hurt', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.shoot-a-message', 'figurative.en.hurt-feelings'],
    source: String.raw`${URGE} ${gap(2)}${words('hurt', 'hert', 'hurting', 'harm', 'harming', 'hit', 'hitting', 'punch', 'punching', 'beat', 'beating', 'attack', 'attacking', 'slap', 'slapping', 'smack', 'smacking', 'kick', 'kicking', 'fight', 'fighting', 'strangle', 'choke', 'stab', 'shoot')} (?:up )?${VICTIM}|not (?:me|myself) (?:that )?(?:i|im) (?:wanna|want|wanting|gonna|thinking about|thinking of|feel like|planning to|plan to|scared ill|afraid ill) (?:to )?(?:hurt|kill|harm|hurting|killing|harming|stab|stabbing|shoot|shooting)|(?:someone|somebody|him|her|them|people) else (?:that )?(?:i|im) (?:wanna|want to|gonna|thinking about) (?:hurt|kill|harm|hurting|killing|harming)`,
    examples: ['I want to hurt someone', 'i have urges to hurt people', "I'm going to beat him up when he gets home", "I'm scared I'm going to hurt my kids", 'i think about hurting my baby', 'i want to hit my wife', "I'm going to hurt him if he comes home drunk again"],
  },
  {
    id: 'en.harm-others.smash-face', kind: 'harm-others', guards: OTHERS,
    source: String.raw`beat (?:the )?(?:hell|shit|crap|fuck|living daylights|snot|piss|stuffing|tar|dog shit|dogshit) out of ${VICTIM}|beat (?:the )?(?:brakes|breaks) off (?:of )?(?:${VICTIM}|that [^ ]{1,24})${NOT_A_GAME}|(?:smash|bash|break|punch|kick|beat|cave|snap|stomp) (?:in )?(?:his|her|their|your) (?:[^ ]+ )?(?:face|head|skull|teeth|jaw|neck)|(?:slash|slashing|slit|slitting|carve up|cut up|cut open) (?:his|her|their|your) ${gap(3)}(?:face|throat|neck)\b|make (?:someone|somebody|him|her|them|people) (?:hurt|suffer|bleed)`,
    examples: ['going to smash his face in', 'I want to make someone hurt like I hurt', "I'm gonna beat the crap out of my stepdad"],
  },
  {
    id: 'en.harm-others.mass-violence', kind: 'harm-others', guards: OTHERS,
    source: String.raw`shoot (?:up )?(?:the|my|a|this|that) (?:school|office|work|workplace|job|church|store|mall|place|building|party|club|bar)|kill (?:them|everyone|everybody) all`,
    examples: ["I'm going to shoot up my workplace", 'im going to kill them all'],
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
    source: String.raw`(?:${WILL}|im|ima|and|to|gon|bout to|ready to|tryna) (?:go |just |gon |fuckin |fucking |really |finally )?(?:smoke|body|bodybag|cap|clap|wet|shank|merk|murk|whack|snuff|slump|spin on|slide on|air out|stomp out|curb stomp|pistol whip|stab up|pop) ${VICTIM2}(?! (?:out|off|a|an|some|up|at|in|with|to|home|awake|back|over|down|for)\b)|(?:${WILL}|im|ima|and|to|gon|bout to|ready to|tryna|swear i|then|n|hed|id|theyd|he would|she would|i would) (?:go |just |gon |really |finally )?${words('end', 'ending', 'off', 'offing', 'cut', 'key')} (?:him|her|them|em|that (?:dude|guy|bitch|mf|fool|clown|boy|kid)|this (?:dude|guy|bitch|mf))(?= \.|$| (?:tonight|for good|on god|fr|if|when|and|he|she|they|i|before|like|right now|rn|today|tomorrow|tmrw|next|after|too|myself)\b)|take (?:him|her|them|em|${VICTIM2}) out(?= \.|$| (?:for good|permanently|myself|on god|fr|if|before|first)\b)|finish (?:him|her|them|em) off|finish (?:it|the job|what (?:i|he|she|they) started) with (?:him|her|them)`,
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
    id: 'en.harm-others.armed-going', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game', 'figurative.en.report-them'],
    // Going after someone with a weapon: "got the strap and im pulling up", "bat in the trunk, headed to his place".
    source: String.raw`${GO_AFTER} ${gap(10)}(?:the|my|a|his|her|w|with|some|[^ ]{1,24}s) ${WEAPON}s?\b|(?:(?:the|my|a|his|her|w|with|some|[^ ]{1,24}s) ${WEAPON}s?|${CORE_WEAPON}) ${gap(10)}${GO_AFTER}|(?:loaded|loading|load|cocked|cocking|racked|racking|grabbed|grabbing|got out|took out|taking out|pulled out|pulling out|sharpened|sharpening) (?:the|my|a|his|her|dads|[^ ]{1,24}s) ${WEAPON}s? ${gap(10)}(?:(?:when|if|once|as soon as|the second) (?:he|she|they|that|the|my|his|her)|(?:hes|shes|theyre|youre) (?:done|dead|finished))|${eachOf(WEAPON_PARTS, (w) => String.raw`${w} ${gap(10)}(?:ill|i will|im gonna|gonna|i swear ill|wont hesitate to|not afraid to|ready to) use (?:it|them)\b`)}|im (?:getting|grabbing|gonna get|gonna grab|loading|gonna load|bout to get|about to get) (?:my|the|a|dads|[^ ]{1,24}s) (?:gun|strap|pistol|glock|rifle|shotgun|blick|blicky)(?= \.|$| (?:from|out|now|rn|right now|tonight|and)\b)`,
    examples: ["loaded my pistol and im heading to his place", "pulling up on that dude with the blick", "knife in my pocket, waiting for him outside his job"],
  },
  {
    id: 'en.harm-others.reckoning', kind: 'harm-others', guards: OTHERS,
    // What someone "has coming": they will regret it, be sorry, not get back up, not make it to the car.
    source: String.raw`(?:gets?|getting) what (?:she|he|they) (?:deserves?|has coming|have coming|got coming)(?! (?:in court|from (?:the )?(?:court|judge|law|system)|legally|in the divorce|at work))|(?:(?:he|she|they|hes|shes|theyre|theyll|hell|shell|everyone|everybody|(?:the )?whole (?:office|family|crew|school|class|unit)) (?:all )?(?:is |are |s )?(?:gonna|going to|will|about to)|(?:hell|shell|theyll)(?: \.)?) (?:regret|be sorry|pay for)(?= \.|$| that| it| this| when| for| tonight| what)|(?:hes|shes|theyre|he is|she is|they are) about to find out(?= \.|$)|what happens to (?:snitches|rats|people (?:who|that))|(?:in a box|in the ground|six feet under|in a body bag) by (?:tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next)|(?:aint|isnt|is not|not|wont be|wont|aint gonna be) (?:getting|gettin|gonna get|get) (?:back )?up(?= \.|$| again| from)|wont (?:ever )?(?:hurt|touch|bother|hit|rape) (?:anyone|anybody|her|him|them|us|my [^ ]{1,24}) (?:ever )?again (?:after|once|when)|(?:wont|not gonna|will not) make it (?:to|out of|past|out the) (?:the |her |his )?(?:car|door|driveway|street|house)|(?:ill|im gonna|gonna|i will|will) end (?:him|her|them)(?= \.|$| the| when| tonight| for| if| no)|put (?:that|this|him|her) (?:[^ ]{1,24} )?down (?:permanently|for good)|catch(?:ing)? these hands|(?:gonna|going to|will) meet my (?:\d+ gauge|gun|rifle|glock|shotgun|pistol|strap|piece|blade|bat|axe)|make sure (?:nobody|no one) (?:gets|has|sees|keeps) (?:them|her|him|the kids)|(?:wont|cant) (?:be able to )?hold (?:my|me) (?:hands )?back|(?:shes|hes|theyre|she is|he is) getting (?:cut|stabbed|shot|hurt|beat|jumped|smoked|popped)(?= \.|$| when| if| tonight| next| the)`,
    examples: ['she gets what she deserves tonight', 'theyre all gonna be sorry. the whole office', "He doesn't know it yet but he's going to regret that ruling", "He's about to find out.", 'gonna teach that snitch what happens to snitches. hes gonna be in a box by sunday', 'tonight i find him and he aint getting back up', 'he wont ever hurt anyone again after tonight', 'if she tries to leave with the baby she wont make it to the car', "i'll end him the second i see him", 'someone needs to put that guy down permanently', 'bout to catch these hands and worse', 'hes gonna meet my 12 gauge', 'ill make sure nobody gets them', 'God himself wont be able to hold my hands back', 'next time i see her shes getting cut'],
  },
  {
    id: 'en.harm-others.armed-and-ready', kind: 'harm-others', guards: OTHERS,
    // A weapon readied or brought along, a list of names, voices or God ordering it.
    source: String.raw`(?:rifle|gun|scope)s? (?:is )?(?:zeroed|sighted in)|(?:got|have|has) (?:a|the|my) (?:piece|strap|gun|burner|blick|pistol) lined up|(?:brought|bringing|brung) something (?:with me|along)(?= \.|$)|took (?:my|his|her|the|dads|moms) (?:[^ ]{1,24} )?(?:knife|gun|axe|machete|bat|rifle|pistol)(?: [^ ]+){0,6} (?:hes|shes|theyre|he is|she is) (?:out|gone|headed|somewhere)|took the (?:axe|machete|knife|gun|rifle|bat) out of|(?:cousins|boys|homies|crew|people|brothers) ${gap(2)}and the (?:heat|strap|piece|tool|blick)|(?:is|are) on (?:a|my) list(?= \.|$| and)|(?:god|voices?|the devil|jesus|the lord) (?:told|tells|telling|is telling) (?:him|her|me|them) ${gap(6)}(?:has|have|must|needs?|gotta) (?:to )?(?:kill|cleanse|purify|hurt|punish|destroy|get rid of|stop)`,
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
    id: 'en.harm-others.armed-waiting', kind: 'harm-others', guards: OTHERS,
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
    id: 'en.harm-others.arson', kind: 'harm-others', guards: OTHERS,
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
    id: 'en.harm-others.intrusive-harm', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.hurt-feelings', 'figurative.en.shoot-a-message'],
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
    id: 'en.harm-others.revenge-threat', kind: 'harm-others', guards: OTHERS,
    // "Make him pay", "somebody is getting hurt", "he's dead when I see him", hit lists, threats to kill others.
    source: String.raw`(?<!(?:karma|god|the court|the courts|the law|justice|life|the judge|jail|prison|the system|the universe|the state|a lawyer|my lawyer) (?:will|is gonna|gonna|shall|would|can|to|should|is going to) )make ${VICTIM2} (?:${gap(3)})?\bpay(?= \.|$| (?:for (?:what|this|hurting|touching|doing|taking|everything|it all)|theyll|hell|shell|i|on|fr)\b)|(?:hit ?list|kill ?list|death ?list)|list of (?:ppl|people|names|kids|students|teachers|classmates|everyone|everybody|guys|girls|those) (?:who|that|he|she|i|to|they) ${gap(2)}(?:bullied|hurt|wronged|hates?|hated|messed|picked|laughed|kill|shoot|hurt|get|pay|deserve)|threat(?:en|ens|ening|ened) (?:to )?(?:kill|hurt|shoot|stab|murder|beat|strangle|choke|burn|run over|take out|smother|drown) (?!(?:me|us|myself|himself|herself|themselves|themself|you)\b)|(?:who|that) ${gap(6)}(?:killed|hurt|raped|molested|abused|robbed|jumped|shot|stabbed|beat) ${gap(12)}nothing (?:left )?to lose|(?:know where (?:he|she|they|that [^ ]{1,24}|the [^ ]{1,24}) (?:lives|live|sleeps|sleep|stays|works|is staying|parks|drinks|hangs out|goes to church|gets off)|(?:have|got|found|has) (?:his|her|their|the) (?:home )?address) ${gap(8)}(?:going (?:over|there|tonight)|tonight|with the|dead|pay|gun|strap|knife|bat|schedule|routine|when (?:he|she|they) (?:leaves|gets off|gets home|is alone)|(?:im |i am )?(?:done|tired of|sick of) (?:waiting|talking|being nice|asking)|(?:cops|police|courts?) (?:wont|arent|dont|didnt|never|aint)|(?:handle|handling|take care of) (?:it|this|him|her) (?:myself|my way|my self)|(?:into|in) my own hands)|know where (?:he|she|they|that [^ ]{1,24}|the [^ ]{1,24}) (?:sleeps|sleep)(?= \.|$)`,
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
    id: 'en.harm-others.staking-out', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them', 'figurative.en.pickup'],
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
    id: 'en.self-harm.tool-on-skin', kind: 'self-harm', guards: [...HARM, 'accidental', 'accidental.en.wound-source', 'accidental.en.medical-needle'],
    // Digging, scraping or "going at" one's skin with a needle, pin, sandpaper, blade; opening a leg with a blade.
    source: String.raw`(?:dig|digs|digging|dug|jab|jabs|jabbing|jabbed|poke|pokes|poking|poked|stab|stabs|stabbing|stabbed|scrape|scrapes|scraping|scraped|gouge|gouges|gouging|gouged|pick|picks|picking|picked|rub|rubs|rubbing|rubbed|sand|sanding|sanded|going|go|goes|went|gone) (?:at |into )?${ON_BODY} (?:with|w) (?:a |the |my |her |his |some |an )?${words('needle', 'needles', 'pin', 'pins', 'safety pin', 'nail', 'knife', 'blade', 'blades', 'razor', 'razor blade', 'scissors', 'compass', 'paperclip', 'paper clip', 'glass', 'broken glass', 'shard', 'sandpaper', 'steel wool', 'wire', 'thumbtack', 'lighter', 'box cutter', 'fork', 'eraser', 'staple', 'wire brush', 'pumice', 'screw')}(?! (?:for|to (?:draw|take|get|check|give)) (?:blood|bloodwork|labs|a test|tests|my shot|the shot|a shot|insulin|the iv|an iv|the vaccine|a vaccine|my meds|medicine))|${words('needle', 'pin', 'safety pin', 'sandpaper', 'steel wool', 'eraser', 'blade', 'razor', 'box cutter', 'broken glass', 'shard', 'wire brush')} ${gap(10)}(?:going|go|goes|went|digging|scraping|rubbing|sanding|scratching|picking) (?:at |into )?${ON_BODY} (?:with|w) (?:it|them)|(?:stab|stabs|stabbing|stabbed|jab|jabs|jabbing|jabbed) ${ON_BODY} (?:with|w) (?:a|the|my|her|his|some|an) |(?:opened|open|opening|opens) (?:up |open )?${ON_BODY} (?:up |open )?(?:with|w) (?:a |the |my |her |his )?(?:blade|razor|razor blade|knife|box cutter|exacto|scissors|glass|shard|utility knife)`,
    examples: ['been digging at my arms with a needle', 'got sandpaper and im going at my forearm with it again', 'opened up my leg with a blade in the work bathroom'],
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
      String.raw`(?:hold|holds|holding|held|push|pushes|pushing|pushed|keep|keeps|keeping|kept) (?:my |the |our |her |his )?(?:baby|infant|newborn|son|daughter|kid|child|toddler|little one) (?:[^ ]{1,24} )?(?:under|underwater)\b(?! (?:the (?:warm |running |cold )?(?:tap|faucet|sink|shower|spray|blanket|blankets|covers|sun|tree|umbrella|arm|arms|chin|stars)|my arm|his arm|her arm)\b)`,
      String.raw`(?:hand|hands|pillow|blanket) (?:over|on) (?:the |my |our )?(?:babys|infants|newborns|sons|daughters|kids|toddlers|little ones) (?:mouth|face|nose)`,
    ].join('|'),
    examples: ['i shook the baby today', 'the baby wont sleep and i wanted to shake her to make her stop crying', 'i keep having thoughts of holding my baby under during bath time', 'put my hand over the babys mouth so she would stop'],
  },
  {
    id: 'en.harm-others.armed-near-them', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game'],
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
      String.raw`(?:know|knows|found out|figured out) (?:exactly )?(?:what (?:car )?(?:he|she|they) drives?|where (?:he|she|they) parks?|when (?:hes|shes|he is|she is|theyre|they are) alone)\b`,
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
    source: String.raw`(?:standing|stood|stand|sitting|sat|hovering|hovered) over (?:her|him|them|my (?:[^ ]{1,24} )?${PEOPLE}) ${gap(10)}(?:with (?:a|the|my) [^ ]{1,24}|dont know what (?:im|i am|ill|i will|i might)|pillow|knife|hammer|bat|gun|thinking about)\b|(?:asleep|sleeping|passed out|knocked out) ${gap(6)}(?:im |i am |been |i was )?(?:standing|stood|hovering|sitting) over (?:her|him|them)\b(?! ${gap(4)}(?:crib|bassinet|peaceful|cute|smiling|so sweet)\b)`,
    examples: ['shes asleep. im standing over her. i dont know what im going to do', 'been standing over my wife while she sleeps thinking about the pillow'],
  },
  {
    id: 'en.harm-others.in-their-drink', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // Slipping something into someone's drink or food to harm them.
    source: String.raw`(?:put|putting|puts|slip|slipping|slipped|drop|dropping|spike|spiking|crush|crushing|mix|mixing) (?:something|stuff|some|a few|pills|a pill|a couple|some of (?:my|his|her) [^ ]{1,24}|a few of (?:my|his|her) [^ ]{1,24}|(?:my|his|her) [^ ]{1,24}) (?:in|into) (?:his|her|their|my [^ ]{1,24}s) (?:drink|coffee|food|beer|tea|soup|dinner|water|juice|wine|plate|bottle)\b(?! (?:for (?:his|her|their) (?:cold|cough|throat|sleep|pain|headache)|to help)\b)`,
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
]);
