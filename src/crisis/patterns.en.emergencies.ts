/**
 * English crisis lexicon for emergencies happening now: an overdose, a medical emergency, abuse or
 * danger. Same conventions as patterns.en.ts (sources over normalizeText() output, stable ids, bump
 * `version` in lexiconVersion.ts with every change).
 */
import { STATEMENT, TOPIC, NOW, PEOPLE, THEY, WILL, PILLS } from './fragments.en';
import { anyOf, definePatterns, gap, gapNoNeg, topLevelAlternatives } from './pattern';

// ---- local fragments (emergencies only) --------------------------------------------------------
/** Street and prescription drugs, by the names people use for them. */
const DRUGS = anyOf(
  'fent', 'fentanyl', 'fetty', 'blues?', 'tranq', 'xylazine', 'dope', 'heroin', 'molly', 'mdma', 'caps', 'percs?', 'perc30s?',
  'm30s?', 'oxys?', 'oxy', 'xans?', 'xanax', 'xanny', 'bars', 'lean', 'robitussing?', 'tussing?', 'dxm', 'cough syrup', 'nyquil', 'benadryl',
  'gabapentin', 'gabbies', 'klonopin', 'kpins', 'benzos?', 'coke', 'cocaine', 'meth', 'crack', 'ketamine', 'speedball',
  'edibles', 'gummies', 'subs', 'suboxone', 'methadone', 'shard', 'dab', 'dabs', 'wax', 'carts?', 'line', 'lines', 'bump', 'bumps',
  'rail', 'k(?! ?cups?)', 'special k', 'ket', 'g', 'ghb', 'antidepressants', 'ambien', 'seroquel', 'trazodone', 'tramadol', 'norco', 'vicodin', 'dilaudid', 'morphine', 'opana', 'lyrica', 'soma', 'ghb', 'pcp', 'k2', 'spice', 'flakka', 'kratom', 'powder', 'sleeping pills', 'adderall', 'ativan', 'valium', 'opioids?', 'opiates?', 'tabs', 'acid', 'shrooms',
  'clonidine', 'propranolol', 'metoprolol', 'lithium', 'wellbutrin', 'lamictal', 'zoloft', 'prozac', 'clozapine', 'zyprexa', 'abilify',
  'hydroxyzine', 'baclofen', 'flexeril', 'amitriptyline',
  // What professionals divert: hospital and pharmacy names, vials and waste.
  'lorazepam', 'midazolam', 'versed', 'propofol', 'zolpidem', 'hydromorphone', 'diazepam', 'alprazolam', 'clonazepam', 'temazepam',
  'oxycodone', 'hydrocodone', 'sufentanil', 'remifentanil', 'vials?', 'the waste',
);
/** Pills and doses, as counted or emptied: "all my X", "10 of my X". */
const DOSES = anyOf(PILLS, 'antidepressants', 'gabapentin', 'klonopin', 'subs', 'caps', 'capsules', 'molly', 'xans', 'perc', 'edibles',
  'gummies', 'sleeping pills', 'benadryl', 'nyquil', 'blues', 'doses', 'ativan', 'valium', 'adderall', 'antibiotics', 'painkillers',
  'pain pills', 'prescription', 'script', 'ones', 'them', 'those', 'these', 'em',
  // Named medicines of co-occurring conditions (psych, pain, heart, sleep): "took all her tramadol", "all of his lithium".
  'tramadol', 'clonidine', 'wellbutrin', 'bupropion', 'lamictal', 'lamotrigine', 'depakote', 'zoloft', 'sertraline', 'prozac', 'fluoxetine',
  'lexapro', 'effexor', 'amitriptyline', 'elavil', 'clozapine', 'zyprexa', 'olanzapine', 'abilify', 'risperdal', 'hydroxyzine', 'vistaril',
  'buspar', 'buspirone', 'propranolol', 'metoprolol', 'baclofen', 'flexeril', 'cyclobenzaprine', 'muscle relaxers', 'heart pills',
  'blood pressure pills', 'water pills', 'prazosin', 'topamax', 'neurontin', 'lyrica', 'soma', 'sleep aids', 'oxycodone', 'hydrocodone',
  'take homes?', 'take home doses', 'take home bottles');
/** Taking a drug: "did a line", "shot up", "smoked a pill i think was laced", "used my old amount". */
const INTAKE = String.raw`(?:(?:took|taken|take|popped|smoked|snorted|railed|shot|slammed|banged|did|done|doing|dabbed|pushed|drew up|drawn up|put on|stuck on|slapped on|applied) ${gap(5)}(?:${DRUGS}|patch|patches)|(?:took|did|used|pushed|shot|drank|popped) (?:my |the |his |her )?(?:usual|normal|regular) (?:dose |amount |shot )?(?:plus|and|on top of|with|then|and then) (?:some |a little |a lot |way )?(?:extra|more|what|another|the|a|an)|(?:${DRUGS}) (?:[^ ]{1,24} ){0,4}(?:and|then|n|and then) (?:took|pushed|shot|injected|used|swallowed|snorted|popped) (?:it|them|some|all of it|the rest)|(?:[2-9]|\d{2}|two|three|four|five|six|multiple|several|extra) (?:fent(?:anyl)? |pain |duragesic |morphine )?patches|(?:xanax|xans?|bars|benzos?|klonopin|kpins|ativan|lorazepam|valium|ambien|zolpidem|seroquel|percs?|oxys?|pills|gabapentin|methadone) (?:and|with|w|n|plus|on top of) (?:a |some |the |half a |a few |a couple |a couple of |two |three |four |like )?(?:wine|vodka|beer|beers|liquor|whiskey|tequila|drinks|booze|alcohol|lean|henny)|(?:ate|swallowed|drank|used|mixed|hit|sniffed|dropped|chewed|sucked on|licked|vaped|injected) ${gap(5)}(?:${DRUGS}|patch|patches)|(?:mix|mixing|mixin|mixn|combined|combining|stacked|stacking) ${gap(4)}(?:bars|xans?|xanax|xannies|benzos?|klonopin|kpins|ativan|valium|lean|percs?|oxys?|fent|fentanyl|dope|heroin|methadone|subs|suboxone|gabbies|gabapentin|pills|meds|molly|coke|alcohol|liquor|henny|vodka|drank|seroquel|ambien|tramadol|opioids?|ghb|ketamine|tranq|blues)|(?:took|popped|ate|swallowed) (?:some|a few|random|two|three|\d+|a couple|these|those|a bunch of) (?:[^ ]{1,24} )?(?:pills|tabs|tablets|capsules|caps)|(?:took|popped|ate|swallowed|chewed) (?:some|a few|two|three|four|\d+|a couple|one|half|both) of (?:the|those|these|his|her|my|their) (?:[^ ]{1,24} )?(?:pills|tabs|tablets|capsules|caps|gummies|edibles|bars|blues|percs|xans)|(?:took|smoked|snorted|popped|swallowed) something(?! (?:for (?:my|his|her|the|a) |to (?:help|sleep|calm)|from (?:the|a) (?:doctor|pharmacy|store)))|(?:idk|i dont know|dont know|do not know|no idea|not sure|dunno|who knows) what (?:was|is|were|was really|they put|he put|she put|somebody put|someone put) in (?:that|the|this|those|these|my|his|her|their) (?:[^ ]{1,24} )?(?:pill|pills|bag|baggie|line|bump|vape|cart|pen|joint|blunt|gummy|gummies|edible|edibles|tab|tabs|powder|stuff|batch|bar|bars|blue|blues|perc|percs|shot|rig|point|dab|hit|press|capsule|capsules)|(?:idk|i dont know|dont know|do not know|no idea|not sure|dunno|who knows) what (?:he|she|they|someone|somebody|the guy|that guy|the dude|this guy|the plug|my plug|the girl) (?:gave|sold|handed|slipped|passed|cut it with|cut that with|mixed it with|laced it with|put in it|put in (?:my|his|her) (?:pill|line|bag|vape|cart|joint|blunt))(?! (?:me |him |her |us |them )?(?:for|to) )|shot up|shooting up|speedball|(?:took|hit|smoked|did|had|tried) (?:a |one |another )?(?:hit|bump|line|puff|drag|pull|dab|tab) (?:of|off) (?:something|whatever|some|that|a|his|her|their)|rolling (?:on (?:molly|mdma|x|e|beans)|balls|face|hard)|rolling (?:at|in) (?:a |the )?(?:party|rave|festival|show|concert|club)|laced (?:with|w)|overdid it|overdone it|overd(?:id|one) (?:it on |on )?(?:the |my |that |those |some )?(?:[^ ]{1,24} )?${DRUGS}|(?:percs|percocets|bars|xans|oxys|blues|m30s|pills|beans|addys|it|they|those|them|that) (?:werent|wasnt|were not|was not|arent|isnt|aint) (?:real|legit|what (?:i|he|she|they|we) (?:thought|paid for|was told)|what they said|the real thing)|pressed (?:percs?|percocets?|pills?|bars?|blues?|oxys?|m30s?|xans?|footballs?|adderall|addys?)|(?:werent|wasnt|were not|was not|arent|isnt|aint) (?:real |really |actually |legit |just |even )?(?:percs|percocets|bars|xans|oxys|blues|m30s|pills|molly|addys|adderall)|(?:dont think|doubt|not sure|no way|idk if|dunno if) (?:that|it|this|the [^ ]{1,24}|those|these) (?:was|is|were) (?:just |only |real |regular |straight )?(?:${DRUGS})|(?:gave|handed|sold|passed|slipped) (?:me|him|her|them) (?:a |some |half a |another |his |her )?(?:line|bump|pill|hit|shot|tab|bar|perc|blue|something|key|dab)|(?:somebody|someone|some (?:guy|girl|dude|chick|lady|man)|a (?:guy|girl|dude|stranger|man|woman)|this (?:guy|girl|dude|man|woman)) (?:at (?:the|a|this) [^ ]{1,24} |i (?:just )?met |from [^ ]{1,24} |there )?(?:gave|handed|sold|passed|slipped) (?:me|him|her|them) (?:a |some |half a |another |his |her )?(?:line|bump|pill|hit|shot|tab|bar|perc|blue|something|key|dab)|(?:drinking|drank|chugged|chugging|downed|downing|finished|killed) (?:a |an |the |half a |like a |like |almost a |most of a |a whole |an entire )?(?:fifth|handle|pint of (?:vodka|whiskey|liquor|tequila|rum|gin|everclear)|bottle of (?:vodka|whiskey|liquor|tequila|rum|gin|henny|jack|everclear)|(?:\d+|ten|twelve|fifteen|twenty) shots)(?! (?:a|every|each|per|most|some) (?:day|night|week|weekend|morning)s?\b)|(?:way|waay|waaay|wayyy|much|so) too (?:high|fucked up|messed up|geeked|faded|zooted|gone)|(?:he|she|they|i|we) (?:just )?used(?! to)|did (?:a|another|two|2) (?:bag|bags|bun|bundle|point|shot|hit|fat line|fat one)|snorted something|(?:ate|took|smoked|popped) (?:an? )?(?:edible|gummy|pill|tab|blue|bar|perc) (?:then|and then|and|n) another|drank ${gap(3)}(?:vodka|whiskey|liquor|henny|tequila|rum|gin|beer|wine) (?:and|then|n) (?:took|popped|smoked|snorted|ate)|(?:im|i am|hes|shes|were|theyre) (?:so |way too |too |super |really |hella |mad )?(?:high|fucked up|messed up|geeked|zooted|faded|gone|lit)|(?:was|is|were|been|got|mustve been|must have been|had to be) (?:laced|pressed|cut (?:with|w) [^ ]+)|(?:fent|fentanyl|tranq|xylazine)(?<=\b(?:had|has|with) (?:fent|fentanyl|tranq|xylazine)) in (?:it|them)|clean(?<=\bused (?:again )?after ${gap(4)}clean)|(?:jail|prison|rehab|detox|treatment|getting out|being (?:clean|sober|locked up|inside))(?<=\b(?:used|relapsed|shot up|got high|drank) (?:again )?after (?:jail|prison|rehab|detox|treatment|getting out|being (?:clean|sober|locked up|inside)))|(?:days|weeks|months|years) (?:clean|sober|off)(?<=\b(?:used|relapsed|shot up|got high|drank) (?:again )?after (?:\d+|a few|some|two|three|six) (?:days|weeks|months|years) (?:clean|sober|off))|(?:did|took|used|shot|drank|smoked|snorted|popped|dabbed|railed|hit|ate) (?:way |a lot |a little )?(?:more|my old amount|the same amount|too much)|(?:did|took|used|shot|drank|smoked|snorted|popped|railed) (?:the (?:same |full |old )?amount|as much as|what|the dose|the same dose) (?:i|he|she|they|we) (?:used to|did before|always did|did back then)|(?:dont know|idk|not sure|no idea|dunno) how (?:much|many|mch|mutch|muc|mny|meny) (?:i|he|she|they) (?:took|tok|tuk|tooked|did|used|had|smoked|snorted|shot|drank|swallowed|ate|popped)|(?:doubled|tripled) (?:up )?(?:on )?(?:my|the|his|her)|mixed ${gap(3)}(?:with|and|w|n) ${gap(1)}(?:alcohol|wine|vodka|beer|liquor|booze|drinks|henny|whiskey|tequila|rum|lean|pills|xans|bars|${PILLS})|hit (?:the |a |that |my )?(?:pipe|bowl|vape|pen|cart|rig|bong|blunt|foil)|(?:slipped|put|laced|cut|spiked) ${gap(2)}(?:fent|fentanyl|tranq|something|xylazine) (?:in|into) (?:my|his|her|the|our)|${DRUGS} (?:is |was |it )?(?:hitting|hit|hits) ${gap(2)}hard|(?:way|much|a lot|so much) stronger than|got into (?:my|his|her|the|our|their) (?:[^ ]{1,24} )?(?:${DOSES}|stash|bag))`;
/** What a body does when too much was taken: racing heart, tight chest, fading, numb, can't keep eyes open. */
const OD_SYMPTOM = String.raw`(?:chest (?:is |feels )?(?:so |really |rlly |super |very |mad |hella )?(?:tight|hurts?|pounding|pain|heavy|burning)|(?:heart|hearts|heartbeat|heart beat) ${gap(4)}(?:(?:gonna|going to|about to|bout to) stop|stopping|doing (?:weird|funny|crazy|strange) (?:things|stuff|shit)|flipping|flip flopping|all over the place|irregular|racing|pounding|going crazy|going so fast|beating (?:so |really |super |way )?fast|gonna explode|like its gonna explode|skipping|jumping|about to explode|out of my chest|wont slow down|slow|slowing|(?:1[5-9]\d|2\d\d)|beating super fast|beating so fast|fluttering)|(?:cant|couldnt|can not) (?:catch my )?breath\w*|(?:im |i am )?(?:dying|fading|going under|sinking|slipping away|blacking out|passing out|gonna pass out|gonna die)|(?:cant|can not|couldnt|barely|hard to) (?:keep (?:my |his |her |their )?eyes open|walk straight|walk strait|walk right|stay awake|feel my (?:hands|face|legs|arms|body|lips|fingers)|think straight|talk|stand|see straight|see strait|see right|move my)|(?:lips|face|hands|tongue|mouth|body|whole body|legs|arms) (?:feel |feels |are |r |is |going |went |getting )?(?:so |all |really |kinda )?(?:numb|tingling|tingly|limp)|(?:im|i am|hes|shes|and|is|he is|she is) (?:so |really |rlly |super |very |real |hella |mad |kinda )?(?:sleepy|drowsy|floppy|limp)|collapsed|convulsing|(?:eyes|eye) (?:are |r |is )?(?:rolled|rolling|roll) (?:back|up)|fell (?:over|out|down|back)|(?:cold (?:and|n) )?clammy|breathing ${gap(2)}(?:stopping|stops|stopped|slow|weird|funny|shallow)|foaming|freaking out|(?:on|in) the (?:bathroom |kitchen |bedroom )?(?:floor|tub)|not answering|(?:lips|face|skin) (?:are |is |look |looks )?(?:dusky|blue|purple|gr[ae]y|pale)|(?:getting|going|went) (?:dark|black|blurry)|(?:totally |completely |all the way )?out (?:and|n) (?:drooling|not|wont|cant)|drooling|(?:can |could )?barely (?:see|breathe|move|stand|talk|keep|lift|type|hold|walk|hear|stay)|(?:cant|can not|couldnt|barely) (?:hold|lift|keep) (?:my|his|her|their) head up|(?:pinned|pinpoint|tiny) (?:pupils|eyes)|(?:pupils|eyes) (?:are |r |look |looks )?(?:so |really |super )?(?:huge|massive|giant|dilated|blown|like saucers|all black)|(?:pupils|eyes) (?:are |r )?(?:pinned|pinpoint|pinpoints|tiny dots)|(?:keeps? |keep on |started |is |hes |shes |im )?(?:falling asleep|nodding off|nodding out)|slurring|(?:im|i am|feel|feels|feeling|body|everything) (?:so |really |rlly |super |mad |hella |way too |too )?heavy|(?:so |really |super )?(?:nauseous|dizzy)|cant stay (?:up|awake)|(?:room|everything|evrything|everythings|world) (?:is |feels |r |going )?(?:so |really |super )?(?:spinning|going dark|going black|dark|slow|sloow|slooow|far away)|(?:feel|feeling|feels) (?:really |rlly |real |realy |so |super |very |kinda |kind of |pretty |hella |mad |way |too |all )?(?:weird|wrong|heavy|off|sleepy|dizzy|faint|like im dying|like im gonna die|like im sinking|like im going under|like im floating|like im fading|like im drowning|like im suffocating|like im choking)|be this (?:drowsy|sleepy|out of it)|throwing up|throw up|threw up|puking|vomiting|shaking|sweating|burning up|overheating|seizing|twitching|acting crazy|not acting right|out of it|stomach (?:is )?(?:cramping|killing)|(?:im|i am|now im|and im) (?:so |really |rlly )?scared(?! (?:of|to|that|about|for|i|ill|im))|passed out|nodding|out cold|breathing (?:feels |is |getting )?(?:so |really |super |very )?(?:slow|shallow|far away)|(?:typing is|its hard to|hard to) (?:hard|type)|(?:getting|im getting|im|is|feel|feeling) (?:really |so |super |very )?(?:sleepy|drowsy)|(?:vision|eyes) (?:is |are )?(?:tunneling|tunnel vision|going dark|going black|closing in)|(?:hr|heart rate|pulse|heart) (?:has to be|must be|is|at|of|around|like|over) (?:like |over )?(?:1[5-9]\d|2\d\d)|starting to feel (?:it|them|something)|heart (?:is )?doing something (?:weird|funny|strange|wrong|scary)|(?:cant|can not|couldnt) (?:stand|get) up|(?:feels|feel|feeling) (?:really |so |very )?(?:wrong|bad)(?: like)?)`;
/** Took, swallowed … a bottle or a handful. */
const SWALLOWED = String.raw`(?:took|take|taken|swallowed|ate|popped|downed)(?: (?:like|just))?`;
/** Took, swallowed, drank … with a hedge ("like", "about"): the head of an amount taken. */
const TOOK = String.raw`(?:took|taken|take|swallowed|ate|popped|downed|drank|did|used|snorted|smoked|chugged)(?: (?:like|about|maybe|prob|probably|almost|around|over|at least))?`;
/** The ways of taking a drug one by one, for branches that each start with their own words. */
const INTAKES = topLevelAlternatives(INTAKE.slice(3, -1));
/** The same without chest pain: "chest pain after using" is a heart problem (medical-now) more often than an overdose. */
const OD_SYMPTOM_NOT_CHEST = anyOf(...topLevelAlternatives(OD_SYMPTOM.slice(3, -1)).filter((symptom) => !symptom.startsWith('chest')));
/** Someone else as the subject: "he", "my foster mom", "moms bf", "the caregiver", "this guy". */
const WHO = String.raw`(?:he|she|they|hes|shes|theyre|someone|somebody|(?:(?:my|our|his|her|the|this|that|some|a) )?(?:[^ ]{1,24} )?(?:${PEOPLE}|caregiver|guy|guys|dude|woman|pimp|plug|new guy|crew|gang|homies|homeboys|boys|people i owe|guys i owe|ppl|grandson|granddaughter|grandkid|grandchild|caretaker|aide|nurse|foster (?:mom|dad|parent|mother|father))s?)`;
/**
 * `words` said by someone else: the words first, then a look back for the subject (WHO, up to `n` words
 * before, none a negation). Matching the rarer words first keeps a long message cheap.
 */
const saidBy = (n: number, words: string): string => String.raw`(?:${words})(?<=\b${WHO} ${gapNoNeg(n)}(?:${words}))`;
/**
 * `words` with `left` up to `n` words before them: the (rarer) words are matched first, then a look back,
 * so the branch has the distinctive words as its required literal and stays cheap on a long message.
 */
const after = (left: string, n: number, words: string): string => String.raw`(?:${words})(?<=\b${left} ${gap(n)}(?:${words}))`;
/** `words` right after `left` (which ends with its own space or optional words): the words first, then a look back. */
const behind = (left: string, words: string): string => String.raw`(?:${words})(?<=\b${left}(?:${words}))`;
/** Drug and pill nouns specific enough to stand alone in a terse message ("fent. too much"). */
const DRUG_NOUNS = anyOf(
  'pills', 'meds', 'fent', 'fentanyl', 'fetty', 'blues', 'tranq', 'dope', 'heroin', 'molly', 'percs?', 'percocets?', 'm30s?', 'oxys?',
  'xans?', 'xanax', 'bars', 'lean', 'benzos?', 'klonopin', 'coke', 'cocaine', 'meth', 'crack', 'ketamine', 'edibles', 'gummies', 'tabs',
  'tylenol', 'seroquel', 'ambien', 'adderall', 'ativan', 'valium', 'gabapentin', 'tramadol', 'methadone', 'suboxone', 'opioids?', 'painkillers',
);
/** `list` in runs of `size`, for branches whose word lists must stay short enough to give literals. */
const chunks = (list: readonly string[], size: number): string[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));
/** `verbs obj` with THEY up to `n` words before (none a negation): the verb first, then a look back for the subject. */
const byThem = (n: number, verbs: string, obj: string): string => String.raw`(?:${verbs}) ${obj}(?<=\b${THEY} ${gapNoNeg(n)}(?:${verbs}) ${obj})`;
/** After a verb and its object: a game, a message, a meal, "up", "out": not someone hurt. */
const NOT_HURT = String.raw`(?! (?:at|in|to) (?:cards|chess|games?|pool|poker|basketball|a game|the game|it|video games)| up\b(?! against)| out\b| with (?:the |a |an |some |that |this )?(?:news|questions?|schedule|link|info|details|number|list|update|facts|truth|bill|joke|song|idea)\b| to (?:it|the)\b| (?:a|an|some|coffee|food|lunch|dinner|a drink|deeply|so much|emotionally)\b)`;
/** A person hurt: the writer, someone with them, their kids or pets. */
const HURT_WHO = String.raw`(?:me|us|him|her|them|(?:my|his|her|our|their|the) (?:[^ ]{1,24} )?(?:${PEOPLE}|dog|cat|kids|puppy|grandkid|grandson|granddaughter|grandchild|grandbaby|toddler|infant|newborn|little one|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:year|yr|month) old)s?)`;
/** Where someone lies in wait: "outside my house", "at my door", "in front of the school". */
const DOOR = String.raw`(?:(?:my|our|the) (?:[^ ]{1,24} ){0,2}(?:door|window|windows|gate))`;
/** After a weapon: kept, collected or used for sport, not drawn on anyone ("has a gun for hunting", "a knife collection"). */
const NOT_DRAWN = String.raw`(?!s? (?:for (?:hunting|work|protection|sport|the range|fishing|camping|deer season|cooking)|collection|collections|safe|cabinet|case|license|permit|rack|locked up|in (?:a|the|his|her) (?:safe|case|cabinet|closet|gun safe|truck for work)))`;
const PLACE = String.raw`(?:(?:my|our|the) (?:[^ ]{1,24} ){0,2}(?:house|home|apartment|apt|place|door|window|windows|work|job|school|car|building|room|motel|hotel|shelter|porch|yard|backyard|driveway|garage|gate|parking lot|block|street|neighborhood))`;


/** A stop with its time: "day 2 no alcohol", "36 hrs since last drink", "third morning off the bottle", "quit xanax on my own". */
const WITHDRAWAL_TIME = String.raw`(?:(?:day|night|morning) (?:\d{1,2}|one|two|three|four|five) (?:of )?(?:no|off|without|sober|dry|detox|detoxing|clean|since)|(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th)) (?:day|night|morning) (?:off|without|no|sober|dry|of detox|detoxing)|off (?:the )?(?:bottle|booze|alcohol|liquor|drinking|benzos|xanax|xans|bars|klonopin|valium|ativan) (?:since|for|\d|two|three|four|a couple)|last (?:drink|beer|drop|shot|bar|pill|xan|dose|sip)(?<=\b(?:\d+|twelve|twenty four|thirty six|forty eight|seventy two|a few|a couple|two|three) (?:hrs|hours|days) (?:since|from|after) (?:my |his |her |their |the )?last (?:drink|beer|drop|shot|bar|pill|xan|dose|sip))|coming off (?:of )?(?:like |about )?(?:\d+ |a |two |three |four |a few |a couple )?(?:weeks?|days|months?|years?) (?:of )?(?:drinking|benders?|binge|binging|using|benzos|xanax|pills)|coming off (?:a |his |her |my )?(?:bender|binge|run)|(?:quit|stopped|came off|cut off) (?:my |his |her |their |the )?(?:drinking|xanax|xans|benzos|bars|klonopin|valium|ativan|alcohol|the bottle|booze|liquor) (?:cold turkey|on (?:my|his|her|their) own|all at once)|(?:no|without) (?:alcohol|a drink|booze|drinking|a drop) (?:for|since|in) (?:\d+|two|three|four|a couple|a few|(?:mon|tues?|wed(?:nes)?|thurs?|fri|sat(?:ur)?|sun)(?:day)?|yesterday|last)|(?:hasnt|havent|hadnt|has not|have not) (?:had )?(?:a drink|a drop|anything to drink|any alcohol|a beer|a sip|a xan|a bar|any (?:pills|xanax|benzos|bars)|drank|used) (?:since|in|for) (?:\d+|two|three|four|a couple|a few|(?:mon|tues?|wed(?:nes)?|thurs?|fri|sat(?:ur)?|sun)(?:day)?|yesterday|last)|(?:quit|stopped|came off) (?:my |his |her |their |the )?(?:drinking|xanax|xans|benzos|bars|klonopin|valium|ativan|alcohol|booze|liquor) (?:on |since |last )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|(?:\d+|two|three|four|a couple|a few) days ago))`;
const WITHDRAWAL_TIMES = topLevelAlternatives(WITHDRAWAL_TIME.slice(3, -1));
/** A dangerous withdrawal sign: shakes that will not stop, things not there, confusion, a racing heart, numb feet, a fit. */
const WITHDRAWAL_SIGN = String.raw`(?<!\b(?:no|not|without|never|nor|or|any|zero|dont|didnt|havent|hasnt|isnt|arent) )(?:(?:cant|can not|wont|couldnt) stop (?:shaking|trembling|twitching)|(?:shaking|trembling) so (?:bad|hard|much)|shaking (?:and|n) (?:[^ ]{1,24} )?(?:confused|sweating|seeing|hearing|puking|vomiting|throwing up)|(?:is|im|hes|shes|been|keeps?) (?:shaking|trembling)|seeing (?:things|stuff|bugs|spiders|people|shadows|faces)|hearing (?:things|voices|people|music)|(?:spiders|bugs|snakes|rats|voices|shadows|they|faces|the bugs|the spiders) (?:are |r )?back|(?:i know )?(?:theyre|its|they are|it is|they arent|it isnt|its not) not real|(?:really |so |super |very |all |totally )?confused|(?:doesnt|didnt|does not|did not|cant) (?:know|recognize) (?:who|where|what)|asked (?:me )?who (?:i|im)|(?:walls?|wallpaper|floor|ceiling|pictures?|curtains|carpet|room) (?:keeps? |is |are |started )?(?:moving|crawling|breathing|melting|waving|swimming)|heart (?:is |keeps )?(?:racing|pounding|skipping)|hearts (?:racing|pounding)|heart (?:wont|will not|doesnt|cant) slow down|(?:the )?shakes (?:are )?(?:so |real |really )?(?:bad|hard)|(?:cant|can not|couldnt) hold (?:a|the|his|her|my|their) (?:cup|glass|phone|fork|spoon|pen|coffee)|thinks (?:its|it is) (?:19\d\d|20\d\d|a different (?:year|day)|the wrong|christmas)|(?:cant|can not|cannot) feel (?:my|his|her|their) (?:feet|hands|legs|arms|fingers|toes)|seiz\w*|fit on the|hallucinat\w*|(?:still )?foggy)`;
/** Downers that stack: opioids, benzos, sleep aids, gabapentin, alcohol, edibles. */
const SEDATIVES = anyOf('methadone', 'gabapentin', 'gabbies', 'bars', 'xans?', 'xanax', 'klonopin', 'kpins', 'ativan', 'valium', 'benzos?',
  'ambien', 'seroquel', 'trazodone', 'tramadol', 'oxys?', 'oxycodone', 'percs?', 'percocets?', 'norco', 'vicodin', 'morphine', 'dilaudid',
  'fent', 'fentanyl', 'heroin', 'dope', 'lyrica', 'soma', 'muscle relaxers?', 'sleeping pills?', 'benadryl', 'nyquil', 'gummy', 'gummies',
  'edibles?', 'vodka', 'whiskey', 'beers?', 'wine', 'liquor', 'drinks', 'shots(?: of (?:vodka|whiskey|tequila|rum|gin))?', 'lean', 'suboxone', 'subs', 'pills', 'meds');
/** A small child: "my 2yo", "the toddler", "my 3 year old", "the baby". */
const SMALL_CHILD = String.raw`(?:toddler|baby|infant|(?:[1-6]|one|two|three|four|five|six) ?(?:yo|y o|yr old|year old|years old)|(?:my|our|the|her|his) (?:little |youngest )?(?:son|daughter|kid|boy|girl|grandson|granddaughter|little one|niece|nephew))`;
/** Acetaminophen by its names. */
const ACETAMINOPHEN = String.raw`tylenol(?: pm)?|acetaminophen|paracetamol|panadol|excedrin`;
/** Drunk or high, too far gone to drive. */
const IMPAIRED = String.raw`(?<!\b(?:too|not|wasnt|isnt|never|werent) )(?:drunk|wasted|hammered|blacked out|blackout drunk|high as|so high|slurring|nodding out|trashed|plastered|smashed|cant walk straight|can barely stand|three sheets)(?! to (?:drive|drove))`;
/** Driving off. */
const DRIVE_OFF = String.raw`drove off|driving|drive|pulling out|pulled out|took off|behind the wheel|for a drive|in the car|in the back|car seat`;
/** A child a driver has with them. */
const KID_IN_CAR = String.raw`${SMALL_CHILD}|kids|both kids|the kids|(?:our|my|his|her) (?:son|daughter|baby|kids|grandson|granddaughter)`;
/** Where a wound is: the wound, sore or abscess itself, or an injection site. */
const WOUND = String.raw`(?:wound|wounds|sore|sores|abscess|abscesses|ulcer|ulcers|cut|hole|injection site|injection spot|the spot|scab|blister|burn)`;

/** Someone out, in the English of a Spanish speaker: "he no breathing", "she no wake up", "is sleep and no respond", "like dead". */
const LEARNER_NO_OBJECT = String.raw`(?! (?:to |for )?(?:my|the|a|his|her|your|our|work|school|group|texts?|messages?|calls?|emails?|out|in|away|on|forward|here|there|house|back|to|it|all|much|a lot|from|around|yet)\b)(?! (?:up )?(?:early|on time|in time|for|at|till|until|before|when)\b)`;
const LEARNER_OUT = [
  String.raw`(?:he|she|they|hes|shes|is|now|baby|still|(?:my|the|his|her) (?:[^ ]{1,24} )?${PEOPLE}) (?:is |are |still )?no (?:breath|breathe|breathing|breathin|respond|responds|responding|wake|wakes|waking|move|moves|moving|react|reacts|reacting|open (?:the |his |her )?eyes)${LEARNER_NO_OBJECT}`,
  String.raw`and (?:is |still )?no (?:breath|breathe|breathing|breathin|respond|responds|responding|react|reacts|reacting|open (?:the |his |her )?eyes)${LEARNER_NO_OBJECT}`,
  String.raw`(?:he|she|they|hes|shes|is|now) (?:is |are )?not (?:breath|breathe|respond|wake|move|react|open (?:the |his |her )?eyes)${LEARNER_NO_OBJECT}`,
  String.raw`sleep (?:very |so |too )?(?:deep|hard|heavy) (?:and|n) (?:no|not|dont|doesnt|wont|cant) (?:answer|respond|wake|move|react|breath\w*|open)|(?:is|he is|she is) (?:very |so |too )?(?:sleep|asleep) (?:and|n) (?:no|not|dont|doesnt|wont|cant) (?:answer|respond|wake|move|react|breath\w*|open)`,
  String.raw`(?:he|she|they|hes|shes|him|her) (?:is |are |look |looks )?like (?:dead|a dead person|a corpse|a ragdoll|a rag doll)(?! (?:tired|inside|serious|lol)\b)`,
  String.raw`(?:with|have|has|is with) (?:the )?foam (?:in|from|on|out) (?:the|his|her) mouth`,
  String.raw`with the eyes (?:rolling|rolled|turned|white|back|up)`,
];
/** Took many pills, in the same English: "take many pill and now", "took many pastillas". */
const LEARNER_TOOK = String.raw`(?:took|tooked|taked|tomo|swallowed|swallow|ate) (?:many|much|so many|a lot of|lot of|lots of|muchas|too many) (?:of )?(?:the |his |her |my )?(?:pill|pills|pastillas?|medicines?|medicinas?|meds|tablets|tylenol)|(?:he|she|they|${PEOPLE}) (?:take|eat|swallow) (?:many|much|so many|a lot of|lot of|lots of) (?:pill|pills|pastillas?|medicines?|meds|tablets)(?= (?:and|n|now|after|then)\b)|(?:inject|injects|use the needle|shoot up|smoke something|take something|use something) ${gap(4)}(?:and|n) (?:now )?(?:is|he is|she is|hes|shes) (?:all |very |so )?(?:blue|purple|gr[ae]y)`;
/** Medical signs in the same English: bleeding and no stop, no can breathe, very confuse, see things after drink, no can move the arm. */
const LEARNER_MED = [
  String.raw`(?:bleeding|bleed|blood) ${gap(3)}(?:and )?(?:no|not) (?:stop|stopping|stops)\b|bleeding (?:very|too|so|muy) (?:much|bad|mucho)|(?:no|not) (?:can )?stop (?:the )?(?:blood|bleeding)`,
  String.raw`no can (?:breath|breathe|breathing|respirar)|(?:breath|breathing) (?:is )?no good`,
  String.raw`(?:is|very|so|too|muy) confuse\b(?! (?:with|about|by|for|on|of|in)\b)|(?:he|she|they|and) (?:no|not|dont|doesnt) (?:know|knows|recognize|recognise) (?:where (?:he|she|they|is|are|i|she is|he is)|who (?:is|i am|am i|are))`,
  String.raw`(?:shaking|shakes|tremble|trembling|drink|drinking|drunk|alcohol) ${gap(8)}(?:see|sees|seeing) (?:things|people|animals|bugs|spiders|ghosts|little people|snakes)(?! (?:more|better|different\w*|clear\w*|in a|from|the way|positive)\b)`,
  String.raw`no can move (?:the|his|her|my) (?:arm|leg|hand|side|face)|face (?:is )?(?:down|fall|falling|fallen) (?:on|in) (?:one|the|a) side`,
];

/** Someone gone quiet: passed out, out cold, slumped, will not answer or wake. */
const DOWN_QUIET = String.raw`(?:passed out|out cold|knocked out|slumped over|slumped|wont wake up|wont wake|cant wake (?:him|her|them|my [^ ]{1,24})|wont answer|not answering|not responding|unresponsive|barely breathing|snoring (?:weird|funny|loud|strange|really loud)|foaming)`;
/** Drink taken, not denied. */
const DRINK_TAKEN = String.raw`(?<!\b(?:no|not|without|never|didnt have|no more) )(?:drinking|drank|drunk|wine|beers?|vodka|whiskey|liquor|booze|alcohol|shots|tequila|rum|henny)`;
/** Downer pills taken, not denied. */
const PILLS_TAKEN = String.raw`(?<!\b(?:no|not|without|never|didnt take|no more) )(?:pills|pain pills|sleeping pills|nerve pills|xanax|xans|bars|klonopin|ativan|valium|benzos?|percs|oxys?|gabapentin|seroquel|ambien|meds|tramadol|methadone|muscle relaxers|norco|vicodin|trazodone)`;

export const enEmergencyPatterns = definePatterns('en', [
  // ============================== overdose now ==============================
  {
    id: 'en.overdose-now.overdosing', kind: 'overdose-now', guards: [...NOW, 'info-seeking', 'info-seeking.en.signs-of', 'intent-not-yet', 'figurative.en.od-on-harmless'],
    source: String.raw`overdosing|oding|odding|odeing|od ing|(?:is|hes|shes|im|theyre|are|friend|s) od(?: right now| now)?|od (?:right now|now)|od(?= (?:on|in|at|and|help|pls|please|what|again)\b| \.|$)(?<=\b(?:he|she|they|someone|somebody|${PEOPLE}) (?:just |prob |probably |maybe |think |might have )?od)`,
    examples: ["I think I'm overdosing", "I think I'm OD'ing", 'im oding', 'my friend is overdosing', 'my friend is od right now', 'someone is overdosing in the bathroom'],
  },
  {
    id: 'en.overdose-now.overdosed', kind: 'overdose-now', guards: [...NOW, 'info-seeking', 'info-seeking.en.signs-of', 'intent-not-yet', 'history.en.dated-past', 'figurative.en.od-on-harmless', 'scope.wish-not-overdose'],
    source: String.raw`(?:overdosed|oded)(?! (?:and )?(?:died|passed))|(?:just|he|she|they|i|has|have|had|think|maybe|probably|${PEOPLE}) odd`,
    examples: ['my boyfriend overdosed and hes not breathing', "she just od'd", 'he ODed in the car', 'Pls help my roommate ODd'],
  },
  {
    id: 'en.overdose-now.having-an-overdose', kind: 'overdose-now', guards: [...NOW, 'info-seeking', 'info-seeking.en.signs-of', 'intent-not-yet', 'history.en.dated-past'],
    source: String.raw`(?:having|had|has|going through) (?:an? )?overdose|(?:its|this is|think its|might be|think this is) (?:an? )?overdose|overdose (?:right now|now)|alcohol poisoning`,
    examples: ["I think she's having an overdose", 'alcohol poisoning, he is throwing up and passed out'],
  },
  {
    id: 'en.overdose-now.took-too-much', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet'],
    source: String.raw`(?:took|taken|taking|take|swallowed|ate|snorted|shot|smoked|popped|injected|used|did|dabbed|railed|drank) ${gap(3)}(?:way )?(?:too (?:much|many)|to many|2 (?:much|many)|too mny|to much)`,
    examples: ['my son took too many pills', 'took too much xanax', 'i took way too much heroin and i feel weird', 'i think i took too much fent', 'took way too much fentanyl, feel like I am passing out'],
  },
  {
    id: 'en.overdose-now.terse-too-much', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet', 'history.en.dated-past'],
    // Telegraphic: the drug, then "too much" ("pills. now. too many", "fent. too much"); a dose stronger than usual.
    source: [
      after(DRUG_NOUNS, 0, String.raw`(?:\. )?(?:(?:now|just|like|prob|probably|maybe|def|took|did|used|i took|i did|already|omg|help|pls|please|way|wayyy) (?:\. )?)?(?:way |wayyy |waaay )?too (?:much|many)(?! (?:money|for (?:me|my|him|her) to|to (?:handle|count|list|remember|carry)|of (?:a|an) ))`),
      after(String.raw`(?:did|took|used|smoked|snorted|shot|railed|popped|hit|bag|batch|pill|pills|line|dope|fent|stuff|shit|pack|bundle|blues?|perc|bar)`, 8,
        String.raw`stronger than (?:usual|normal|i thought|expected|i expected|what im used to|im used to|my usual|the usual|last time|it should be|before)`),
      after(String.raw`(?:bag|batch|pill|pills|line|dope|fent|stuff|shit|pack|bundle|blues?|perc|bar|press|pressies)`, 4,
        String.raw`(?:hit|hitting|hits|kicked in|kicking in|is|was) (?:way |much |a lot |so much )?(?:harder|heavier|stronger) than (?:usual|normal|i thought|expected|i expected|my usual|the usual|last time|before)`),
    ].join('|'),
    examples: ['pills. now. too many', 'fent. too much. help', 'the bag i did was way stronger than usual and i cant feel my legs'],
  },
  {
    id: 'en.overdose-now.took-a-bottle', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet', 'figurative.en.as-prescribed', 'history.en.dated-past'],
    source: [
      after(SWALLOWED, 0, String.raw`a (?:whole |full )?(?:bunch|handful|bottle(?<!\b(?:wont|will not|doesnt|didnt|refuses to|refused to|refusing to|wouldnt|not|wont even|to) take a bottle)|box|fistful|pack)`),
      after(SWALLOWED, 0, String.raw`(?:an|the|my|his|her|their) (?:entire|whole|full) (?:bottle|pack|box|script|prescription|supply|stash|bag|blister|row|sheet|strip|card|sleeve|column|packet|tube|blister pack|foil)`),
      after(SWALLOWED, 0, String.raw`a (?:whole|full|entire) (?:row|sheet|strip|card|sleeve|column|packet|tube|blister pack|blister|foil) of`),
      after(SWALLOWED, 0, String.raw`all (?:of )?(?:my|his|her|their|the|these|those) (?:[^ ]+ )?${PILLS}`),
      after(SWALLOWED, 0, String.raw`all (?:of )?(?:them|it|those|these)? ?at once`),
      String.raw`(?:took|take|taken|swallowed|ate|popped|downed) (?:like |just )?(?:(?:[1-9]\d|\d{3}) (?:[^ ]+ )?${PILLS})`,
    ].join('|'),
    examples: ['i took a handful of pills', 'i swallowed a whole bottle of pills', 'took all my meds at once', 'I took 20 tylenol', 'i popped like 15 bars', 'i took my whole script of seroquel like 20 min ago', 'my dad took all his oxy at once', 'my brother took a bunch of pills and wont wake up'],
  },
  {
    id: 'en.overdose-now.not-breathing', kind: 'overdose-now', guards: [...NOW, 'figurative.en.breathing-a-word', 'en.not-drug-context', 'en.newborn-not-overdose', 'en.lung-or-bleed-not-overdose'],
    source: String.raw`(?:not|isnt|arent|stopped|barely|hardly|no longer|quit|wasnt) breath(?:ing|in)|breathing (?:is |real |realy |rlly |way |hella |mad |too )?(?:really |very |so |super |kinda |real )?(?:slow|shallow|weird|funny|strange|raspy)|(?:slow|shallow|weird|strange) breathing|gurgling|death rattle|breathing (?:sounds|sounding|is|looks) (?:like |really |so |all )?(?:snoring|snorey|gurgl\w*|rattl\w*|wrong|off)(?! (?:to me )?(?:when|at night|every night|since|for years))`,
    examples: ["he's not breathing", 'she isnt breathing', 'my roommate stopped breathing', 'hes barely breathing', 'his breathing is really slow', 'he is gurgling and wont wake up', "she's not breathing right after using"],
  },
  {
    id: 'en.overdose-now.wont-wake-up', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet', 'figurative.en.i-cant-wake-up', 'en.not-drug-context', 'scope.wish-not-overdose'],
    // "to not wake up", "and not wake up" are wishes (en.suicide.never-wake-up), not someone unresponsive.
    source: String.raw`(?:wont|isnt|doesnt|cant|couldnt|aint|will not|(?<!\b(?:and|to|just|or|would|could|should|might) )not) (?:[^ ]+ )?(?:waking|wake|woken) up|(?:if (?:i|he|she|they|my [^ ]{1,24})|he|she|they|baby) dont (?:[^ ]+ )?(?:waking|wake|woken) up(?! (?:in time|on time|for|early|till|until|by|at|before|when|tomorrow (?:morning )?(?:for|in time|on time)))|cant stay awake`,
    examples: ['my mom wont wake up', 'HE WONT WAKE UP', 'i mixed xanax and alcohol and cant stay awake', "my brother took a bunch of pills and won't wake up"],
  },
  {
    id: 'en.overdose-now.cant-wake-them', kind: 'overdose-now', guards: [...NOW, 'en.not-drug-context'],
    source: String.raw`(?:cant|couldnt|can not) (?:[^ ]+ )?wake (?:him|her|them|my [^ ]+)`,
    examples: ["I can't wake him up", "my girlfriend shot up and passed out, we can't wake her"],
  },
  {
    id: 'en.overdose-now.unresponsive', kind: 'overdose-now', guards: [...NOW, 'figurative.en.not-responding', 'en.not-drug-context', 'en.lung-or-bleed-not-overdose'],
    source: String.raw`unresponsive|(?:not|isnt|wont|stopped|not really) respond(?:ing)?|no response`,
    examples: ["she's unresponsive after shooting up", "she wont respond to me after taking pills"],
  },
  {
    id: 'en.overdose-now.turning-blue', kind: 'overdose-now', guards: [...NOW, 'en.not-drug-context', 'figurative.en.color-cause', 'en.lung-or-bleed-not-overdose'],
    source: String.raw`(?<!\b(?:vision|sight|eyes|screen|everything|hair|beard|sky|world|room)(?: is| was| keeps| started| has| just)? )(?:turning|turned|going|gone) (?:blue|purple|gray|grey)|blue lips|lips (?:are |were |look |turning |going )?(?:blue|purple|gray|grey)|(?:face|skin|fingers|fingertips|nails) (?:is |are |turning |going )?(?:blue|purple)|foaming at the mouth(?! (?:and|n|while|&) (?:jerking|shaking|seizing|convulsing|twitching))`,
    examples: ['his lips are blue', 'her lips are turning blue', "he's turning blue", 'hes foaming at the mouth'],
  },
  {
    id: 'en.overdose-now.narcan', kind: 'overdose-now', guards: [...NOW, 'info-seeking', 'history.en.dated-past'],
    source: String.raw`(?:gave|give|giving|given|used|using|need|needs|needed|grab|spray|sprayed|administer|administered|second|another|two|2|three|more|doses? of) ${gap(3)}(?:narcan|naloxone)`,
    examples: ['i gave her narcan and she is still not responding', "do I give him narcan? he's passed out", 'need narcan now', 'we used two doses of narcan'],
  },

  {
    id: 'en.overdose-now.double-dose', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet', 'en.not-drug-context', 'history.en.dated-past'],
    // Double doses, whole bags, a needle still in, someone passed out now.
    source: String.raw`(?:took|taken|taking|swallowed|ate|used|dosed|popped) ${gap(2)}(?:double|triple|2x|3x|two doses|three doses|extra doses?|twice (?:my|the|his|her|their|as much|the amount))(?! (?:shifts?|time))|${behind('(?:took|ate|swallowed|popped|eaten|downed) (?:like |just )?(?:a|the|an|my|his|her) (?:whole |full |entire )?', String.raw`(?:bag|sleeve|sheet|strip|jar|tube|pack|package|bottle|tin|box) of ${gap(1)}(?:edibles|gummies|${PILLS})`)}|needle (?:still |stuck ){0,2}(?:in|hanging out of|sticking out of) (?:his|her|their|my) (?:arm|hand|leg|neck|foot)|(?:needle|syringe|rig|point) (?:still |stuck ){1,2}in(?= \.|$| (?:him|her|them|and|hes|shes|he|she)\b)|(?:he|she|they|hes|shes|theyre|someone|somebody|${PEOPLE}s?) (?:just |is |was |has |got )?passed out (?:after|w|with)`,
    examples: ['she took a double dose of her methadone', 'my kid ate a whole bag of THC gummies', "found him with the needle still stuck in his arm", 'my roommate passed out after snorting something'],
  },

  // ============================== medical now ==============================
  {
    id: 'en.medical-now.chest-pain', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'figurative.en.stress-cause', 'negation.en.not-having'],
    source: String.raw`chest (?:pain|pains|hurts?|hurting|is (?:tight|hurting|burning|heavy)|feels (?:tight|heavy)|tightness|pressure)|(?:pain|pains|tightness|pressure|hurts?|hurting) (?:in|on) (?:my|his|her|the) chest|my chest ${gap(2)}(?:tight|hurts|pain|heavy|pressure|burning)|arm (?:is |went |feels |going )?numb|chest (?:is |feels )?(?:killing|crushing) me|crushing (?:chest )?pain|chest ${gap(2)}(?:crushing|squeezing|caving)|(?:grabbed|grabbing|grabs|clutched|clutches) (?:his|her|my|their) chest`,
    examples: ['my chest is killing me', 'crushing pain in my chest', 'I have chest pain', 'my chest hurts', 'chest pains and my arm is numb', 'tightness in my chest and sweating', 'chest pain and cant breathe after drinking'],
  },
  {
    id: 'en.medical-now.heart-attack-stroke', kind: 'medical-now', guards: [...TOPIC, 'history-recent'],
    source: String.raw`(?:having|think|like|feels like|its|might be) ${gap(2)}(?:a )?(?:heart attack|stroke)|face (?:is |looks |look |went |is all |looks all |is kinda |looks kinda )?(?:drooping|droopy|saggy|sagging|crooked|lopsided)|(?:cant|can not|couldnt|cannot) (?:talk|speak) (?:right(?! (?:now|this|at|away|here|there|after|before|then|when|till|until|cause|bc|because))|properly|clearly|straight)`,
    examples: ['i think im having a heart attack', "i think i'm having a stroke", 'his face is drooping'],
  },
  {
    id: 'en.medical-now.cant-breathe', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'figurative.en.laughing'],
    source: String.raw`(?:cant|couldnt|hard to|trouble|difficulty|struggling to|struggle to|unable to|not able to|problems?) (?:[^ ]+ )?(?:breathe?|breathing|catch my breath|get (?:enough )?air)|short(?:ness)? of breath|gasping for (?:air|breath)|(?:throat|airway) (?:is )?(?:closing|swelling)`,
    examples: ["I can't breathe", 'cant breath', 'having trouble breathing', "i'm struggling to breathe", "I'm short of breath and dizzy"],
  },
  {
    id: 'en.medical-now.seizure', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'history.es.mensaje-pasado', 'history.en.es-eso-fue-hace'],
    source: String.raw`seiz(?:ure|ures|ing)|convuls\w*|having (?:a |an )?fit|fit (?:on|in) the (?:[^ ]{1,24} )?(?:floor|ground|bed|couch|tub|bathtub|bath|shower|car|pool|water|hallway|street|sidewalk)(?! (?:because|cause|cuz|bc|over|about|when|cus|lol)\b)`,
    examples: ["i'm having a seizure", 'my husband is having a seizure', "she's seizing", 'my dad is having convulsions', "I'm having a seizure feeling and my hands won't stop shaking"],
  },
  {
    id: 'en.medical-now.hallucinating', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'history.en.dated-past', 'history.es.mensaje-pasado', 'history.en.es-eso-fue-hace', 'en.voices-managed'],
    source: String.raw`hallucinat\w*|(?:seeing|see|saw|hearing|hear|heard) ${gap(2)}(?:things|stuff|people|shadows|bugs|spiders|voices) ${gap(2)}(?:arent|not|isnt|nobody|no one|dont) (?:[^ ]+ )?(?:there|real|see|exist|hear)|seeing (?:things|stuff|shit)(?= \.|$| and| since| again| everywhere| crawling| move| moving| on)|i know (?:theyre|they are|they arent|the (?:bugs|spiders|people|voices|snakes) (?:are|arent)) (?:not )?(?:real|there)|(?:its|it is) not real but i (?:can|keep|still) (?:see|hear|feel) (?:them|it|him|her)|(?:seeing|see) (?:bugs|spiders|snakes|rats|insects) (?:everywhere|all over|crawling|on (?:me|the walls|my))|(?:seeing|hearing) (?:and|n|&) (?:seeing|hearing) (?:things|stuff|voices|people|shit)|(?:hasnt|havent|has not|have not|not|aint) slept (?:in|for) (?:\d+|three|four|five|six|seven|a few|several) days ${gap(5)}(?:meth|speed|ice|crystal|tina|adderall|coke|crack|a run|tweaking|paranoid|seeing|hearing|voices)|hearing voices|hear voices|voices in my head|voices telling me|bugs ${gap(3)}(?:crawling|under my skin|on me)|crawling ${gap(2)}(?:skin|on me)|(?:the )?(?:dts|delirium tremens)`,
    examples: ["I'm seeing things that aren't there", "I'm seeing bugs everywhere since I quit", 'i cant stop shaking and seeing things', 'im hallucinating', 'hearing voices', 'i see bugs crawling on the walls', 'i feel bugs under my skin', "he's having the dts"],
  },
  {
    id: 'en.medical-now.passing-out', kind: 'medical-now', guards: [...STATEMENT, 'history-recent'],
    source: String.raw`${anyOf('gonna', 'about to', 'feel like', 'feels like', 'think', 'might', 'keep', 'keeps', 'could', 'im', 'hes', 'shes', 'is', 'almost')} ${gap(2)}(?:pass out|passing out|faint|fainting)|${after(String.raw`(?:he|she|they|hes|shes|(?:my|our|the|his|her) (?:[^ ]{1,24} )?${PEOPLE}|coworker|customer|patient)`, 8, String.raw`(?:just|suddenly|then|and then|and|out of nowhere) (?:went down|dropped|hit the (?:floor|ground|deck))(?! (?:the|to|stairs|a|an|his|her|my|off|by|in price|out|on (?:her|him|me|them|it|us))\b)`)}|fainted|collapsed(?! (?:into|in|on) (?:bed|my bed|the bed|the couch|my couch|a chair)| from (?:exhaustion|laughing))|keeled over|passed out and (?:hit|fell|wont|cant|isnt|is not)`,
    examples: ['I think I am going to pass out', 'i keep fainting', 'she fainted and hit her head', "i'm about to faint", 'my wife collapsed'],
  },
  {
    id: 'en.medical-now.bleeding', kind: 'medical-now', guards: [...STATEMENT, 'history-recent', 'en.bleeding-minor'],
    source: String.raw`(?:throwing|throw|threw|puking|puke|vomiting|vomit|coughing|cough|spitting) (?:up )?blood|blood in (?:my |his |her )?(?:vomit|puke)|(?:bleeding|bleed) ${gap(2)}(?:a lot|wont stop|heavily|badly|so much|everywhere)|(?:wont|will not|doesnt|cant) stop (?:the )?bleeding|(?:cant|couldnt|can not) (?:get|make) (?:the |his |her |my )?(?:bleeding|blood) (?:to )?stop|(?:cant|couldnt|can not) (?:get|make) it (?:to )?stop bleeding|(?:bleeding|bleed|bleeds|blood) ${gap(8)}(?:wont|will not|doesnt|isnt gonna|aint|not) (?:stop|stopping|slowing down)(?! (?:drinking|using|crying|talking|texting|calling|me))|(?:soaked|soaking|bled through|bleeding through|went through|gone through|bled thru|bleeding thru|went thru) (?:through |thru )?(?:like |about )?(?:\d+|two|three|four|five|a|the|multiple|several) (?:[^ ]{1,24} )?(?:towels?|pads?|shirts?|bandages?|rags?|gauze|napkins|paper towels|sheets?)(?! (?:of (?:paper|music)|at work))`,
    examples: ["I'm throwing up blood", 'bleeding from the cut on my leg and it wont stop', 'soaked through 3 towels already', 'vomiting blood', "i'm coughing up blood", "I'm bleeding a lot and it won't stop", "I just cut myself and it's bleeding a lot"],
  },
  {
    id: 'en.medical-now.dying', kind: 'medical-now', guards: [...STATEMENT, 'figurative.en.die-of', 'figurative.en.laughing', 'figurative.en.dying-out-here'],
    source: String.raw`(?:think|feel like|feels like|scared|afraid) (?:that )?(?:im|hes|shes|theyre|i|he|she) (?:[^ ]+ )?(?:dying|gonna die|will die)|(?:im|i am) (?:literally |actually |really )?dying`,
    examples: ["i feel like i'm dying", 'my heart is beating so fast i think im dying'],
  },
  {
    id: 'en.medical-now.ambulance', kind: 'medical-now', guards: [...STATEMENT, 'hypothetical', 'history-recent'],
    source: String.raw`(?:call|calling|called|dial|dialing|get|need|needs|send|sending) (?:[^ ]+ )?(?:911|9 1 1|an ambulance|ambulance|paramedics|emts|ems)|(?:this is|its|theres|we have|having|we got) (?:an? )?(?:medical )?emergency|medical emergency`,
    examples: ['i need an ambulance', 'call 911', 'should i call 911', 'this is an emergency'],
  },
  {
    id: 'en.medical-now.confused', kind: 'medical-now', guards: STATEMENT,
    source: String.raw`(?:doesnt|dont|cant) (?:know|recognize) (?:where (?:shes|hes|im|theyre|i am|they are)(?! (?:going|headed|at with|in life|with|taking))|who (?:im|shes|hes|anyone is))`,
    examples: ['she doesnt know where she is'],
  },

  {
    id: 'en.medical-now.acute-signs', kind: 'medical-now', guards: [...STATEMENT, 'history-recent', 'en.reassured-fine'],
    // Head injuries, confusion, infection spreading, bleeding in pregnancy, unstoppable vomiting.
    source: String.raw`fell ${gap(8)}(?:hit|banged|bumped|cracked|smacked|busted) (?:his|her|my|their) head|(?:hit|cracked|smacked|busted) (?:his|her|their) head (?:open|on|against|hard)|head (?:injury|wound)|(?:talking|speaking|babbling|mumbling) (?:nonsense|gibberish)|\bincoherent|delirious|disoriented|(?:hes|shes|he is|she is|theyre|they are|hes been|shes been) (?:really |so |very |all |super |totally )?(?:confused|not making (?:any )?sense|out of it)(?! (?:about|by|why|how|what|on|with|if|as|over|because|bc))|red (?:streaks?|lines?) ${gap(3)}(?:up|along|on|going) ${gap(2)}(?:arm|leg|hand)|red (?:streaks?|lines?) ${gap(1)}(?:creeping|spreading|running|going|moving|crawling) (?:up|along|down|toward)|(?:blacked|blacking|passed|passing) out (?:twice|again|three times|\d+ times|repeatedly|over and over)|fever (?:is |of |at |hit |reading )?(?:10[3-9])|(?:injection site|abscess|track marks?) ${gap(3)}(?:hot|swollen|pus|oozing|red|black)|pregnant ${gap(8)}(?:bleeding|cramping|cramps|contractions|spotting)|(?:bleeding|cramping|spotting) ${gap(6)}pregnant|(?:cant|cannot|couldnt) stop (?:vomiting|throwing up|puking)|(?:vomiting|throwing up|puking) (?:for )?(?:\d+|hours|all day|all night|nonstop)|(?:pee|urine) (?:is )?(?:dark brown|brown|black|bloody)|cant keep (?:anything|water|fluids) down`,
    examples: ['grandpa fell down the stairs and banged his head', 'my husband is talking gibberish after drinking', 'shes so confused she doesnt know me', 'there are red lines going up my leg from the shot', 'fever of 104 and chills after using', 'I am pregnant and spotting and cramping in withdrawal', "he can't stop throwing up since this morning", 'streaks of red spreading up from the injection spot on my leg, red lines spreading up', 'she has passed out three times since she stopped drinking'],
  },

  // ============================== abuse / danger now ==============================
  {
    id: 'en.abuse-danger.hurts-me', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.en.hit-me-up', 'history.en.dated-past', 'figurative.en.boss-or-lol-threat'],
    // The verb first (each group its own branch, its words the literals), then a look back for the subject.
    source: [
      'hits?|hitting|beats?|beating|beat|punche[sd]|punch(?:es|ing)?|kicks?|kicked|kicking|slaps?|slapped|slapping',
      'chokes?|choked|choking|strangle[sd]?|strangling|hurts?|hurting|abuses?|abused|abusing|rapes?|raped|raping',
      'threatens?|threatened|threatening|attacks?|attacked|attacking|stalks?|stalked|stalking|shoves?|shoved|pushe[sd]|grabbed',
      'drags?|dragged|burns?|burned|molests?|molested|touched|smacks?|smacked|throws things at',
    ].map((verbs) => byThem(2, verbs, '(?:me|us|my (?:kids|children|son|daughter|baby|mom|mother)|the kids)')).join('|'),
    examples: ['my husband hits me', 'my boyfriend beats me', 'he hit me again tonight', "she hits me when she's drunk", 'he choked me', 'he raped me', "he's hurting my kids", 'my husband hits the kids when he drinks', 'my dealer is threatening me', "my mom's boyfriend hurts me", 'my husband hits me when he is using and I am scared to go home'],
  },
  {
    id: 'en.abuse-danger.threat-to-kill-me', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.en.kill-me-if-i-use', 'figurative.en.parent-finds-out', 'figurative.en.joking-threat', 'figurative.en.finds-out-laughing', 'figurative.en.kill-me-over-a-bill', 'figurative.en.boss-or-lol-threat'],
    source: String.raw`(?:threaten\w*|${WILL}|tried|says? (?:hes|shes|he|she|they) (?:will|gonna|going)|said (?:hes|shes|he|she|they) (?:will|would|gonna|was gonna)) ${gap(2)}(?:to )?(?:kill|hurt|shoot|stab|beat|murder|rape|strangle|choke|come after|find) me`,
    examples: ["he's threatening to kill me", 'my ex said he will kill me', "he's going to kill me", "I'm scared he's going to kill me if I leave", 'someone is threatening to kill me', "he said he's going to hurt me"],
  },
  {
    id: 'en.abuse-danger.not-safe', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.en.in-danger-of', 'figurative.en.unsafe-activity'],
    source: String.raw`(?:im|i am|were|we are|i feel|i) (?:really |so |just |still |currently )?(?:not safe|unsafe|in danger)|(?:life|lives|kids|children|family|son|daughter) (?:is |are )?in danger|(?:dont|do not|never) feel safe`,
    examples: ["I'm not safe at home", "i dont feel safe in my house", "I'm in danger", 'my life is in danger'],
  },
  {
    id: 'en.abuse-danger.afraid-to-go-home', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.en.scared-finding-out'],
    source: String.raw`(?:afraid|scared|terrified|frightened) (?:[^ ]+ )?(?:to go|of going|to be|to stay|to return|of returning) (?:back )?(?:home|at home|in my house|to my house)|(?:afraid|scared|terrified|frightened) (?:of|for) (?:my life|him|her|them|(?:my|our) (?:[^ ]+ )?${PEOPLE}s?)`,
    examples: ['im afraid to go home', "i'm scared of my boyfriend"],
  },
  {
    id: 'en.abuse-danger.abused', kind: 'abuse-danger', guards: [...TOPIC, 'history.en.dated-past'],
    source: String.raw`abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|bf|gf|home|household|father|dad|mother|mom|parent|parents|ex|spouse)|(?:is|s|being|gets?) abusive|(?:being|been|am|im|was|got) (?:[^ ]+ )?(?:abused|raped|assaulted|molested|trafficked|beaten|attacked|stalked)|domestic (?:violence|abuse)`,
    examples: ['my partner is abusive', "i'm in an abusive relationship", 'i was sexually assaulted last night', "I'm being abused", "I'm a domestic violence victim"],
  },
  {
    id: 'en.abuse-danger.trapped', kind: 'abuse-danger', guards: [...STATEMENT, 'en.benign-pickup', 'figurative.en.joking-threat', 'negation.en.no-one'],
    source: String.raw`(?:wont|doesnt|will not|didnt|wouldnt) let me (?:leave|go out|out of the house|call anyone|have my phone)|locked me (?:in|up)|lock(?:s|ed)? me in|(?:following|stalking) me|(?:broke|breaking|break|trying to break|kicking) (?:[^ ]+ )?(?:in|into|down) (?:my|our|the) (?:house|home|apartment|place|room|door)|(?:someone|somebody) (?:is )?(?:in|inside) (?:my|our|the) (?:house|home|apartment)|${THEY} (?:[^ ]+ )?(?:has|got|is holding|pulled|pulled out) (?:a |his |her )?(?:gun|knife|weapon|pistol|rifle)${NOT_DRAWN}|${THEY} ${gap(4)}(?:with|holding|waving|pointing) (?:a |his |her |the )?(?:gun|knife|weapon|pistol|rifle|machete)|${THEY} (?:is |s |are |keeps )?(?:outside|banging on|pounding on|trying to get in|trying to get into) (?:my|our|the) (?:house|home|door|apartment|window|room|car)`,
    examples: ["he won't let me leave", 'he locked me in the bedroom', "someone is following me and i'm scared", 'someone broke into my house', "he has a gun and he's threatening me", 'my ex is outside my house with a gun'],
  },
  {
    id: 'en.abuse-danger.violence-now', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.en.hit-me-up', 'negation.en.no-one'],
    // Someone being hurt right now, held against their will, threatened, or abused by an adult.
    source: String.raw`${THEY} ${gapNoNeg(2)}(?:hitting|beating|choking|strangling|attacking|stabbing|kicking|punching|hurting|raping|slapping|dragging) (?:on )?(?:her|him|them|(?:my|his|her|their) (?:[^ ]+ )?${PEOPLE}s?)(?! (?:at|in|to|on) (?:cards|chess|games?|pool|poker|a game|the game|basketball|racing|running))(?! (?:goals?|targets?|stride|marks?|numbers|record|best|limit|milestones?|deadlines?|quota|feelings))|(?:(?:wont|doesnt|will not|didnt|wouldnt) let|(?:isnt|is not|not|aint) letting) (?:me|her|him|them|us|my [^ ]+) (?:leave|go|out|call|have (?:my|her|his) phone)|(?:keeping|holding|locked|locking) (?:her|him|them|me|my [^ ]+) (?:somewhere|hostage|captive|inside|in (?:a|the|his|her) (?:room|house|car|basement|closet))|(?:coming|come|comin|gonna come|is gonna come) after (?:me|us|my)|(?:hes|shes|theyre|theyll|hell|shell|they|he|she|they are) ${gap(1)}(?:coming|come) for (?:me and|us|my (?:kids|family|children|son|daughter|baby))|${THEY} ${gapNoNeg(2)}(?:touches|touching|touched|molests|molesting|molested|grooming) (?:her|him|them|my (?:[^ ]+ )?${PEOPLE}s?)`,
    examples: ['my neighbor is beating his wife right now, I can hear her screaming', 'her ex is not letting her leave the apartment', 'some guy is holding my sister in his car', 'the guys i owe money to said theyre coming after me', 'he said hes coming for me and my family tonight', 'my stepdad touches my little sister'],
  },
  // ============================== added: overdose signs without the word ==============================
  {
    id: 'en.overdose-now.used-then-symptom', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'intent-not-yet', 'history.en.dated-past', 'en.withdrawal-not-overdose', 'hypothetical.en.if-it-happens', 'en.medical-not-overdose'],
    // A drug taken, then what the body does: racing heart, tight chest, fading, numb hands, can't keep eyes open.
    // Each way of taking a drug is its own branch (its words are the branch's literals), then the symptom.
    source: [
      ...INTAKES.map((intake) => String.raw`${intake} ${gap(12)}${OD_SYMPTOM}`),
      // A long aside between the taking and the sign, bridged by the time: "took two bars ... that was 2 hrs ago and now i cant keep my eyes open".
      after(INTAKE, 14, String.raw`(?:ago|later|since then) ${gap(4)}${OD_SYMPTOM}`),
      after(OD_SYMPTOM_NOT_CHEST, 6, String.raw`after (?:drinking|chugging|downing|finishing|killing) (?:a |an |the |half a |like a |like |almost a |most of a |a whole |an entire )?(?:fifth|handle|pint of [^ ]+|bottle of (?:vodka|whiskey|liquor|tequila|rum|gin|henny|jack|everclear)|(?:\d+|ten|twelve|fifteen|twenty) shots)`),
      ...chunks(topLevelAlternatives(DRUG_NOUNS.slice(3, -1)), 10).map((nouns) =>
        after(String.raw`${OD_SYMPTOM_NOT_CHEST} ${gap(6)}after (?:those|these|that|the|his|her|my|some|a few|a couple|two|three|them)`, 0, anyOf(...nouns))),
      after(OD_SYMPTOM_NOT_CHEST, 6, 'after (?:using|shooting up|snorting|smoking|taking|doing|popping|railing|a line|the line|a bump|a hit|a pill|a dab|a key|a shot|a blue|a bar|a perc|that (?:line|pill|shot|hit|bump|blue|bar|perc|dab))'),
      after(String.raw`${OD_SYMPTOM_NOT_CHEST} ${gap(6)}after (?:taking |eating |swallowing |popping )?(?:like |about |almost |over )?(?:[4-9]|[1-9]\d{1,2}|a (?:bunch|handful|bottle|box) of|all (?:my|the|those|his|her))`, 1,
        'pills|meds|tylenol|advil|ibuprofen|aspirin|tabs|tablets|xans|bars|percs|benadryl|doses|capsules|caps|gummies|edibles|sleeping pills|ambien|seroquel|klonopin|gabapentin|antidepressants|painkillers'),
    ].join('|'),
    examples: [
      'just railed a line that had fent in it and my chest is so tight',
      'smoked a blue and my heart is racing like crazy',
      'mixed my xans with vodka and i cant keep my eyes open',
      'i think the perc was pressed, my lips are numb and i cant stay awake',
      'used after 3 months clean, did my old amount and i feel like im dying',
      'he is sweating and burning up after taking molly',
    ],
  },
  {
    id: 'en.overdose-now.took-all', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'intent-not-yet', 'history.en.dated-past', 'figurative.en.as-prescribed'],
    // An amount: "took 10 of my klonopin", "all my antidepressants", "everything I had left", "what was left of her ativan".
    source: [
      String.raw`${TOOK} (?:(?:[4-9]|[1-9]\d{1,2}) (?:of )?(?:my |his |her |their |the |those |these |our )?(?:[^ ]{1,24} )?${DOSES})`,
      after(TOOK, 0, String.raw`all (?:of )?(?:my|his|her|their|the|these|those|our) (?:[^ ]{1,24} )?${DOSES}`),
      after(TOOK, 0, String.raw`(?:\. )?everything (?:i|he|she|they) (?:had|could find|got|found)`),
      after(TOOK, 0, String.raw`(?:\. )?(?:everything|all the (?:pills|meds)|whatever was) (?:in|from) (?:the|my|his|her|their|our) (?:[^ ]{1,24} )?(?:cabinet|bottle|drawer|stash|bag|baggie|baggy|pouch|pill box|pillbox|organizer|purse)`),
      after(TOOK, 0, String.raw`(?:what|whats|all that) (?:was )?left (?:of|in) (?:my|his|her|their|the) ${gap(1)}(?:${DOSES}|bottle|bag|stash)`),
      after(TOOK, 0, String.raw`(?:(?:\d+|two|three|four|five|six|seven|a few|several) (?:days|weeks) (?:worth )?of (?:my |his |her |their )?(?:doses|take homes?|take home doses|methadone|pills|meds|bottles|suboxone|subs))`),
      after(TOOK, 0, String.raw`(?:my|his|her|their|the) (?:whole|entire) (?:weekend|weekends|week|weeks|month|months|supply|stash|bottle|script|prescription|bag|baggie|sheet|pack|sleeve|card|strip|blister pack|blister|box|packet|vial|tube)(?: of)?`),
      after(TOOK, 0, String.raw`(?:the|a|my|his|her) (?:whole|entire|full) (?:baggie|bag|stash)`),
      after(TOOK, 0, String.raw`(?:half|most) (?:of )?(?:a|the) bottle of ${gap(1)}(?:robitussing?|tussing?|cough syrup|pills|tylenol|nyquil|benadryl|syrup|lean|${DOSES})`),
      after(TOOK, 0, String.raw`an? (?:whole|full|entire) (?:bottle|fifth|handle) of ${gap(1)}(?:robitussing?|tussing?|cough syrup|nyquil|benadryl|syrup|lean|vodka|whiskey|tequila|rum|gin|liquor|henny|jack|everclear)`),
      String.raw`(?:took|taken|taking) (?:my|his|her|their|the) (?:[^ ]{1,24} )?(?:pills|meds|dose|medication|medicine|medications|insulin|${DOSES}) twice(?= \.|$| and| by (?:accident|mistake)| already| this morning| last night)|(?:took|ate|swallowed|popped|drank|did) (?:my|his|her|all|the) ${gap(2)}(?:\. )?all of (?:it|them)|(?:ate|took|swallowed|found) ${gap(3)}(?:edibles|gummies|pills) ${gap(1)}the (?:whole|entire) (?:bag|bottle|pack|jar|sleeve)|${after('(?:kid|child|son|daughter|baby|toddler|year old|yo|dog|puppy|grandson|granddaughter|nephew|niece|little one|boy|girl)', 3, String.raw`(?:got into|ate|swallowed|chewed|found and ate|got a hold of|got ahold of) ${gap(3)}(?:${DOSES}|pill organizer|pill bottle|pill box|edibles|gummies|stash|bag|vape|nicotine|fentanyl|fent)`)}|(?:took|popped|did|drank|smoked|threw|added|shot up|used|snorted|railed) ${gap(3)}on top(?: of (?:it|that|them|those))?(?= \.|$| and|,| like| now)`,
    ].join('|'),
    examples: [
      'i took 12 of my seroquel like an hour ago',
      'my sister took all of her antidepressants',
      'i just took everything i had left',
      'she swallowed what was left of her klonopin with wine',
      'accidentally took my whole week of pills at once i think',
      'he swallowed the entire baggie when the police stopped us',
      'drank half a bottle of cough syrup to trip',
      'she took my xanax. all of it',
      'my son ate my gummies the whole bag',
      'doubled my subs and took a bar on top',
    ],
  },
  {
    id: 'en.overdose-now.opioid-signs', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'en.not-drug-context', 'figurative.en.not-responding', 'hypothetical.en.if-it-happens', 'figurative.en.color-cause', 'figurative.en.asleep-tired', 'en.lung-or-bleed-not-overdose'],
    // Nodding out, fell out, out cold, pinpoint pupils, grey skin, chest barely moving, sternum rub, rescue breaths.
    source: String.raw`nodding (?:out|off|so hard|hard|in and out|out again)|(?:keeps|keep|is|hes|shes|theyre|been|started|still) (?:nodding|noddin)(?! (?:along|yes|her head|his head|in agreement|at))|(?:he|she|they|hes|shes|bro|homie|${PEOPLE}) (?:just |done |straight |has |had )?(?:fell|falling|fallin) out(?! (?:of|with|over|about))|out cold|nodded out|breathing (?:keeps |is |kept )?(?:stopping|cutting out)|keeps? (?:stopping|forgetting to) breath\w*|choking on (?:his |her |their |my )?(?:own )?(?:vomit|puke|throw up|throwup)|(?:gave|give|given|giving) (?:my |our |the |him |her )?(?:[^ ]{1,24} )?(?:kid|child|son|daughter|baby|toddler|him|her|dad|mom|grandma|grandpa) ${gap(2)}(?:wrong|adult|double|extra|twice the|too much) (?:dose|amount|medicine|meds|pills|medication)|(?:wrong|double|adult|extra) dose ${gap(3)}(?:by mistake|by accident|accidentally)|snoring (?:sound|noise)|(?:deep|weird|loud|heavy) snor\w*|(?:wont|cant|isnt|doesnt|not) (?:open|opening) (?:his|her|their|my) eyes|(?:is |and |still |hes |shes |theyre )not waking up|(?:barely|not|isnt|wont|stopped|hardly) (?:responding|responsive|reacting)|snoring (?:weird|funny|loud|really loud|strange|really weird|so loud)|(?:weird|strange|loud|heavy|gurgly) snoring|slumped (?:over|against|on|in|down)|(?:cant|cannot|can not|couldnt) (?:get|make) (?:him|her|them) (?:to )?(?:answer|respond|wake up|up|to wake|talk|move|open (?:his|her|their) eyes|come to|come around|come back|breathe right)|(?:pupils|eyes) (?:are |r |look |looks |like |are like ){0,2}(?:pinpoints?|pinned|pinpoint|tiny dots)|pinpoint pupils|sternum rub|rescue breaths|(?:doing|do|give|giving|keep doing|keep giving) (?:the |him |her )?(?:rescue )?breaths|chest (?:is )?(?:barely|not|isnt|hardly|stopped) (?:moving|rising|going up)|breathing (?:like )?(?:once|one time) every|(?:hes|shes|theyre|he is|she is|they are|(?:${PEOPLE}|guy|man|woman|girl|dude|bro|homie) is) (?:turning |going |gone |kinda |looking |all )?(?:blue|purple|gr[ae]y)(?! (?:about|over|since|lately|today|these days|eyes|shirt|hoodie|jacket|dress|team|and white|and yellow|and red))|pinned pupils|(?:skin|lips|face|fingernails|nails|fingertips|fingers|toes) (?:is |are |r |look |looks |kinda |turning |going |gone |all ){0,2}(?:blue|purple|gr[ae]y|ashy|dusky)`,
    examples: [
      'i think it had tranq in it, he is nodding so hard his head is on the table',
      'my boyfriend fell out in the car',
      'my friend is out cold and his pupils are pinned',
      'the sternum rub did nothing',
      'her chest is barely moving and her nails are blue',
      'HES BLUE WHAT DO I DO',
      'my roommate is face down, skin is kinda grey',
    ],
  },
  {
    id: 'en.overdose-now.narcan-given', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'info-seeking', 'history.en.dated-past'],
    // Naloxone already given, wearing off, not working, a second dose.
    source: String.raw`narcanned (?:him|her|them|my|me|someone|somebody|the)|(?:after|from|came back from|back from|since) (?:the |that |his |her )?(?:narcan|naloxone)|(?:narcan|naloxone) ${gap(3)}(?:twice|again|didnt|did not|isnt|not|wore|wearing|wear off|wears off|still|working|work|do anything|did nothing|nothing|second|another)|(?:came (?:around|to|back|out of it)|woke (?:up|back up)|was breathing|started breathing|(?:brought|woke|got) (?:him|her|them) (?:back|around|up|breathing)) ${gap(5)}(?:now |again )?(?:(?:hes|shes|theyre|he is|she is|they are|is) )?(?:going (?:under|out)|nodding (?:off|out)?|fading|slipping|drifting off|passing out|turning blue|not breathing|out) again|(?:did|hit (?:him|her|them) with|sprayed|shot (?:him|her|them) with) (?:[^ ]+ )?(?:narcan|naloxone)`,
    examples: ['just narcanned my roommate and he is breathing but barely', 'can narcan be given twice, the first one did nothing', 'we did narcan and called 911', 'the narcan is wearing off and he is nodding again'],
  },

  // ============================== added: medical signs ==============================
  {
    id: 'en.medical-now.seizing-now', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'figurative.en.laughing', 'figurative.en.parent-finds-out', 'hypothetical.en.if-it-happens'],
    // A seizure happening now, in the present tense: withdrawal dates ("stopped 2 days ago") do not make it history.
    source: String.raw`(?:is|im|hes|shes|theyre|are|am|currently|keeps?|started) (?:having|in) (?:a |an |another )?(?:seizure|seizures|fit|fits|convulsions)(?! of)|(?:is|im|hes|shes|theyre|started|keeps?|keeps on) (?:seizing|convulsing|fitting)|(?:about to|gonna|going to|feel like im gonna|feel like im about to|think im gonna|think im about to) (?:seize|have a seizure)|(?:getting|having|feel|feeling|got) (?:the |an |that |this )?(?:same )?aura|foaming at the mouth (?:and|n|while|&) (?:jerking|shaking|seizing|convulsing|twitching)`,
    examples: ['my dad is having a seizure he stopped drinking 2 days ago', 'she is foaming at the mouth and jerking', 'i feel like im about to seize', 'getting the same aura as before my last seizure'],
  },
  {
    id: 'en.medical-now.withdrawal-signs', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'en.voices-managed', 'en.ill-live', 'en.nerves-before-event'],
    // Jerking, eyes rolled back, shaking on the floor, seeing or hearing what is not there, the TV talking.
    source: String.raw`(?:body|arms?|legs?|hands?|he|she|hes|shes|i|im) (?:is |are |keeps? |keep on |has been |been |started |wont stop |cant stop |keeps on )?(?:jerking|twitching|spasming|convulsing|flapping)|(?:eyes|eye) (?:rolled|rolling|roll|went) (?:back|up)|on the (?:floor|ground|bed) (?:shaking|jerking|twitching|seizing|convulsing|foaming)|(?:seeing|see|sees|saw|hearing|hear|hears|heard|talking to|talks to|talking with|yelling at|answering|swatting at) ${gap(5)}(?:(?:who|that|which) )?(?:arent|are not|isnt|is not|wasnt|werent|not) (?:really |even |actually )?(?:there|real|here)|(?:hearing|hear|hears|heard) ${gap(5)}(?:and|but|n) (?:theres|there is|there was) (?:nobody|no one|noone)(?: [^ ]+)? (?:here|there)|(?<!\b(?:was|were|used to|kept|had been) )(?:hearing|hearin) (?:voices|people talking|someone talking)|(?:jerking|seizing|convulsing|twitching|flopping|thrashing) (?:around )?(?:on|all over) the (?:floor|ground|bed|couch|bathroom floor|kitchen floor)|shaking all over|(?:sweating|sweat) (?:buckets|bullets|through (?:the|his|her|my)|heavily|like crazy|so bad)|(?:yelling|screaming|swatting|shouting|talking) (?:at|to) (?:the )?(?:bugs|spiders|snakes|rats|people|shadows|ghosts|faces) (?:on|in) (?:the )?(?:walls?|ceiling|floor|room|corner)|(?:bugs|spiders|snakes|rats|insects|ants) (?:crawling )?(?:on|in|coming out of) (?:the )?(?:walls?|ceiling)|(?:keep|keeps|started|been|start) (?:seeing|hearing) (?:spiders|bugs|snakes|rats|things|people|shadows|voices|stuff|faces)|shaking so (?:hard|bad|much) (?:i|that i|he|she|that he|that she) (?:cant|can not|couldnt)|(?:tv|television|radio|walls?|phone|vents?) (?:is |are |keeps |started )?(?:talking|whispering) to (?:me|him|her|them)|(?:seeing|see|sees) (?:bugs|spiders|snakes|rats|insects|ants) (?:on|in|under|crawling) (?:the |my |his |her )?(?:walls?|ceiling|floor|bed|skin)`,
    examples: ['stopped benzos 4 days ago and my whole body keeps jerking', 'his eyes rolled back and he is on the floor shaking', 'my grandma is talking to people who arent there', 'im hearing people whisper and theres nobody here', 'my brother says the tv is talking to him', 'quit drinking 3 days ago and now hearing voices', 'day 3 off the bottle and seeing bugs on the wall'],
  },
  {
    id: 'en.medical-now.confusion', kind: 'medical-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // Not oriented, not making sense, the same question over and over.
    source: String.raw`(?:doesnt|dont|cant|didnt|does not|do not) know what (?:year|day|month|time) (?:it is|its)|(?:doesnt|didnt|does not|cant|dont) know where (?:she|he|i|they|we) (?:is|am|are|was)(?! (?:going|headed|at with|in life|with|taking))|(?:doesnt|does not|didnt) know who (?:i|she|he|we) (?:am|is|are)|(?:doesnt|does not|didnt|dont) know who (?:im|i am|shes|hes|we are|were)|asked (?:me )?who (?:im|i am|i was)|(?:is|was|got|gets|seems|acting|been|hes|shes) all (?:confused|disoriented|mixed up)|(?:he|she|they|hes|shes|theyre|him|her|${PEOPLE}) (?:is |s |was )?(?:still |just |really )?(?:isnt|is not|not|wasnt|arent|werent) making (?:any )?sense|(?:cant|doesnt|does not) (?:remember|recall|tell) (?:where|who|what day|what year) (?:she|he|i|they) (?:is|am|are)|acting (?:super |really |so |very |all |totally )?(?:confused|disoriented|delirious)|(?:keep|keeps|keeping) (?:getting |being )?(?:confused|disoriented) (?:about )?(?:where|what day|what year|who|what time)|(?:keep|keeps) (?:getting |being )?(?:confused|disoriented)(?= \.|$| and)|asking the same (?:question|thing)s? (?:over|again)|(?:talking|speaking) (?:weird|funny|strange|slurred|like (?:hes|shes) drunk)|slurring (?:his|her|my|their)? ?words|(?:shaky|sweaty|sweating|pale|clammy|drowsy|sleepy) (?:and|n) (?:confused|disoriented|not making sense)|(?:confused|disoriented) (?:and|n) (?:very |really |so )?(?:drowsy|sleepy|shaky|sweaty|clammy|slurring)`,
    examples: ['mom doesnt know what year it is', 'she is awake but she isnt making sense', 'keeps asking the same question over and over', 'my sister is shaky and confused'],
  },
  {
    id: 'en.medical-now.injury', kind: 'medical-now', guards: ['negation', 'worry-not-yet', 'hypothetical', 'history.en.dated-past', 'en.reassured-fine', 'hypothetical.en.if-it-happens'],
    // Trauma: hit by a car, stabbed, a limb bent the wrong way, a head wound, blood from the ear, a fall with no getting up.
    source: String.raw`(?<!\blike (?:i |id |ive |he |she )?(?:got |been |was |just got |had been )?)(?:hit|struck|ran over|run over) by (?:a |the )?(?:car|truck|bus|train|bike|motorcycle)|(?<!\blike (?:i |he |she )?)(?<!\b(?:back|backs|knee|knees|shoulder|shoulders|hip|hips|body|nerves|liver|voice|joints|hands|ears|eyes|feet|wrist|wrists|memory|patience|credit|car|engine|phone|battery|transmission) (?:is |are |was |were )?)(?:got|been|was|just got|is|hes|shes) (?:stabbed|shot)(?! (?:down|up|at|a |the |in the dark|from (?:years|decades|\d+ years|all (?:the|those|that)|too (?:much|many)|working|work)))|(?:arm|leg|wrist|ankle|knee|finger|foot|elbow|shoulder|hand|neck) (?:is |looks |was |r |are )?(?:bent|twisted|pointing|facing) (?:the )?wrong way|bone (?:is )?(?:sticking|poking) out|(?:fell|fallen|falling) (?:down )?(?:and|n) (?:cant|can not|couldnt|cannot) (?:get up|move|stand|walk)|(?:hit|banged|bumped|cracked|smacked|busted) (?:his|her|their) head (?:when|after|falling|on|against|open|hard|in the fall)|(?:hit|banged|bumped|cracked|smacked) my head (?:when|after|falling|in the fall)|(?:gash|cut|wound|hole) (?:in|on) (?:his|her|my|their) (?:head|face|neck|skull)|(?:hit|struck|smacked|kicked|punched|bashed) (?:in|on|over) the head|blood (?:coming |is coming |pouring |leaking )?(?:out of|from) (?:his|her|my|their) (?:ear|ears|mouth|head)|(?:fell|fallen|falling) ${gap(4)}(?:stairs|steps|ladder|roof|porch|balcony|bed|bunk|tree|window|deck|bike|horse|scaffold|scaffolding|chair) ${gap(6)}(?:hit|head|blood|cant|isnt|wont|not)|(?:fell|fallen|falling) ${gap(8)}(?:cant|can not|couldnt|cannot) (?:get up|stand|walk|move|feel (?:his|her|my|their) (?:legs|arms|feet|body|side))(?! (?:myself|him|her|it|them|the|this|being|to|on my own))|(?:bone|hip|leg|arm|knee|shoulder|wrist|ankle) (?:is )?(?:sticking|poking|popping) out|(?:head|face|neck|chest|stomach|belly) (?:is )?(?:bleeding|gushing|pouring blood)|just (?:got in|was in|were in|had|been in) (?:a )?(?:car|bad|motorcycle|bike) (?:crash|accident|wreck)|(?:got|been|was|just got|getting|were|got (?:his|her|my) ass) (?:jumped|beat up|beaten up|beaten|stomped|mugged|assaulted|attacked|kicked in the head|hit in the (?:head|face)|pistol whipped|curb stomped) ${gap(10)}(?:throwing up|threw up|vomiting|puking|passed out|blacked out|knocked out|confused|cant remember|not making sense|bleeding|swollen|seeing double|slurring|cant see|cant open)`,
    examples: ['SOMEONE GOT HIT BY A CAR', 'my arm is bent the wrong way', 'grandpa fell and cant get up', 'he hit his head when he fell and there is blood coming out of his ear', 'my cousin got a gash in his head', 'mom fell down the stairs after drinking and now she isnt making sense'],
  },
  {
    id: 'en.medical-now.acute-body', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'figurative.en.laughing', 'hypothetical.en.if-it-happens'],
    // Stroke, allergy, worst headache, jaundice, very high blood pressure, an infected limb, fainting on standing.
    source: String.raw`(?:cant|can not|cannot) (?:move|feel) (?:the )?(?:left|right|one) side|(?:left|right|one) side of (?:my|his|her|their) (?:face|body|mouth) ${gap(3)}(?:numb|droop\w*|wont move|cant move|dead|fell|sagging)|words (?:are )?(?:coming|come|came) out (?:wrong|weird|jumbled|funny|slurred)|slurred speech|(?:lips|tongue|throat) (?:is |are |r )?(?:swelling|swollen|swelled|puffing)(?: up)?|(?:cant|can not|cannot) swallow(?! (?:pills?|tablets|them|it|my|that|capsules))|worst headache (?:of (?:my|his|her) life|ever)|thunderclap headache|stiff neck (?:and|with|n) ${gap(2)}(?:fever|headache|light)|(?:headache|fever) (?:and|with|n) ${gap(3)}(?:stiff neck|neck is (?:really |so )?stiff)|(?:skin|eyes) (?:is |are |went |turning |turned |going |look |looks |r )?(?:yellow|yellowish)|jaundice|(?:bp|blood pressure) (?:machine |cuff |monitor )?(?:says |is |reads |reading |at |of )?(?:1[89]\d|2\d\d)|(?:bp|blood pressure) (?:is )?(?:through the roof|sky high|crazy high|really high|super high)|(?:foot|leg|arm|hand|toes?|fingers?) (?:is |are )?(?:swollen and black|black and swollen|turning black|turned black|going black|black where)|burning up (?:with )?(?:a )?fever|10[3-7](?: degrees?| f)? fever|fever (?:of |is |at )?10[3-7]|abscess ${gap(3)}(?:spreading|growing|getting bigger|black|oozing|hot)|red (?:streaks?|lines?) ${gap(3)}(?:spreading|creeping|running|going up|moving|crawling)|(?:leg|arm|hand|foot|site|spot) (?:is )?(?:hot and swollen|swollen and hot|red and hot|hot and red)|peeing (?:brown|blood|black|dark brown)|fever and chills|(?:cant|can not|cannot|couldnt|unable to|not able to|havent been able to) keep (?:even )?(?:water|anything|fluids|food) (?:down|in)|(?:everything|vision|world) (?:goes|going|went|turns|is going) (?:black|dark|white) when|(?:just|keep|keeps|kept) (?:blacking|passing|blacked|passed) out(?! (?:drunk|from|when|while|after|every|on|last|at night))|(?:gonna|about to|going to|feel like im gonna) black out|(?:elephant|weight|something heavy) (?:is )?(?:sitting |standing |pressing )?on (?:my|his|her) chest|breathing (?:very|really|so|super|way too) fast|(?:cant|can not|couldnt) (?:take|get) (?:a )?(?:full|deep|real) breath|(?:trouble|hard time|struggling|cant|couldnt) (?:[^ ]{1,24} )?(?:getting|get|catching) (?:enough )?(?:air|a breath|her breath|his breath)|(?:tongue|lips|throat) (?:is |are )?(?:huge|so big|puffy|tight|closing)|allergic reaction|anaphyla\w*|(?:used|use|need|needs|grab|give) (?:an |the |her |his |my )?epi ?pen|(?<!\b(?:gonna|going to|will|ill|hell|shell|wanna|want to|about to|bout to|finna|tryna|should|would|could|to) )(?:sliced|cut|split|gashed|ripped|slashed) (?:my|his|her|their) (?:[^ ]{1,24} )?(?:open|to the bone)|(?:wont|cant|doesnt) stop (?:gushing|pouring|spurting)|(?:gushing|spurting|pouring) blood|(?:hes|shes|im|theyre|skin is|eyes are) (?:turning |going |all |looking |kinda |really )?yellow|(?:belly|stomach|abdomen) (?:is )?(?:really |very |so |super )?(?:swollen|distended|bloated|rock hard|hard) (?:and|n) (?:hard|tight|swollen|yellow|hurts|hurting|painful)|where (?:he|she|i|they) (?:shoots?|injects?|shoot up|shoots up|banged|bangs|hits|shot) ${gap(3)}(?:black|purple|green|hot|swollen|oozing|pus|red|infected)|burning up ${gap(2)}(?:10[3-7])\b|acting (?:totally |really |so |all |completely |super )?out of it|(?:has|have|got|running|with) (?:a )?(?:really |very |super |crazy )?high fever|(?:cant|unable to|havent been able to|not able to) (?:pee|urinate)|(?:pee|urine) (?:is |looks )?(?:like )?(?:cola|coke|tea|brown|dark brown|black)`,
    examples: ['i woke up and cant move the left side of my face', 'his lips are swelling up and he cant swallow', 'worst headache of my life and my neck is stiff', 'my skin is yellow and my stomach is swollen', 'bp machine says 190/120', 'his foot is swollen and black where he injects', 'cant keep even water down', 'everything goes black when i stand up', 'i just blacked out in class', 'feels like an elephant is sitting on his chest', 'my ribs hurt so bad i cant take a full breath'],
  },
  {
    id: 'en.medical-now.unresponsive', kind: 'medical-now', guards: ['negation', 'hypothetical', 'history-recent', 'figurative.en.i-cant-wake-up', 'figurative.en.not-responding', 'figurative.en.breathing-a-word', 'hypothetical.en.if-it-happens', 'figurative.en.color-cause'],
    // Someone who will not wake or breathe right, with no drug in the message (detox, diabetes, a fall).
    source: String.raw`(?:wont|isnt|doesnt|cant|will not|is not) (?:[^ ]+ )?(?:waking|wake|woken) up(?! (?:for|in the morning|on time|early|in time))|(?:cant|couldnt|can not) (?:[^ ]+ )?wake (?:him|her|them)(?! (?:up )?(?:for|in the morning|on time|early|in time))|unresponsive|(?:not|isnt|wont|stopped) (?:really )?responding|(?:lips|face) (?:are |is |turning |going )?(?:blue|purple|gr[ae]y)|gasping|(?:not|isnt|stopped|barely) breathing|breathing (?:funny|weird|strange|slow|shallow)|passed out (?:on|in) (?:the )?(?:[^ ]+ )?(?:floor|ground|shower|bathroom|tub|street)|passed out ${gap(6)}(?:and )?(?:wont|isnt|not|doesnt|cant|can not|wouldnt) (?:answer|answering|wake|waking|respond\w*|talk|talking|open|move|moving)`,
    examples: ['my wife passed out in the shower and isnt waking up right, she has been detoxing', 'grandpa passed out in the garden and wont answer me', 'dad collapsed and is breathing funny, he is 4 days sober'],
  },

  {
    id: 'en.medical-now.withdrawal-danger', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'figurative.en.laughing', 'hypothetical.en.if-it-happens', 'figurative.en.fiction'],
    // Severe withdrawal and other bodies in trouble: seeing little men, walls moving, a fit with a bitten tongue,
    // a racing pulse, soaked in sweat; a clutched chest, slurred speech, a twisted leg, heat stroke, spurting blood.
    source: String.raw`(?:seeing|sees|saw|hearing|hears|talking to|talks to) (?:little |tiny |small )?(?:men|people|kids|children|animals|shadows|faces|dogs|cats|ghosts|demons|someone|somebody) (?:in|on|under|behind|outside|coming out of) (?:the |my |his |her )?(?:corner|closet|walls?|ceiling|room|bed|window|yard|tv|floor|curtains)|(?:walls|floor|ceiling|room|curtains|carpet) (?:are |is )?(?:moving|breathing|melting|crawling|waving)|(?:people|men|someone|somebody) (?:are |is )?(?:in|hiding in|living in) (?:the|his|her|my) (?:walls?|ceiling|attic|vents?)|(?:little|tiny) (?:people|men) (?:are |is )?(?:in|hiding in|living in) (?:the|his|her|my) closet|(?:had|having|has) (?:a |another )?(?:fit|seizure|convulsion) (?:and|n) ${gap(3)}(?:bit|bitten|wet|peed|fell|hit)|bit (?:my|his|her|their) tongue (?:so hard|hard|bad|real bad|really bad|in half|(?:till|until) it bled|and (?:its|it is|theres|there is) (?:bleeding|blood)|(?:in|during) (?:my|his|her|their|the|a) (?:sleep|seizure|fit))|(?:heart rate|pulse|hr|heartrate) (?:is |at |of |says |reading |went up to )?(?:1[3-9]\d|2\d\d)|(?:soaked|drenched|dripping) (?:in|with) sweat|shaking like a leaf|(?:picking|grabbing|reaching|swatting|pulling|clawing) at (?:invisible|imaginary) [^ ]+|(?:picking|grabbing|reaching|swatting|clawing) at (?:the )?(?:air|nothing)|invisible (?:bugs|things|people|stuff|spiders)|(?:too|so) weak to (?:stand|walk|get up|sit up|talk)|clutching (?:his|her|my|their) chest|chest ${gap(4)}(?:squeezed|crushed|crushing|in a vi[sc]e|caving in)|(?:arm|leg|hand|foot|fingers?|toes?) (?:is |are |turned |turning |went |going )?(?:purple|black|blue|white|ice cold) (?:and|n) (?:swollen|cold|numb|hard)|(?:cant|can not) feel (?:my|his|her|their) (?:left|right) (?:arm|leg|hand|side|foot)|words (?:are|r) (?:all )?(?:wrong|jumbled|mixed up|garbled)|got (?:into|in) (?:a )?(?:car |bad |motorcycle |bike )?(?:wreck|crash|accident)(?! (?:in|when|back|years|last|a while))|(?:chest|left arm) ${gap(6)}(?:jaw|left arm) (?:hurts|pain|aches|is numb|tingles)|(?:speech|words|talking|voice) (?:is |are )?(?:slurred|slurring|garbled|jumbled)|half (?:of )?(?:his|her|my|their) (?:face|body) ${gap(2)}(?:numb|droop\w*|dead|paralyzed|wont move|not moving)|(?:arm|leg|wrist|ankle|knee|foot|hand|fingers?) (?:is |are |looks |look )?(?:twisted|mangled|crushed|deformed)|crashed (?:his|her|my|their|the) (?:bike|car|motorcycle|truck|scooter) ${gap(8)}(?:bleeding|twisted|broken|screaming|cant|unconscious|not moving|head)|overheat\w* ${gap(6)}(?:twitching|confused|seizing|passed out|collapsed|not making sense|throwing up|cant)|heat ?stroke|(?:bad |serious |spreading |huge )?infection ${gap(6)}(?:from shooting|from injecting|from the needle|spreading|fever|chills)|(?:red|hot|swollen|streaks?) ${gap(4)}all the way (?:up )?to|(?:stab|gunshot|knife|bullet) wounds?|(?:been|got|was|is) (?:stabbed|shot) in (?:the|his|her|my)|(?:face|lips|eyes|tongue|throat) (?:is |are )?(?:puffing|swelling|swollen|puffed) (?:up )?(?:after|from) (?:eating|a bee|the bee|a sting|taking|that|the shot)|wheezing (?:and|n|bad|really|so)|blood (?:is )?(?:squirting|spurting|gushing|pouring|pumping)`,
    examples: ['my husband is seeing little men in the corner', 'he says the walls are moving', 'i just had a fit and bit my tongue', 'my heart rate is 150 and im soaked in sweat', 'my dad is clutching his chest', 'her speech is slurred and half her face is numb', 'his leg is twisted and he is screaming', 'overheated at the rave and is twitching', 'blood is squirting out of her leg'],
  },

  {
    id: 'en.medical-now.birth-choking-cold', kind: 'medical-now', guards: [...STATEMENT, 'hypothetical', 'history-recent', 'history.en.dated-past', 'figurative.en.laughing', 'hypothetical.en.if-it-happens'],
    // Labor and pregnancy bleeding, choking, sugar crashes, burns, cold, vomiting without end, hallucinations named as such.
    source: String.raw`(?:blood|bleeding|water broke|contractions|cramping)(?<=\b(?:im|i am|shes|she is|were|at|only|about|almost) (?:\d{1,2}|twenty|thirty|[a-z]+teen) (?:weeks|wks)(?: along| pregnant)?(?! (?:sober|clean|off|out|since|ago|in)\b) ${gap(10)}(?:blood|bleeding|water broke|contractions|cramping))|pregnant ${gap(10)}(?:blood|bleeding|water broke|contractions|cramping|cant feel the baby|baby isnt moving|baby stopped moving)|(?:water|waters) (?:just )?broke|contractions (?:are )?(?:every |like )?(?:\d+|two|three|four|five) (?:min|mins|minutes)|contractions every|(?:in|having|gone into|went into) (?:active |early |preterm |pre term )?labor|(?:baby|head) is (?:coming|crowning)|baby (?:isnt|stopped|not) moving|choking on (?:a |some |his |her |their |my )?(?:food|piece|grape|candy|toy|bone|steak|meat|gum|coin|chip|something|hot dog|button|battery)|cant cough|swallowed (?:a )?(?:button )?batter(?:y|ies)|heimlich|(?:blood )?sugar (?:is |at |of |reading |says |went down to |dropped to |was )?(?:[1-5]\d|[4-9]\d\d)(?! (?:min|mins|minutes|days|years|grams|g|carbs))\b|(?:blood )?sugar (?:is )?(?:crashing|tanking|really low|super low|dangerously (?:low|high))|(?:skin|blisters?) ${gap(3)}(?:peeling off|blistering|melting|charred|bubbling)|(?:third|3rd|second|2nd) degree burns?|freezing (?:and|n) (?:not making sense|confused|cant feel|blue|shaking|not moving)|hypotherm\w*|frostbite|(?:thrown up|threw up|vomited|puked) (?:like |about |over )?(?:\d{2}|[5-9]|ten|twenty|so many) times|(?:vomiting|throwing up|puking|thrown up|threw up) ${gap(6)}(?:and )?(?:cant|wont) stop(?! (?:drinking|using))|(?:vomit|vomiting|throwing up|puking|threw up|throw up|puke) ${gap(4)}(?:coffee grounds|looks like coffee|like coffee|black stuff|dark red)|(?:says|thinks|sees|saw|swears|screaming|yelling|keeps saying) ${gap(6)}(?:when|but) (?:they|it|there|he|she|nothing|nobody|no one) (?:arent|isnt|is not|are not|wasnt|werent|is there|was there)`,
    examples: ['she is pregnant and there is a lot of blood', 'her water just broke', 'contractions are 3 minutes apart', 'my toddler is choking on a grape', 'her blood sugar is 32', 'the skin is peeling off and blistering', 'grandma is freezing and not making sense', 'ive thrown up 20 times today', 'he is vomiting something that looks like coffee', 'he says the curtains are on fire when they arent'],
  },

  // ============================== added: danger now ==============================
  {
    id: 'en.abuse-danger.hurting-now', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.baby-kicks', 'negation.en.no-one'],
    // Someone hitting, choking, shoving or threatening the writer, their family or pets.
    source: String.raw`${[
      'hits?|hitting|beat|beats|beating|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?',
      'chok(?:es|ed|ing)|strangl(?:es|ed|ing)|shov(?:es|ed|ing)|smack(?:s|ed|ing)?|threaten(?:s|ed|ing)?|stab(?:s|bed|bing)?',
      'burn(?:s|ed|ing)?|whip(?:s|ped|ping)?|throws? (?:stuff|things) at|grab(?:s|bed|bing)|touch(?:es|ed|ing)',
      'grop(?:es|ed|ing)|molest(?:s|ed|ing)?|rap(?:es|ed|ing)',
    ].map((verbs) => String.raw`${saidBy(3, verbs)} (?:on )?${HURT_WHO}${NOT_HURT}`).join('|')}|${saidBy(3, 'threw|throwing|throws|thrown|hurled|hurling|chucked|chucking|flung|flinging')} (?!up\b|(?:a |the |another )?(?:fit|tantrum|party|look|glance|shade|ball|frisbee|football|question|compliment|kiss|smile|wink|bone|curveball|jab|insults?|words|idea)\b)${gap(3)}at (?:me|us|my (?:head|face)|(?:her|him|them)(?! (?:house|place|party|wedding|work|school|apartment|door|car|birthday))|my (?:[^ ]{1,24} )?(?:kids?|son|daughter|baby|mom|dog|cat))\b|(?:has|had|got|grabbed|grabbing|grabs|squeezing|squeezed|squeezes) (?:me|her|him|them|my|his) (?:by the )?(?:throat|neck)|(?:has|had|got|grabbed|grabbing|grabs|squeezing|squeezed|holding) (?:my|his|her|our) (?:[^ ]{1,24} )?(?:${PEOPLE}|grandkid|grandson|granddaughter)s? (?:by the|around the) (?:throat|neck|hair)|hands (?:around|on) (?:my|her|his) (?:throat|neck)(?! (?:[^ ]{1,24} )?(?:massag\w*|rubbing|rub|kneading|stretching))|(?:pinned|pinning|pins|held|holding|holds) (?:me|her|him|them) (?:down|against|to the)|(?:threw|throws|poured|pours|dumped|splashed|tossed) (?:a |his |her |the |some )?(?:(?:hot|boiling|scalding|burning) (?:cup of |pot of )?(?:coffee|water|tea|oil|grease|soup)|bleach|acid|gasoline|lighter fluid) (?:on|at|in) (?:me|us|my (?:face|[^ ]{1,24})|her|him|them)|(?:is|keeps|kept|came|comes|coming|started) (?:coming )?at (?:me|us|her|him|my (?:[^ ]{1,24} )?(?:mom|mother|wife|kids?|son|daughter|sister|baby)) (?:again|with (?:a|the|his|her) (?:knife|bat|belt|hammer|bottle|fist|fists|gun|pan))|(?:by|around) (?:my|her|his) (?:neck|throat|hair)(?! (?:brace|pillow|chain|tattoo))|(?<!\bi )(?:shoved|pushed|threw|slammed|dragged) (?:me|her|him|them|my [^ ]+) (?:down|into|against|to the|across|on the (?:floor|ground|bed|couch|table|counter|concrete|pavement|street|sidewalk|stairs|wall))|${saidBy(2, 'broke|busted|split|cracked|bloodied|blackened|bruised')} (?:my|her|his|their) (?:nose|jaw|ribs?|arm|lip|lips|face|eye|eyes|tooth|teeth|wrist|fingers?)`,
    examples: ['my dad is drunk and punching my mom right now', 'hes drunk and just threw a bottle at me', 'foster mom hits me with a belt when she is high', 'her boyfriend just shoved her down', 'the caregiver has been hitting him', 'he has her by the throat', 'my stepdad hits my little sister'],
  },
  {
    id: 'en.abuse-danger.threat', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'figurative.en.joking-threat', 'figurative.en.kill-me-if-i-use', 'figurative.en.parent-finds-out', 'en.benign-pickup', 'en.benign-found-out'],
    // Threats: "said I'm dead", "hed kill me if i go to rehab", "or else", "next time he won't stop", "knows where my kids sleep".
    source: String.raw`(?:said|says|saying|told me|texted|texting|threatened|swore|swears|messaged) (?:me )?(?:that )?(?:im|i am|im gonna be|ill be|youre|you are|ur) (?:dead|done for|a dead)|(?:said|says|told me|threatened|swore|texted) (?:me )?(?:that )?(?:if|when|once|unless) ${gap(7)}(?:hed|hell|shed|shell|theyll|theyd|he will|she will|he would|she would|they will|hes gonna|shes gonna|theyre gonna|im dead|ill be dead|youre dead|ill regret|im done)|(?:said|says|saying|told me|threatened|swore|swears) (?:that )?(?:hed|shed|theyd|hell|shell|theyll|he would|she would|they would|hes gonna|shes gonna|theyre gonna) (?:[^ ]+ ){0,2}(?:kill|hurt|beat|shoot|stab|get|end|burn|take) (?:me|us|my|the kids|her|him|them)|next time (?:he|she|they) (?:wont|will not|isnt gonna|aint gonna) stop|knows? where (?:i|we|my (?:[^ ]+ )?(?:kids?|family|son|daughter|baby)) (?:sleep|sleeps|stay|stays|go to school|am staying|are staying|are hiding|am hiding)|(?:found out|found|figured out|tracked down|looked up) where (?:i|we|(?:my|our) (?:[^ ]+ )?(?:kids?|family|son|daughter|baby)) (?:live|lives|sleep|sleeps|stay|stays|work|works|go to school|am|are|is)|(?:know|knows|found out|find out|figured out|tracked down|looked up) where (?:my|our) (?:[^ ]{1,24} )?${PEOPLE}s? (?:live|lives|sleep|sleeps|stay|stays|work|works|goes to school|go to school)|(?:said|says|saying|told me|threatened|swore|swears|texted) (?:that )?(?:hed|shed|theyd|hell|shell|theyll|hes gonna|shes gonna|theyre gonna|he would|she would|he will|she will|they will|hes going to|shes going to) (?:[^ ]+ )?make (?:me|us|her|him|you|my [^ ]{1,24}) (?:regret|pay|sorry|suffer)|(?:said|says|texted|saying|told me|reminded me|keeps saying) (?:that )?(?:he|she|they) knows? where (?:i|we) (?:live|sleep|stay|work|am staying|are staying)|(?:said|says|texted|saying|told me|reminded me|keeps saying) (?:that )?(?:he|she|they) knows? where my|(?:(?:better|gotta|have to|need to) (?:have|pay|get) (?:it|the money|him|them|his money|their money)|(?:pay|paid) (?:him|them|up)) ${gap(4)}or (?:else|im dead|theyll|theyre|hell|hes)|(?:till|until|by) (?:midnight|tonight|tomorrow|friday|monday|\d+) to pay ${gap(4)}or|(?:theyre|hes|shes|they|he|she|theyll|hell|shell) (?:[^ ]+ )?(?:coming|comin|gonna come) (?:for|after) (?:me|us|my (?:[^ ]{1,24} )?${PEOPLE}s?)|(?:hes|shes|theyre) (?:acting like|saying|threatening) (?:hes|shes|theyre) (?:gonna|going to) do it again|${after(String.raw`(?:regret|kill|hurt|beat|threaten\w*|pissed|furious|raging|enraged|drunk|mad|angry|coming for|get me|im dead)`, 10, String.raw`(?:hes|shes|theyre|he is|she is|they are) (?:on (?:his|her|their) way|headed|heading|driving|coming) (?:here|over|to (?:my|our|the) (?:house|place|apartment|work|job|room)|now|right now)?(?= \.|$| and| with| to| rn)`)}`,
    examples: ['the guy i owe is outside and said im dead tonight', 'he said if i go to rehab hed kill me', 'he said next time he wont stop', 'he knows where my kids sleep', 'i better have his money tonight or else', 'they said theyre coming for my little brother'],
  },
  {
    id: 'en.abuse-danger.at-the-door', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'en.benign-pickup', 'en.authorities-acting', 'negation.en.no-one', 'en.benign-found-out', 'en.bat-for-sport'],
    // Someone lying in wait or getting in: at my door, parked outside, banging on the door, showed up at my job, tracking me.
    source: String.raw`${after(String.raw`(?:someone|somebody|(?:a|some|this|theres a|there is a|the same) (?:[^ ]{1,24} )?(?:guy|man|dude|stranger|person|woman|lady)|(?:my|her|his|the) ex|the guy (?:i|we|he|she) owe)`, 8, String.raw`(?:trying|tried|tries|jiggling|jiggled|jiggles|rattling|rattled|rattles|twisting|turning|testing|yanking|pulling on|messing with) (?:every|each|all the|the|my|our|the front|the back) (?:[^ ]{1,24} )?(?:door ?handles?|door ?knobs?|doorknobs?|handles?|knobs?|doors?|windows?|locks?)`)}|${saidBy(4, 'outside|in front of|across from|outside of')} ${PLACE}|${saidBy(4, 'at')} ${DOOR}|${after(String.raw`(?:(?:my|her|his|the|this|that|some|these|those) (?:[^ ]{1,24} )?(?:ex|dealer|plug|pimp|crew|gang|connect|guy|guys|men|dudes)|(?:guy|guys|people|man|men|dude|dudes|ones) (?:i|we|he|she|they) owe)`, 4, 'outside|out front|downstairs')} with (?:his|her|their|a|some|the) (?:boys|crew|friends|people|homies|gang|guys|gun|knife|bat|brothers?|cousins)|(?<!\b(?:im|i am|i was|i|were|we are|we|ill be|i will be|ill|im just|im still) )(?:sitting|parked|parking|standing|waiting|lurking|circling|camped) (?:[^ ]{1,24} )?(?:(?:outside|in front of|across from) ${PLACE}|at ${DOOR})|(?:banging|pounding|kicking|knocking|beating) (?:on|at) ${PLACE}|(?:showed|shows|showing|show) up (?:at|to|outside) ${PLACE}|showing up wherever|(?:trying to|tryna|try to|is|are|theyre|hes|someone) (?:break|breaking|get|getting|bust|busting) in(?:to)?\b(?! (?:the (?:industry|market|business|field)|(?:my|the|a) new|shoes|boots|recovery|(?:the |my |his |her |our |a )?(?:cabinets?|drawers?|cupboards?|fridge|pantry|trash|cookies|candy|snacks|purse|makeup|toys|college|school|grad school|shape|bed|program|the habit)\b))|(?:took|taken|grabbed|snatched|ran off with|left with|picked up) (?:my|our) (?:[^ ]{1,24} )?(?:daughter|son|kids?|baby|children|child) ${gap(6)}(?:wont (?:say|tell|give|bring|let)|and (?:left|ran|disappeared|drove off|wont)|without (?:permission|asking|telling)|from (?:daycare|school|the park))|kidnapp\w*|abduct\w*|poured (?:gas|gasoline|lighter fluid) ${gap(5)}(?:house|room|car|me|her|him|us|bed|around|everywhere)|(?:hes|shes|he is|she is|and is|theyre|is) (?:holding|flicking|lighting) (?:a|his|her) lighter|(?:threatening|says|said|gonna|trying|threatened) (?:to )?(?:set|light) (?:the |my |our )?(?:house|apartment|place|me|us|her|car) (?:on fire|ablaze)|(?:theyre|hes|shes|they|he|she|guys|people) (?:are |is )?(?:still )?(?:looking|hunting|searching) for (?:me|us)\b(?! (?:at|in|to|after) (?:the )?(?:meeting|group|church|work|school))|grabbed me off the street|(?:tried|trying) to (?:pull|drag|force|get) me into (?:a|his|her|their|the) (?:car|van|truck)|(?:sees|saw|seen|watching|watches|watched|photographed|following|follows) (?:my|our) (?:kids|children|son|daughter|baby|wife|girlfriend|family) (?:at|on|in|leave|get|walk|play)|found (?:my|our|out my) (?:new )?(?:address|place|apartment|location|hotel|motel)|(?:sitting|parked|waiting|watching|standing) ${gap(4)}across the street|trying (?:the|my|our|all the) (?:doors?|windows?|handles?|locks?|door handle)|(?:letting|lets|let) (?:himself|herself|themselves) (?:in|into)|(?:calling|texting|messaging) (?:me )?from (?:different|new|blocked|private|unknown|fake) (?:numbers|accounts)(?! (?:asking for|to ask|for money))|${saidBy(1, 'has|got|grabbed|holding|pulled out|pulled|waving|picked up|brought')} (?:a |his |her |the |my )?(?:gun|knife|bat|baseball bat|machete|hammer|axe|crowbar|weapon|pistol|rifle|shotgun|blade|box cutter)${NOT_DRAWN}|(?:driving|drives|drove|walking|circling|driven) (?:past|by|around) ${PLACE}|${saidBy(2, 'watching')} (?:my|our) (?:house|place|apartment|window|windows|door)|(?:broke|smashed|busted|shattered) (?:my|our|the|a) (?:[^ ]+ )?(?:window|door|lock)|(?:someone|somebody|a (?:man|guy|stranger)|stranger|intruder|strangers) ${gapNoNeg(4)}(?:inside|in) ${PLACE}|(?:trying to|tryna|try to) (?:get|break|come|climb) (?:in|into|inside) (?:thru|through|by|from|my|our|the)(?! (?:[^ ]{1,24} )?(?:cabinets?|drawers?|cupboards?|fridge|pantry|trash|cookies|candy|snacks|purse|makeup|toys|dog food|litter box)\b)|(?:get|break|climb|came|come|broke) in (?:thru|through) (?:my|the|our) (?:window|door|back door)|kicked (?:in|down) (?:the|my|our) (?:[^ ]+ )?door|(?:trying to|tryna|gonna|about to) (?:kick|break|bust|knock) (?:the |my |our )?(?:[^ ]+ )?door (?:in|down)|kicked (?:the|my|our) (?:[^ ]+ )?door (?:in|down)|track(?:ing|ed|s)? (?:me|my (?:location|phone|car)|where i)|(?<!\b(?:my|our) )(?:tracker|airtag|gps|tracking device|tile) (?:on|in|under) (?:my|our) (?:car|phone|bag|purse|backpack|jacket|coat|keys|truck|stuff)|(?:texted|sent|dmed|dming|messaged|texting|sending|posted) (?:me )?(?:a |some )?(?:pics?|pictures?|photos?|videos?) of (?:my|our|the) (?:house|door|car|apartment|place|kids|parking lot|building|motel|hotel|street|window|job)|(?:dming|dmed|texting|texted|sent|sending|messaging) me my (?:home )?address|(?:never gave|didnt give) (?:him|her|them) my address|(?:sitting|parked|parking|waiting|lurking|idling|circling|camped|standing) (?:[^ ]{1,24} )?(?:at the (?:end|corner|top|bottom) of|down|up|on|near) (?:my|our|her|his) (?:street|block|road|driveway|building|work|job|school)(?! (?:to (?:pick|drop|give|take)|for (?:the|a|my|his|her) (?:ride|meeting|appointment)))|(?:sitting|parked|waiting|lurking|idling|standing|hanging around) (?:[^ ]{1,24} )?in the (?:parking lot|lot|stairwell|garage|alley) (?:of|at|outside|behind|by) (?:my|our|her|his) (?:building|apartment|apartments|work|job|school|motel|hotel|shelter|complex)`,
    examples: ['theres a guy in the hallway trying every door handle', 'some guy keeps jiggling my doorknob', 'the guy from the app is at my door', 'my plug is parked outside my house', 'he is banging on the bathroom door', 'my ex showed up at my job', 'someone is trying to get in through my window', 'he tracked my phone and texted me a picture of the parking lot', 'our son kicked in the door tonight'],
  },
  {
    id: 'en.abuse-danger.held-or-cut-off', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.joking-threat', 'en.authorities-acting', 'negation.en.no-one', 'en.records-on-file'],
    // Control and trafficking: phone and keys taken, ID held, "can't leave till I pay", work it off, locked out in the cold, hiding.
    source: String.raw`(?:took|taken|takes|take|hid|hides|has|keeps|kept|smashed|broke|threw) (?:all )?(?:my|our|the kids|her|his) (?:[^ ]{1,24} )?(?:phone|keys|shoes)(?:,| and| n| &)? (?:[^ ]{1,24} ){0,3}(?:keys|phone|id|wallet|shoes|money|car|passport|meds)|(?:(?:he|she|they|hes|shes|theyre|him|them) (?:has|have|is holding|keeps|kept)|took|taken|takes|kept|keep|keeps|keeping|holding|holds|hid|hides|stole) (?:my|her|his|our) (?:id|passport|papers|documents|birth certificate|social security card|green card)|(?:phone|keys|shoes|car|wallet|money) ${gap(4)}so (?:i|we|she|he) (?:cant|can not|couldnt|wont be able to) (?:leave|call|get (?:out|to|away|help)|go|drive|escape|run)|(?:im|i am) on (?:a|my) (?:friends|neighbors|sisters|moms) phone|took (?:my|the) (?:bedroom )?door off|(?:wont|refuses to|will not) give (?:me|us|her) (?:back )?(?:the |my |our |her )?(?:keys|car keys|phone|kids|baby|passport|id|money) (?:back )?|(?:following|tailing|chasing) (?:me|my car|us|our car)|in (?:my|our) (?:front |back )?(?:driveway|yard|backyard|porch|lawn|garage|hallway|stairwell) ${gap(4)}(?:and )?(?:wont|refuses to|will not) leave|(?:wont|doesnt|hasnt|didnt|isnt|not|wouldnt) (?:let|letting) (?:me|us|her|him|them|the kids) (?:eat|sleep|drink water|use the bathroom|see a doctor|go to the doctor|go to school|talk to anyone)|locked the (?:fridge|food|pantry)|(?:wont|refuses to|will not) give (?:her|him|them|the baby|the kids|my (?:baby|kids?|son|daughter)) back|(?:threatening|threatened|says|said|gonna|trying) to (?:drive off|leave|run|take off|disappear|run off) with (?:her|him|them|the baby|the kids|my)|(?:drunk|high|wasted|using) (?:and|n) (?:has|got|took) (?:my|our|the) (?:baby|kids?|children|son|daughter)|starving (?:me|us|the kids)|(?:he|she|they|hes|shes|theyre) (?:says|said|tells me|told me|keeps saying) (?:i|we) (?:cant|can not|cannot|am not allowed to|aint allowed to) (?:leave|go)|(?:cant|can not|cannot) leave (?:till|until|unless) (?:i|we) (?:pay|make|work|give|get)|making (?:me|her|him|us) (?:sleep with|have sex|stay here (?:till|until)|work for (?:him|them|his|her))|work it off (?:with|for) (?:him|them|his|her)|(?:gotta|got to|have to|has to) work for (?:him|them|his friends)|rent(?:s|ing)? (?:her|him|me) out|(?:selling|sells|pimping|pimps) (?:her|me|him)(?! (?:out|drugs|stuff|weed))|reads my (?:phone|texts|messages)|(?:dont|do not|never|pls dont|please dont) (?:call|text) (?:this number|me) back|locked (?:me|us|her|him) out|(?:kicked|thrown|threw|put) (?:me |us )?out ${gap(4)}(?:at \d{1,2} ?(?:am|pm)|at midnight|in the middle of the night|in the (?:snow|cold|rain)|tonight|\d+ degrees|no coat|nowhere to go)|(?:im |were |i am |we are |is |hes |shes |currently |been |now )?hiding (?:in|under|inside) (?:the|my|his|her|a|our) (?:[^ ]{1,24} )?(?:bathroom|closet|room|bedroom|car|basement|garage|attic|shed|laundry room|bushes|neighbors|tub|shower|bed)(?! (?:[^ ]{1,24} ){0,4}(?:hide (?:and|n|&) seek|playing|a game|the game))(?! (?:[^ ]+ ){0,2}(?:to|so i can|so i could) (?:drink|use|smoke|vape|get high|cry|nap|sleep|take))|${after(String.raw`(?:text\w*|typing|typed|writing|messaging|whispering|calling|on my phone|on the phone)`, 2, String.raw`(?:from )?(?:under|underneath) (?:the|my|a|his|her) bed`)}|hiding from (?:him|her|them|my (?:[^ ]{1,24} )?(?:${PEOPLE}|dealer|plug)s?)(?! (?:that|how|what|the fact|about))|(?:im|i am|were|we are|got|been|(?:has|have|keeps|keeping|got) (?:me|us|her|him|them|the kids|my (?:[^ ]{1,24} )?(?:kids|son|daughter|baby|children))) locked (?:in|inside|up in) (?:the|my|a|his|her) (?:[^ ]{1,24} )?(?:bathroom|room|bedroom|closet|basement|car|trunk|garage|attic|shed|house|apartment)|locked myself in (?:the|my|a) (?:[^ ]{1,24} )?(?:bathroom|room|bedroom|car|closet)|(?:put|slipped|dropped) something in (?:my|her|his) drink|(?:drugged|roofied) (?:me|my drink|her)|(?:drink|drinks|cup|soda) (?:was |got |has been |been |is |were |mightve been |must have been )?(?:spiked|drugged|roofied|tampered with)|(?:i|we|she|he) (?:was|got|were|been|think i was|think i got) (?:drugged|roofied)|spiked (?:my|her) drink|(?:keeps|kept|keep) (?:coming|sneaking|walking|getting) (?:in|into) (?:my|her|his) (?:room|bed|bedroom)|(?:has|got|took) (?:my|our|the) (?:baby|kids?|children|son|daughter) ${gap(5)}(?:drunk|high|drinking|been drinking|wasted|using|driving)|on a rampage|(?:said|says|told me|saying|yelling) (?:that )?(?:im|i am|youre|you are|ur|we are|were) next(?! (?:in line|up|to go|for|on the list|in the queue))|${saidBy(5, 'punching|kicking')} (?:holes|the walls?|walls|doors|the door)|${saidBy(5, 'throwing|smashing|breaking')} (?:stuff|things|shit|everything|furniture|plates|dishes|chairs|bottles)|(?:ceiling|roof) (?:is )?(?:caving|collapsing|falling) in|wires hanging|gas leak`,
    examples: ['he took my phone and keys and i am on my friends phone', 'the guy i stay with took my ID and says i have to work for him', 'he says i cant leave till i pay him back', 'my parents locked me out in the snow', 'got kicked out at 3am and its 12 degrees', 'hiding in the laundry room', 'texting u from under the bed', 'i think someone put something in my drink', 'moms boyfriend keeps coming into my room at night', 'pls dont call this number back he reads my phone', 'my uncle is drunk and throwing stuff'],
  },
  {
    id: 'en.overdose-now.naloxone-dose', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'history.en.harm-long-ago'],
    // Naloxone given by hand or by staff ("gave him 2 narcans", "the nasal spray"), or asked about while giving it.
    source: [
      after(String.raw`(?:(?:gave|give|giving|given|gives|hand|hands|handing|handed)(?! (?:out|away|us|me|everyone|people)\b)|used|sprayed|spray|did|administered|hit (?:him|her|them) with|had to (?:give|use))`, 3,
        String.raw`(?:narcans?|naloxone|nasal spray|kloxxado|zimhi|narc ?cans?|nar cans?|narcon|narcons|narkan|narkans|narcam|narcin|narican|nalaxone|naloxon|nalaxon|nalox)(?! (?:kits?|training|class|classes|to (?:a|my|the|her|his|our|their|everyone)|out|away|at (?:group|the meeting|class|work|church))\b)`),
      String.raw`how (?:much|many) (?:narcans?|naloxone) (?:do|should|can|to) (?:i |we )?(?:give|use|spray|do)`,
      // Dictated or described: "the nose spray", "the nasal one", with the person's state after it ("still out", "breathing a little").
      after(String.raw`(?:gave|give|giving|given|used|sprayed|spray|did|administered|hit (?:him|her|them) with|had to (?:give|use)|put|shot) ${gap(3)}(?:nose|nasal) spray(?: [^ ]{1,24}){0,6}`, 6,
        String.raw`(?:still out|out cold|not awake|wont wake|not waking|breathing|blue|gr[ae]y|limp|groaning|nodding|came to|came back|coming to|coming around|came around|woke up|overdos\w*|unresponsive|not responding|passed out|moving|gasping|throwing up)`),
    ].join('|'),
    examples: ['gave him 2 narcans and hes barely breathing', 'gave her the nasal spray 5 min ago', 'how much narcan do i give him'],
  },
  {
    id: 'en.overdose-now.count-or-mix-then-sign', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'intent-not-yet', 'history.en.dated-past', 'en.withdrawal-not-overdose', 'hypothetical.en.if-it-happens'],
    // A count taken then a sign ("took like 20 ... cant walk straight"); a sign after two drugs at once; evidence swallowed.
    source: [
      String.raw`${TOOK} (?:[4-9]|[1-9]\d{1,2})(?! (?:min|mins|minutes|hours|hrs|days|weeks|years|months|seconds|secs|bucks|dollars|steps|miles|tries|times|shots of espresso|mg|percent)\b) ${gap(8)}${OD_SYMPTOM_NOT_CHEST}`,
      after(String.raw`${OD_SYMPTOM_NOT_CHEST} ${gap(4)}after (?:taking |doing |having )?(?:like |about )?(?:\d+|a few|some|two|three|a couple) (?:of )?(?:my |his |her |the |[^ ]{1,24}s )?(?:${DRUGS}|${DOSES})`, 0,
        String.raw`(?:and|n|with|w|plus) (?:some |a few |\d+ |two |three |a couple )?(?:of )?(?:(?:my|his|her|the|[^ ]{1,24}s) ){0,2}(?:${DRUGS}|${DOSES}|beers?|drinks|shots|wine|vodka|liquor)`),
      after(String.raw`(?:swallowed|ate|gulped|choked down|downed)`, 4, String.raw`(?:baggie|baggy|bag|stash|bundle|rocks?|balloons?) (?:when|before|cuz|because|bc|so) (?:the )?(?:cops|police|po|feds|security|staff|popo)`),
      // A count named as a noun phrase, then a sign: "12 klonopin ... talking weird slurring", "15 gabapentin in an hour and he cant stand".
      ...chunks(topLevelAlternatives(DRUG_NOUNS.slice(3, -1)), 10).map((nouns) =>
        String.raw`(?:[4-9]|[1-9]\d) (?:of (?:my|his|her|their|the) )?${anyOf(...nouns)} ${gap(12)}${OD_SYMPTOM_NOT_CHEST}`),
      // "took that many tonight", "swallowed so many of them", then a sign.
      String.raw`(?:took|taken|swallowed|popped|ate|downed) (?:that|so|this) many(?= \.|$| (?:tonight|today|at once|and|of (?:them|those|these|my|his|her|the|their)|pills|meds|tabs|bars|xans|in|now)\b) ${gap(12)}${OD_SYMPTOM_NOT_CHEST}`,
    ].join('|'),
    examples: ['took like 15 a while ago and i cant walk straight', 'im so drowsy after 3 gabapentin and 2 of my percs and some beers', 'swallowed the whole baggie when the cops pulled up'],
  },

  // ============================== round 4: scenes, withdrawal, wounds, control ==============================
  {
    id: 'en.overdose-now.found-with-gear', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'history-recent', 'hypothetical.en.if-it-happens'],
    // What a family finds: gear beside someone (needle, foil, a cut straw), someone grey and not moving, a bottle empty
    // that was full, a poison drunk for the alcohol in it (hand sanitizer, mouthwash, rubbing alcohol).
    source: [
      String.raw`(?:(?<!insulin |diabetic |sewing |knitting )needles?|syringes?|rig|foil|straws?|spoons?|pipe|baggies|baggie|empty (?:bags?|pill bottles?|bottles?|blister packs?)|pill bottles? (?:all )?empty|tie off|tourniquet) (?:and (?:a |an |the |some )?[^ ]{1,24} )?${gap(2)}(?:next to|beside|by|near|around|under|in front of|on the floor (?:next to|by|beside)) (?:him|her|them|his body|her body|his hand|her hand)(?! (?:at|in) (?:the )?(?:park|playground|beach|street))(?! (?:because|cause|cuz|bc|since|for) (?:hes|shes|he is|she is|theyre|his|her) (?:diabetic|a diabetic|insulin|sugar|shots?|knitting|sewing))`,
      behind(String.raw`(?:is|hes|shes|theyre|looks|went|turned|gone|going|are|and) (?:all |kinda |so |really |like )?`,
        String.raw`(?:gr[ae]y|blue|purple|ashen|ashy|white) (?:and|n|&) (?:not moving|not breathing|limp|unresponsive|not responding|snoring|gurgling|wont (?:wake|move|answer)|not waking|stopped (?:moving|breathing|responding|answering)|went limp)`),
      String.raw`(?<!\b(?:water|wine|beer|shampoo|soap|lotion|milk|juice|soda|ketchup|spray|gas|propane|oxygen) )(?:bottle|bottles|blister pack|pill box|pillbox|pill organizer) (?:of (?:his |her |my |their |the )?[^ ]{1,24} (?:[^ ]{1,24} )?)?(?:is |was |are |were |now |sitting |lying |left )?(?:all |completely |totally )?(?:empty|emptied|gone|cleaned out) ${gap(10)}(?:(?:(?:it|that|they|which) (?:was|were) )?(?:full|brand new|new|just (?:filled|refilled|picked up))\b|(?:got|had|picked up) (?:it|them) (?:filled |refilled )?(?:yesterday|today|this morning|last night|this week|on [^ ]+)|seeing (?:things|stuff|bugs|people|spiders)|hallucinat\w*|talking to (?:people|nobody|no one|the wall)|${OD_SYMPTOM_NOT_CHEST})`,
      after(OD_SYMPTOM_NOT_CHEST, 6, String.raw`(?:the |his |her |my |their )?(?:pill organizer|pill box|pillbox|pill bottles?|blister packs?|med box|medicine box|bottle of (?:his |her |my |their )?[^ ]{1,24}) (?:is |was |are |were )(?:all |completely |totally )?(?:empty|emptied|gone|cleaned out)`),
      String.raw`(?:found|find|is|hes|shes|lying|laying|passed out|collapsed) (?:(?:him|her|them|my [^ ]{1,24}) )?(?:on|in) (?:the )?(?:bathroom|kitchen|bedroom|garage|basement|car|closet)? ?(?:floor|tub|couch|bed) ${gap(2)}(?:pills|capsules|tablets|needles?|syringes?|baggies|foil|empty bottles?) (?:everywhere|all over|all around|next to|beside|spilled|scattered)`,
behind(String.raw`(?:locked|shut|been|is|hes|shes|stuck) (?:himself |herself |themselves )?in (?:the|a|her|his|their) (?:bathroom|room|bedroom|car|stall|basement|garage) ${gap(8)}`,
        String.raw`(?:wont|isnt|not|doesnt|stopped|hasnt) (?:answer|answering|answered|respond|responding|responded|come out|coming out|open|opening|opened)(?: (?:the door|me|us|her phone|his phone|texts))? ${gap(6)}(?:relapsed|using|used|shooting up|high|fent\w*|dope|pills|heroin|needle|nodding)`),
      behind(String.raw`(?:relapsed|using|used|shooting up|high|fent\w*|dope|pills|heroin|needle) ${gap(8)}(?:locked|shut|been|is|hes|shes|stuck) (?:himself |herself |themselves )?in (?:the|a|her|his|their) (?:bathroom|room|bedroom|car|stall|basement|garage) ${gap(8)}`,
        String.raw`(?:wont|isnt|not|doesnt|stopped|hasnt) (?:answer|answering|answered|respond|responding|responded|come out|coming out|open|opening|opened)`),
      String.raw`(?:put on|wearing|stuck on|applied|using|slapped on) (?:like )?(?:two|three|four|five|\d+|multiple|a bunch of|all|several|extra) (?:of (?:them|the|her|his|my) )?(?:fent(?:anyl)? |pain |duragesic |extra )?patches`,
      after(String.raw`patch(?:es)?`, 8, String.raw`(?:put on|stuck on|applied|wearing|slapped on) (?:like )?(?:two|three|four|five|\d+|several|all) (?:of them|at once)`),
      String.raw`(?:bottle|bottles|pack|box|stash|bag|baggie|script|prescription) (?:of [^ ]{1,24} )?(?:was|were) (?:full|brand new|new|just (?:filled|refilled)) ${gap(8)}(?:(?:its|it is|theyre|they are|is|are|now) )?(?:all |completely |totally )?(?:empty|gone|emptied)`,
      behind(String.raw`(?:drank|drunk|swallowed|chugged|downed|ingested|guzzled|gulped) ${gap(4)}`,
        String.raw`(?:hand sanitizer|sanitizer|rubbing alcohol|isopropyl|mouthwash|antifreeze|bleach|windshield (?:washer )?fluid|lighter fluid|lamp oil|gasoline|cologne|perfume|vanilla extract|nail polish remover|drain cleaner|laundry pods?|tide pods?|detergent|cleaning (?:stuff|product|spray|fluid)|paint thinner|brake fluid)`),
    ].join('|'),
    examples: [
      'found my brother in his room not moving, a needle beside him',
      'she is on the floor, theres foil and a rolled straw next to her',
      'the man by the dumpster is grey and not moving',
      'his oxy bottle is empty and it was full yesterday, he cant keep his eyes open',
      'my dad drank the mouthwash again and now hes throwing up and out of it',
      'grandma swallowed some rubbing alcohol',
    ],
  },
  {
    id: 'en.medical-now.withdrawal-timeline', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'en.withdrawal-easing'],
    // A stop with its time ("day 2 no alcohol", "36 hrs since last drink", "third morning off the bottle", "coming off
    // two weeks of drinking", "quit xanax on my own") and a dangerous sign, in either order: shakes, things not there,
    // confusion, a racing heart, numb feet, a fit.
    // One branch per way of saying the time, each in both orders, so every branch has its own literals.
    source: WITHDRAWAL_TIMES.flatMap((time) => [
      String.raw`${time} ${gap(14)}${WITHDRAWAL_SIGN}`,
      behind(String.raw`${WITHDRAWAL_SIGN} ${gap(14)}`, time),
    ]).join('|'),
    examples: [
      'day 3 off the booze and the shaking wont stop and i keep seeing stuff move',
      'my uncle has been off alcohol since friday and he doesnt know who i am',
      'cant stop shaking, heart is pounding, about 30 hours since my last drink',
      'coming off a month of drinking and he says he cant feel his hands',
      'quit my klonopin cold turkey and the floor keeps moving',
    ],
  },
  {
    id: 'en.medical-now.infected-wound', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // Wounds gone bad (xylazine and injection wounds): black, green, rotting smell, pus, open to the bone, red hot
    // where they shoot; a fever read off a thermometer.
    source: [
      after(WOUND, 7, String.raw`(?:turned|turning|is|looks|going|gone|went|getting|got) (?:all |kinda |really |so |like )?(?:black|green|gr[ae]y|purple and black|dead looking|rotten|rotting)`),
      after(WOUND, 8, String.raw`(?:smells|stinks|smell|reeks|smelling|stinking) (?:so |really |real |super )?(?:bad|rotten|like (?:death|rot|something died|meat)|awful|terrible|off|weird|funny|nasty|gross)`),
      after(WOUND, 8, String.raw`(?:oozing|leaking|draining|full of|filled with|dripping) (?:yellow |green |thick |white )?(?:pus|green|yellow stuff|gunk|puss)`),
      String.raw`(?:open|all the way|down|deep|almost|practically) to the bone|(?:can|could|you can) see (?:the )?bone`,
      after(String.raw`(?:red|hot|swollen|streaks?|black|oozing|pus|infected)`, 8,
        String.raw`where (?:ive|hes|shes|theyve|weve|i have|he has|she has|i|he|she|they) (?:been |keep |keeps )?(?:shooting|injecting|banging|hitting|slamming|shooting up|missing)`),
      String.raw`(?:thermometer|temp|temperature|fever) (?:says|is|reads|reading|read|at|of|hit|was|showed|shows|went up to) (?:like |about |almost |over )?(?:10[3-7])\b`,
      after(WOUND, 12, String.raw`(?:chills|the chills|fever|shivering|shaking with (?:cold|fever)|burning up|red streaks?)`),
    ].join('|'),
    examples: [
      'the sore on my shin from the xylazine turned black',
      'her abscess smells rotten and shes getting the chills',
      'the wound is open to the bone',
      'arm is red hot and swollen where he has been injecting',
      'thermometer says 104 and i cant stop shaking',
    ],
  },
  {
    id: 'en.medical-now.heart-side-liver', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'figurative.en.stress-cause', 'hypothetical.en.if-it-happens'],
    // A heart out of rhythm, one side gone numb, fainting on standing, liver failing (yellow eyes, swollen hard belly, black vomit).
    source: [
      String.raw`heart(?:beat| beat|s)? ${gap(4)}(?:skipping(?: beats?)?|all over the place|irregular|fluttering|flip ?flopping|doing flips|stopping and starting|missing beats|out of rhythm)`,
      String.raw`(?:whole |entire )?(?:left|right|one) side (?:of (?:my|his|her|their) (?:body|face) )?(?:went|is|going|feels|gone|has gone|just went|got|turned) (?:all |completely |totally |kinda )?(?:numb|dead|weak|limp|tingly|heavy)`,
      String.raw`(?:blacking|passing|blacks|passes|blacked|passed|keeps? fainting|faints|fainted) (?:out )?(?:when|whenever|every time|each time|as soon as) (?:she|he|i|they) (?:stands?|stood|gets? up|got up|sits? up)`,
      String.raw`(?:yellow (?:eyes|skin)|eyes (?:are |r |look |looks |went |turning |going )?(?:all |really |kinda )?yellow)(?! (?:in (?:this|the|that|old|an old|his|her|these|those) (?:[^ ]{1,24} )?(?:light|lighting|photos?|pics?|pictures?|filter|video)|from the (?:light|lamp|filter)))`,
      String.raw`(?:belly|stomach|abdomen|gut) (?:is |got |looks )?(?:really |very |so |super |all )?(?:big|huge|swollen|distended|bloated|puffed up) (?:and|n|&) (?:hard|tight|swollen|firm)`,
      String.raw`(?:throwing up|vomiting|puking|threw up|puked|vomited) ${gap(2)}(?:black|dark) (?:stuff|vomit|blood|liquid|gunk)`,
      String.raw`(?:threw up|throwing up|vomited|vomiting|puked|puking) (?:up )?(?:some |a lot of |so much )?blood|(?:looks|look|looked|looking) like coffee grounds|coffee ground (?:vomit|puke|stuff|looking)`,
      String.raw`(?:belly|stomach|abdomen|gut) (?:is |feels |got |went )?(?:hard as a rock|rock hard|hard like a rock|tight as a drum|hard as a brick)`,
    ].join('|'),
    examples: [
      'his heart feels like its skipping and he is sweating',
      'my whole right side just went numb',
      'she keeps passing out when she stands up',
      'yellow eyes and his belly is swollen and hard',
      'he is throwing up black stuff',
    ],
  },
  {
    id: 'en.abuse-danger.child-at-risk', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past'],
    // A child left with buyers or strangers, made to "do things", or given pills or drink by an adult in charge.
    source: [
      after(String.raw`(?:leaves?|left|leaving|leavin) (?:her|him|them|the kids|the baby|my (?:[^ ]{1,24} )?(?:grand\w+|kids?|son|daughter|baby|niece|nephew))(?: alone| home alone)?`, 0, String.raw`with (?:the |some |random |strange |her |his |those |these |all the )?(?:men|guys|strangers|dealers|johns|customers|buyers|dudes|people who (?:come|buy|use))`),
      after(String.raw`(?:making|made|makes|forcing|forced|forces|gets|getting|got) (?:him|her|me|them|my (?:[^ ]{1,24} )?(?:son|daughter|kid|child|sister|brother|grandson|granddaughter))(?: to)?`, 0, String.raw`do (?:things|stuff|sexual things|sex stuff|things to him|things to her)(?! (?:around|for (?:school|work|the house|money|chores)|like (?:chores|homework|the dishes|laundry)|at (?:work|school)|on (?:the|his|her) (?:list|farm)))`),
      after(String.raw`(?:coach|teacher|pastor|priest|youth pastor|youth leader|uncle|stepdad|stepfather|neighbor|babysitter|tutor|trainer|counselor|scout leader|mentor|(?:moms|dads|her|his|their) (?:boyfriend|bf|girlfriend|gf))`, 6,
        String.raw`(?:giving|gives|gave|been giving|handing|hands) (?:him|her|them|my [^ ]{1,24}) (?:pills|drugs|alcohol|beer|liquor|weed|vapes?|edibles|xans|percs|shots)`),
    ].join('|'),
    examples: [
      'my niece is 5 and her dad leaves her alone with the guys who come to buy',
      'my daughter told me her tutor has been making her do things',
      'the youth pastor keeps giving him pills after practice',
    ],
  },
  {
    id: 'en.abuse-danger.check-in', kind: 'abuse-danger', guards: ['history', 'history.en.dated-past', 'figurative.en.joking-threat'],
    // A safety check-in left with someone: "if you don't hear from me by midnight call the police", "if I'm not out
    // in an hour call 911". The "if" is the message itself, so the hypothetical guard is not used.
    source: [
      String.raw`(?:dont|do not|havent|have not|didnt|did not|never) (?:hear|get a text|get a call|hear back) (?:back )?from (?:me|her|him|us) ${gap(6)}(?:call|send|get|tell) (?:the )?(?:police|cops|911|9 1 1|help|someone|somebody)`,
      after(String.raw`(?:if|when|in case) (?:i|im|i am|she|shes|he|hes)(?: dont| do not| doesnt| am not| is not| isnt| not| havent| hasnt| dont get)?`, 0, String.raw`(?:text|call|check in|message|answer|come back|come out|get back|back|out|home|answering|texting|texted|called) ${gap(6)}(?:call|send) (?:the )?(?:police|cops|911|9 1 1)`),
    ].join('|'),
    examples: ['my friend said if you dont hear from me by 10 call the cops', 'if im not out in an hour call 911, im going to get my kids from his place'],
  },
  {
    id: 'en.abuse-danger.cut-off-now', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'en.benign-pickup', 'negation.en.no-one', 'figurative.en.joking-threat'],
    // A safety check-in ("if you don't hear from me by midnight call the police"), the exit blocked, the phone smashed,
    // someone being beaten now, a phone tracked, "she can't leave".
    source: [
      saidBy(3, String.raw`(?:blocking|blocks|blocked|standing in|stands in|standing in front of|guarding|sitting in front of)`) + String.raw` (?:the |my |our )?(?:front |back |bedroom |bathroom |only |apartment |garage )?(?:door|doorway|exit|way out|stairs)`,
      saidBy(2, String.raw`(?:threw|throws|smashed|smashes|broke|breaks|snapped|stomped on|destroyed|flushed)`) + String.raw` (?:my|her|our) (?:cell )?phone(?! (?:case|screen|screens|screen protector|charger|by accident|accidentally|when (?:he|she|i) (?:dropped|fell|tripped)))`,
      after(String.raw`(?:phone|cell)`, 6, String.raw`(?:threw|smashed|broke|flushed|dunked|stomped on|snapped) (?:it|them) (?:in|into|against|at|on|across) (?:the )?(?:toilet|wall|floor|ground|river|pool|lake|street|tub|sink|window)`),
      String.raw`(?:wont|doesnt|will not|isnt|not) (?:let|letting) (?:me|her|him|them|us|my [^ ]{1,24}) (?:see|talk to|call|visit|text|go see) (?:anyone|anybody|her family|his family|her friends|his friends|us|her kids|his kids|my family|my friends|a doctor|her mom|his mom|my (?:daughter|son|kids|children|sister|brother|doctor|mom|dad|pastor|neighbor))`,
      String.raw`(?:texted|sent|messaged|called|snapped) (?:me |us )?(?:help(?! (?:with|me with|on|for|out))|sos|911|come get me|call the (?:police|cops)|hes here|hes back) ${gap(6)}(?:(?:shes|hes|theyre|she|he|they|and|but) )?(?:isnt |is not |not |wont |stopped |hasnt been |has not been )?(?:answering|responding|picking up|replying)`,
      String.raw`(?:left|dumped|abandoned|ditched|kicked) (?:her|me|him|them|us) (?:out )?(?:there|on the side of the road|on the highway|at (?:a|the) (?:gas station|rest stop)|in the middle of nowhere|on the street|outside) ${gap(4)}(?:took|taking|kept|with) (?:her|my|his|their) (?:phone|keys|wallet|purse|money|id|shoes)`,
      String.raw`(?:has|got|hes got|shes got|have|backed) (?:me|her|him|my (?:[^ ]{1,24} )?(?:mom|mother|wife|sister|daughter|kids?|son|grandma|girlfriend)) (?:cornered|trapped|backed (?:into|against|up against))|cornered (?:me|her|him|my (?:[^ ]{1,24} )?(?:mom|mother|wife|sister|daughter|kids?|son|grandma|girlfriend)) (?:in|against|and)`,
      String.raw`(?:drunk|high|wasted|hammered|using|been drinking|drinking) (?:and|n) (?:is |hes |shes )?(?:driving|drove|took off|left|speeding) (?:around |off |away )?with (?:my|our|the|her|his) (?:kids|baby|children|son|daughter|grandkids?|grandson|granddaughter)`,
      String.raw`(?:locks|locking|locked|chained|padlocked|padlocks) (?:up )?(?:the|all the) (?:fridge|refrigerator|food|pantry|kitchen|cabinets)|(?:hasnt|havent|doesnt|wont|didnt|hadnt|not) (?:fed|feed|feeding|given|let) (?:us|me|the kids|them|him|her|my [^ ]{1,24}) (?:eat |food |anything |any food )?(?:in|for) (?:\d+|two|three|four|a couple of|a few|days)`,
      String.raw`(?:leaves?|left|leaving|keeps?|kept) (?:her|him|them|my (?:[^ ]{1,24} )?(?:mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|aunt|uncle)) (?:lying |laying |sitting )?in (?:dirty|soiled|wet|filthy|her own|his own) (?:sheets|diapers|clothes|bed|pee|urine|mess)`,
      saidBy(6, String.raw`(?:pushes|pushed|pushing|knocks|knocked|knocking|shoves|shoved|shoving|throws|threw|throwing|slams|slammed|slamming)`) + String.raw` (?:me|her|him|us|them|my (?:[^ ]{1,24} )?(?:mom|mother|dad|father|grandma|grandpa|wife|sister|husband)) around(?! (?:in|on) (?:my|her|his|a|the) (?:wheelchair|chair|stroller|cart|walker|scooter)| the (?:park|block|mall|store|yard))`,
      String.raw`(?:being|getting|gettin) (?:beat|beat up|beat on|beaten|beaten up|beaten on|slapped|punched|choked|kicked|knocked around|smacked|thrown around|strangled)(?: on)? (?:by|right now|again)(?! (?:a |the )?(?:car|truck|bus|ball|wave|train|bike|pitch|deadline|storm|lot of|team|other team))|(?:being|getting|gettin) hit (?:right now|again|by (?:her|his|their|my|our|the) (?:[^ ]{1,24} )?${PEOPLE}s?)`,
      saidBy(3, String.raw`(?:tracks|tracking|tracked|track|monitors|monitoring|checks|checking|reads|reading|has a tracker on|put a tracker on|put an airtag on)`) + String.raw` (?:her|his|their|our) (?:phone|location|car|texts|messages)`,
      String.raw`(?:she|he|they|my (?:[^ ]{1,24} )?(?:daughter|son|sister|mom|mother|friend|sis)) (?:says |said |told me |thinks )?(?:she |he |they )?(?:cant|can not|cannot|isnt allowed to|is not allowed to|aint allowed to|not allowed to) (?:leave|get out|go home|get away)(?= \.|$|(?: and| or| without| unless| because| bc| cause| cuz| he| she)\b)`,
    ].join('|'),
    examples: [
      'he is standing in front of the door and wont move',
      'she smashed my phone and im on my laptop',
      'my mom is being beat on by her boyfriend',
      'he tracks her location and she cant leave',
    ],
  },
  {
    id: 'en.medical-now.down-no-pulse', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'history-recent', 'hypothetical.en.if-it-happens'],
    // Found down, unconscious, no pulse, CPR under way, agonal breathing; on the floor for hours; a stroke's lost words
    // or dead hand; jaw and arm pain; fever with confusion (sepsis in an older person).
    source: [
      String.raw`(?:is|hes|shes|theyre|was|lying|laying|still|went|now|and|seems|looks) (?:completely |totally |just |still )?(?:unconscious|unconcious|unconsious|knocked out cold)`,
      String.raw`found (?:him|her|them|my (?:[^ ]{1,24} )?${PEOPLE}) (?:down|unresponsive|unconscious|collapsed|slumped|face down|not breathing|on the (?:floor|ground|bathroom floor|kitchen floor))`,
      String.raw`(?:no|cant find a|cant feel a|couldnt find a|cant get a|doesnt have a|without a) pulse(?! of)|(?:doing|started|giving|gave|do|keep doing|im doing|were doing|we are doing|started doing) (?:him |her |them )?(?:cpr|chest compressions|compressions)(?! (?:training|class|classes|course|certification|cert|on (?:a|the) (?:dummy|mannequin)))|agonal`,
      String.raw`(?:been|lying|laying|stuck|was) on the (?:floor|ground|bathroom floor|kitchen floor) (?:for|since|all) (?:hours|\d+ hours|a few hours|last night|this morning|yesterday|night|day)`,
      String.raw`(?:cant|can not|cannot|couldnt) get (?:his|her|my|their|the) words out|(?:right|left) (?:hand|arm|leg|foot) (?:wont|doesnt|isnt|stopped|will not|cant) (?:work|working|move|moving|lift)`,
      String.raw`(?:jaw|neck) (?:and|n|&) (?:left |right )?(?:arm|shoulder|chest) ${gap(1)}(?:hurt|hurts|ache|aches|aching|pain|are hurting|is hurting|hurting)`,
      String.raw`fever (?:and|n|&) (?:is |hes |shes |now |really )?(?:really |so |all |very |super )?(?:confused|not making sense|out of it|delirious|disoriented)`,
      String.raw`sugar (?:is |was |reads |says |went |shot )?(?:up )?(?:over|above|past|more than|almost) [4-9]\d\d`,
      String.raw`(?:hasnt|havent|has not|have not|not|hadnt) (?:eaten or |drunk or |ate or |had anything to drink or )?(?:peed|urinated|drank anything|had anything to drink|had any water) (?:in|for|since) (?:\d+|two|three|a day|a couple|days|yesterday)|so weak (?:that )?(?:she|he|i|they) (?:cant|can not|cannot|couldnt) (?:get up|stand|walk|get out of bed|sit up|lift (?:her|his|my) head)(?! (?:early|in the morning|on time|for (?:work|school|the gym|class|church)))`,
      String.raw`skin ${gap(4)}(?:coming|falling|sliding|peeling|bubbling) (?:off|up)(?! (?:from|after) (?:a |the |my |his |her )?(?:sunburn|peel|mask|scrub|lotion))`,
      String.raw`(?:coughing|spitting|bringing) up (?:pink|frothy|foamy|pinkish) (?:foam|froth|stuff|spit|mucus|bubbles)|pink (?:frothy|foamy) (?:spit|sputum|mucus)|(?:cant|can not|cannot) (?:lie|lay) (?:down|flat) (?:without|or) (?:choking|gasping|drowning|suffocating)`,
    ].join('|'),
    examples: [
      'found my uncle down in the garage and he is unconscious',
      'i cant find a pulse and we are doing cpr',
      'dad has been on the floor since last night',
      'she cant get her words out and her left arm wont move',
      'my jaw and left arm hurt and im sweating',
      'grandma has a fever and is so confused',
      'her sugar is over 600 and she is breathing fast',
      'he is coughing up pink foam',
      'the skin on her hand is bubbling up from the burn',
    ],
  },
  {
    id: 'en.medical-now.head-injury', kind: 'medical-now', guards: ['negation', 'worry-not-yet', 'hypothetical', 'history.en.dated-past', 'en.reassured-fine', 'hypothetical.en.if-it-happens'],
    // A blow to the head with a warning sign after it: blood, double vision, vomiting, passing out, confusion.
    source: [
      String.raw`(?:hit|banged|bumped|cracked|smacked|slammed|busted|whacked|conked) (?:my|his|her|their) head ${gap(12)}(?:blood|bleeding|seeing double|double vision|see double|threw up|throwing up|puking|puked|vomited|vomiting|getting sick|got sick|keep getting sick|passed out|blacked out|knocked out|cant remember|dont remember|doesnt remember|lost time|confused|not making sense|slurring|pupils|keeps asking|asking the same|(?:so |super |really )sleepy)`,
      // Struck by someone ("hit me in the head with the bottle", "kicked him in the head"), then a warning sign.
      String.raw`(?:(?:hit|smacked|kicked|punched|bashed|struck|stomped|clocked|cracked) (?:me|him|her|them|my [^ ]{1,24})|(?:got|get|been|was|were) (?:hit|smacked|kicked|punched|bashed|struck|stomped|clocked|cracked)) (?:in|on|over|upside) (?:the|my|his|her) head ${gap(10)}(?:seeing double|double vision|see double|threw up|throwing up|puking|vomiting|passed out|blacked out|knocked out|cant remember|confused|not making sense|slurring|pupils|wont stop bleeding|sleepy|cant stay awake|ear is bleeding|blood (?:from|out of) (?:my|his|her) ear)`,
      // The fall came from a faint or a fit: "passed out and hit his head", "collapsed, cracked her head on the tub".
      String.raw`(?:passed out|blacked out|fainted|collapsed|seized|had a seizure|went down|dropped|knocked out) ${gap(3)}(?:hit|banged|cracked|smacked|slammed|busted|split) (?:my|his|her|their) head`,
    ].join('|'),
    examples: ['fell and hit my head and now im seeing double', 'he banged his head on the curb and threw up twice'],
  },
  // ============================== round 5: by class ==============================
  {
    id: 'en.abuse-danger.threat-received', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.joking-threat', 'en.benign-pickup', 'en.on-good-terms'],
    // A threat received without the word: a photo of my door sent with no words, "knows where I live" from someone owed or
    // an ex, "you'll pay one way or another", "you'll end up in the river".
    source: [
      after(String.raw`(?:sent|send|sends|sending|texted|texting|texts|messaged|dmd|dmed|posted|snapped|got|getting|keeps? (?:sending|texting))`, 6,
        String.raw`(?:pic|pics|picture|pictures|photo|photos|snap|snaps|video|screenshot|screenshots) of (?:my|our|her|his|their) (?:[^ ]{1,24} ){0,2}(?:door|house|home|car|truck|apartment|apt|building|porch|window|school|gate|street|driveway|mailbox|address)`),
      after(String.raw`(?:owe|owes|owed|ex|exs|dealer|plug|pimp|threatened|threatening|threats?|debt|stalker|stalking)`, 12,
        String.raw`(?:knows?|found out|figured out|got|has|have) (?:where (?:i|we|she|he|they|my (?:[^ ]{1,24} )?${PEOPLE}s?) (?:live|lives|stay|stays)|(?:my|our|her|his) (?:home |new |exact )?address)`),
      String.raw`(?:knows?|found out|figured out) where (?:i|we|she|my (?:[^ ]{1,24} )?${PEOPLE}s?) (?:live|lives|stay|stays) ${gap(8)}(?:tonight|my kids are|the kids are|is coming|hes coming|theyre coming|on (?:his|their|her) way|pay up|or else)`,
      String.raw`one way or (?:another|the other)(?<=\b(?:said|says|saying|told (?:me|her|him|us)|texted|warned|swore|threatened|text(?:ed)? me) ${gap(6)}(?:pay|paying|payin|owe|get (?:it|his money|the money|their money|paid)) ${gap(3)}one way or (?:another|the other))`,
      after(String.raw`(?:said|says|saying|told (?:me|her|him|us)|texted|warned|swore|threatened|threatening|his words|her words|their words)`, 6,
        String.raw`(?:ill|id|i will|i would|im gonna|youll|youd|you will|you would|ull|well|wed|we will|shell|shed|hell|hed|theyll|theyd) end up (?:dead|floating|missing|in (?:a|the) (?:river|ditch|lake|trunk|grave|morgue|dumpster|body bag|ground|woods|bay|creek|canal|landfill|swamp)|like (?:the last (?:guy|girl|one|person)|him|her|them))`),
    ].join('|'),
    examples: [
      'the dude i owe just texted me a photo of my front door, nothing else',
      'my dealer says ill pay one way or another and he knows where my mom lives',
      'she keeps saying ill end up in a ditch if i leave her',
      'the guy i owe money to knows where i live and hes coming tonight',
    ],
  },
  {
    id: 'en.overdose-now.tolerance-gone', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'intent-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // Used after time clean, when the tolerance is gone: the old amount now can stop a breath.
    source: [
      after(String.raw`(?:used(?! to)|relapsed|shot up|shot|did|took|smoked|snorted|hit|using|first time|same amount|old amount|my old)`, 14,
        String.raw`(?:(?:no |zero |lost (?:my |his |her |all )?|without (?:any )?|dont have (?:any|a) |have no )tolerance(?! (?:for|to) )|tolerance (?:is |was |s |has |must be )?(?:gone|shot|zero|nothing|way down|down|low|reset|dropped))`),
      String.raw`(?:first (?:hit|shot|line|bump|bag|pill|dose|use|time using|time i used|time ive used|time shooting|time smoking|one)|used (?:again )?for the first time) (?:since|after|in) ${gap(5)}(?:clean|sober|rehab|detox|treatment|prison|jail|got out|getting out|months|years|weeks|days) ${gap(14)}(?:${OD_SYMPTOM_NOT_CHEST}|(?:way |too |so |really )(?:strong|hard))`,
    ].join('|'),
    examples: [
      'used again after 4 months sober, no tolerance left and i feel so wrong',
      'first hit since rehab and its way too strong, cant keep my eyes open',
      'first time using after 60 days clean, took what i used to take, room is spinning',
    ],
  },
  {
    id: 'en.medical-now.came-to', kind: 'medical-now', guards: ['negation', 'worry-not-yet', 'hypothetical', 'history.en.dated-past', 'en.reassured-fine', 'hypothetical.en.if-it-happens'],
    // Passed out and came to (on the floor) with a sign: blood, jerking, cannot talk, no idea how long.
    source: String.raw`(?:came to|come to|coming to|woke up|woke|waking up)(?<=\b(?:passed out|blacked out|fainted|collapsed|knocked out|went down|dropped) ${gap(8)}(?:came to|come to|coming to|woke up|woke|waking up))(?: (?:on|in|at) (?:the|my) (?:[^ ]{1,24} )?(?:floor|ground|ice|pavement|sidewalk|tiles|stairs|street))? ${gap(10)}(?:blood|bleeding|twitching|jerking|shaking|seizing|split|confused|(?:cant|couldnt|cannot) (?:talk|remember|move|see|feel|speak)|no idea how long|dont know how long|threw up|throwing up|puking)|(?:came to|woke up|woke|come to) (?:on|in) (?:the|my) (?:[^ ]{1,24} )?(?:floor|ground|ice|pavement|sidewalk|tiles|stairs|street) ${gap(10)}(?:blood|bleeding|twitching|jerking|shaking|seizing|split|confused|(?:cant|couldnt|cannot) (?:talk|remember|move|see|feel|speak)|no idea how long|dont know how long|threw up|throwing up|puking)`,
    examples: [
      'blacked out in the stockroom and just came to on the floor, my head is bleeding',
      'came to on the kitchen floor, no idea how long i was out, lip is split',
      'passed out at my desk, woke up on the floor, coworker says i was jerking',
    ],
  },
  {
    id: 'en.overdose-now.stacked-sedation', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'intent-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'figurative.en.as-prescribed'],
    // Two downers taken together (pills on top of drink, methadone plus bars), then the body going quiet: eyes will not stay open, everything slow.
    source: [
      after(String.raw`(?:took|take|taken|popped|drank|had|ate|swallowed|used|did|mixed|extra|on top of|plus|with|and|n) ${gap(5)}${SEDATIVES} ${gap(8)}(?:on top of|with|and|plus|n|w|then|after)(?: [^ ]{1,24}){0,4} ${SEDATIVES}`, 14,
      String.raw`(?:cant|can not|couldnt|barely|hard to) (?:keep (?:my |his |her |their )?eyes open|stay awake|stay up|wake (?:him|her|them) (?:up|right))|(?:everything|room|world|time|it all) (?:is |feels |feel )?(?:getting |going )?(?:so |really |super |all )?(?:slow|quiet|far away|dark|sliding)|(?:nodding|nodding off|falling asleep)|breathing (?:feels |is |so |really )*(?:slow|shallow|weird)`),
      String.raw`(?:(?:cant|can not|couldnt|barely|hard to) (?:keep (?:my |his |her |their )?eyes open|stay awake|stay up|wake (?:him|her|them) (?:up|right))|(?:everything|room|world|time|it all) (?:is |feels |feel )?(?:getting |going )?(?:so |really |super |all )?(?:slow|quiet|far away|dark|sliding)|(?:nodding|nodding off|falling asleep)|breathing (?:feels |is |so |really )*(?:slow|shallow|weird)) ${gap(8)}(?:took|take|taken|popped|drank|had|ate|swallowed|used|did|mixed) ${gap(5)}${SEDATIVES} ${gap(8)}(?:on top of|with|and|plus|n|w|then|after)(?: [^ ]{1,24}){0,4} ${SEDATIVES}`,
    ].join('|'),
    examples: [
      'took my seroquel and then a couple of his xans too, cant keep my eyes open',
      'so sleepy i cant keep my eyes open, i took my methadone and then a couple of her klonopin',
      'drank most of a bottle of wine on top of my klonopin and everything is getting so slow',
      'took 2 ambien and a beer and a gummy and now everything is getting slow',
    ],
  },
  {
    id: 'en.overdose-now.child-got-into', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'worry-not-yet'],
    // A small child (or someone who cannot judge) got into someone's pills, edibles or methadone.
    source: after(String.raw`(?:${SMALL_CHILD}) ${gap(8)}(?:ate|swallowed|chewed|chewing|eating|drank|got into|had|took|licked|sucked on)(?: on)?`, 0,
      String.raw`(?:(?:some|a few|a bunch|a couple|one|two|\d+|half|all|most) of )?(?:my|our|the|grandmas|grandpas|his (?:dads|moms|grandmas)|her (?:dads|moms|grandmas)|someones|their (?:dads|moms)|her|his|a (?:bottle|bag|pack|box) of) (?:[^ ]{1,24} ){0,3}(?:pills|meds|medicine|medication|tablets|gummies|edibles|bars|methadone|suboxone|subs|fent|dope|oxys|percs|xans|vape|nicotine|weed|pill organizer|pill box|pillbox|pill case|pill bottles?|med box|medicine cabinet|med cabinet)`),
    examples: [
      'my 2yo got into the bathroom cabinet and ate some of my pills',
      'toddler ate a bunch of my edibles off the counter',
      'found my son chewing on my methadone, dont know how many he had',
      'my 3 year old got into grandmas purse and swallowed some of her blood pressure pills',
    ],
  },
  {
    id: 'en.medical-now.shakes-drink-would-stop', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'en.withdrawal-easing'],
    // Withdrawal shakes: shaking hard with days dry, or with "one drink would stop it".
    source: [
      String.raw`(?:shaking|trembling|shakes|shaky|tremors) ${gap(12)}(?:(?:a|one|1|just one) (?:drink|beer|shot|sip) (?:would|will|could|might|always) (?:stop|fix|calm|help|settle|steady|make)|(?:no|without) (?:a )?(?:drink|drinks|booze|alcohol|liquor|beer) (?:in|for|since) (?:\d+|two|three|four|a couple|a few|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last)|day (?:\d|two|three|four) (?:without|no|off|dry|sober))`,
      String.raw`(?:(?:a|one|1|just one) (?:drink|beer|shot|sip) (?:would|will|could|might|always) (?:stop|fix|calm|help|settle|steady)|(?:no|without) (?:a )?(?:drink|drinks|booze|alcohol|liquor|beer) (?:in|for|since) (?:\d+|two|three|four|a couple|a few|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last)) ${gap(12)}(?:shaking|trembling|shakes|tremors)(?! (?:stopped|are gone|are better|went away|eased))`,
      String.raw`(?:shaking|trembling) (?:real|really|so|super|hella|mad|very|uncontrollably) (?:bad|hard|much)? ?${gap(12)}(?:drink|booze|alcohol|sober|dry|quit|detox|withdrawal)`,
    ].join('|'),
    examples: [
      'hands are shaking real bad and im sweating buckets, no drink in 3 days',
      'im trembling so hard i spilled my coffee, one drink would fix it',
      'the shakes are terrible and a beer would calm them but i promised my wife',
    ],
  },
  {
    id: 'en.medical-now.sick-baby', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'en.reassured-fine'],
    // A baby under a few months: fever, floppy or limp, hard to wake, not feeding.
    source: after(String.raw`(?:baby|babys|newborn|infant|(?:\d|one|two|three|four|five|six) (?:day|days|week|weeks|wk|wks|month|months|mo) old)`, 12,
      String.raw`(?:floppy|limp|lethargic|hard to wake|wont wake|(?:wont|will not|isnt|not|hasnt|refusing to|refuses to|keeps refusing) (?:to )?(?:feed|feeding|fed|nurse|nursing|eat|eaten|take (?:a|the|his|her) bottle|the bottle)(?! (?:from|with|unless|if|when|at (?:daycare|night)))|fever of (?:10[0-6]|3[89])|refusing (?:the|his|her|a) (?:bottle|breast|feeds?))`),
    examples: [
      'my 3 week old has a fever and is really floppy, she wont nurse',
      'newborn is limp and hard to wake',
      '5 week old baby has a fever of 100.8 and keeps refusing the bottle',
    ],
  },
  {
    id: 'en.medical-now.cold-exposure', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'figurative.en.laughing'],
    // Cold water or hours in the cold, then the body failing: shivering that will not stop, numb feet, confusion.
    source: after(String.raw`(?:ice|creek|river|lake|pond|water|snow|cold|freezing|outside|out here|soaked|wet|frozen|degrees|all night|hours|hrs)`, 12,
      String.raw`(?:(?:cant|can not|wont) stop shivering|shivering (?:so |really |real )?(?:hard|bad|uncontrollably)|shaking uncontrollably|(?:cant|can not) feel (?:my|his|her|their) (?:feet|toes|fingers|hands|legs)(?! lol)|(?:hands|feet|toes|fingers) (?:are |r )?(?:numb|white|black|blue)|shivering (?:and|n) (?:confused|not making sense|slurring|sleepy)|(?:hes|shes|im) shivering ${gap(3)}confused)`),
    examples: [
      'fell into the creek and got out but i cant stop shivering and cant feel my toes',
      'my grandpa was out in the cold all night, hes shivering so hard and confused',
      'car broke down in the cold, been out here 3 hrs, cant feel my feet anymore',
    ],
  },
  {
    id: 'en.abuse-danger.blocked-grabbed-held', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.joking-threat', 'en.authorities-acting', 'negation.en.no-one', 'en.official-holds-papers', 'en.records-on-file'],
    // Held in place by a person (blocking the door, cornering, grabbing), papers held, keys and contact taken away.
    source: [
      saidBy(5, String.raw`(?:(?:is|keeps|kept|standing|stood|sitting|and|hes|shes|theyre|still|now) )?blocking (?:the|my|our|her|his) (?:front |back |bedroom |bathroom |only )?(?:door|doorway|exit|way out|hallway|stairs|driveway|car)`),
      String.raw`(?:stood|standing|stands|sat|sitting) in (?:the|my) (?:doorway|door) ${gap(6)}(?:blocking|screaming|yelling|wont (?:let|move)|wouldnt (?:let|move))`,
      after(String.raw`(?:${WHO}|customer|rider|passenger|client|boss|manager|supervisor|coworker|co worker|landlord|driver|neighbor|trainer|coach|teacher|roommate|foreman|stranger|man|guy)`, 8,
        String.raw`(?:keeps?|kept|wont stop|started|is|hes|shes|theyre|been|and) (?:grabbing|cornering|groping|pinning|touching|following) (?:me|her|us)\b(?! (?:up|a|some|out of (?:habit|curiosity))\b)`),
      String.raw`(?:took|takes|taken|keeps|kept|is holding|are holding|holding|holds|has|have|hid|hides|stole) (?:all )?(?:my|our|her|his|their|the workers|everyones) (?:[^ ]{1,24} )?(?:passports|ids|papers|documents|visas|work permits|green cards)`,
      String.raw`(?:took|takes|taken|hid|hides|has|grabbed|stole) (?:my|our|the|her) (?:car )?keys ${gap(3)}(?:wallet|phone|cell|id|cards|money|landline|passport|purse)`,
      String.raw`(?:unplugged|cut|ripped out|pulled out|disconnected|smashed) (?:the|my|our) (?:landline|house phone|phone line|router|wifi|internet)(?<=\b${THEY} ${gapNoNeg(3)}(?:unplugged|cut|ripped out|pulled out|disconnected|smashed) (?:the|my|our) (?:landline|house phone|phone line|router|wifi|internet))`,
    ].join('|'),
    examples: [
      'my boyfriend is blocking the door and says im not leaving tonight',
      'the customer keeps grabbing me and wont get out of my car',
      'the farm boss is holding all our passports and we cant leave the camp',
      'my husband took the car keys and my wallet and hid my phone',
      'he unplugged the landline and took my cell',
    ],
  },
  {
    id: 'en.overdose-now.acetaminophen-count', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'intent-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // Too much acetaminophen harms the liver hours later, even when the person feels fine: a count of 15 or more, or "a lot".
    source: [
      String.raw`(?:${ACETAMINOPHEN}) ${gap(6)}(?:(?:like|about|maybe|around|over|at least|almost|probably) )?(?:1[5-9]|[2-9]\d|a lot|a bunch|a ton|the whole bottle|too many|a handful|half the bottle)\b(?! (?:mg|milligrams|minutes|mins|years|yrs|days|ml|count|pack|caplets? pack)\b)`,
      String.raw`(?:took|had|taken|swallowed|ate|popped|downed|had like|took like) (?:(?:like|about|maybe|around|over|at least|almost|probably) )?(?:1[5-9]|[2-9]\d|a lot of|a bunch of|a ton of|too many|a handful of|the whole bottle of|half the bottle of|a whole bottle of) (?:extra strength |regular |the )?(?:${ACETAMINOPHEN})`,
    ].join('|'),
    examples: ['ive had like 25 tylenol since yesterday for this toothache', 'my mom swallowed a lot of tylenol this afternoon', 'took maybe 40 acetaminophen over the day'],
  },
  {
    id: 'en.overdose-now.dose-repeated', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'figurative.en.as-prescribed'],
    // The same dose taken again by mistake (forgot, cannot remember), often an older person alone.
    source: [
      String.raw`(?:forgot|forgetting|cant remember|couldnt remember|didnt remember|dont remember|wasnt sure|not sure) ${gap(8)}(?:took|taken|had) (?:them|it|my|his|her|their|another) (?:[^ ]{1,24} ){0,3}(?:again|twice|a second time|a third time|second dose|another dose)`,
      String.raw`(?:took|taken|had|swallowed) (?:them|it|my|his|her|their|the) (?:[^ ]{1,24} ){0,3}(?:again|twice|a second time|a third time|double) ${gap(6)}(?:by mistake|by accident|accidentally|forgot|cant remember|dont remember|maybe a third|maybe three)`,
      // "double dosed my methadone by accident", "doubled up on my klonopin, forgot i already took it", "im real drowsy".
      String.raw`(?:double|triple|doubled|tripled) ?(?:dosed|dosing|dose|up on) ${gap(10)}(?:by accident|by mistake|accidentally|forgot|forgetting|didnt realize|without realizing|cant remember|dont remember|${OD_SYMPTOM_NOT_CHEST})`,
      after(String.raw`(?:accidentally|by accident|by mistake|forgot|forgetting|didnt realize|without thinking|(?:i|he|she|they) (?:think|thinks|might have|must have|mightve|mustve))`, 6, String.raw`(?:double|triple|doubled|tripled) ?(?:dosed|dosing|up on)`),
      String.raw`forgot (?:that )?(?:i|he|she|they|we|mom|dad|grandma|grandpa) (?:already |had already |already had |had )(?:took|taken|had|did|used|done|swallowed) ${gap(10)}(?:again|another|a second|second|twice|double|${OD_SYMPTOM_NOT_CHEST})`,
    ].join('|'),
    examples: ['forgot i already had my heart pills and took them again, now im dizzy', 'i took my blood pressure pills twice by mistake', 'grandma cant remember if she took her meds so she took them a second time'],
  },
  {
    id: 'en.overdose-now.revived-refuses-care', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'history.en.harm-long-ago'],
    // Brought back with naloxone but refusing the hospital (it can wear off), or no second dose at hand.
    source: after(String.raw`(?:narcan|naloxone|nasal spray)`, 16,
      String.raw`(?:refus\w*|wont|will not|doesnt want|dont want|not going|saying no|says no|said no|say no) (?:to )?(?:go to |go |going to )?(?:the )?(?:er|hospital|ambulance|ems|paramedics|get checked|see a doctor)|(?:only had|dont have|no more|ran out of|out of|didnt have|dont have another|only (?:had|have)) (?:the |one |another |a second |any more )?(?:one|another|second|narcan|more)\b`),
    examples: ['narcan worked and hes awake and throwing up but he refuses to go to the hospital', 'we brought her back with narcan but shes saying no to the er and we dont have another one'],
  },
  {
    id: 'en.abuse-danger.thrown-out-unsafe', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.joking-threat'],
    // A minor, or anyone into the cold, put out of home now: "till morning to get out, im 16", "throwing me out and its 10 degrees".
    source: [
      String.raw`(?:changed the locks|locked (?:me|us) out|(?:stuff|things|bags) (?:is |are |was |were )?(?:on|out on) the (?:curb|street|sidewalk|lawn)) ${gap(14)}(?:\d+ degrees|freezing|below zero|snowing|sleeting|my baby|the baby|my newborn|my kids|the kids|nowhere to go|no where to go)`,
      String.raw`(?:(?:till|until|til|by) (?:morning|tonight|tomorrow|midnight|the morning|\d+(?: am| pm)?) to (?:get out|leave|be gone|move out|pack)|(?:im|i am|be) out (?:by|till|until) (?:morning|tonight|tomorrow|midnight)|(?:throwing|kicking|putting|threw|kicked|put|locked) (?:me|us|my (?:[^ ]{1,24} )?(?:son|daughter|kid|kids)) (?:and (?:my|our) (?:stuff|things) )?out|(?:throwing|kicking|putting|threw|kicked|put) (?:my|our) (?:stuff|things) out and (?:me|us)) ${gap(14)}(?:(?:im|i am|shes|hes) (?:1[0-7]|only 1[0-7]|a minor)|\d+ degrees|snow|freezing|nowhere(?: to go)?|no where)`,
    ].join('|'),
    examples: ['my dad says i have until tonight to get out of the house, im 16 and have nowhere to go', 'landlord is throwing me and my stuff out tonight and its 10 degrees', 'landlord changed the locks, my stuff is on the curb and its 14 degrees out'],
  },
  {
    id: 'en.abuse-danger.child-heard-hurt', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past'],
    // A neighbour hears a child (or anyone) being hurt through the wall: slaps, thuds, begging, crying for help.
    source: [
      after(String.raw`(?:upstairs|downstairs|next door|across the hall|neighbors?|neighbours?|through the (?:wall|walls|floor|ceiling)|the (?:little|lil) (?:girl|boy|kids?|one)|the (?:baby|kid|kids|girl|boy|child))`, 14,
        String.raw`(?:belt (?:hitting|smacking|cracking|snapping|whipping|sounds?)|(?:thuds?|thumps?|slaps?|slapping|smacks?|smacking)|getting (?:hit|beat|beaten|slapped|smacked|hurt)(?! (?:was|is|its) (?:just |only )?(?:a matter of time|bound to happen|inevitable))|begging (?:him|her|them|for)|screaming (?:for help|no|stop)|crying (?:for help|stop)|whimpering)\b`),
    ].join('|'),
    examples: ['the little boy next door is screaming no and i keep hearing slaps', 'neighbors kid is begging him to stop, i hear thumps through the wall'],
  },
  {
    id: 'en.abuse-danger.elder-harmed', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'en.injury-explained'],
    // An older person hurt or robbed by someone they live with: bruises, black eye, marks, scared of the aide, money or cards taken.
    source: after(String.raw`(?:grandma|grandpa|grandmother|grandfather|granny|nana|papa|elderly (?:mom|dad|mother|father|neighbor|man|woman|lady|aunt|uncle)|old (?:man|woman|lady)|my (?:\d{2}|eighty|ninety|seventy)[^ ]{0,12} year old (?:mom|dad|mother|father))`, 12,
      String.raw`(?:bruises|bruised|black eye|welts|marks on (?:her|his)|burns on (?:her|his)|scared of (?:the|her|his|my) (?:[^ ]{1,24} )?(?:aide|caregiver|nurse|son|daughter|nephew|niece|grandson|cousin|uncle|aunt)|(?:took|takes|taking|stole|steals|keeps) (?:his|her) (?:bank card|card|cards|checks|check|money|pension|social security|food stamps|ebt|meds|pills))`),
    examples: ['my grandma lives with my cousin who drinks and she has bruises on her arms and wont say why', 'grandpa has a black eye and his caregiver took his bank card', 'my grandmother is scared of the aide and has marks on her wrists'],
  },
  {
    id: 'en.abuse-danger.impaired-driving-child', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'figurative.en.joking-threat'],
    // A drunk or high adult driving off with a child: the child in the car, the adult wasted.
    source: [
      String.raw`(?:${IMPAIRED}) ${gap(10)}(?:${DRIVE_OFF}) ${gap(8)}(?:${KID_IN_CAR})`,
      String.raw`(?:${IMPAIRED}) ${gap(10)}(?:${KID_IN_CAR}) ${gap(8)}(?:${DRIVE_OFF})`,
      String.raw`(?:${KID_IN_CAR}) ${gap(10)}(?:${DRIVE_OFF}) ${gap(10)}(?:${IMPAIRED})`,
      String.raw`(?:${KID_IN_CAR}) (?:[^ ]{1,24} ){0,3}(?:in the car|in the back|car seat) ${gap(10)}(?:${IMPAIRED})`,
    ].join('|'),
    examples: ['their mom is hammered and pulling out of the lot with both kids in the back', 'my ex is wasted and just drove off with our daughter in the car'],
  },
  {
    id: 'en.abuse-danger.lurking-nearby', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.en.dated-past', 'en.benign-pickup'],
    // A car or a person waiting near home for a long time, tied to an ex, a stalker, an order running out.
    source: String.raw`(?:parked|parking|sitting|idling|waiting|circling|lurking|camped)(?: [^ ]{1,24}){0,6}(?: (?:at the end of|down|across from|up|on|around|outside))? (?:(?:my|our|the) (?:driveway|street|block|road|lane|house|building|cul de sac)|it)(?: [^ ]{1,24}){0,14} (?:ex|exs|stalker|restraining order|protective order|order expires|order runs out|followed me|got out|same (?:car|truck|van) as|like (?:his|hers|my exs))\b`,
    examples: ['a car has been parked at the end of my street with someone in it for an hour, looks like my exs friend', 'theres a guy waiting down my block in a grey van, same one that followed me from work'],
  },
  // ============================== round 6: by class ==============================
  {
    id: 'en.overdose-now.renarcotized', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // Brought back with naloxone, then going under again as it wears off: sliding back under, nodding back out, fading on us again.
    source: after(String.raw`(?:narcan\w*|naloxone|nasal spray|the spray|(?:brought|got|woke) (?:him|her|them) (?:back|around|up)|came (?:back|around|to)|woke (?:up|back up)|sat up)`, 16,
      String.raw`(?:going|goin|slipping|sliding|sinking|drifting|nodding|fading|falling|passing|dropping|zoning|went|gone|starting to go|starting to nod|started to go) back (?:out|under|off|down|to sleep|into it)|(?:going|goin|slipping|sliding|sinking|drifting|nodding|fading|passing|dropping|went|gone) (?:out|under|off) (?:on (?:us|me) )?again|back to nodding`),
    examples: [
      'the narcan kicked in but now shes going back under and ems is five minutes out',
      'the narcan brought him around but now hes sliding back under',
      'she woke up from the naloxone and now shes drifting back off',
      'we got him back with naloxone and hes fading out on us again',
    ],
  },
  {
    id: 'en.medical-now.heavy-bleeding', kind: 'medical-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'figurative.en.fiction', 'en.bleeding-minor'],
    // Bleeding that a towel cannot hold: spurting, pulsing, gushing, keeps running, a pool of blood, soaked through the rag.
    source: [
      String.raw`blood (?:is |was |just |now |still |keeps |started |starts )?(?:spurting|squirting|gushing|pulsing|pumping|spraying|shooting) ?(?:out|from|everywhere|all over)?`,
      String.raw`blood (?:keeps|kept|wont stop|will not stop|just keeps|is still|still|wont quit) (?:on )?(?:running|pouring|coming|dripping|flowing|streaming|gushing|seeping|soaking|leaking)`,
      String.raw`(?:its|it is|and its|cut is|wound is|gash is|arm is|leg is|hand is|its still|still) (?:still |just )?(?:spurting|squirting|gushing|pulsing|spraying)(?! (?:water|oil|rain))`,
      String.raw`(?:puddle|pool|pools|puddles) of blood`,
      String.raw`(?:soaked|soaking|bleeding|bled|seeping) (?:right |all the way |straight )?(?:through|thru) (?:the |his |her |my |a |another |two |three |every )?(?:towel|towels|rag|rags|shirt|shirts|bandage|bandages|gauze|sheets?|paper towels|napkins|tourniquet|jeans|pants|sock|wrap|dressing|hoodie)`,
      after(String.raw`(?:cut|cuts|bleed\w*|blood|gash|wound|sliced|stabbed|slit|glass)`, 10,
        String.raw`(?:towel|towels|rag|rags|shirt|bandage|bandages|gauze|tourniquet|hoodie|sock) (?:is |are |r |was )?(?:already |completely |totally )?(?:soaked|soaking|drenched|full of blood|all red)(?! (?:in|with|from) (?:water|sweat|rain|coffee|the (?:rain|shower|sink)))`),
      after(String.raw`(?:cut|gash|wound|sliced|split|laceration|opened|slit)`, 8, String.raw`(?:can|could) see (?:the |his |her |my )?(?:bone|fat|white stuff|muscle|tendon|tendons|insides)`),
    ].join('|'),
    examples: [
      'sliced my thumb on a tin can, its squirting and the rag is soaked through',
      'blood is pulsing out of his leg',
      'blood keeps running down my face from my head',
      'theres a puddle of blood under him',
      'the gash is so deep i can see white stuff',
    ],
  },
  {
    id: 'en.medical-now.med-reaction', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // A medicine turning on the body: a new antipsychotic or a shot locking the neck, jaw, eyes or tongue (dystonia);
    // lithium with vomiting and confusion; twitching with sweating after an antidepressant goes up; rigid with a fever.
    source: [
      after(String.raw`(?:antipsychotics?|haldol|haloperidol|abilify|aripiprazole|risperdal|risperidone|zyprexa|olanzapine|seroquel|quetiapine|invega|geodon|latuda|prolixin|clozapine|clozaril|reglan|metoclopramide|compazine|phenergan|injection|the shot|(?:new|psych|my) (?:med|meds|medication|pills?|psych meds?)|started (?:the|a|my|on) (?:new )?(?:med|meds|medication|pills?)|(?:upped|raised|increased|doubled|bumped up|went up on|upping|raising) (?:my|his|her|the))`, 16,
        String.raw`(?:neck|head) (?:is |keeps |kept |got |went |feels |keeps getting )?(?:twisted|twisting|stuck|locked|pulled|pulling|cranked|turned|bent|jerked|jerking) (?:to (?:one|the) side|sideways|back|backwards|over|to the (?:left|right))(?! to (?:look|see|check))|(?:jaw|mouth) (?:is |feels |got |keeps |went )?(?:locked|locking|stuck|clamped|frozen) ?(?:shut|open|up|tight|sideways)?|(?:cant|can not|cannot|couldnt) (?:close|open|shut) (?:my|his|her|their) (?:mouth|jaw)|tongue (?:feels |is |keeps |went |got |keeps getting )?(?:so |really |all )?(?:thick|huge|swollen|too big|sticking out|hanging out|rolling|curling|stuck out|pushing out)|(?:eyes|eye) (?:are |is |keep |keeps |got |getting |r |keep getting |keeps getting )?(?:stuck|locked|rolling|rolled|pulling) (?:up|upward|back|to the side|sideways|rolled up|looking up)|(?:cant|can not|cannot|couldnt) (?:straighten|turn|move) (?:it|my neck|his neck|her neck|my head|his head|her head)(?: back| out| straight)?|(?:stiff|rigid) as a (?:board|rock|plank)|(?:whole body|muscles|body) (?:is |are |went |got )?(?:rigid|locked up|all locked)|(?:fever|burning up|temp) ${gap(6)}(?:all |really |so |super |very )?(?:stiff|rigid)|(?:all |really |so |super |very )(?:stiff|rigid) ${gap(4)}(?:fever|burning up|sweat\w*|confused)|(?:twitching|jerking|muscles (?:are )?(?:jumping|twitching|jerking)) ${gap(6)}(?:sweat\w*|fever|burning up|racing|pounding|overheating)`),
      String.raw`lithium ${gap(12)}(?:puking|vomiting|throwing up|threw up|diarrhea|the runs) ${gap(8)}(?:shaking|shaky|trembling|confused|cant walk|stumbling|slurring|twitching|jerking|wobbly|dizzy)`,
      String.raw`lithium ${gap(12)}(?:shaking|shaky|trembling|confused|cant walk|stumbling|slurring|twitching|jerking) ${gap(8)}(?:puking|vomiting|throwing up|threw up|diarrhea|the runs)`,
    ].join('|'),
    examples: [
      'second day on the new antipsychotic and my neck is stuck to one side and my tongue feels huge',
      'got the haldol shot at the er and now my jaw is locked',
      'new psych med and my eyes keep getting stuck rolled up',
      'on lithium and ive been puking all day, shaking and kinda confused',
      'my brother is on clozapine and hes stiff as a board with a high fever',
      'they raised my zoloft and now im twitching and sweating buckets',
    ],
  },
  {
    id: 'en.medical-now.stroke-signs', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'en.always-been'],
    // A stroke without the word: one side of the face fallen or numb, an arm that will not lift, words that come out wrong or
    // not at all, slurring with nothing drunk, one eye gone.
    source: [
      String.raw`(?:face|mouth|smile|lip|lips|eye|eyelid|cheek) (?:is |are |feels |feel |looks |look |went |going |gone |kinda |all |r |got |just )*(?:droop\w*|sagg\w*|slack|crooked|lopsided|fallen|hanging|numb|dead|uneven|pulled down|limp|heavy) ${gap(3)}(?:on (?:one|the left|the right|his left|his right|her left|her right|my left|my right)(?: side)?|on one side|one side)`,
      String.raw`(?:one|left|right) side of (?:my|his|her|their) (?:face|mouth|smile|lip|lips|body) ${gap(3)}(?:droop\w*|sagg\w*|slack|crooked|fallen|numb|dead|limp|heavy|weird|wont move|not moving|went)`,
      String.raw`one (?:eye|eyelid) (?:is |keeps |kinda |going |looks )?(?:droop\w*|closing|sagging|hanging)`,
      String.raw`(?:cant|can not|cannot|couldnt) (?:lift|raise|move|grip with|hold anything with) (?:my|his|her|their) (?:left|right) (?:arm|hand|leg)|(?:left|right) (?:arm|hand|leg|side) (?:just |suddenly )?(?:went|is|feels|has gone|is all) (?:dead|limp|numb|weak|heavy|useless|floppy)(?! (?:from|after|because|cuz|bc|cause) (?:sleeping|sleepin|lying|laying|the gym|working out|lifting|leaning))`,
      String.raw`words (?:are |r |keep |keeps )?(?:coming|come|came) out (?:wrong|weird|jumbled|funny|slurred|all wrong|garbled|backwards|mixed up)|(?:words|speech) (?:wont|will not|arent|are not|r not|dont) (?:come|coming) out(?: right)?|(?:cant|can not|cannot|couldnt) (?:find|get) (?:my|his|her|their|the) words|(?:speech|talking|voice|words) (?:is |are |r )?(?:all )?(?:garbled|jumbled|gibberish|mushy)|(?:isnt|is not|not|aint|wasnt) (?:talking|speaking) right`,
      String.raw`slurring ${gap(6)}(?:only had|havent had|didnt drink|not drunk|havent been drinking|hasnt been drinking|hasnt had|sober|no alcohol|out of nowhere|all of a sudden|suddenly)`,
      String.raw`(?:lost|cant see out of|went blind in|blind in|vision went (?:out|black) in) (?:one|my left|my right|his left|her left|his right|her right) eye(?! (?:years|since|as a kid|when i was))`,
    ].join('|'),
    examples: [
      'my cheek feels droopy on one side and my words are coming out jumbled',
      'my uncle keeps slurring and isnt talking right',
      'her mouth is sagging on the left',
      'i cant lift my left arm',
      'mom cant find her words',
      'one side of her face looks fallen',
      'my right hand went dead out of nowhere and im slurring, i only had coffee',
    ],
  },
  {
    id: 'en.medical-now.withdrawal-fit', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'figurative.en.laughing'],
    // A seizure in withdrawal without the word: off benzos or drink, then "had a fit", a bitten tongue, woke on the floor, lost time.
    source: after(String.raw`(?:cold turkey|withdrawal|withdrawals|withdrawing|detox\w*|dope ?sick|(?:off|quit|quitting|stopped|stopping|came off|coming off|kicked|no) (?:the |my |his |her |of )?(?:benzos?|bars|xans?|xanax|klonopin|kpins|ativan|valium|drinking|drink|alcohol|booze|liquor|bottle|gabapentin|gabbies)|(?:day|days|night|morning) (?:\d|one|two|three|four|five) (?:no|off|without|sober|dry)|(?:first|second|third|fourth|fifth) (?:day|night|morning) (?:no|off|without|sober|dry))`, 16,
      String.raw`(?:had|having|has|threw) (?:a |another |some (?:kind|sort) of |like a |what i think was a )?(?:fit|seizure|convulsion)(?! (?:about|over|when|because|cuz|bc|at (?:me|him|her|us)|that)\b)|(?:my|his|her|their) tongue (?:is |was )?(?:bitten|bit|chewed up|bleeding|all bloody|cut up)|(?:with|and) (?:a |my |his |her )?(?:bitten|bloody|chewed up) tongue|bit (?:my|his|her|their) tongue (?:bad|hard|so hard|really bad|bloody|till|until|through)|(?:woke|came to|woken|come to) (?:up )?on the (?:floor|ground|bathroom floor|kitchen floor)|lost time|(?:peed|pissed|wet) (?:myself|himself|herself|themselves)`),
    examples: [
      'stopped my xanax cold turkey last week and i think i had a fit in my sleep',
      'third day no drinking and i think i had a fit',
      'quit my klonopin on my own and i just woke up on the floor with my tongue bitten',
      'detoxing at home and i lost time, woke up with a bitten tongue',
    ],
  },
  {
    id: 'en.overdose-now.gone-under', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'en.not-drug-context', 'en.reassured-fine'],
    // Too deep to come back on their own: gone under on G, cannot be roused, will not wake, vomiting while out,
    // breathing spaced out or a few breaths a minute.
    source: [
      after(String.raw`(?:g|gina|ghb|gbl|chems|chemsex|redosed|re dosed|double dosed|afterparty|after party|drinks|drank|shots|${DRUGS})`, 14,
        String.raw`(?:went|gone|going|totally|completely|all the way|fully|hes|shes|is) under(?! (?:the|a|my|his|her|their|it|there|pressure|water|oath|control|contract|investigation|review|arrest|anesthesia|anaesthesia|general|for)\b)`),
      behind(String.raw`(?:went|gone|going|totally|completely|fully) under ${gap(8)}`, String.raw`(?:g|gina|ghb|gbl|chems|redosed|re dosed|double dosed|drinks|shots)`),
      String.raw`(?:cant|can not|couldnt|wont|will not|isnt|not|hard to) (?:[^ ]+ )?rous(?:e|ing)(?! (?:suspicion|interest|support))`,
      String.raw`(?:wont|will not|doesnt|isnt|not|cant get (?:him|her|them) to) (?:waking|wake)(?= \.|$| and| or| no matter| at all| even| when i| for me)`,
      String.raw`(?:throwing up|puking|vomiting) (?:while|when) (?:hes |shes |theyre |still )?(?:passed out|asleep|unconscious|knocked out|out cold|blacked out)|(?:passed out|unconscious|knocked out|blacked out(?: drunk)?|out cold) (?:on (?:the |a |his |her )?[^ ]{1,24} )?(?:and|n|&|but) (?:is |keeps |still |started )?(?:throwing up|puking|vomiting)|(?:puking|throwing up|vomiting) in (?:his|her|their) sleep`,
      String.raw`(?:not|isnt|wont|will not|doesnt|cant get (?:him|her|them) to) (?:coming|come) (?:to|back around)(?= \.|$| no matter| at all| even| and| after| when| we| i)`,
      String.raw`lips (?:are |look |looks |r |is )?(?:going |turning |getting |gone |went )?(?:so |really |kinda |all )?(?:dark|darker|dusky|bluish|black)(?! (?:from|lipstick|liner|because|cuz|bc)\b)`,
      String.raw`cold (?:to the touch|and clammy|and stiff) ${gap(4)}(?:not moving|not breathing|wont|limp|unresponsive|not answering|isnt moving)|(?:not moving|limp|not breathing|wont wake) ${gap(4)}cold to the touch`,
      String.raw`(?:staring|eyes (?:are |r )?open) ${gap(6)}(?:not there|drooling|not blinking|wont answer|not answering|no response|not responding)`,
      String.raw`(?:breathing|breathes|breath|breaths|takes a breath) (?:like |only |about |maybe |once |only like )*(?:once )?every (?:\d+|few|ten|fifteen|twenty|thirty) (?:sec|secs|seconds|s)\b`,
      String.raw`breathing (?:is |keeps )?(?:spacing out|spaced out|really spaced|far apart|getting (?:slower|really slow|so slow)|slowing (?:down|way down))|(?:breaths|breathing) (?:are |is )?(?:really |so |super |way )?(?:far apart|spaced out|spacing out)|long (?:pauses|gaps|stops) (?:between|in) (?:(?:his|her|their|the) )?(?:breaths|breathing)|breathing (?:like |only |about |maybe |only like )?(?:[2-8]|two|three|four|five|six|seven|eight) (?:times |breaths )?(?:a|per|in a) (?:minute|min)|(?:only|like|about|maybe|just|barely|hes taking|shes taking) (?:like )?(?:[2-8]|two|three|four|five|six|seven|eight) breaths? (?:a|per|in a|every) (?:minute|min)`,
    ].join('|'),
    examples: [
      'we did G and drinks and now hes gone under and i cant rouse him',
      'he is making a snoring gurgle sound and wont wake',
      'she drank almost a whole fifth and is throwing up while passed out',
      'her breathing is spacing out, there are long pauses between breaths',
      'hes breathing like 6 times a minute',
    ],
  },
  {
    id: 'en.medical-now.stimulant-overamp', kind: 'medical-now', guards: ['negation', 'hypothetical', 'info-seeking', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'intent-not-yet'],
    // Too much of an upper (meth, tina, crystal, coke, addys): overamping, a heart pounding out of the chest, overheating, nonsense.
    // A heart or heat emergency (medical-now), as the sets label it; "took too much" still reads as an overdose.
    source: [
      String.raw`(?<!\b(?:what does|what is|whats|define|meaning of|mean by|what do you call|what they call|called) )(?:overamp\w*|over amp\w*)(?! (?:means?|is when|is like)\b)`,
      after(String.raw`(?:tina|crystal|on ice|meth|speed|coke|cocaine|crack|addys?|adderall|molly|bath salts|flakka|uppers|geeked|tweaking|tweakin|spun)`, 12,
        String.raw`(?:heart|hearts|heartbeat) ${gap(4)}(?:pounding|racing|skipping|out of my chest|gonna explode|about to explode|going crazy|(?:1[5-9]\d|2\d\d))|chest ${gap(3)}(?:gonna explode|about to explode|exploding|tight|pain|hurts?|pounding)|overheating|burning up|(?:cant|can not|couldnt) (?:catch my breath|breathe)|(?:talking|saying) nonsense|not making sense|cant stop (?:shaking|moving|twitching)`),
    ].join('|'),
    examples: [
      'been up 4 days on tina and my heart is pounding out of my chest',
      'i think im overamping, did too much crystal',
      'geeked off addys and coke all night, heart is skipping and i cant catch my breath',
    ],
  },
  {
    id: 'en.medical-now.precipitated-withdrawal', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // Buprenorphine taken too soon after a full opioid: sudden, violent withdrawal (vomiting without end, shaking, kicking).
    source: after(String.raw`(?:precipitated|precipitate|precip|precipped|precipd|(?:subs?|suboxone|subutex|zubsolv|bupe|bup|buprenorphine|sublocade|brixadi) (?:strip |film |shot |dose )?too (?:early|soon))`, 14,
      String.raw`(?:puking|vomiting|throwing up|threw up|shaking|sweating|diarrhea|cant stop|worst|legs (?:wont stop |keep |keeps )?kicking|dying)`),
    examples: [
      'took my sub too early and now im in precipitated withdrawal, puking and shaking so bad',
      'my brother got precipitated by the sublocade shot, he is shaking and puking',
    ],
  },
  {
    id: 'en.medical-now.heat-illness', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // Heat stroke: hours in the sun, a hot car or tent, then no sweat, hot dry skin, confusion, collapse, vomiting.
    source: after(String.raw`(?:heat|the sun|in the sun|heatwave|heat wave|(?:9\d|1[0-2]\d) (?:degrees|out|outside)|hot car|hot (?:tent|attic|truck|van)|outside all day|all day outside|no shade)`, 14,
      String.raw`(?:stopped|not|isnt|quit|cant|no longer|aint) sweating|hot and dry|dry and hot|red and (?:hot|dry)|hot and red|(?:is |hes |shes |im |and |now )(?:confused|not making sense|delirious|out of it)|passed out|fainted|collapsed|(?:about to|gonna) (?:pass out|faint)|throwing up|puking|vomiting|seizing|twitching`),
    examples: [
      'been outside in the heat all day, stopped sweating, confused and throwing up',
      'its 110 out and my uncle collapsed by the bus stop',
      'she was locked in the hot car for an hour and now shes throwing up',
    ],
  },
  {
    id: 'en.medical-now.diabetic-crisis', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'figurative.en.laughing'],
    // Insulin gone and the body failing (ketoacidosis): vomiting, fast deep breathing, a meter that reads HI, fruity breath.
    source: [
      String.raw`(?:ran out of|out of|no|cant afford|couldnt afford|couldnt get|cant get|skipped|missed|missing|havent had|havent taken|hasnt had|hasnt taken|without|stopped) (?:my |his |her |their )?insulin ${gap(14)}(?:puking|vomiting|throwing up|breathing (?:fast|hard|heavy|deep|weird)|confused|out of it|sugar|meter|fruity|cant stay awake|passed out|so thirsty)`,
      String.raw`(?:meter|sugar|glucose|reading|monitor|dexcom|libre|cgm|glucometer) (?:just )?(?:says|reads|shows|is|reading|keeps saying) hi\b(?! (?:to|there|back))`,
      String.raw`(?:sugar|glucose) (?:is |keeps )?(?:off the charts|too high to read|maxed out)|(?:breath|he|she|it) (?:smells|smell) (?:fruity|sweet|like nail polish)|fruity (?:breath|smelling breath)`,
    ].join('|'),
    examples: [
      'ran out of insulin 2 days ago, sugar meter says HI and im breathing fast and puking',
      'my glucose monitor just reads HI and im so thirsty and confused',
      'she skipped her insulin since friday and now her breath smells fruity',
    ],
  },
  {
    id: 'en.medical-now.allergic-reaction', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // A throat closing or a face swelling beside what sets an allergy off (nuts, shellfish, a sting, a new antibiotic, hives).
    source: [
      after(String.raw`(?:peanuts?|nuts|shellfish|shrimp|crab|lobster|bee|wasp|hornet|stung|sting|hives|allergic|allergy|allergies|epipen|epi pen|antibiotics?|penicillin|amoxicillin|sulfa|new (?:med|meds|medication|pill|pills)|welts)`, 12,
        String.raw`throat (?:is |feels |feel |getting |keeps |started |is getting )?(?:like (?:its|it is) )?(?:closing|tight|tightening|swelling|swollen|closing up|getting tight|getting smaller)|tongue (?:is )?(?:swelling|swollen|getting big)|face (?:is )?(?:puffing|swelling|blowing) up`),
      behind(String.raw`(?:throat (?:is |feels |feel |getting |keeps |started |is getting )?(?:like (?:its|it is) )?(?:closing|tight|tightening|swelling|swollen|closing up|getting tight)) ${gap(10)}`,
        String.raw`(?:peanuts?|nuts|shellfish|shrimp|bee|wasp|stung|sting|hives|allergic|allergy|epipen|epi pen|antibiotics?|penicillin|amoxicillin|new (?:med|meds|medication|pill|pills))`),
    ].join('|'),
    examples: [
      'my throat feels like its closing up after the new antibiotic',
      'ate something with peanuts, my throat is getting tight and im covered in hives',
      'allergic to shellfish and there was shrimp in it, my throat is tightening up',
    ],
  },
  {
    id: 'en.medical-now.pregnancy-pressure', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // Pregnant with a headache and spots, blurred sight or a swollen face and hands (preeclampsia).
    source: after(String.raw`(?:pregnant|weeks along|months along|pregnancy)`, 14,
      String.raw`(?:headache|head is pounding|head pounding|pounding head|head is killing me|head hurts so bad) ${gap(8)}(?:spots|seeing stars|blurry|vision|swollen|swelling|puffy)|(?:spots|seeing stars|blurry|vision|swollen|swelling|puffy) ${gap(8)}(?:headache|head is pounding|head pounding|pounding head|head is killing me|head hurts so bad)`),
    examples: [
      'im 8 months pregnant and have a pounding headache and seeing spots',
      'im pregnant and my vision went blurry and my head is killing me',
    ],
  },
  {
    id: 'en.overdose-now.learner-english', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'en.not-drug-context', 'figurative.en.laughing', 'scope.wish-not-overdose'],
    // The signs of an overdose in the English of someone who thinks in Spanish: "he no breathing", "no wake up",
    // "sleep very deep and no answer", "is like dead", "foam in the mouth", "took many pastillas", "inject and now is blue".
    source: [...LEARNER_OUT, LEARNER_TOOK].join('|'),
    examples: [
      'please my brother he no breathing good',
      'she no wake up, she take pills before',
      'my son take many pill and now he sleep very deep and no answer',
      'he take the fentanyl and now no move',
      'my husband smoke something and now he is like dead',
      'my friend inject in the bathroom and now is blue',
    ],
  },
  {
    id: 'en.medical-now.learner-english', kind: 'medical-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'figurative.en.laughing', 'scope.wish-not-overdose'],
    // The same English for a body in trouble with no drug (a fall, asthma, a fit, a stroke, withdrawal): "fall in the floor
    // and no respond", "no can breathe", "bleeding very much and no stop", "very confuse", "see things", "no can move the arm".
    source: [...LEARNER_OUT, ...LEARNER_MED].join('|'),
    examples: [
      'my husband fall in the floor and no respond',
      'my mother no can breathe',
      'is bleeding very much and no stop',
      'my wife is very confuse and no know where she is',
      'he stop drink 3 days and now he is shaking and see things',
      'grandpa no can move the arm and the face is down on one side',
    ],
  },
  {
    id: 'en.medical-now.breathing-hurts', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'figurative.en.laughing'],
    // Pain on every breath (a chest infection, a broken rib, a clot): hurts to breathe, stabbing when I breathe in.
    source: String.raw`(?:hurts|hurt|painful|pain|stabs|stabbing|sharp|burns|kills) (?:so (?:bad |much )?|really (?:bad )?)?(?:to|when i|when (?:he|she)|every time i|everytime i|whenever i) (?:breathe|breath|take a breath|take a deep breath|breathe in|inhale)`,
    examples: ['coughing up green stuff with a fever and it hurts to breathe', 'it hurts every time i take a breath', 'stabbing pain when i breathe in', 'painful to breathe'],
  },
  {
    id: 'en.medical-now.dying-tissue', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'figurative.en.laughing'],
    // Flesh dying (frostbite, a wound gone bad, tranq wounds): black or dark and smelling or numb, rotting, gangrene.
    source: [
      String.raw`(?:foot|feet|toe|toes|leg|legs|hand|hands|finger|fingers|arm|wound|sore|spot|skin|site) (?:is |are |r |went |turning |turned |going |gone |looks |look )?(?:all )?(?:black|green|dark|purple black|black and blue)(?: [^ ]{1,24})? (?:and|n) (?:smells|smell|stinks|stink|smelling|oozing|leaking|numb|cold|dead|hard)`,
      String.raw`(?:foot|feet|toe|toes|leg|skin|flesh|wound|finger|fingers|arm|hand|sore) (?:is |are )?(?:literally )?rotting|gangren\w*|smells like (?:rot|rotting|rotten meat|death|something died)`,
    ].join('|'),
    examples: ['my foot is black and smells really bad', 'his toes went dark and numb after sleeping out in the snow', 'i think the skin on my arm is rotting from the tranq'],
  },
  // ============================== round 7: professionals' doses, accidents, lost count; terse body alarms ==============================
  {
    id: 'en.overdose-now.lost-count', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'info-seeking', 'intent-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // Pills or a sedative taken and the count lost: "took the ambien, dont remember how many", "lost count of the bars".
    source: [
      String.raw`(?:${DRUGS}|pills|tabs|tablets|meds|gummies|edibles) ${gap(6)}(?:dont|do not|cant|can not|didnt|doesnt|couldnt|dunno|idk|no idea) (?:remember |recall |know |tell |even know )?how (?:many|much)(?! (?:it costs?|they cost|to take|i should|you|people|days|times|weeks))`,
      String.raw`(?:lost|lose|losing) count ${gap(4)}(?:pills|bars|xans|meds|tabs|doses|${DRUGS})`,
    ].join('|'),
    examples: ['drank a fifth and took the ambien, cant remember how many', 'popped some of my klonopin after the wine, no idea how many', 'lost count of the bars i took tonight'],
  },
  {
    id: 'en.overdose-now.by-mistake', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'info-seeking', 'history.en.dated-past', 'hypothetical.en.if-it-happens'],
    // A strong opioid taken or touched by accident: "shot up fent by accident", "accidentally snorted what turned out to be fentanyl".
    source: String.raw`(?:shot up|took|snorted|smoked|did|used|railed|popped|touched|inhaled|injected|sniffed) ${gap(3)}(?:fent|fentanyl|tranq|xylazine|carfentanil|sufentanil|the wrong (?:bag|vial|syringe|pill|bottle)) (?:by accident|by mistake|accidentally)|accidentally (?:shot up|took|snorted|smoked|did|used|inhaled|touched|popped|injected|sniffed|got) ${gap(3)}(?:fent|fentanyl|tranq|xylazine|carfentanil|sufentanil)(?! (?:patch\w* )?(?:off|out|home|back|to))`,
    examples: ['shot up fent by accident help', 'i accidentally snorted fentanyl at work', 'my friend took the wrong pill by mistake, it was his dads fentanyl'],
  },
  {
    id: 'en.medical-now.body-alarm', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'figurative.en.stress-cause', 'figurative.en.laughing', 'en.nerves-before-event'],
    // Terse lists of a heart attack or a stroke: "heart pounding chest tight sweating", "face numb and arm wont move".
    source: [
      String.raw`(?:heart|chest) (?:is |feels )?(?:pounding|racing|tight|squeezing|crushing|heavy|hurting) ${gap(3)}(?:heart|chest|arm|jaw) (?:is |feels )?(?:pounding|racing|tight|hurts|hurting|pain|squeezing|crushing|heavy|numb) ${gap(3)}(?:sweating|sweaty|drenched|clammy|cant breathe|short of breath|dizzy|nauseous|throwing up|arm|jaw)`,
      String.raw`(?:face|lip|lips|cheek|mouth) (?:is |are |feels |went |going )?(?:all )?(?:numb|tingling|droopy|drooping|dead) ${gap(3)}(?:arm|hand|leg|fingers) (?:wont|cant|doesnt|isnt|will not|can not) (?:move|lift|work|grip|hold|respond)`,
      String.raw`(?:arm|hand|leg) (?:wont|cant|doesnt|will not|can not) (?:move|lift|work|grip) ${gap(3)}(?:face|lip|lips|mouth|cheek) (?:is |are |feels |went )?(?:all )?(?:numb|tingling|droopy|drooping|dead)`,
    ].join('|'),
    examples: ['heart pounding chest tight sweating', 'chest is crushing, arm numb, cant breathe', 'my face is numb and arm wont move', 'her arm cant lift and her mouth is droopy'],
  },
  {
    id: 'en.medical-now.withdrawal-blackout', kind: 'medical-now', guards: ['negation', 'hypothetical', 'worry-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'en.withdrawal-easing'],
    // Coming off benzos or alcohol alone, with blackouts or jerking muscles: a seizure coming or already had.
    source: String.raw`(?:detox\w*|withdraw\w*|coming off|tapering|cold turkey|cut (?:me|him|her) off|stopped (?:taking|drinking)|quit (?:the |my |his |her )?(?:benzos?|xanax|klonopin|ativan|valium|drinking|alcohol)) ${gap(16)}(?:blacked out|blacking out|passed out|woke up on the floor|came to on the floor|(?:muscles|legs|arms|body|hands) (?:keep |keeps |are |is |have been )?(?:jerking|twitching|spasming|jumping))`,
    examples: ['trying to detox off benzos alone, day 4, my muscles keep jerking and i blacked out twice', 'quit drinking cold turkey monday and woke up on the floor this morning'],
  },
  // ============================== round 8: label exceeded, terse reports, drink with pills ==============================
  {
    id: 'en.overdose-now.over-the-label', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'info-seeking', 'intent-not-yet', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'en.habitual-not-now'],
    // More than the bottle, the label or the doctor allows ("took way more then the bottle said", "triple what the label says",
    // "went way over the dose on the package"): an over-the-counter or prescribed overdose in the writer's own words.
    source: [
      String.raw`(?:took|taken|swallowed|popped|ate|drank|had|downed|gave (?:him|her|them|my [^ ]{1,24})) (?:way |a lot |much |so much |like |a ton |far )?(?:more|double|triple|twice|three times|four times|(?:\d+|two|three|four|five|ten) times)(?: (?:of )?(?:the |my |his |her )?[^ ]{1,24}){0,2} (?:than|then|what) (?:the |it |my )?(?:bottle|label|box|package|pack|packet|directions|instructions|pharmacist|doctor|prescription|script|max|maximum|limit|daily max|recommended)(?! (?:allows )?(?:for (?:a|the) (?:month|week)|last (?:month|year)))`,
      String.raw`(?:went|gone|going|was) (?:way |far |a lot |well )?over (?:the )?(?:dose|dosage|max dose|maximum dose|daily max|recommended dose|daily limit)(?! (?:limit )?(?:for|by a|on my (?:card|account)))`,
    ].join('|'),
    examples: [
      'took way more then the bottle said like the whole row of tylenol pm an hour ago',
      'my son took way more tylenol than the box says, maybe 20',
      'took triple what the label says of my sleep aid and my heart feels weird',
      'she went way over the dose on the package with the advil pm',
    ],
  },
  {
    id: 'en.overdose-now.terse-od', kind: 'overdose-now', guards: [...NOW, 'info-seeking', 'info-seeking.en.signs-of', 'history.en.dated-past', 'figurative.en.fiction'],
    // A bare report of an overdose as a noun, where it is: "OD at my house rn", "theres an od in the alley", "possible OD at the shelter".
    source: [
      String.raw`od(?= (?:at|in|on|here|outside|behind|downstairs|upstairs|next door|right now|happening|going on|help|pls|please)\b| \.|$)(?<=(?:^ ?|\b(?:an|possible|another|suspected|active|probable|likely|theres|there is|its|got|have|having) )od)`,
      // "overdose in the bathroom at work", "theres an overdose outside my building".
      String.raw`overdose(?<!\b(?:about|of|from|after|survived|song|story|remember|recall|like) (?:an |a |another )?overdose)(?= (?:at|in|on|here|outside|behind|downstairs|upstairs|next door|right now|happening|going on)\b)(?<=(?:^ ?|\b(?:an|possible|another|suspected|active|probable|theres an|there is an|theres|got an|have an|having an|witnessing an) )overdose)(?! (?:in|at|on) (?:(?:the|this|that) )?(?:movie|show|episode|book|news|class|training|video|\d{4}))`,
    ].join('|'),
    examples: ['OD at my house rn', 'overdose in the stairwell right now', 'od in the bathroom at work come quick', 'theres an od in the alley behind my building', 'possible OD at the shelter, hes gray', 'we got an od in room 12'],
  },
  {
    id: 'en.overdose-now.down-after-drink-and-pills', kind: 'overdose-now', guards: ['negation', 'hypothetical', 'history.en.dated-past', 'hypothetical.en.if-it-happens', 'worry-not-yet', 'en.habitual-not-now', 'figurative.en.as-prescribed'],
    // Someone gone quiet (passed out, out cold, slumped, will not answer) with drink and pills taken together, in either order.
    source: [
      String.raw`${DOWN_QUIET} ${gap(16)}(?:${DRINK_TAKEN} ${gap(6)}${PILLS_TAKEN}|${PILLS_TAKEN} ${gap(6)}${DRINK_TAKEN})`,
      String.raw`(?:${DRINK_TAKEN} ${gap(6)}${PILLS_TAKEN}|${PILLS_TAKEN} ${gap(6)}${DRINK_TAKEN}) ${gap(16)}${DOWN_QUIET}`,
    ].join('|'),
    examples: [
      'my tia is passed out on the couch, she was drinking and taking her pain pills',
      'my uncle is out cold on the floor, he was drinking all day and took his nerve pills',
      'found my dad slumped over after a night of beers and his pain pills',
      'my girlfriend had vodka and her klonopin and now shes passed out snoring weird',
    ],
  },
]);
