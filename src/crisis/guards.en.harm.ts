/**
 * English look-alikes of self-harm and harm to others: guards the patterns of patterns.en.harm.ts may
 * name. See guards.ts for how a guard is applied.
 */
import { re, type Guard } from './guard';

/** A time long past, as people put it about their own self-harm or anger. */
const LONG_PAST =
  String.raw`\b(?:used to|years? ago|yrs ago|long time ago|when i was (?:a |an )?(?:younger|kid|child|teen|teenager|little|young|\d+|in (?:high school|middle school|college))|as a (?:kid|child|teen|teenager)|in (?:high school|middle school|college|my teens|my twenties)|back in (?:the day|high school|college|school))\b`;
/** What puts self-harm or anger back in the present, whatever else the message says. */
const NOW_AGAIN =
  String.raw`\b(?:right now|tonight|today|this morning|this week|lately|these days|currently|at the moment|again|relapsed?|urges?|tempted|(?:\d+|few|couple(?: of)?|an|one) (?:minutes?|mins?|hours?|hrs?|days?) ago|last night|still (?:do|doing|cut|cutting|burn|burning|hurt|hurting|want|wanting|think|thinking|feel like)|started|starting|cant stop|(?<!dont |not |never )(?:want to|wanna|gonna) (?:[^ ]+ )?(?:cut|burn|hurt|harm|kill|hit|stab|shoot|do it|do that|punch|scratch|carve|go back))\b`;

/** DISTANT_PAST of guards.ts without the words of a death ("my late", "died", "RIP", "funeral"). */
const LONG_AGO =
  String.raw`\b(?:years? ago|yrs ago|(?:a )?long time ago|long ago|decades? ago|years back|back in (?:the day|19\d\d|20\d\d|high school|college|school)|in (?:19|20)\d\d|` +
  String.raw`when (?:i|he|she|we|they) (?:was|were) (?:a|an|in|younger|little|young|small|still|\d+)|as a (?:kid|child|teen|teenager|young|little|boy|girl)|` +
  String.raw`in (?:high school|college|middle school|my teens|my twenties|my 20s)|(?:last|past) (?:year|years|decade)|used to|(?:long|well|far) behind (?:me|him|her|us|them)|(?:back )?when (?:i|he|she) (?:was|were) (?:using|drinking|still using|still drinking|in (?:active )?addiction|on (?:drugs|dope|meth|pills))|(?:made amends|apologized|apologised) (?:[^ ]+ ){0,3}(?:years ago|long ago|a long time ago))\b`;
/** PRESENT of guards.ts: with any of these in the message the past is not over. */
const PRESENT_EN =
  String.raw`\b(?:right now|tonight|today|again|since(?! \.|$| and| then| now)|ever since|currently|still (?:think|thinking|want|wanting|feel|feeling|have|having|do|struggle|struggling|scared|afraid)|` +
  String.raw`at the moment|as we speak|lately|these days|this morning|this evening|happening|anymore|(?:an|one|\d+|few|couple(?: of)?) (?:hours?|hrs?|minutes?|mins?) ago)\b`;

export const enHarmGuards = {
  'history.en.harm-long-ago': {
    description:
      'For harm to others, the history guard without the words of a death: "years ago", "when I was a teen", ' +
      '"used to" put a threat in the past; "my late wife", "died" do not (a grievance over a death is often why).',
    when: [{ around: re(LONG_AGO) }],
    unlessInMessage: re(PRESENT_EN),
    vetoes: ['when i was a teenager i wanted to kill my stepdad', 'years ago i threatened to hurt my neighbor'],
    keeps: ['i keep thinking about hurting my late sisters husband', 'years ago he hurt me and tonight im going to kill him'],
  },
  'history.en.harm-not-anymore': {
    description:
      'Past self-harm or anger told as over: a time long past and "not ... anymore" / "no longer" ("when I was a ' +
      'teen I burned myself, it is not something I do anymore"). The core history guard reads "anymore" as now.',
    when: [
      {
        around: re(LONG_PAST),
        message: re(String.raw`\b(?:(?:not|dont|doesnt|isnt|never|no) (?:[^ ]+ ){0,5}anymore|no longer|(?:\d+|many|several|a few|two|three|four|five|ten) (?:years|yrs) (?:clean|free)|stopped (?:years|a long time) ago|havent (?:done|cut|burned) (?:it|that|myself) (?:in|for) (?:years|ages|a long time))\b`),
      },
    ],
    unlessInMessage: re(NOW_AGAIN),
    vetoes: [
      'in high school i used to burn my wrists, i have not done that in forever and i dont feel that way anymore',
      'when i was younger i thought about hurting my father but i do not live with him anymore',
    ],
    keeps: ['i used to cut myself and i relapsed tonight', 'when i was a teen i cut myself and i still want to cut'],
  },
  'figurative.en.killing-him-thing': {
    description:
      '"his job is killing him", "the drive would kill her", "it will kill him to hear this": a thing wearing ' +
      'someone out, or news upsetting them, not the writer meaning harm.',
    when: [
      {
        around: re(
          String.raw`\b(?:job|jobs|work|drive|commute|stress|drinking|bourbon|whiskey|vodka|booze|alcohol|liquor|beer|heat|cold|pain|back|knees|feet|prices|rent|bills|waiting|wait|school|homework|traffic|shifts?|hours|schedule|it|this|that|diet|workout|gym|cancer|disease|addiction|habit|smoking|cigarettes|vaping|drugs|meth|heroin|fentanyl|pills|withdrawals?|detox|noise|boredom|suspense|anxiety|depression|hangover|trip|flight|ride|walk|stairs|class|classes|exams?|tests?|news|divorce|grief|loneliness|guilt|shame|lifestyle|weather|humidity|cough|migraine|chemo|treatment|kidneys|liver|lungs|heart)s? (?:[^ ]+ ){0,4}(?:is|s|are|was|were|will|would|gonna|could|might|has been|have been|been|keeps|kept)(?: (?:literally|actually|honestly|totally|slowly|just|really|probably|seriously|definitely|absolutely|gonna|going to))? (?:kill|kills|killing) (?:him|her|them|em|my|his|her|their)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:the dose|a dose|what dose|which dose|how much (?:[^ ]+ ){0,3}(?:would|to)|calculat\w*|tox screen|untraceable|nobody would know)\b`),
    vetoes: ['my dad says the night shift is killing him', 'my daughter says the commute would kill her, do you have video visits'],
    keeps: ["I'm going to kill him", 'my husband is drunk and says he will kill her'],
  },
  'figurative.en.hurt-feelings': {
    description:
      '"hurt her feelings", "stop hurting my family with my drinking": hurting someone emotionally or by one\'s ' +
      'using, which is why many people come to treatment.',
    when: [
      { around: re(String.raw`\b(?:stop|quit|stopped|quitting|done|tired of|sorry for|ashamed of|regret) (?:hurting|harming)\b`) },
      {
        around: re(
          String.raw`\b(?:hurt|hurting|hurts|harm|harming) (?:his|her|their|my|your|the|our) (?:[^ ]+ )?(?:feelings|family|families|kids|children|relationship|loved ones|marriage|parents|trust)? ?(?:feelings|reputation|career|chances|trust|heart)\b|\b(?:hurt|hurting|harm|harming) (?:[^ ]+ ){1,4}(?:with|by|through) (?:my|his|her|their) (?:using|drinking|addiction|lies|lying|words|behavior|behaviour|relapse|relapses|habit|choices)\b`,
        ),
      },
    ],
    vetoes: ['i want to stop hurting my kids with my drinking', 'i keep thinking about hurting her feelings when i lied'],
    keeps: ['i keep thinking about hurting my kids', 'i want to hurt my husband with a knife'],
  },
  'figurative.en.harm-sport': {
    description: 'Sport and training: "punch the bag till my knuckles bleed", "headed to practice with my bat".',
    when: [
      {
        around: re(
          String.raw`\b(?:boxing|sparring|spar|punching bag|heavy bag|the bag|training|practice|practise|practicing|practising|(?:his|her|my|their) swing|teaching (?:him|her|them|my [^ ]+) (?:to |how to )?(?:hit|swing|bat|pitch|throw|catch|play)|baseball|softball|cricket|game|games|tournament|league|team|batting cage|hockey|lacrosse|gym|mma|bjj|jiu jitsu|karate|muay thai|kickboxing|dojo|coach|camping|hunting season|deer|range|target practice|woods|tennis|racket|racquet|doubles|pickleball|volleyball|dodgeball|frisbee|softball game)\b`,
        ),
      },
    ],
    vetoes: ['punched the heavy bag until my knuckles bled at boxing', 'heading to practice with my bat after school'],
    keeps: ['punching the wall till my knuckles bleed', 'got a bat in my car and im headed to his place'],
  },
  'figurative.en.harm-game': {
    description: '"gonna smoke him in 2k", "ima body him in the next round": beating someone at a game.',
    when: [
      {
        around: re(
          String.raw`\b(?:in|at) (?:the )?(?:2k|fortnite|madden|fifa|cod|warzone|valorant|apex|ranked|chess|pool|ball|basketball|hoops|1v1|ones|smash|mario kart|the game|a game|the next round|round|the race|a race|poker|cards|uno|checkers|halo|league|overwatch|minecraft|roblox)\b|\b(?:1v1|ranked|rematch|scrimmage)\b`,
        ),
      },
    ],
    vetoes: ['ima smoke him tonight in 2k fr'],
    keeps: ['ima smoke him tonight fr'],
  },
  'figurative.en.cuts-of-things': {
    description: '"fresh cuts" at the barber or the butcher, "new cuts to Medicaid": cuts of hair, meat, budgets, films.',
    when: [
      {
        around: re(
          String.raw`\b(?:barber|barbers|haircuts?|hair|salon|fade|lineup|meat|beef|steak|pork|chicken|lamb|butcher|deli|flowers|grass|lawn|budget|budgets|funding|medicaid|medicare|staff|staffing|jobs|layoffs|benefits|services|hours|pay|album|songs|tracks|playlist|movie|film|edit|scene|fries|lumber|wood|fabric|diamonds?|gems?)\b`,
        ),
      },
    ],
    vetoes: ['my barber gave me two fresh cuts this week'],
    keeps: ['she has fresh cuts on her arms'],
  },
  'figurative.en.punish-mentally': {
    description: '"I punish myself mentally", "hurt myself emotionally by isolating": self-blame, not an injury.',
    when: [
      {
        around: re(
          String.raw`\b(?:mentally|emotionally|in my head|with (?:my |these |the )?(?:thoughts|guilt|shame|words)|too much|by (?:isolating|staying|not|never|overthinking|overworking|working)|financially)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:cut|cuts|cutting|burn|burns|burning|blade|blades|razor|bleed|bleeding|bled|bruise|bruises|scars?|physically|lighter|knife)\b`),
    vetoes: ['i punish myself mentally every time i slip'],
    keeps: ['i punish myself with a razor'],
  },
  'accidental.en.burn': {
    description: '"burned my arm on the oven rack", "on the grill", "ironing": a kitchen or household burn.',
    when: [
      {
        around: re(
          String.raw`\bon (?:the|a|my) (?:oven|oven rack|stove|stovetop|pan|pot|grill|kettle|radiator|exhaust|muffler|tailpipe|campfire|fire pit|iron|toaster|heater|engine|baking sheet|tray|dish)\b|\b(?:baking|ironing|grilling|frying|camping|welding|bbq|barbecue|out of the oven|hot oil|grease|the sun|sunburn\w*)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:on purpose|deliberately|intentionally|to feel|deserve|punish\w*|again and again|cant stop|urges?)\b`),
    vetoes: ['i burned my arm on the oven rack taking out a pizza'],
    keeps: ['i burned my arm on the stove on purpose'],
  },
  'figurative.en.harm-hyperbole': {
    description: '"I could strangle my sister haha": everyday exasperation, said with a laugh.',
    when: [
      {
        around: re(String.raw`\b(?:could|coulda|would|id|wanted to|want to|wanna|gonna|will|ill|about to) (?:just |literally |honestly |seriously )?(?:kill|strangle|murder|throttle|choke|smack|slap|strangling|killing|murdering)\b`),
        message: re(String.raw`\b(?:haha\w*|hehe\w*|lol|lmao|lmfao|rofl|jk|just kidding)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:not (?:joking|kidding)|no joke|for real|on god|serious|seriously|gun|knife|strap|bat|tonight|address|plan|planning|meant it)\b`),
    vetoes: ['i could strangle my sister sometimes haha', 'my brother ate my leftovers again, gonna murder him lol'],
    keeps: ['gonna murder him lol i have the gun ready', 'i could strangle my sister'],
  },
  'figurative.en.kill-for-a-thing': {
    description: '"I would murder someone for a coffee", "I\'d kill for a nap": wanting something badly.',
    when: [{ after: re(String.raw`^(?:[^ ]+ )?for (?:a|an|some|one|that|this|my) (?:(?:plate|bowl|box|bag|slice|cup|can|bottle|piece|pack|pint|basket|order) of (?:hot |cold |good |fresh )?)?(?:coffee|cigarette|smoke|nap|sandwich|burger|cheeseburger|hamburger|pizza|beer|drink|taco|tacos|donut|donuts|break|day off|vacation|seat|parking spot|good night|shower|bed|sleep|fries|steak|wings|nuggets|ice cream|chocolate|candy|snack|cookie|cookies|cake|bagel|burrito|soda|energy drink|monster|red bull|hug|cig|vape|nicotine|wifi|charger|quiet|minute|second)\b`) }],
    vetoes: ['i would literally murder someone for a coffee right now'],
    keeps: ['i would murder someone for what they did to my sister'],
  },
  'figurative.en.tv-character': {
    description: '"somebody oughta shoot that guy on yellowstone", yelled at the TV: a character on a screen, not a plan.',
    when: [{
      before: re(String.raw`\b(?:somebody|someone|sb|they|u|you) (?:oughta|ought to|should|needs to|needa|gotta|has to|have to)(?: just)?$`),
      around: re(String.raw`\b(?:at the tv|on tv|on the tv|the screen|the show|this show|that show|the episode|this episode|the movie|this movie|the game|on (?:yellowstone|netflix|hulu|the news))\b`),
    }],
    vetoes: ['my dad yelled at the tv that somebody oughta shoot that guy on the show'],
    keeps: ['somebody oughta shoot my stepdad for what he did', 'i want to shoot that guy on my block'],
  },
  'figurative.en.harm-joke': {
    description:
      '"my brother jokes he will kill whoever dents his car, he is kidding": a joke the writer names as one. ' +
      'Off when the joke is taken back ("half kidding", "maybe not", "not joking", "I mean it").',
    when: [{ message: re(String.raw`\b(?:jokes?|joked|joking|jokingly|kidding|teases?|teasing|teased|jk|just playing|playing around)\b`) }],
    unlessInMessage: re(
      String.raw`\b(?:not|isnt|wasnt|aint|no|never) (?:even )?(?:joking|kidding|a joke|teasing|playing)\b|\bno joke\b|\b(?:half|only half|partly|kinda|kind of|sort of|mostly) (?:joking|kidding)\b|\bmaybe not\b|\b(?:i|he|she) (?:mean|means|meant) it\b|\bserious(?:ly)?\b|\bfor real\b|\bon god\b|\b(?:like|as) (?:a|its a) joke but\b|\b(?:bought|buying|got|getting|ordered|picked up) (?:some |more |a box of |extra )?(?:ammo|ammunition|bullets|rounds|shells|a gun|a rifle|a pistol)\b`,
    ),
    vetoes: ['my brother jokes he will kill whoever dents his car, he is kidding of course'],
    keeps: ['thinking about putting something in his drink. half kidding. maybe not', 'ima smoke him, not joking this time', 'he talks about shooting up his work, says it like a joke but he bought ammo'],
  },
  'accidental.en.wound-source': {
    description: '"the cuts on my hand are from work", "new wounds from surgery": wounds with a named, ordinary cause.',
    when: [
      {
        around: re(
          String.raw`\b(?:from|after|during|because of) (?:the |my |a |an |her |his )?(?:work|job|surgery|operation|procedure|fall|falling|accident|car accident|crash|bike|cat|cats|dog|dogs|kitten|puppy|glass|cooking|gardening|bushes|thorns|shaving|stitches|biopsy|c section|birth|iv|ivs|injection|shots|fight|boxing|practice|game|camping|hiking|fence|barbed wire|moving)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:on purpose|myself|deliberately|to feel|deserve|urges?|relapse\w*|sh|selfharm\w*|blade|razor)\b`),
    vetoes: ['the cuts on my hands are from work', 'i have new wounds from surgery'],
    keeps: ['i have fresh cuts from the razor', 'fresh cuts on my arm again'],
  },
  'figurative.en.report-them': {
    description: '"I want to find the guy who sold my son fentanyl and tell the police": going after someone through the law.',
    when: [
      {
        message: re(
          String.raw`\b(?:police|cops|detective|report|reported|reporting|press charges|pressing charges|charges|sue|suing|lawsuit|lawyer|attorney|court|restraining order|protective order|turn (?:him|her|them) in|the authorities|crime stoppers|tip line)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:gun|strap|blick|glock|pistol|knife|bat|machete|tire iron|crowbar|hammer|axe|hatchet|rifle|shotgun|revolver|weapon|kill|hurt|shoot|stab|dead|pay|tonight|myself)\b|\b(?:dont|do not|wont|not gonna|dont even|no) (?:need|want|call|calling|bother|involve|involving) (?:the )?(?:cops|police|law|courts?)\b|\b(?:cops|police) (?:wont|arent gonna|dont|never|didnt) do (?:anything|shit|nothing|a thing)\b|\binto my own hands\b|\b(?:done|tired of|sick of|through) waiting (?:on|for) (?:the )?(?:police|cops|courts?|law|justice|system|detectives?)\b`),
    vetoes: ['i want to find the guy who sold my son fentanyl and tell the police'],
    keeps: ['gonna find the guy who sold my son fentanyl, forget the police, got my gun'],
  },
  'figurative.en.media': {
    description: '"a documentary about a killing spree", "the show has violent fantasies in it": a story, not the writer.',
    when: [
      {
        around: re(
          String.raw`\b(?:movie|movies|film|films|show|shows|series|documentary|documentaries|podcast|podcasts|book|books|novel|news|article|video game|true crime|netflix|episode|episodes|character|characters|song|lyrics)\b`,
        ),
      },
    ],
    vetoes: ['we watched a documentary about a killing spree'],
    keeps: ['i have homicidal thoughts'],
  },
  'negation.en.answered-no': {
    description:
      'An intake question ("have you hurt yourself? do you have thoughts of harming others?") answered no: the words ' +
      'of the question are not a disclosure.',
    when: [{ message: re(String.raw`\b(?:yourself|urself|others|other people|someone else|anyone else|anybody else)(?: [^ ]+){0,3} \. (?:no|nope|nah|never|not really|none|not at all|negative)\b`) }],
    unlessInMessage: re(String.raw`\b(?:yes|yeah|yep|yea|but|though|sometimes|used to|again)\b`),
    vetoes: ['do you have thoughts of hurting others? no, never', 'do you have thoughts of harming others? nope'],
    keeps: ['have you hurt yourself recently? yes last night', 'thoughts of harming others? no... well yes sometimes my dad'],
  },
  'accidental.en.shaving': {
    description: '"went too far with the razor shaving and nicked my chin": a razor used for shaving.',
    when: [{ message: re(String.raw`\b(?:shav\w*|nicked|nick|beard|chin|stubble|mustache|moustache|sideburns|bikini line|trim\w*)\b`) }],
    unlessInMessage: re(String.raw`\b(?:on purpose|deliberately|to feel|deserve|urges?|relapse\w*|sh|selfharm\w*|cuts|cutting|bleed\w*)\b`),
    vetoes: ['went too far with the razor and nicked my chin shaving'],
    keeps: ['went too far with the razor tonight', 'i went too far with the razor again, the cuts will not stop bleeding'],
  },
  'figurative.en.itch': {
    description: '"scratched my arms raw from the eczema": a skin complaint, not self-harm.',
    when: [
      {
        message: re(
          String.raw`\b(?:eczema|rash|rashes|itch|itchy|itching|itches|hives|bug bites?|mosquito\w*|poison ivy|allerg\w*|psoriasis|dermatitis|sunburn|chicken pox|chickenpox|scabies|bed bugs|fleas)\b`,
        ),
      },
    ],
    vetoes: ['i scratched my legs raw from the eczema last night'],
    keeps: ['she scratches her arms raw when shes upset'],
  },
  'figurative.en.itch.self': {
    description:
      'The itch guard for self-harm without a blade ("scratched till it bled from the mosquito bites"), but not when ' +
      'the skin complaint is the cover story ("my mom thinks its eczema", "I tell people its a rash").',
    when: [
      {
        message: re(
          String.raw`\b(?:eczema|rash|rashes|itch|itchy|itching|itches|hives|bug bites?|mosquito\w*|poison ivy|allerg\w*|psoriasis|dermatitis|sunburn|chicken pox|chickenpox|scabies|bed bugs|fleas)\b`,
        ),
      },
    ],
    unlessInMessage: re(
      String.raw`\b(?:thinks?|thought|says?|said|tell|told|telling|pretend\w*|lie|lied|lying|blame|blamed|say) (?:\w+ )?(?:its|it is|it was|theyre|they are|they were|that its|it on)(?: just| only| an?| the| my)? (?:eczema|rash|rashes|itch|itchy|hives|bug bites?|mosquito\w*|allerg\w*|psoriasis|dermatitis|the cat|my cat|the dog)\b`,
    ),
    vetoes: ['scratched my mosquito bites till they bled lol'],
    keeps: ['scratched till it bled again, my mom thinks its eczema'],
  },
  'scope.en.household-violence-done': {
    description:
      'A parent or partner who already threw, shoved or slammed someone at home ("dad is drunk again and threw my ' +
      'little brother into the wall"): violence in the writer\'s home, abuse or danger, not the writer\'s intent.',
    when: [
      {
        before: re(
          String.raw`\b(?:dad|mom|stepdad|stepmom|he|she|(?:my|her|his|our) (?:[^ ]+ )?(?:dad|mom|stepdad|stepmom|father|mother|stepfather|stepmother|husband|boyfriend|uncle|grandpa|moms boyfriend|mothers boyfriend))(?: (?:is|was|got) (?:drunk|high|wasted|raging|mad)(?: again)? and)?(?: (?:just|already|again|literally))?$`,
        ),
      },
      {
        // The phrase breaks at "and": "dad is drunk again and threw my little brother into the wall".
        message: re(
          String.raw`\b(?:dad|mom|stepdad|stepmom|he|she|(?:my|her|his|our) (?:[^ ]+ )?(?:dad|mom|stepdad|stepmom|father|mother|stepfather|stepmother|husband|boyfriend|uncle|grandpa|moms boyfriend|mothers boyfriend)) (?:is|was|got|came home|comes home) (?:drunk|high|wasted|raging|mad|tweaking)(?: again)? and (?:just |already |then )?(?:threw|shoved|slammed|pushed|pinned|dragged|kicked|punched|choked|hit|beat)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:gonna|going to|will|wants? to|wanna|about to|plans? to|says? (?:he|she)(?:ll| will))\b`),
    handsTo: 'abuse-danger',
    vetoes: ['my stepdad threw my sister into the wall last night', 'my husband threw my son against the wall tonight', 'my uncle got wasted and threw my cousin into the wall'],
    keeps: ['i threw him into the wall and i want to do it again', 'my son says he will throw his girlfriend off the balcony'],
  },
  'figurative.en.harm-list-benign': {
    description: '"a list of kids at school for his birthday party", "names at work for secret santa": an everyday list.',
    when: [{ after: re(String.raw`\b(?:invite|invited|inviting|invitations?|birthday|party|parties|secret santa|christmas|gifts?|cards?|sign ?ups?|signing up|volunteer\w*|carpool|contacts?|prayer|pray|thank you|thank|references?|allerg\w*|emergency contacts?|phone numbers?|friends?|crushes|valentines?)\b`) }],
    vetoes: ['my son has a list of kids at school he wants to invite to his birthday'],
    keeps: ['my son has a list of kids at school and the counselor called me'],
  },
  'figurative.en.pickup': {
    description: '"parked outside the school waiting for him to come out to drive him home": picking someone up.',
    when: [
      {
        message: re(
          String.raw`\b(?:pick (?:him|her|them|em) up|picking (?:him|her|them|em) up|pickup|pick up|give (?:him|her|them) a ride|drive (?:him|her|them) (?:home|back|to)|take (?:him|her|them) to|take (?:him|her|them) home|bring (?:him|her|them) home|his ride|her ride|their ride|appointment|practice|his shift|her shift|session|surgery|graduation|the game|rehab|detox|sober|surprise (?:him|her|them))\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:gun|strap|knife|bat|blade|kill|hurt|dead|pay|knows what (?:he|she|they) did|gonna regret|talk me down)\b`),
    vetoes: ['in the car outside the gym waiting for him to come out, i will drive him home after practice'],
    keeps: ['in the truck outside the bar waiting for him to come out'],
  },
  'figurative.en.boss-will-kill': {
    description:
      '"his boss is going to shoot him if he misses another shift", "mom will kill her if she is late": someone ' +
      'angry over a small failing, said of another person; not a threat the writer makes or fears.',
    when: [
      {
        before: re(String.raw`\b(?:boss|manager|supervisor|foreman|coach|teacher|mom|mum|mother|dad|father|parents|wife|husband|girlfriend|boyfriend|sponsor|pastor|sister|brother|grandma|grandpa|landlord|po|probation officer|parole officer) (?:[^ ]+ )?(?:is|s|are|will|would|gonna|is gonna|is going to|is about to|might|could)(?: (?:literally|actually|honestly|totally|seriously|probably|definitely|gonna))?$`),
        after: re(String.raw`^(?:[^ ]+ ){0,2}(?:if|when|once) (?:he|she|they|i|we|you) (?:[^ ]+ )?(?:miss|misses|missed|is late|are late|am late|shows up late|show up late|forgets?|forgot|breaks?|broke|loses|lose|lost|dents?|scratches|eats|ate|finds? out|sees|hears|skips?|skipped|fails?|failed|quits?|calls? out|no shows?|gets? fired|wrecks?|spends?|comes? home late|blows|flunks?|drops? out)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:gun|strap|knife|not joking|no joke|serious|for real|threaten\w*|has a (?:gun|knife))\b`),
    vetoes: ['His boss is going to shoot him if he misses one more shift, so we need evening groups'],
    keeps: ['my husband is going to shoot him if he comes back here, he has a gun'],
  },
  'figurative.en.reported-exasperation': {
    description:
      '"she yelled I could kill you and then hugged me": someone else\'s happy or exasperated outburst, quoted.',
    when: [
      {
        around: re(String.raw`\b(?:yelled|said|says|screamed|shouted|joked|laughed|told me|goes|went|was like|texted|squealed|cried)(?: [^ ]+){0,2} (?:i|id|ill|im gonna) (?:(?:could|coulda|would|gonna|just|literally|totally) ){0,2}(?:kill|murder|strangle|hug and kill) you\b`),
        message: re(String.raw`\b(?:hug|hugs|hugged|hugging|laughed|laughing|kissed|kiss|smil\w*|thanked|thank|happy|excited|relieved|good news|surprise\w*|cried happy|tears of joy|proud)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:gun|strap|knife|blade|bat|hit me|choked|threaten\w*|scared of (?:her|him)|afraid of (?:her|him)|not joking|meant it)\b`),
    vetoes: ['when she found out the insurance covers it she yelled i could kill you and then hugged me'],
    keeps: ['he yelled i could kill you and grabbed the knife'],
  },
  'negation.en.quoted-answered-no': {
    description:
      'An intake question quoted and answered no ("thought about hurting myself? no maam. thought about hurting my ' +
      'liver, yes"): the phrase ends its clause and the next clause is a plain no.',
    when: [
      {
        before: re(String.raw`(?:^|\b)(?:thought|thoughts|thinking|think|ideas?|urges?|plans?|ever|any|felt like|feel like|tried|have you|you ever|been)(?: (?:about|of|to|like|on))?$`),
        clauseAfter: re(String.raw`^(?:no|nope|nah|never|not really|none|negative|not once|not at all|no way)(?: (?:maam|mam|sir|never|not really|i have not|i havent|i dont|i do not|never have|not once|thank god|thankfully|not at all)){0,4}$`),
        after: re(String.raw`^$`),
      },
    ],
    vetoes: ['thought about hurting myself? no maam. thought about hurting my liver, yes'],
    keeps: ['thought about hurting myself? yes. last night', 'hurting myself. no one knows'],
  },
  'negation.en.not-looking-to': {
    description:
      '"not looking to get back at the guy who hit my car", "I am not out to hurt anyone": a denial with words the ' +
      'core negation guard does not skip.',
    when: [
      {
        before: re(String.raw`(?:^| )(?:not|never|no|dont|doesnt|didnt|wont|isnt|arent|im not|i am not)(?: (?:really|even|looking|trying|tryna|out|here|about|to|in|at|all|interested|planning|going|gonna|seeking|hoping|asking|wanting|into|the|type|kind|of|person|one|guy)){0,6}? (?:looking|trying|tryna|out|here|interested|seeking|hoping|the type|the kind|that type|that kind|that guy|that person)(?: (?:to|in|for|of|who|that|person|guy)){0,4}$`),
      },
    ],
    unlessAfter: re(String.raw`^[^.]{0,60}?\b(?:anymore|again)\b|\b(?:but|though|although)\b (?:[^ ]+ ){0,4}?(?:think|thinking|thought|sometimes|still|cant stop|keep|idk|dont know|not sure)\b`),
    vetoes: ['not looking to get back at the guy who hit my car, i just want help with drinking'],
    keeps: ['looking to get back at the guy who hit my daughter, i got his address'],
  },
  'figurative.en.could-strangle-for': {
    description:
      '"I could strangle my brother in law for the stuff he says at Thanksgiving, but I\'ll settle for leaving early": ' +
      'everyday exasperation at someone\'s habits, taken back in the same breath.',
    when: [
      {
        around: re(String.raw`\b(?:could|coulda|would|id)(?: (?:just|literally|honestly|seriously))? (?:kill|strangle|murder|throttle|choke|smack|slap|wring) (?:[^ ]+ ){0,5}for (?:the (?:stuff|things|crap|shit|jokes|comments|way)|(?:the )?(?:stuff|things|crap|shit|jokes|comments) (?:he|she|they) (?:says|said|say|does|did|posts)|always|never|(?:saying|talking|being|eating|leaving|taking|using|chewing|snoring|texting|calling|posting|bringing up))\b`),
      },
      {
        around: re(String.raw`\b(?:could|coulda|would|id)(?: (?:just|literally|honestly|seriously))? (?:kill|strangle|murder|throttle|choke|smack|slap|wring)\b`),
        message: re(String.raw`\bbut (?:ill|i will|i guess ill|ill just|im gonna|i ll) (?:settle|just|probably|leave|walk|go|bite|smile|stay)\b`),
      },
      {
        // "I could strangle whoever built this website": anger at a thing's faceless maker.
        around: re(String.raw`\b(?:could|coulda|would|id)(?: (?:just|literally|honestly|seriously|actually))? (?:kill|strangle|murder|throttle|choke|wring the neck of) whoever (?:built|made|designed|wrote|invented|coded|programmed|came up with|thought|decided|scheduled|runs|put|is in charge of|approved|parked)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:gun|strap|knife|blade|bat|tonight|not joking|no joke|serious|for real|plan|planning|address|what (?:he|she|they) did to)\b`),
    vetoes: ['I could strangle my brother in law for the stuff he says at dinner but ill settle for leaving early', 'i could strangle whoever designed this parking garage'],
    keeps: ['I could strangle my brother in law for what he did to my sister', 'i could strangle my stepdad tonight'],
  },
  'figurative.en.illness-numbered': {
    description: '"if he keeps drinking like that his days are numbered", "hospice says her days are numbered": an illness, not a threat.',
    when: [
      {
        message: re(
          String.raw`\b(?:hospice|cancer|terminal|dying|doctors?|diagnos\w*|liver|kidneys?|cirrhosis|sick|illness|disease|chemo|(?:months|weeks|days) to live|keeps? (?:drinking|using|smoking)|the way (?:he|she|they) (?:drinks|uses|drink|use)|if (?:he|she|they) (?:doesnt|dont|does not|do not|wont) (?:stop|quit)|health|heart failure|copd)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:i swear|on god|gun|strap|knife|bat|by my hand|when i (?:see|find|catch))\b`),
    vetoes: ['the doctor says my dads days are numbered if he keeps drinking'],
    keeps: ['that snitch thinks hes safe, his days are numbered'],
  },
  'negation.en.reported-denial': {
    description:
      'A family member\'s denial, reported: "she hasn\'t talked about hurting herself", "he never mentioned hurting ' +
      'anyone", "denies any thoughts of harming others".',
    when: [
      {
        before: re(String.raw`(?:^| )(?:not|never|no|hasnt|havent|hadnt|didnt|doesnt|dont|isnt|wasnt|nobody|no one|denies|denied|deny)(?: (?:ever|even|really|once|actually|said|says|saying|talked|talks|talk|talking|mentioned|mentions|mention|mentioning|spoken|spoke|speaking|brought|up|anything|a word|about|of|to|me|us|anyone|with|shown|showed|any|signs?|thoughts?|urges?|that|he|she|they|hed|shed|i|id|im|ive|would|wanted|wants|want|wanting|feels?|felt|like)){1,6}$`),
      },
    ],
    unlessAfter: re(String.raw`^[^.]{0,60}?\b(?:anymore|again)\b|\b(?:but|though|although)\b (?:[^ ]+ ){0,4}?(?:think|thinking|thought|thoughts|sometimes|still|cant stop|keep|idk|dont know|not sure|found|saw|i see)\b`),
    vetoes: ['to answer your question, no she hasnt talked about hurting herself, i asked her straight out', 'my brother never said he wants to hurt anyone, he just drinks too much'],
    keeps: ['she hasnt talked about hurting herself but i found blades in her room', 'my son is hurting himself'],
  },
  'accidental.en.medical-needle': {
    description: '"the nurse dug at my arm with a needle to find a vein": a blood draw, an IV or a shot, not self-harm.',
    when: [
      {
        message: re(
          String.raw`\b(?:nurse|nurses|phlebotom\w*|doctor|vein|veins|blood draw|bloodwork|blood work|labs|iv|tetanus|vaccine|flu shot|insulin|injection|clinic|hospital|er|urgent care|dentist|tattoo\w*|piercing|splinter|stitches|blood sugar|sugar|glucose|lancet|diabet\w*|finger ?stick|a1c|glucometer)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:on purpose|myself|deliberately|to feel|deserve|urges?|relapse\w*|sh|selfharm\w*|punish\w*|make the noise stop)\b`),
    vetoes: ['the nurse had to dig at my arm with a needle three times to find a vein'],
    keeps: ['been digging at my arms with a needle on purpose'],
  },
  'scope.en.people-in-general': {
    description: '"as a medic I have seen people cut themselves", "I work with teens who hurt themselves": people in general, not a disclosure.',
    when: [
      {
        before: re(String.raw`\b(?:seen|see|saw|know|knew|treated|treat|treating|met|meet|work with|worked with|working with|read about|heard about|hear about|talk to|talked to) (?:a lot of |lots of |many |some |other |so many |plenty of )?(?:people|kids|patients|teens|teenagers|clients|folks|guys|veterans|vets|others|inmates|students|residents|soldiers)(?: (?:who|that))?$`),
      },
    ],
    vetoes: ['as a medic i have seen people cut themselves, how do i talk to my daughter about it'],
    keeps: ['my daughter keeps cutting herself'],
  },
  'figurative.en.pet-self': {
    description: '"our dog keeps biting herself raw", "the cat scratches himself until he bleeds": an animal, not a person.',
    when: [{ before: re(String.raw`\b(?:dog|dogs|cat|cats|puppy|kitten|pup|parrot|bird|rabbit|bunny|hamster|horse|pet)(?: [^ ]+){0,3}$`) }],
    vetoes: ['our dog keeps biting herself raw, is that allergies'],
    keeps: ['my daughter keeps biting herself until she bleeds'],
  },
  'figurative.en.medical-admission': {
    description: '"had to put my dad in the hospital for his heart": taking someone to be treated, not hurting them.',
    when: [
      {
        message: re(String.raw`\b(?:sick|surgery|fever|sugar|blood pressure|heart attack|his heart|her heart|pneumonia|infection|detox|admitted|admit|doctor|doctors|symptoms|withdrawal|psych|evaluation|eval|breathing|stroke|for (?:his|her|their) own (?:good|safety)|ambulance|seizures?|overdos\w*|dialysis|treatment|covid|flu|dehydrated|get (?:him|her|them) help|needs help)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:beat|hit|punch|stab|shoot|swear|had it coming|deserves?|gun|strap|knife|bat|fists?|hands on)\b`),
    vetoes: ['im gonna put my mom in the hospital for detox, she cant stop drinking'],
    keeps: ["I'm gonna put my stepdad in the hospital tonight. he had it coming for years"],
  },
  'figurative.en.gift-for': {
    description: '"got something in my bag for him, it\'s his birthday": a present, not a weapon.',
    when: [
      {
        message: re(String.raw`\b(?:birthday|bday|gift|gifts|present|presents|christmas|xmas|anniversary|surprise|date night|vacation|trip|valentines?|card|snack|snacks|treat|treats|souvenir|flowers|candy|cookies|surprise party|baby shower|wrapped)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:gun|strap|knife|blade|bat|hurt|kill|regret|pay for|ex|opp|opps)\b`),
    vetoes: ['got something in my bag for him, its his birthday tomorrow'],
    keeps: ['my ex is at the club tonight and i got something in my bag for him'],
  },
  'figurative.en.trivial-finds-out': {
    description:
      '"ate the whole cake, I\'ll pay for it tomorrow", "if she sees my grades I\'m dead lol": a small failing or the ' +
      'body\'s bill, not punishment by a person.',
    when: [
      {
        message: re(String.raw`\b(?:lol|lmao|lmfao|haha\w*|hehe|grades?|report card|curfew|diet|cake|pizza|ate|eating|gym|workout|spent|shopping|bought|credit card|hangover|hungover|sweats|withdrawals?|dose|skipped|missed (?:my|a) dose|homework|tattoo|haircut|dented|scratched the car|the dog|puppy)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:hit|hits|hitting|beat|beats|choke|chokes|choked|punch\w*|kick\w*|hurt|hurts|bruises?|black eye|couldnt walk|scared of|afraid of|threaten\w*|gun|knife|reads my phone|checks my phone|cant leave)\b`),
    vetoes: ['if she sees i ate the last slice ill pay for it lol', 'if she sees my report card im dead lol'],
    keeps: ['if he hears me on the phone with you ill pay for it tonight, last time i couldnt walk right for a week'],
  },
  'accidental.en.door-household': {
    description: '"the toddler keeps rattling the door handle", "the wind is rattling the window", "maintenance is checking the lock": a house, not an intruder.',
    when: [
      {
        message: re(String.raw`\b(?:toddler|baby|kid|kids|son|daughter|cat|cats|dog|dogs|puppy|kitten|wind|storm|breeze|stuck|jammed|broken lock|locksmith|maintenance|landlord (?:is|came)|repair|fix it|fixing|neighbor kid|roommate (?:forgot|lost)|forgot (?:his|her|their) keys?|locked (?:himself|herself|themselves) out|pizza|delivery|dasher|uber eats|doordash)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:scared|afraid|terrified|im alone|i am alone|by myself|hiding|ex|stalker|restraining|protective order|police|911|please help|pls help|help me|owe|threat\w*)\b`),
    vetoes: ['the baby gate is up because he keeps trying the back door, hes 2', 'she keeps rattling the window, our cat wants out'],
    keeps: ['someone keeps trying the door handle. im alone'],
  },
  'figurative.en.lyric-quote': {
    description: '"been blasting that song on repeat, the kill-my-ex line is such a bar": a lyric quoted, not the writer\'s intent.',
    when: [
      {
        message: re(String.raw`\b(?:song|songs|lyric|lyrics|verse|chorus|hook|track|album|on repeat|blasting|playlist|spotify|rapper|rapped|sings|singing|sang|(?:such|a hard|hard|a hot|hot|a crazy|crazy|a cold|cold) (?:bar|line)|bars)\b`),
        around: re(String.raw`\b(?:lol|lmao|lmfao|haha\w*|is (?:such )?a (?:bar|banger|vibe|mood|line)|goes hard|slaps|in the song|the line|she (?:says|sings|said)|he (?:says|raps|sings|said))\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:for real|not joking|no joke|fr fr|serious|seriously|tonight|gun|strap|knife|plan|planning)\b`),
    vetoes: ['been blasting that new album on repeat, i might kill my ex is such a bar lmao'],
    keeps: ['i might kill my ex tonight, been blasting music to calm down'],
  },
  'scope.en.writer-hiding': {
    description:
      '"I locked myself in my car because he\'s outside with a knife": the writer is the one hiding from a weapon, so a ' +
      'first-person reading of the message ("im outside with a knife") is not the writer\'s threat.',
    when: [
      {
        message: re(String.raw`\b(?:locked (?:myself|ourselves|me and the kids|me and my [^ ]+) in|(?:im|i am|were|we are|been) hiding|hid (?:in|under|behind)|hiding (?:in|under|behind|from)|barricaded|under the bed|in the closet with|(?:scared|afraid|terrified) (?:of )?(?:him|her|them|he|she|they)(?: will| is gonna| might)?|hes got a|shes got a|he has a|she has a)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:im gonna|i will|ill|i swear|imma|im going to) (?:kill|stab|shoot|hurt|get|end|handle)\b`),
    handsTo: 'abuse-danger',
    vetoes: ['my ex just pulled up outside and im hiding in the bedroom with the kids, got the bat in my hand'],
    keeps: ['got my knife on me and im outside his house'],
  },
  'figurative.en.worry-consequence': {
    description: '"if he keeps driving drunk like that he\'s gonna get hurt": a worry about what someone\'s habit will bring, not a threat.',
    when: [
      {
        message: re(String.raw`\b(?:keeps? (?:driving|drinking|using|riding|racing|running|partying|going)|driving drunk|drunk driving|drinking and driving|be careful|worried|worry|scared for (?:him|her|them)|afraid for (?:him|her|them)|overdos\w*|if (?:he|she|they) (?:doesnt|dont|does not|do not) (?:stop|slow down|quit))\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:im|ill|i will|imma|im gonna|i swear)\b(?: [^ ]+){0,2} (?:hit|cut|stab|shoot|beat|smack|slap|jump|drop)\b`),
    vetoes: ['if he keeps driving drunk like that one more time hes gonna get hurt'],
    keeps: ['next time the nurse disrespects me shes getting hit'],
  },
  'scope.en.weapon-used-on-writer': {
    description:
      '"she threatened me with a knife earlier and now she\'s sleeping": the weapon was turned on the writer, who is the ' +
      'one in danger, not the one waiting with it.',
    when: [
      {
        message: re(String.raw`\b(?:threatened|threatening|threatens|pulled|pulls|pulling|pointed|points|pointing|came at|comes at|coming at|swung|swings|waved|waving|held|holding|put|attacked|chased|cut|stabbed|hit) (?:me|us|my (?:[^ ]+ )?(?:mom|kids?|son|daughter|baby|sister|brother)) with (?:a|the|his|her|their|my) (?:[^ ]+ )?(?:knife|gun|pistol|bat|machete|hammer|blade|crowbar|axe|bottle|razor|box cutter|pipe|screwdriver)|\b(?:pulled|pointed|held) (?:a|the|his|her) (?:gun|knife|pistol) (?:on|at|to) (?:me|us|my)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:im gonna|i will|ill|i swear|imma|im going to|i want to|i wanna) (?:kill|stab|shoot|hurt|get|end|use)\b`),
    handsTo: 'abuse-danger',
    vetoes: ['he came at me with a bat an hour ago, the bat is by the door and hes asleep'],
    keeps: ['knife in my hand and he is asleep'],
  },
  'figurative.en.pay-in-money': {
    description: '"the guy who hit my car is going to pay for it, his insurance called": paying in money or through the law, not in blood.',
    when: [
      {
        message: re(String.raw`\b(?:insurance|damages|repairs?|the bill|bills|fine|fines|restitution|sue|suing|lawsuit|small claims|court|judge ordered|karma|god will|the law|deductible|refund|invoice|estimate)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:gun|strap|knife|blade|bat|kill|hurt|blood|bleed|tonight|not joking|no joke|i swear|on god|with (?:his|her|their) li(?:fe|ves))\b`),
    vetoes: ['the guy who hit my car is going to pay for it, his insurance already called'],
    keeps: ['the pharmacist who turned me in is going to pay for it. not joking this time'],
  },
  'figurative.en.benign-additive': {
    description: '"thinking about putting a little honey in my daughter\'s tea for her throat": a remedy or a flavour, not poison.',
    when: [
      {
        around: re(String.raw`\b(?:sugar|cream|creamer|honey|milk|ice|lemon|sweetener|protein|vitamins?|fiber|fibre|electrolytes|collagen|cinnamon|syrup|probiotics?|turmeric|ginger|oat milk|almond milk|flavou?r|for (?:his|her|their) (?:cold|cough|throat|sleep|health|stomach)|to help (?:him|her|them)|so (?:he|she|they) (?:takes?|drinks?|eats?))\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:poison\w*|kill|die|dead|hurt|wouldnt wake|wont wake|overdose|od|lethal|fatal|plan is|scares me)\b`),
    vetoes: ['i keep thinking about putting a little honey in my daughters tea for her throat'],
    keeps: ['i fantasize about putting what i bring home from the hospital into my wifes wine. it scares me how detailed the plan is getting'],
  },
  'figurative.en.medical-sedation': {
    description: '"the anesthesiologist gave him something so he wouldn\'t wake up during surgery", "the vet gave our dog something": care or a pet put to sleep.',
    when: [
      {
        message: re(String.raw`\b(?:per (?:the )?(?:doctor|order|orders|protocol|md|np|chart)|doctors? orders?|ordered|prescribed|(?:his|her|their|potassium|sugar|glucose) levels|replacement|surgery|anesthesia|anaesthesia|anesthesiologist|sedation|sedated|procedure|colonoscopy|operation|vet|veterinarian|dog|cat|puppy|kitten|put (?:him|her|it) down|euthanasia|euthanize|hospice|comfort care|melatonin|to help (?:him|her|them) sleep)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:who (?:hit|hurt|raped|beat|killed|abused|touched)|deserves?|revenge|kill|on purpose|make (?:him|her|them) pay|(?:nobody|no one) would (?:ever )?know|untraceable|wouldnt show up)\b`),
    vetoes: ['the anesthesiologist gave him something for the surgery so he wouldnt wake up during it'],
    keeps: ['medic here, i keep thinking about giving the man who hurt my son something in the ambulance he wouldnt wake up from'],
  },
  'figurative.en.bringing-food': {
    description: '"imagining bringing something to the office potluck": a dish, a gift or a treat brought to work.',
    when: [
      {
        message: re(String.raw`\b(?:potluck|cake|cupcakes?|cookies|donuts|doughnuts|bagels|pizza|food|lunch|snacks?|treats?|dish|casserole|coffee|gift|present|card|flowers|birthday|bday|party favors|decorations|secret santa|white elephant|show and tell|project|presentation|slides|laptop|charger|resume)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:gun|rifle|knife|weapon|bomb|pistol|shotgun|ar|hurt|kill|feel what i feel|pay|sorry|suffer|bleed|where id stand|violent)\b`),
    vetoes: ['imagining bringing something to the office tomorrow for the potluck lol'],
    keeps: ['i keep imagining bringing something to the office tomorrow and making them all feel what i feel'],
  },
  'figurative.en.dead-laughing': {
    description: '"if he touches my fries again he\'s dead lol": a small offence answered with a laugh.',
    when: [{ message: re(String.raw`\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|jk|just kidding|kidding|rofl)\b`) }],
    unlessInMessage: re(String.raw`\b(?:not (?:joking|kidding|playing)|no joke|for real|on god|serious|seriously|gun|strap|knife|bat|i swear)\b`),
    vetoes: ['if he touches my fries again hes dead lol'],
    keeps: ['if he comes near my mom again hes dead i swear'],
  },
  'figurative.en.benign-borrow': {
    description: '"my husband took the car to work so I can\'t leave till five", "grounded, mom took my phone": a borrowed car or a teen grounded.',
    when: [
      {
        message: re(String.raw`\b(?:to work|for work|at work|to the store|to the shop|in the shop|at the shop|mechanic|borrowed|borrowing|errands?|till|until|(?:gets?|get) back at|dead battery|flat tire|repo\w*|towed|snow|storm|grounded|curfew|punish\w*|grades|report card|for school|carpool)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:hit|hits|hitting|beat|beats|choke\w*|punch\w*|kick\w*|hurt|hurts|bruises?|scared|afraid|terrified|threaten\w*|gun|knife|locked me|wont let me|trapped|kill|help me|please help)\b`),
    vetoes: ['my husband took the car to the shop so i have no way to get out to the meeting'],
    keeps: ['my boyfriend hid my car keys and my shoes so i cant leave'],
  },
  'figurative.en.custody-routine': {
    description: '"my ex has the kids this weekend and won\'t let me talk to them, custody stuff": a parenting-time dispute, not the kids held in danger.',
    when: [
      {
        message: re(String.raw`\b(?:custody|visitation|his weekend|her weekend|this weekend|his week|her week|parenting plan|parenting time|court order|mediation|mediator|family court|co ?parent\w*|child support|lawyer|attorney)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:drunk|high|wasted|tweaking|gun|knife|threat\w*|hit|hitting|hurt|kill|scared|afraid|terrified|police|911|cops|locked|screaming)\b`),
    vetoes: ['my ex has the kids this weekend and wont let me talk to them, typical custody stuff'],
    keeps: ['my husband took the kids and wont bring them back, hes been drinking and hes drunk'],
  },
  'figurative.en.ordinary-visit': {
    description: '"my ex was at my work again to drop off the kids\' forms", "he works there too": an errand or a shared workplace.',
    when: [
      {
        message: re(String.raw`\b(?:drop off|dropping off|dropped off|pick up|picking up|picked up|lunch|for coffee|forms|paperwork|the kids stuff|(?:he|she|they) works? there|works there too|we work together|(?:we|i) work (?:at|in|on) the same|same (?:hospital|building|office|company|unit|floor|shift|station|store|school)|coworker|co worker|his shift|her shift|deliver\w*|returning my|return my|give back my|gave back my)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:scared|afraid|terrified|stalk\w*|following|followed|protective order|restraining order|threat\w*|not supposed to|no contact|hiding|watching me)\b`),
    vetoes: ['my ex was at my work again today to drop off the kids forms'],
    keeps: ['my ex was in the hospital parking garage again tonight where i work. im scared to walk to my car'],
  },
  'figurative.en.job-done': {
    description: '"my manager said next time I\'m late I\'m done": losing a job, a team spot or a place in a program.',
    when: [
      {
        message: re(String.raw`\b(?:boss|manager|supervisor|job|work|fired|shift|coach|team|probation officer|po|sponsor|program|late|tardy|write up|written up|hr|landlord|lease|class|teacher|professor|grade|grades)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:hit|hits|hitting|beat|beats|choke\w*|punch\w*|kick\w*|hurt|hurts|bruises?|scared|afraid|terrified|gun|knife|kill|drunk|bar|raging|somewhere safe|help me|please help)\b`),
    vetoes: ['my manager said this time im done if i call out again'],
    keeps: ['can you help me get somewhere safe? hes coming back from the bar soon and he said tonight im done'],
  },
  'figurative.en.safety-lock': {
    description: '"we locked grandma in her room at night so she doesn\'t wander": a lock for someone\'s safety, or against weather.',
    when: [
      {
        message: re(String.raw`\b(?:wander\w*|for (?:his|her|their) (?:own )?safety|so (?:he|she|they) (?:doesnt|dont|cant|wont) (?:wander|leave|get out|fall|hurt)|memory care|door alarm|by accident|accidentally|storm|tornado|hurricane|lightning|bees|hail|lockdown drill|time out|timeout)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:bruises?|hit|hits|hitting|beat|beats|screaming|yelling|scared|afraid|crying|no food|not feeding|starv\w*|drunk|high|meth|punish\w*|all day|for days)\b`),
    vetoes: ['we locked grandma in her room at night so she doesnt wander off, the doctor suggested it'],
    keeps: ['my brother pushed dad back inside and locked the door and dad has bruises'],
  },
  'figurative.en.friendly-photo': {
    description: '"my sister sent a photo of our house with the Christmas lights up": a friendly picture, not proof of being watched.',
    when: [
      {
        message: re(String.raw`\b(?:soccer|practice|game|recital|school play|first day|birthday|bday|graduation|beach|park|proud|so cute|adorable|vacation|trip|zoo|christmas|xmas|lights|decorations|halloween|realtor|for sale|listing|open house|old house|memories|pretty|cute|snow|garden|flowers|fence|new roof|paint|looks (?:great|good|nice|amazing)|package|delivered|delivery|amazon|ups|fedex|doordash)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:ex|stalk\w*|scared|afraid|terrified|threat\w*|see you soon|see u soon|know where|watching|no message|restraining|protective order|prison|jail)\b`),
    vetoes: ['she sent me a video of our yard with the snow, so pretty'],
    keeps: ['he just sent me a picture of my front door with no message'],
  },
  'negation.en.denied-despite': {
    description:
      '"I\'m NOT going to hurt my brother even though he stole from me again, I\'d never lay a hand on him": a firm denial ' +
      'whose "again" belongs to the grievance, not to the harm.',
    when: [
      {
        before: re(String.raw`(?:^| )(?:im|i am|i will|ill|i would|id|i)(?: (?:really|honestly|absolutely|definitely|seriously|truly))? (?:not|never|wont|would never|will never)(?: (?:gonna|going|to|ever|wanna|want|actually|really|be)){0,3}$`),
        message: re(String.raw`\b(?:(?:id|i would|i will|ill|i could) never (?:ever )?(?:lay a (?:hand|finger) on|touch|hurt|harm|hit|do (?:that|anything) to)|(?:ive|i have) never been violent|never (?:laid|put) (?:a hand|hands) on)\b`),
      },
    ],
    unlessAfter: re(String.raw`\b(?:but|(?<!even )though|although)\b (?:[^ ]+ ){0,4}?(?:think|thinking|thought|thoughts|sometimes|still|cant stop|keep|scared|afraid|might|idk|dont know|not sure)\b`),
    vetoes: ['im NOT going to hurt my brother even though he stole from me again, id never lay a hand on him'],
    keeps: ['im not going to hurt my brother, id never lay a hand on him, but i keep thinking about it'],
  },
  'scope.en.threat-from-them': {
    description:
      '"my dealer says if I don\'t write scripts he\'ll hurt my daughter": a threat made to the writer about their own people, ' +
      'which is the danger the writer lives with, not the writer\'s intent.',
    when: [
      {
        around: re(String.raw`\b(?:says|said|told me|tells me|threatened|threatens|threatening|texted|texts|warned|swore|swears|saying|keeps saying)(?: (?:me|that))?(?: if(?: [^ ]+){1,12}?)? (?:hell|shell|theyll|hed|shed|theyd|(?:he|she|they) (?:will|would|is gonna|s gonna|gonna|is going to|are gonna|are going to|might|could)) (?:(?:[^ ]+ )?(?:hurt|harm|kill|beat|shoot|stab|take|touch|go after|come after|do something to) (?:my|our|me|us|the (?:kids|baby|children|family))|burn (?:the|my|our) (?:house|place|apartment|trailer) down with (?:me|us|the kids|my kids|my (?:son|daughter|baby)))\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:im gonna|i will|ill|i swear|imma|im going to|i want to|i wanna) (?:kill|stab|shoot|hurt|get|end|handle|beat)\b`),
    handsTo: 'abuse-danger',
    vetoes: ['my dealer says if i dont pay by friday hell hurt my daughter'],
    keeps: ['my dealer says if i dont pay by friday hell hurt my daughter, so im gonna kill him first'],
  },
  'figurative.en.cornered-to-talk': {
    description: '"my coach cornered me after practice to talk about my grades": caught for a word, not trapped or touched.',
    when: [{ after: re(String.raw`^(?:[^ ]+ ){0,4}(?:to|and) (?:talk|ask|discuss|tell|chat|give|show|remind|go over|check|complain|vent|lecture|yell about)\b`) }],
    unlessInMessage: re(String.raw`\b(?:touch\w*|grab\w*|kiss\w*|grope\w*|rubb\w*|scared|afraid|terrified|wont let me (?:leave|go)|locked|blocked the door|pinned|forced|threaten\w*|sex|sexual)\b`),
    vetoes: ['my coach cornered me after practice to talk about my grades'],
    keeps: ['my supervisor corners me in the med room and touches me'],
  },
  'figurative.en.released-amends': {
    description: '"he got out of jail last month and called me to say sorry, we\'re doing ok": a release followed by amends, not pursuit.',
    when: [
      {
        message: re(String.raw`\b(?:to (?:say sorry|apologi[sz]e|make amends)|apologi[sz]ed|made amends|(?:were|we are|hes|shes|were all) doing (?:ok|okay|good|well|fine|better)|for a ride|we talked|it was (?:good|nice)|al anon|alanon)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:scared|afraid|terrified|threat\w*|restraining|protective order|no contact|outside (?:my|our)|drove by|driving by|found (?:me|us|where)|knows where|see you soon|hiding|stalk\w*)\b`),
    vetoes: ['he got out of jail last month and called me to say sorry, were doing ok'],
    keeps: ['the guy i testified against just got out and he called me'],
  },
  'negation.en.form-answered-no': {
    description:
      'A screening question about hurting oneself reported and answered no ("the form asks if i have thoughts of ' +
      'hurting myself or others and the answer is no", "it asked if ive had thoughts of harming myself and I put no"), ' +
      'or a denial listing it second ("no urges to use or hurt myself").',
    when: [
      {
        before: re(String.raw`\b(?:asks?|asked|asking|question|questions)(?: [^ .]+){0,8}$`),
        message: re(String.raw`\b(?:myself|yourself)(?: or others)?(?: [^ .]+){0,2}(?: \.)? (?:and )?(?:the answer is|i put|i said|i answered|i checked|i wrote|i marked|answer(?:ed)?) (?:no|never|none)\b`),
      },
      { before: re(String.raw`\b(?:no|not any|dont have any|never any) (?:urges?|thoughts?|plans?|desire) (?:to|of|about) [^ .]+(?: [^ .]+)? or$`) },
    ],
    unlessInMessage: re(String.raw`\b(?:tonight|right now|rn|lately|again|but i (?:do|did|have)|actually (?:yes|i do))\b`),
    vetoes: [
      'ok so the form asks if i have thoughts of hurting myself or others and the answer is no. im just here for the drinking',
      'the screening asked if ive had thoughts of harming myself or others and i put no, which is true',
      'no urges to use or hurt myself',
    ],
    keeps: ['no urges to use but i want to hurt myself tonight', 'the form asks if i have thoughts of hurting myself and honestly yes, lately'],
  },
  'accidental.en.grooming-razor': {
    description: '"used the razor on my legs before the beach": a razor for grooming, told without the word "shave".',
    when: [{ message: re(String.raw`\b(?:smooth|beach|pool|swim\w*|bikini|wax\w*|ingrown|razor bumps|razor burn|lotion|shaving cream|shave gel|leg hair|armpits?|pits|date night|before the party)\b`) }],
    unlessInMessage: re(String.raw`\b(?:on purpose|deliberately|to feel|deserve|urges?|relapse\w*|sh|selfharm\w*|cuts|cutting|bleed\w*|blood|again)\b`),
    vetoes: ['used the razor on my legs before the beach'],
    keeps: ['used the razor on my legs again, i need to feel it', 'razor on my legs before the pool party, cuts everywhere on purpose'],
  },
  'accidental.en.tool-for-a-job': {
    description: '"sitting outside her house with a hammer to fix her porch step": a tool brought for a job, not for a person.',
    when: [
      {
        around: re(
          String.raw`\b(?:(?:to|gonna|going to|so i can|so we can|and) (?:fix|repair|build|hang|install|put up|take down|nail|patch|mount|assemble|help (?:her|him|them) (?:fix|with|move|build|hang))|porch step|porch steps|fence|deck|shelf|shelves|drywall|gutter|gutters|cabinet|furniture|tv mount|flat pack|toolbox|tool box|tool belt|handyman)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:kill|hurt|pay|regret|bash|smash|face|head|skull|knees|kneecaps|dead|teach (?:him|her|them) a lesson|whats coming|deserves?)\b`),
    vetoes: ['sitting outside her house with a hammer to fix her porch step', 'parked outside his place with my hammer to help him hang shelves'],
    keeps: ['sitting outside her house with a hammer, gonna smash his face', 'outside his house with a hammer and hes gonna pay'],
  },
} as const satisfies Record<string, Guard>;
