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
  String.raw`\b(?:right now|tonight|today|this morning|this week|lately|these days|currently|at the moment|again|relapsed?|urges?|tempted|(?:\d+|few|couple(?: of)?|an|one) (?:minutes?|mins?|hours?|hrs?|days?) ago|last night|still (?:do|doing|cut|cutting|burn|burning|hurt|hurting|want|wanting|think|thinking|feel like)|started|starting|cant stop|(?<!dont |not |never )(?:want to|wanna|gonna))\b`;

/** DISTANT_PAST of guards.ts without the words of a death ("my late", "died", "RIP", "funeral"). */
const LONG_AGO =
  String.raw`\b(?:years? ago|yrs ago|(?:a )?long time ago|long ago|decades? ago|years back|back in (?:the day|19\d\d|20\d\d|high school|college|school)|in (?:19|20)\d\d|` +
  String.raw`when (?:i|he|she|we|they) (?:was|were) (?:a|an|in|younger|little|young|small|still|\d+)|as a (?:kid|child|teen|teenager|young|little|boy|girl)|` +
  String.raw`in (?:high school|college|middle school|my teens|my twenties|my 20s)|(?:last|past) (?:year|years|decade)|used to|(?:long|well|far) behind (?:me|him|her|us|them))\b`;
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
          String.raw`\b(?:boxing|sparring|spar|punching bag|heavy bag|the bag|training|practice|practise|baseball|softball|cricket|game|games|tournament|league|team|batting cage|hockey|lacrosse|gym|mma|bjj|jiu jitsu|karate|muay thai|kickboxing|dojo|coach|camping|hunting season|deer|range|target practice|woods)\b`,
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
      String.raw`\b(?:not|isnt|wasnt|aint|no|never) (?:even )?(?:joking|kidding|a joke|teasing|playing)\b|\bno joke\b|\b(?:half|only half|partly|kinda|kind of|sort of|mostly) (?:joking|kidding)\b|\bmaybe not\b|\b(?:i|he|she) (?:mean|means|meant) it\b|\bserious(?:ly)?\b|\bfor real\b|\bon god\b`,
    ),
    vetoes: ['my brother jokes he will kill whoever dents his car, he is kidding of course'],
    keeps: ['thinking about putting something in his drink. half kidding. maybe not', 'ima smoke him, not joking this time'],
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
    unlessInMessage: re(String.raw`\b(?:gun|strap|blick|glock|pistol|knife|bat|machete|kill|hurt|shoot|stab|dead|pay|tonight|myself)\b`),
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
} as const satisfies Record<string, Guard>;
