/**
 * English crisis lexicon for self-harm and harm to others. Same conventions as patterns.en.ts
 * (sources over normalizeText() output, stable ids, bump `version` in lexiconVersion.ts with every change).
 */
import { STATEMENT, TOPIC, VICTIM, URGE, PEOPLE, WILL } from './fragments.en';
import { anyOf, gap, gapNoNeg, definePatterns } from './pattern';
import type { GuardId } from './guards';

/** STATEMENT, and self-harm or anger told as over ("not something I do anymore"). */
const HARM: readonly GuardId[] = [...STATEMENT, 'history.en.harm-not-anymore'];
/**
 * For harm to others: the core history guard reads "my late wife", "died", "RIP" as the past, but a grievance
 * over a death ("the man who sold my late son the pills") is what drives many threats; a local history guard
 * without the death words stands in for it.
 */
const OTHERS: readonly GuardId[] = [
  'negation', 'history.en.harm-long-ago', 'history.en.harm-not-anymore', 'figurative.en.killing-him-thing',
  'figurative.en.harm-joke', 'figurative.en.harm-hyperbole',
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
);
/**
 * A person (or pet) as the object of a violent verb: the shared VICTIM (written out, without its "my <person>", which
 * the wider "my ... <person>" here already covers: the regex is half the size), plus longer descriptions and groups.
 */
const VICTIM2 = String.raw`(?:him|her|them|em|you|someone|somebody|anyone|anybody|everyone|everybody|people|the (?:guy|man|woman|dude|bitch|bastard|girl|person|people|lady|one) (?:who|that)|(?:that|this) (?:guy|man|woman|dude|bitch|bastard|girl|kid|person|mf|fucker|asshole|idiot)|whoever|(?:my|his|her|our|your|the|that|this|their|those|these|some) (?:[^ ]{1,24} ){0,2}(?:${PEOPLE}|${OTHER_PEOPLE})s?|(?:kids|students|classmates|teachers|cops|people|ppl|everyone|everybody) (?:at|in|from) (?:[^ ]{1,24} )?(?:school|work|class|group|church|the meeting|the party|the office|there))`;
/**
 * Alternation of whole words (each between word boundaries): the required literal of the list is then " hit ",
 * not "hit" (which is in "white"), and it outranks a list of short common words elsewhere in the branch. Used where the list is what a branch's literals come from.
 */
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
  words('pistol', 'piece', 'burner', 'rifle', 'shotgun', 'taser'),
  words('knife', 'knives', 'machete', 'bat', 'crowbar', 'tire iron'),
  words('hammer', 'axe', 'hatchet', 'brass knuckles', 'shank', 'switchblade', 'pipe'),
];
/** All of WEAPON_PARTS, without the closing boundary (it is followed by "s?" for plurals). */
const WEAPON = anyOf(
  'gun', 'guns', 'strap', 'blick', 'blicky', 'glock', 'pistol', 'piece', 'burner', 'rifle', 'shotgun', 'knife', 'knives',
  'machete', 'bat', 'crowbar', 'tire iron', 'hammer', 'axe', 'hatchet', 'brass knuckles', 'shank', 'switchblade', 'taser', 'pipe',
);
/** Weapons that need no article ("knife in my pocket"). */
const CORE_WEAPON = anyOf('gun', 'strap', 'blick', 'blicky', 'glock', 'pistol', 'knife', 'machete', 'shotgun', 'rifle', 'bat', 'crowbar', 'hatchet', 'axe', 'brass knuckles', 'switchblade');
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
    source: String.raw`(?:im|been|started|start|keep|stop|cant stop|urge to|urges to|wanna|want|need|feel like|thinking about|back to|relapsed on|went back to|the urge to) (?:to )?\bcut(?:ting)?(?! (?:back|down|out|off|it|corners|class|school|the|my hair|hair|ties|in|carbs|sugar|weight|loose|up|through|costs|hours|them|him|her|you|people|everyone|ties|contact)\b)(?! (?:my|his|her|their|the|a|an|some|this|that|those|these|our|your) (?!(?:own )?(?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?|forearms?|self|flesh)\b))`,
    examples: ['im cutting again', 'i feel like cutting', 'the urge to cut is so strong', 'i cant stop cutting'],
  },
  {
    id: 'en.self-harm.hurt-myself', kind: 'self-harm', guards: [...HARM, 'accidental', 'figurative.en.punish-mentally'],
    source: String.raw`(?:hurt|hurted|hurting|hurts|harm|harming|injure|injuring|punish|punishing|burn|burning|burned|burnt|punch|punching|hit|hitting|scratch|scratching|starve|starving|carve|carving|bite|biting) myself`,
    examples: ['I want to hurt myself', 'I hurt myself on purpose', 'I keep burning myself', 'I punch myself when I am angry', 'ive been starving myself', 'I want to hurt my self so bad'],
  },
  {
    id: 'en.self-harm.hurting-themself', kind: 'self-harm', guards: [...HARM, 'accidental'],
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
    source: String.raw`(?:take|taking|took|break|breaking|broke|smash|smashing|smashed|unscrew|unscrewing|unscrewed|pull|pulling|pulled|pry|prying|pried|crack|cracking|cracked) (?:apart |open )?(?:a |the |my |another |her |his )?(?:pencil )?sharpeners?(?: apart| open)?|blades? (?:taken |took |pulled |removed |popped )?(?:out of|from) (?:a |the |my |her |his )?(?:pencil )?sharpeners?|sharpener blades?|(?:box|pack|packet|stash|bag|bunch|tin|collection|drawer full|pile) of (?:razor )?(?:blades|razors)|(?:razor )?blades? (?:taped |hidden |stashed |tucked |stuck )?(?:under|in|inside|behind|to|into) (?:my|the|her|his) (?:bed|mattress|wallet|purse|drawer|room|pillow|phone case|pencil case|backpack|bag|pocket|sock|shoe|closet|desk)|(?:keep|kept|keeps|carry|carrying|carries|hide|hid|hiding|hides|stash|stashed|stashing|stashes) (?:a |my |the |some |her |his )?(?:razor blades?|blades)|(?:urge|urges|wanna|want|need|needa|gonna|about to|bout to|tempted|itching|craving|crave|dying) (?:to )?(?:go )?(?:grab|get|use|pick up|reach for|hold) (?:a |the |my |her |his |some )?(?:blade|blades|razor blade|razor blades)|(?:box cutter|exacto|x acto|razor|knife|blade|scissors|lighter) ${gap(10)}(?:use|using|used) (?:it|them) (?:on|to|against|across) ${ON_BODY}|(?:use|using|used|take|took|taking|put|putting) (?:a |the |my |her |his |[^ ]{1,24}s )?(?:box cutter|exacto knife|razor|razor blade|knife|blade|scissors|lighter) (?:on|to|against|across) ${ON_BODY}|(?:craving|crave|craves|wanting|needing|miss|missing|itching for|dying for) (?:a |the |my )?(?:blade|blades|razor blade|razor blades)|(?:moved|moving|move|switched|switching|went|gone|going|graduated|upgraded|progressed|back) (?:on |up |over |back )?to (?:the |a |my |using (?:a |the )?)?(?:knife|knives|blade|blades|razor|razors|lighter|scissors)|(?:razor|razors|blade|blades) ${gap(6)}just in case|${words('scissors', 'razor', 'razors', 'box cutter', 'shard', 'shards', 'broken glass')} (?:hidden |stashed |taped |tucked |i keep |i hide )?(?:under|in|inside|behind) (?:my|her|his) (?:pillow|mattress|pillowcase|phone case|sock|socks|shoe|bra)\b(?! (?:drawer|box|rack)\b)|(?:hide|hiding|hid|hides|cover|covering|covers) (?:up )?(?:my|the|her|his|their) (?:fresh |new |latest )?(?:cuts|wounds|burns|slashes)\b|(?:hide|hiding|hid|cover|covering) (?:up )?(?:my|her|his|their) (?:arms|wrists|thighs|legs|forearms|stomach) ${gap(8)}(?:cuts|wounds|burns|marks)\b|(?:long sleeves|sleeves|hoodies?|bracelets|band ?aids|bandages|sweatshirts?) ${gap(6)}(?:hide|hiding|cover|covering|so no one sees|so nobody sees) (?:up )?(?:the |my |her |his |all the )?(?:cuts|wounds|burns|marks|fresh ones|new ones)\b|(?:went|gone|go|going) (?:too|way too) far with (?:the|my|a) (?:razor|blade|knife|lighter|scissors|box cutter)|(?:blade|blades|razor|razors|box cutter) (?:when|whenever|if|once) (?:it|things|stuff|life|the urges?|my head|i|everything) (?:gets?|get|feel|feels|is|are) (?:really |that |too |so )?(?:bad|worse|rough|hard|heavy|dark|overwhelming|too much|loud)`,
    examples: ['i broke open a pencil sharpener tonight', 'i keep razor blades in my pencil case', 'the urge to grab a blade is so strong', 'the hair tie stopped working so i switched to the blade', 'found blades hidden in her mattress'],
  },
  {
    id: 'en.self-harm.body-damage', kind: 'self-harm', guards: [...HARM, 'accidental', 'figurative.en.harm-sport', 'figurative.en.itch'],
    // Head banging, biting, punching walls, scratching raw, striking oneself: until it bleeds/bruises, on purpose.
    source: String.raw`(?:bang|bangs|banging|hits|hitting|slam|slams|slamming|smash|smashes|smashing|bash|bashes|bashing|knocking|beating) (?:my|his|her|their) (?:own )?head (?:on|against|into|off|onto) |(?:hit|bang|slam|smash|bash) (?:my|his|her|their) (?:own )?head against |(?:banged|hit|slammed|smashed|bashed|knocked) (?:my|his|her|their) (?:own )?head ${gap(6)}(?:on purpose|over and over|again and again|repeatedly|til|till|until|so hard|to (?:stop|shut|feel|make)|bc i hate|because i hate)|(?:punch|punching|punched|punches|hit|hitting|hits|bang|banging|banged|bangs|slam|slamming|slammed|scratch|scratching|scratched|scratches|pick|picking|picked|bite|biting|bit|bites|pull|pulling|pulled|rub|rubbing|rubbed|scrub|scrubbing|scrubbed|squeeze|squeezing|pinch|pinching|pinched|dig|digging|dug|strike|striking|struck|slap|slapping|slapped|smack|smacking|smacked|claw|clawing|clawed) ${gap(6)}${words('until', 'til', 'till', 'untill', 'so hard', 'hard enough')} ${gap(3)}(?:bleed|bleeds|bled|bleeding|blood|split|splits|bruise|bruised|bruises|bruising|raw|broke|break|breaks|cracked|swell|swells|swelling|swelled|swollen|numb|saw stars|see stars|seeing stars|pass out|passed out|black out|blacked out|scar|scars|marks|purple|bloody|welts?)|(?:scratch|scratches|scratching|scratched|scrub|scrubs|scrubbing|scrubbed|rub|rubbing|rubbed|pick|picking|picked|peel|peeling|peeled|claw|clawing|clawed) (?:at )?${ON_BODY} raw|(?:hit|hits|hitting|punch|punches|punching|punched|slap|slaps|slapping|slapped|smack|smacks|smacking|smacked|strike|strikes|striking|struck|whip|whipping|whipped|bruise|bruising|bruised|scald|scalds|scalding|scalded|choke|choking|choked|claw|clawing|clawed) (?:myself|himself|herself|themselves|themself)(?! up\b)`,
    examples: ['i keep banging my head against the door', 'slammed my head into the wall over and over', 'bit my hand until it bled', 'she scratches her arms raw when shes coming down', 'he keeps punching himself in the face', 'punched the brick wall til my knuckles split open'],
  },
  {
    id: 'en.self-harm.burn-pierce', kind: 'self-harm', guards: [...HARM, 'accidental'],
    // Burning with a cigarette, lighter, iron, stove; sharp things pushed into the body; carving; "on purpose".
    source: String.raw`(?:put|putting|puts|stub|stubbed|stubbing|stubs|press|pressed|pressing|hold|holding|held|touch|touching|touched) (?:a |my |the |out |some )?(?:lit |hot |burning )?(?:cig|cigs|cigarette|cigarettes|smoke|joint|blunt|lighter|iron|curling iron|flat iron|straightener|hair straightener|spoon|knife|candle|match|matches|lighter|metal|coin|key) (?:out )?(?:on|to|against|into|onto|under) ${ON_BODY}|(?:put|putting|hold|holding|held|press|pressing|pressed|stick|sticking|stuck|lay|laying|laid) (?:my|his|her|their) (?:hand|hands|arm|arms|palm|palms|finger|fingers|fingertips|wrist|wrists|leg|skin) (?:on|onto|in|into|over|under|against|to) (?:the |a )?(?:stove|burner|hob|hot plate|flame|fire|candle|lighter|iron|oven|boiling water|kettle|grill|heater|radiator|stovetop|stove top)|(?:dig|digs|digging|dug|jab|jabs|jabbing|jabbed|stick|sticking|stuck|push|pushing|pushed|press|pressing|pressed|stab|stabbing|stabbed|poke|poking|poked|drag|dragging|dragged|scrape|scraping|scraped|run|running|ran) (?:the |a |my |her |his |some )?(?:piece of |bit of |shard of |chunk of )?${words('pin', 'pins', 'safety pin', 'safety pins', 'nail', 'nails', 'fingernails', 'knife', 'blade', 'razor', 'scissors', 'compass', 'paperclip', 'paper clip', 'glass', 'broken glass', 'shard', 'shards', 'thumbtack', 'tack', 'sharp', 'sharpie cap')} (?:into|in|through|across|along|over|down|up) ${ON_BODY}|needles? ${gap(4)}(?:with nothing in it|empty|just for the pain|for the pain|to feel (?:it|something|the pain))|carv(?:e|ed|es|ing) ${gap(4)}(?:into|in|on) ${ON_BODY}|(?:cut|cutting|burn|burning|burned|burnt|hit|hitting|scald|scalded|scalding|starve|starved|starving|bruise|bruised|hurt|hurting|injure|injured|bit|bite|biting|broke|break|breaking) (?:myself|himself|herself|themselves|my (?:own )?[^ ]{1,24}) ${gap(4)}(?:on purpose|deliberately|intentionally|purposely|purposefully)|(?:havent|hasnt|not|didnt|stopped|stop|refuse to|refusing to|refused to|wont|skip|skipped|skipping|skips) (?:eaten|eating|eat|eaten anything|meals|food|breakfast|lunch|dinner) ${gap(5)}(?:on purpose|to punish|as punishment|because i deserve|bc i deserve|cuz i deserve)`,
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
    source: String.raw`beat (?:the )?(?:hell|shit|crap|fuck|living daylights|snot) out of ${VICTIM}|(?:smash|bash|break|punch|kick|beat|cave|snap|stomp) (?:in )?(?:his|her|their|your) (?:[^ ]+ )?(?:face|head|skull|teeth|jaw|neck)|(?:slash|slashing|slit|slitting|carve up|cut up|cut open) (?:his|her|their|your) ${gap(3)}(?:face|throat|neck)\b|make (?:someone|somebody|him|her|them|people) (?:hurt|suffer|bleed)`,
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
    source: String.raw`shoot(?:ing)? up (?:the|my|a|this|that|our|his|her) ${gap(1)}(?:school|office|work|workplace|job|church|store|mall|place|building|party|club|bar|plant|warehouse|meeting|class)|(?:car|truck|van|suv) (?:into|through|at) ${gap(1)}(?:people|crowd|a crowd|everyone|everybody|pedestrians|them|him|her)|(?:put|putting|slip|slipping|spike|spiking|mix|mixing) (?:some |a few |a little )?(?:something|stuff|poison|rat poison|bleach|antifreeze|pills|drugs) ${gap(1)}(?:in|into) (?:his|her|their|(?:my|our|the) [^ ]+s) (?:drink|food|coffee|beer|cup|plate|meal|soup|tea|water)|(?:that|this) ${words('dude', 'guy', 'man', 'bitch', 'mf', 'fucker', 'asshole', 'bastard', 'punk', 'kid')} ${gap(4)}(?:is|s|gonna be|will be) (?:done|dead|finished|a dead man)(?= \.|$)|(?:hes|shes|theyre|youre) (?:a )?(?:dead man|dead meat)(?= \.|$)`,
    examples: ['thoughts of shooting up the warehouse where i worked', 'i want to drive my truck into a crowd', 'i keep thinking about slipping rat poison into her coffee', 'gonna mix a few pills into my stepmoms tea', 'that guy who robbed me is dead meat, that guy is done'],
  },


  {
    id: 'en.harm-others.slang-threat', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-game'],
    // Street words for killing or hurting someone: smoke, body, cap, slide on, end, off, take out, cut, key.
    source: String.raw`(?:${WILL}|im|ima|and|to|gon|bout to|ready to|tryna) (?:go |just |gon |fuckin |fucking |really |finally )?(?:smoke|body|bodybag|cap|clap|wet|shank|merk|murk|whack|snuff|slump|spin on|slide on|air out|stomp out|curb stomp|pistol whip|stab up|pop) ${VICTIM2}(?! (?:out|off|a|an|some|up|at|in|with|to|home|awake|back|over|down|for)\b)|(?:${WILL}|im|ima|and|to|gon|bout to|ready to|tryna|swear i|then|n) (?:go |just |gon |really |finally )?${words('end', 'ending', 'off', 'offing', 'cut', 'key')} (?:him|her|them|em|that (?:dude|guy|bitch|mf|fool|clown|boy|kid)|this (?:dude|guy|bitch|mf))(?= \.|$| (?:tonight|for good|on god|fr|if|when|and|he|she|they|i|before|like|right now|rn|today|tomorrow|tmrw|next|after|too|myself)\b)|take (?:him|her|them|em|${VICTIM2}) out(?= \.|$| (?:for good|permanently|myself|on god|fr|if|before|first)\b)|finish (?:him|her|them|em) off|finish (?:it|the job|what (?:i|he|she|they) started) with (?:him|her|them)`,
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
    source: String.raw`(?:gets?|getting) what (?:she|he|they) (?:deserves?|has coming|have coming|got coming)(?! (?:in court|from (?:the )?(?:court|judge|law|system)|legally|in the divorce|at work))|(?:he|she|they|hes|shes|theyre|theyll|hell|shell|everyone|everybody|(?:the )?whole (?:office|family|crew|school|class|unit)) (?:all )?(?:is |are |s )?(?:gonna|going to|will|about to) (?:regret|be sorry|pay for)(?= \.|$| that| it| this| when| for| tonight| what)|(?:hes|shes|theyre|he is|she is|they are) about to find out(?= \.|$)|what happens to (?:snitches|rats|people (?:who|that))|(?:in a box|in the ground|six feet under|in a body bag) by (?:tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next)|(?:aint|isnt|is not|not|wont be|wont|aint gonna be) (?:getting|gettin|gonna get|get) (?:back )?up(?= \.|$| again| from)|wont (?:ever )?(?:hurt|touch|bother|hit|rape) (?:anyone|anybody|her|him|them|us|my [^ ]{1,24}) (?:ever )?again (?:after|once|when)|(?:wont|not gonna|will not) make it (?:to|out of|past|out the) (?:the |her |his )?(?:car|door|driveway|street|house)|(?:ill|im gonna|gonna|i will|will) end (?:him|her|them)(?= \.|$| the| when| tonight| for| if| no)|put (?:that|this|him|her) (?:[^ ]{1,24} )?down (?:permanently|for good)|catch(?:ing)? these hands|(?:gonna|going to|will) meet my (?:\d+ gauge|gun|rifle|glock|shotgun|pistol|strap|piece|blade|bat|axe)|make sure (?:nobody|no one) (?:gets|has|sees|keeps) (?:them|her|him|the kids)|(?:wont|cant) (?:be able to )?hold (?:my|me) (?:hands )?back|(?:shes|hes|theyre|she is|he is) getting (?:cut|stabbed|shot|hurt|beat|jumped|smoked|popped)(?= \.|$| when| if| tonight| next| the)`,
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
    source: eachOf(WEAPON_PARTS, (w) => String.raw`${w} ${gap(6)}(?:\. )?(?:and )?(?:im |i am )?(?:waiting for (?:him|her|them|that|my|the)|(?:hes|shes|theyre|he is|she is|they are) (?:on (?:his|her|their) way|asleep|sleeping|coming (?:home|back|over))|(?:when|till|until|once) (?:he|she|they) (?:gets?|comes?|walks?) (?:home|back|in|here))`),
    examples: ["gun in my lap and he's on his way home", 'knife in my hand and he is asleep', 'i have the bat by the door, waiting for him to get back'],
  },
  {
    id: 'en.harm-others.grievance-hunt', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.harm-sport', 'figurative.en.harm-game', 'figurative.en.report-them'],
    // Going after the person who wronged one: "find the guy who sold my son", "hunt him down".
    source: String.raw`${URGE} (?:go )?${words('find', 'hunt down', 'go after', 'handle', 'jump', 'deal with', 'catch', 'pull up on', 'run up on', 'ride on')} ${GRIEVANCE}|${URGE} (?:go )?(?:get|see) ${GRIEVANCE}|hunt(?:ing|ed|s)? (?:down )?${VICTIM2}|hunt (?:him|her|them) down|(?:take|taking|took) care of ${GRIEVANCE_STRONG}|(?:get|getting) (?:back at|even with) ${GRIEVANCE_STRONG}|settle (?:the score|things|it|up) with ${GRIEVANCE_STRONG}`,
    examples: ["gonna go find the guy who robbed my mom", "my brother is hunting down the dealer who sold her that stuff"],
  },
  {
    id: 'en.harm-others.lethal-acts', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.media'],
    // How someone would be killed or badly hurt: smothered, pushed down stairs, run over, burned in a house, "in the ground".
    source: String.raw`(?:knife|blade|gun|pistol|strap|glock|razor|box cutter|screwdriver) (?:to|against|at|on) (?:his|her|their|(?:my|the) [^ ]{1,24}s) (?:throat|neck|head|temple|chest)|(?:throw|throwing|threw|toss|tossing|pour|pouring|splash|splashing) (?:some )?(?:acid|bleach|boiling water|hot oil|hot grease|hot water|lye|drain cleaner) (?:in|on|at|onto|into|over) (?:his|her|their|your|(?:my|the) [^ ]{1,24}s) (?:face|eyes|head|body)|(?:hold|holding|held|push|pushing|keep|keeping) (?:the baby|my baby|the babys head|his head|her head|(?:my|the) (?:son|daughter|newborn|infant|toddler|kid)) (?:under (?:the )?${words('water')}|underwater)(?= \.|$| (?:until|till|til|and|so|for)\b)|my (?:hands|hand|fingers|belt|rope|cord) (?:around|round) (?:his|her|their|(?:my|the|that) (?:[^ ]{1,24} )?[^ ]{1,24}s) (?:neck|throat)|(?:pillow|plastic bag|bag|towel|blanket|hand|hands) over (?:his|her|their|the babys|the baby|(?:my|our|his|her) (?:[^ ]{1,24} )?[^ ]{1,24}s|[^ ]{1,24}s) (?:face|mouth|nose|head)|(?:push|pushing|pushed|pushes|shove|shoving|shoved|throw|throwing|threw|toss|tossing|tossed|drop|dropping|dropped|dangle|dangling|slam|slamming|slammed|smash|smashing|smashed) ${VICTIM2} (?:down|off|out of|out|over|from|through|against|into|onto|on) (?:the |a |her |his |their |my )?(?:stairs|staircase|steps|balcony|roof|bridge|cliff|window|ledge|railing|moving car|wall|walls|floor|ground|crib|concrete|table|counter|pavement)|(?:fist|fists|hand|knife|bat|brick|hammer|bottle|bullet|bullets|blade) (?:through|into|in|thru) (?:his|her|their|your|(?:my|his|her|our) (?:[^ ]{1,24} )?[^ ]{1,24}s|[^ ]{1,24}s) (?:face|head|skull|chest|teeth|throat|neck|gut|back)`,
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
    source: String.raw`(?:voices?|god|satan|the devil|demons?|the thoughts|my head|my brain) ${gap(4)}(?:tell|tells|telling|told|want|wants|wanting|command\w*|order\w*|keep saying|say|says) (?:me )?(?:to )?(?:hurt|harm|kill|stab|attack|shoot|poison|strangle|choke|drown|smother|burn) ${VICTIM2}`,
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
    source: String.raw`dont trust myself (?:around|with|near|alone with) ${VICTIM2}|(?:afraid|scared|terrified|worried|nervous) (?:to be|of being|being|to stay) alone with ${VICTIM2}|what (?:i|im) (?:might|could|would|will|am gonna|m gonna|may|gonna|about to|bout to|am about to|wanna|really wanna|plan to|planning to|am planning to) do to ${VICTIM2}|(?:imagin\w*|picture|pictures|picturing|pictured|visions? of|images? of|flashes of|thoughts of) (?:the |my |our )?(?:baby|babies|newborn|infant|son|daughter|toddler) (?:drowning|dying|dead|suffocating|choking|bleeding|falling|getting hurt)(?: ${gap(3)}(?:because of me|by me|my fault|my hands|i did))|dont trust myself not to (?:hurt|kill|hit|attack|strangle|shake|choke) |(?:outside|near|in front of|across from|down the street from|parked (?:outside|at|by)) ${gap(3)}(?:house|place|apartment|work|job|door|school|building) ${gap(8)}(?:dont|cant|do not) trust myself`,
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
    source: String.raw`(?:he|she|they|hes|shes|theyre) (?:is |are )?(?:wont|will not|not gonna|aint gonna|isnt gonna|arent gonna|not) (?:gonna )?like what (?:im gonna do|im about to do|i do to (?:him|her|them)|ill do to (?:him|her|them)|i will do to (?:him|her|them))|(?:somebody|someone|people|ppl|sb) (?:is|are|s|gonna|will|about to|bout to|is gonna|is about to) (?:get|getting|be getting) (?:hurt|shot|stabbed|killed|smoked|bodied|popped|jumped|dropped)(?! (?:if (?:they|you|we|nobody|no one|someone|somebody|people) (?:dont|doesnt|do not|never|keep|leave|arent)|on (?:that|those|the|this))\b)|(?:is|are|s) (?:about to|bout to|gonna) get (?:hurt|shot|stabbed|smoked|bodied|popped|jumped|dropped)(?= \.|$| (?:tonight|right now|rn|on god|fr|for real)\b)|(?:hes|shes|theyre|youre|he|she|they|you) (?:is |are )?(?:not|aint|wont|never) (?:gonna )?(?:walk|walking|be walking) away(?= \.|$| (?:from (?:this|it|that) alive|this time|tonight|alive)\b)|(?:wont|not gonna|aint gonna|never gonna) (?:make it|get|go|going) (?:out|home|back) alive|(?:is|s|are|hes|shes|theyre|youre|so) (?:so |fucking |fkn |already |gonna be |bout to be )?dead (?:when|once|the second|the minute|the moment|as soon as|next time|if) (?:i|we|my boys) (?:see|find|catch|get|run into|lay eyes on) (?:him|her|them|em|you|that|this|the|his|her)\b`,
    examples: ["if they come near my son somebody is getting hurt", "her new boyfriend is about to get hurt.", "he is dead the second i see him", "hes not walking away this time"],
  },
  {
    id: 'en.harm-others.street-moves', kind: 'harm-others', guards: OTHERS,
    // Ambush and beat-down slang: catch him lacking, run up on him, fuck him up, wet him up; wanting to see someone bleed.
    source: String.raw`catch(?:ing)? (?:him|her|them|em|${VICTIM2}) (?:lacking|lackin|slipping|slippin)(?! on\b)|run(?:ning)? up on (?:him|her|them|em|${VICTIM2})|(?:${WILL}|im|ima|and|gon|bout to|tryna|then) (?:go |just |really )?${words('fuck', 'fck', 'mess', 'wet', 'light', 'shoot', 'stab', 'cut', 'tear', 'bust', 'jack', 'rough')} (?:him|her|them|em|that [^ ]{1,24}|this [^ ]{1,24}) up\b|(?:${WILL}|im|ima|and|gon|bout to|tryna|then) (?:go |just |really )?\bfk (?:him|her|them|em|that [^ ]{1,24}|this [^ ]{1,24}) up\b|(?:wanna|want|need|gonna|going|gotta|love to|like to|cant wait to) (?:to )?(?:see|watch|make) (?:him|her|them|em|${VICTIM2}) ${words('bleed', 'suffer', 'beg', 'scream', 'die')}\b`,
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
    source: String.raw`homicidal\w*|(?:violent|murderous) (?:thoughts|urges|fantasies|impulses|ideas|feelings)|(?:thoughts|urges|fantasies|ideas) (?:of|about) (?:murder|murdering|killing people|killing someone|killing somebody|violence|hurting people|mass shootings?|(?:hurting|harming|killing) (?:others|other people|somebody|someone|anyone))|(?:go|going|gonna go|wanna go|want to go|about to go) on a (?:rampage|spree)|(?:killing|shooting|stabbing) spree|(?:${URGE}|(?:afraid|scared|terrified|worried) (?:im|i am|i will|ill|i might) (?:gonna )?) ${gap(2)}do something (?:bad |terrible |awful |stupid |crazy |horrible )?to ${VICTIM2}|(?:wont|will not|not gonna|aint gonna|never gonna|isnt gonna) live to see (?:tomorrow|sunrise|another day|the morning)`,
    examples: ['i have homicidal thoughts', 'having violent thoughts about my coworkers', 'i want to go on a rampage', "I'm afraid I'm going to do something to my husband", "he won't live to see tomorrow"],
  },
  {
    id: 'en.harm-others.never-again', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Taking it into one's own hands: "make sure he never hurts anyone again".
    source: String.raw`make sure (?:he|she|they|that [^ ]{1,24}) (?:never|wont|cant|will never|can never) (?:hurts?|touch|touches|hits?|breathes?|walks?|wakes? up|comes? near|bothers?) ${gap(2)}(?:again|anyone|anybody|her|him|them|my|another)`,
    examples: ["I'm going to make sure he never hurts anyone again"],
  },
  {
    id: 'en.harm-others.staking-out', kind: 'harm-others', guards: [...OTHERS, 'figurative.en.report-them'],
    // Waiting outside someone's home or work with a weapon or a grievance: "sitting outside his house, he knows what he did".
    source: String.raw`(?:outside|across from|across the street from|in front of|down the street from|parked (?:at|by|near)) ${TARGET_PLACE} ${gap(18)}(?:(?:with |w )?(?:the |my |a )?${WEAPON}\b|(?:knows?|knowing) (?:what|wat) (?:he|she|they) (?:did|done)|(?:gonna|will|finna|about to|bout to) (?:learn|pay|regret)|talk me down|stop me|dont trust myself|(?:it|this) (?:ends|is ending) tonight|end this tonight|(?:its|it is|this is|thats) (?:not|aint) (?:gonna|going to) (?:be|end) (?:good|pretty|well)|(?:idk|dont know|do not know|not sure) what (?:im|i am|ill|i will) (?:gonna |going to )?do (?:to|when|if|but)|before i do something)`,
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
    source: String.raw`(?:put|have|got|take|took|placed|paid for|pay for) a hit (?:out )?on (?:him|her|them|em|(?:my|his|her|that|this) (?:${PEOPLE}|${OTHER_PEOPLE}))\b|(?:pay|paid|paying|hire|hired|hiring) (?:somebody|someone|a guy|a dude|some guys|people|my boys|my cousin) ${gap(2)}to (?:kill|hurt|beat up|jump|off|smoke|shoot|stab|rough up|break (?:his|her) legs) (?:him|her|them|em|(?:my|his|her|that|this) (?:${PEOPLE}|${OTHER_PEOPLE}))\b|(?:a hitman|a hit man|hitmen)|sharpen\w* (?:my|the|a|his|her) (?:knife|knives|machete|blade|axe|hatchet) ${gap(4)}(?:thinking (?:about|of)|for|waiting for|picturing) (?:him|her|them|em|that [^ ]{1,24})(?= \.|$| (?:and|tonight|again|when|who|because|bc)\b)|(?:ram|ramming|rammed|run|running|ran|drive|driving|drove|crash|crashing|crashed|smash|smashing|smashed) (?:my )?(?:car|truck|van|suv|jeep) (?:into|through) (?:his|hers|theirs|him|her|them|(?:his|her|their) (?:car|truck|van|house|door))(?= \.|$| )|(?:following|stalking|watching|tracking|tailing|followed|watched) (?:him|her|them|that [^ ]{1,24}|my [^ ]{1,24}) ${gap(6)}(?:tonight is the night|tonight its happening|it (?:ends|happens) tonight|tonight (?:im|i am|i will|ill) (?:do|doing|end|finish|make|get|handle))`,
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
]);
