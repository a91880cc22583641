/**
 * Look-alikes for the English suicide patterns (patterns.en.ts) beyond the core ones in guards.ts:
 * what reads like a wish to die, a goodbye or a plan but is not one.
 */
import { re, type Guard } from './guard';

/** What makes a "take care of X for me" or a "won't matter after" final rather than a trip away. */
const FINAL_SIGNS =
  String.raw`\b(?:for good|forever|goodbye|location off|phone off|not answering|wont answer|isnt answering|(?:not|never|isnt|wont) (?:coming|come|be) (?:back|home)|gun|rifle|pistol|pills|rope|bridge|note|letter|sorry for everything|love you all)\b`;

/** Why a height is asked about in everyday life: a vehicle, work, school, a trip, a view. */
const HEIGHT_EVERYDAY =
  String.raw`clearance|box truck|trailer|rv|semi|moving truck|my rig|the rig|load|school|project|homework|trivia|fun fact|tour|tourist|photos?|pics?|view|views|hike|hiking|drone|bungee|sky ?diving|skydive|zip ?line|rappel\w*|climbing gym|fireworks|inspection|inspect|roofer|roofing|gutters?|contractor|repair|for work|for my job|the job site|jobsite|wedding|proposal|sunset|sunrise|essay|report|minecraft|lego|model`;

/** What a razor or a box cutter is for on an ordinary day. */
const GROOMING_OR_TASK =
  String.raw`shav(?:e|es|ed|ing)|trim(?:ming)?|beard|legs for|boxes|packages?|deliveries|unboxing|carpet|drywall|crafts?|crafting|scrapbook\w*|warehouse|stocking|shelves|for work`;

export const enSuicideGuards = {
  'scope.en.someone-else-not-waking': {
    description:
      '"put something in his drink, he\'d just not wake up": someone else not waking up because of what the writer ' +
      'would give them: harm to another, which its own patterns catch; not a wish to die.',
    when: [
      {
        before: re(String.raw`\b(?:hed|shed|theyd|he would|she would|they would|hell|shell|he|she|they)(?: just)?$`),
        message: re(String.raw`\b(?:in(?:to)? (?:his|her|their) (?:drink|coffee|food|tea|beer|soda|plate|bottle|cup|glass|dinner)|put something in|slip (?:him|her|them) something|poison(?:ing)? (?:him|her|them))\b`),
      },
    ],
    handsTo: 'harm-others',
    vetoes: ['been thinking how easy it would be to put something in her coffee. shed just never wake up'],
    keeps: ['i just want to not wake up', 'my son says he wants to just not wake up'],
  },
  'scope.en.insurance-admin': {
    description:
      '"does my insurance cover rehab if I relapse", "the life insurance paid out after my dad died": insurance as ' +
      'paperwork or a past death, not a life weighed against a payout.',
    when: [
      {
        message: re(
          String.raw`\b(?:cover|covers|covered|coverage|copay|deductible|in network|pre ?auth|(?:my|his|her) (?:dad|mom|father|mother|husband|wife|grandpa|grandma|brother|sister|uncle|aunt) (?:died|passed|passed away))\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:accident(?:al)?|worth more|better off|(?:gets?|collects?|cash in) (?:the |my |his |her )?(?:insurance|policy|money|payout|\d+k?))\b`),
    vetoes: ['does my life insurance cover funeral costs if i die, trying to plan a budget'],
    keeps: ['my kids get the policy if im gone', 'does insurance pay out if its ruled an accident'],
  },
  'figurative.en.view-from-up-here': {
    description:
      '"looking down from the roof at the fireworks", "staring over the side at the whales": a view, a photo or an ' +
      'outing from a high place or the water, not a pull toward it.',
    when: [
      {
        message: re(
          String.raw`\b(?:view|views|sunset|sunrise|fireworks|photo|photos|pic|pics|picture|pictures|selfie|whales?|dolphins?|fishing|tour|hike|hiking|swimming|swim team|kayak\w*|parade|concert)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:jump|die|dead|end it|not coming back|waiting for me|nobody would|no one would|rail is|railing is|been here|rocks|stones|for good|goodbye)\b`),
    vetoes: ['we were looking down off the bridge at the fireworks, best view in town'],
    keeps: ['looking down off the bridge tonight. not drunk enough yet'],
  },
  'scope.en.how-to-help-someone': {
    description:
      '"what do I do if someone in group says they want to kill themselves, how do I support them": a question about ' +
      'helping another person in general, not a report of someone at risk now.',
    when: [
      {
        message: re(
          String.raw`\b(?:what (?:do|should|can) (?:i|we) (?:do|say)|how (?:do|should|can) (?:i|we) (?:support|help|respond|react)) (?:if|when) (?:someone|somebody|a (?:friend|member|client|peer|resident)|anyone|one of (?:my|our) [^ ]+|somebody in [^ ]+|someone in [^ ]+)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:right now|tonight|just (?:said|told|texted)|told me|is (?:going|gonna)|has a (?:gun|plan|rope|knife)|pills)\b`),
    vetoes: ['what do i do if somebody in group says they want to kill themselves, how do i support them'],
    keeps: ['my friend just told me she is going to kill herself tonight, what do i do'],
  },
  'figurative.en.makes-me-want-to': {
    description:
      '"this paperwork makes me want to jump off a bridge haha, kidding": a chore that "makes me want to" die or ' +
      'jump, with a laugh or a "kidding".',
    when: [
      {
        before: re(String.raw`\b(?:makes?|made|making) me(?: (?:wanna|want|feel like)(?: (?:to|just))?)?$`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:for real|not kidding|not joking|serious(?:ly)?|i mean it|tonight)\b`),
    vetoes: ['the paperwork alone makes me wanna jump off a bridge haha. where do i upload the form'],
    keeps: ['everything makes me want to jump off a bridge, i mean it'],
  },
  'negation.en.asked-and-denied': {
    description:
      '"they kept asking if I wanted to die and no I don\'t": a screening question reported and answered no.',
    when: [
      {
        message: re(
          String.raw`\b(?:ask|asks|asked|asking|keep asking|kept asking) (?:me )?(?:if|whether) i (?:wanted|want|wanna|was (?:gonna|trying to)) (?:to )?(?:die|kill myself|hurt myself|end my life)(?: \.)? (?:and |but )?(?:no|nope|nah|i dont|i do not|im not|i wasnt|i didnt)\b`,
        ),
      },
    ],
    vetoes: ['the nurse kept asking if i wanted to die and no i dont, i want to go home'],
    keeps: ['they asked if i wanted to die and yes i do'],
  },
  'scope.en.away-for-a-while': {
    description:
      '"take care of my dog for me while I am in detox", "it won\'t matter after friday, I\'ll be in rehab": a time ' +
      'away (treatment, a trip, a hospital stay, jail, deployment), not a farewell. Off when anything in the message ' +
      'reads as final (for good, goodbye, phone off, a gun, pills, a note).',
    when: [
      {
        message: re(
          String.raw`\b(?:while (?:im|i am|i m|hes|shes|he is|she is|theyre|were|we are) (?:away|gone|in|at|on|out|inpatient)|vacation|retreat|conference|(?:a|the|my|his|her|our|business|work) trip|deploy(?:ed|ment)|(?:going|go|goes|headed|heading|check(?:ing)? (?:in)?|admitted|get(?:ting)? admitted|once (?:i|he|she) (?:am|is|m|s|get|gets)|ill be|hell be|shell be|im gonna be|while (?:i|he|she) (?:am|is|m|s)) (?:in|into|to|at) (?:detox|rehab|treatment|residential|inpatient|the hospital|hospital|surgery|jail|prison|basic|boot camp|the program)|out of town|for the weekend|for a few (?:days|weeks)|for a (?:week|month|couple (?:of )?(?:days|weeks))|(?:until|till|til|when) (?:i|he|she|they) (?:get|gets|come|comes) back)\b`,
        ),
      },
    ],
    unlessInMessage: re(FINAL_SIGNS),
    vetoes: [
      'can you take care of my cat for me. im going into detox on monday',
      'my sister made me promise to look after her plants while she is away',
      'none of it will matter after friday because ill be in rehab',
    ],
    keeps: ['take care of my cat for me. turning my phone off for good', 'my brother texted take care of mom for me and turned his location off'],
  },
  'scope.en.cutting-urge': {
    description:
      'An urge to cut with a blade at hand ("the urge to cut is bad tonight and the razor is right here"): self-harm, ' +
      'which its own patterns catch; not a suicide match unless the message also speaks of dying.',
    when: [
      {
        message: re(
          String.raw`\b(?:urges?|want|wanna|wanting|gonna|need|needing|itching|craving) to (?:cut|burn|slice|hurt myself|self ?harm)\b|\b(?:cut|cutting|burn|burning) myself\b|\bself ?harm(?:ing)?\b|\brelapse on (?:cutting|sh|self ?harm)\b`,
        ),
      },
      // A blade taken out again and held, unused, or in hand while counting time clean from sh: a self-harm relapse.
      {
        message: re(String.raw`\b(?:blades?|razors?) out again\b|\bclean from (?:sh|cutting|self ?harm(?:ing)?)\b`),
        around: re(String.raw`\b(?:blades?|razors?)\b`),
      },
      // "not to die, just to bleed / feel something": a wish to hurt, said to be no wish to die.
      {
        message: re(String.raw`\b(?:dont wanna die|dont want to die|not (?:trying |looking )?to die|not wanting to die|its not about dying)(?: \.)? (?:i )?(?:just )?(?:wanna|want|need|want to|need to) (?:to )?(?:bleed|see (?:it )?bleed|feel (?:something|the sting|pain)|hurt|(?:it|this|the (?:noise|thoughts|feeling|pressure)) to stop|make it stop|(?:some )?relief)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:(?<!(?:not to|dont wanna|dont want to|not trying to|no wanting to) )die|dying|dead|kill (?:myself|me)|end (?:it|my life|things)|suicid\w*|not wake|never wake|overdose|od|deep enough|for good|goodbye)\b`),
    handsTo: 'self-harm',
    vetoes: ['the urge to cut is so strong and the blade is right here', 'held the lighter to my arm again. not trying to die i just need it to stop', 'i dont want to die i just want to bleed a little. the razor is right here', 'got the blade out again, havent used it, just holding it', 'two weeks clean from sh but the blade is in my hand tonight'],
    keeps: ['the blade is right here and i want to die', 'i have the pills in my hand right now'],
  },
  'figurative.en.so-bad-i-could-die': {
    description:
      '"my counselor\'s jokes are so bad I wanna die", "this meeting is so boring I could die": hyperbole about a ' +
      'thing (a joke, a class, a song), not a wish to die.',
    when: [
      // "if they make me do one more icebreaker i will kms": one more of a chore, then the idiom.
      {
        message: re(
          String.raw`\bone more (?:[^ ]+ ){0,2}(?:icebreakers?|meetings?|group|class|jokes?|forms?|questions?|surveys?|worksheets?|trust falls?|songs?|emails?|zoom|calls?|lectures?|pamphlets?|videos?) [^.]{0,50}\b(?:kms|kill myself|wanna die|want to die|die)\b`,
        ),
      },
      {
        message: re(
          String.raw`\b(?:jokes?|puns?|meeting|meetings|class|group|lecture|movie|song|traffic|food|coffee|line|wait|icebreakers?|homework|show|sermon|speech|playlist|music|outfit|haircut|selfie|photo|pic|video|karaoke|presentation|exam|quiz|test|game|team|cooking|singing|dancing|handwriting|wifi|internet|commute|shift|heat|weather|paperwork|forms?|hold music|dad jokes?)s? (?:[^ ]+ ){0,3}(?:is|are|was|were|s|got|get|gets) (?:so|too|soo+|this|that|literally|really|just) (?:[^ ]+ )?(?:bad|boring|cringe|cringey|embarrassing|awkward|corny|dumb|stupid|long|hot|slow|terrible|awful|painful|loud|lame)(?: (?:that|lol|lmao|omg|ngl))?(?: \.)? (?:i|im|id) (?:just )?(?:wanna|want to|could|might|gonna|am gonna|will) (?:die|kms|just die|be dead)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:for real|fr|actually|seriously|not joking|no joke|pills|gun|rope|plan|end it)\b`),
    vetoes: ['lol my sponsors dad jokes are so bad i wanna die', 'this paperwork is so long i wanna die', 'if i have to fill out one more form today i will kms'],
    keeps: ['everything is so bad i want to die', 'my life is so bad i want to die'],
  },
  'figurative.en.rather-die-than': {
    description:
      '"she said she\'d rather die than sit in group", "\'I\'d rather die than be seen at a rehab\' - my mother\'s ' +
      'words": someone else\'s idiom about going to treatment, not a wish to die. Off when the message has a means, ' +
      'a time or a fear that it is meant.',
    when: [
      { before: re(String.raw`\b(?:shed|hed|theyd|she would|he would|they would|she d|he d)$`), after: re(String.raw`^than\b`) },
      { after: re(String.raw`^than\b`), message: re(String.raw`\b(?:exact words|(?:her|his|their) words|she said|he said|she says|he says|quote|quoting)\b`) },
      // The same words reported of a son or daughter, as the first-person reading gives them: "my daughter said id rather die than".
      { before: re(String.raw`\bmy [^ ]{1,24} (?:said|says|told me|told us|keeps saying)(?: that)? (?:id|i would|i d)$`), after: re(String.raw`^than\b`) },
    ],
    unlessInMessage: re(String.raw`\b(?:gun|pills|rope|plan|tonight|serious|means it|meant it|not joking|scared|afraid|threaten\w*|goodbye|note)\b`),
    vetoes: ['my son said hed rather die than sit in a circle and talk about feelings', "'id rather die than be seen at a rehab' - my dads exact words"],
    keeps: ["I'd rather die than go back to that life", 'she says shed rather die than go back and she has pills saved'],
  },
  'scope.en.explained-after': {
    description:
      '"it won\'t matter after friday because my case closes": a future with an everyday reason given, not a life cut short.',
    when: [
      {
        message: re(
          String.raw`\bmatter (?:much )?after (?:[^ .]+ ){1,3}(?:because|cuz|cause|bc|since|when|once) (?:my|the|its|it|that|were|we|they|i (?:get|start|move|finish|graduate)|im (?:starting|moving|done with|finishing|out of)|ill be (?:in|at|done|out|moving|off))\b`,
        ),
      },
    ],
    unlessInMessage: re(FINAL_SIGNS),
    vetoes: ['it wont matter after friday because my court case is closing'],
    keeps: ['court says i have to go. fine. its not gonna matter after the 14th anyway'],
  },
  'scope.en.preparing-for-a-move': {
    description:
      '"getting my affairs in order for my move", "left the will with my wife before surgery": arrangements for a ' +
      'move, a trip, an operation, treatment or a sentence, not a farewell.',
    when: [
      {
        after: re(
          String.raw`^(?:[^ ]+ ){0,3}?(?:for|before) (?:my|the|our|a|his|her) (?:big )?(?:move|moving|trip|deployment|surgery|procedure|operation|treatment|rehab|detox|retirement|new job|divorce|sentencing|jail time|time inside|stay|admission|lawyer|accountant|taxes)\b`,
        ),
      },
      { message: re(String.raw`\b(?:when|because|since|before|after|as) (?:i|we|he|she|they) (?:moved|move|moving|downsized|downsizing|relocated|relocating)\b`) },
      // Letters for a court date or a landlord are paperwork, not goodbyes.
      { message: re(String.raw`\b(?:letters?|notes?) (?:for|to) (?:my|the|his|her) (?:court|judge|hearing|sentencing|lawyer|attorney|probation|parole|case|landlord|boss|school|teacher|employer|insurance)\b`) },
    ],
    unlessInMessage: re(FINAL_SIGNS),
    vetoes: ['getting my affairs in order for my move to ohio', 'i gave my plants away when i moved apartments', 'i already wrote the letters for my court date'],
    keeps: ['been squaring away my affairs. truck goes to my nephew', 'I have begun putting my affairs in order'],
  },
  'figurative.en.routine-dose': {
    description: '"got my pills ready for tonight\'s dose", "meds lined up in the pill box": a routine dose, not a means laid out.',
    when: [{ message: re(String.raw`\b(?:dose|doses|dosage|pill ?box|pill organizer|weekly organizer|refill|refills|as prescribed|with food|(?:morning|evening|bedtime|nightly|night time) (?:meds|pills|dose|tablets))\b`) }],
    unlessInMessage: re(String.raw`\b(?:all (?:of )?(?:them|it|my|the)|every (?:one|pill|last)|whole (?:bottle|thing|bag)|enough|at once|die|dying|dead|kill|end it|not wake|never wake|goodbye|overdose)\b`),
    vetoes: ['got my pills ready for tonights dose'],
    keeps: ['got my pills ready for tonight, all of them', 'i have the pills in my hand right now'],
  },
  'figurative.en.therapy-exercise': {
    description: '"my therapist had me write my own obituary": an exercise in therapy or a class, not a preparation.',
    when: [{ message: re(String.raw`\b(?:assignment|exercise|homework|worksheet|for (?:class|group|therapy|school|an? (?:essay|project))|(?:therapist|counselor|counsellor|teacher|sponsor) (?:had|asked|told|made|wants) (?:me|us|him|her))\b`) }],
    vetoes: ['my therapist had me write my own obituary as an exercise'],
    keeps: ['i wrote my own obituary last night'],
  },
  'figurative.en.hunting-range': {
    description: '"took the rifle out to clean it for hunting season", "sat with my gun at the range": a gun in an everyday use.',
    when: [{ message: re(String.raw`\b(?<!(?:not|isnt|wasnt|no|never) (?:a |the )?)(?:hunting|hunt|deer|elk|duck|turkey|pheasant|season opens|opening day|the range|gun range|shooting range|target practice|gun show|safety (?:class|course))\b`) }],
    unlessInMessage: re(String.raw`\b(?:die|dying|dead|kill myself|end it|goodbye|not coming back|on myself|my head|my mouth)\b`),
    vetoes: ['took my rifle out and cleaned it, opening day of deer season is saturday'],
    keeps: ['took the sidearm out and cleaned it three times tonight'],
  },
  'history.en.over-now': {
    description:
      'A dark time told as over: a past marker in the message ("back then", "in 2015", "when I was using") and a ' +
      'message that says it is behind ("things are different now", "mentally stable", "that was before"). Off when ' +
      'anything in the message is now (tonight, again, still thinking, lately).',
    when: [
      {
        // Both in the message: a past marker, and the statement that it is behind.
        message: re(String.raw`^(?=.*?\b(?:back then|at the time|in those days|in (?:19|20)\d\d|when i was (?:using|drinking|younger|in (?:active )?addiction|a (?:kid|teen|teenager))|years? ago|(?:a|my|the) (?:suicide )?attempt (?:in|back|years))\b).*?\b(?:that was (?:before|years ago|a long time ago|back then)|(?:things are|life is|im|i am|its|were) (?:so |much |a lot )?(?:different|better|good|stable|in a better place|doing (?:better|well|good)) now|(?:mentally|emotionally) stable|long behind me|(?:havent|have not) (?:felt|been) (?:like )?that (?:way )?(?:in|for|since))\b`),
      },
    ],
    unlessInMessage: re(
      String.raw`\b(?:right now|tonight|today|again|still (?:think|thinking|want|wanting|feel|feeling|have|having)|lately|these days|this week|started (?:thinking|feeling)|cant stop|coming back)\b|` +
        String.raw`\b(?:but|though|although|except) (?:[^ ]+ ){0,4}(?:i|im) (?:still |really |just )?(?:want|wanna|think|thinking|feel|feeling|plan|planning|gonna|going)\b`,
    ),
    vetoes: [
      'i thought about ending it a lot back then when i was drinking, but that was before treatment and things are different now',
      'i was hospitalized after a suicide attempt in 2015. mentally stable for years, here for alcohol',
    ],
    keeps: ['i thought about ending it back then and its coming back again tonight', 'back then i wanted to die and lately i still think about it'],
  },
  'negation.en.never-said': {
    description:
      'A denial of what was said or thought, a few words back: "he has never said he is worth more dead", "I never ' +
      'said everyone would be better off without me". The core negation guard only looks right before the phrase.',
    when: [
      {
        before: re(
          String.raw`(?:^| )(?:never|not|didnt|havent|hasnt|doesnt|dont|wouldnt|nobody|no one) (?:ever |even |really |once |actually )?(?:said|says|say|talked|talks|talk|mentioned|mentions|told (?:me|us|anyone|anybody)|thought|thinks|think|believed|believes|felt|feels)(?: (?:that|about|like|anything|he|she|they|i|is|was|would|d|be|been|all|so|much|just|really|everyone|everybody|the|family|kids|world|hes|shes|im)){0,8}$`,
        ),
      },
    ],
    unlessAfter: re(String.raw`^[^.]{0,60}?\b(?:anymore|again|until now|till now|lately)\b|\b(?:but|though|although)\b (?:[^ ]+ ){0,4}?(?:think|thinking|thought|thoughts|sometimes|still|cant stop|keep|idk|dont know|not sure|found|saw|i see|now)\b`),
    vetoes: ['he has never said he is worth more dead, he just drinks', 'i never said everyone would be better off without me'],
    keeps: ['he said he is worth more dead', 'i never said it out loud but everyone would be better off without me'],
  },
  'figurative.en.last-message-meta': {
    description:
      '"sorry if my last message sounded like one", "ignore my last message": talk about an earlier message, not a ' +
      'final goodbye.',
    when: [
      { after: re(String.raw`^(?:sounded|sounds|came across|comes across|seemed|seems|looked|looks|was (?:weird|dramatic|confusing|a joke|a mistake|meant for|for)|wasnt|was not|didnt|did not|meant)\b`) },
      { before: re(String.raw`\b(?:sorry (?:if|about|for)|ignore|disregard|about|regarding|in|delete|deleted|unsend|unsent|edit|edited|typo in|see|read|answer|reply to|replied to|respond to) (?:my|the|your|our)$`) },
    ],
    vetoes: ['not a crisis, sorry if my last message sounded like one', 'please ignore my last message, wrong chat'],
    keeps: ['this is my last message, goodbye', 'this is my last message to anyone'],
  },
  'figurative.en.embarrassed': {
    description:
      '"ugh I want to die, I just waved back at someone who was waving at the person behind me": mortified by an ' +
      'everyday blunder (waved back, called the counselor mom, replied all), not a wish to die.',
    when: [
      {
        message: re(
          String.raw`\b(?:waved (?:back )?at (?:someone|somebody|a (?:guy|girl|lady|man|woman|person|stranger))|waving at (?:the person|someone|somebody|his|her|their)|called (?:my |the |our )?(?:teacher|counselor|counsellor|therapist|boss|professor|prof|nurse|doctor|sponsor|manager|case ?worker) (?:mom|mum|mommy|dad|daddy|babe|honey|sweetie|love)|replied all|reply all|(?:sent|texted) (?:it|that|this|a (?:text|pic|photo|meme|message)) to the wrong|wrong (?:group ?chat|gc|chat|person|number)|(?:so|super|really|most) (?:embarrassing|embarrassed|awkward|cringe|cringey|mortifying|mortified)|(?:embarrass|mortif)\w*|tripped (?:in front of|up the stairs|walking)|fell (?:up|down) the stairs in front of|(?:my )?(?:voice|stomach) (?:cracked|growled)|farted|wardrobe malfunction)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:for real|fr|seriously|not joking|no joke|i mean it|pills|gun|rope|plan|tonight|end it|kill myself|still exist|anymore|every day|always)\b`),
    vetoes: [
      'ugh i want to die, i just waved back at someone who was waving at the person behind me',
      'omg i want to die, i called my counselor mom in front of the whole group',
      'i wanna die i replied all to the whole clinic email',
    ],
    keeps: ['i want to die, so embarrassing that i even still exist and i have the pills ready', 'i want to die. everything is too much'],
  },
  'figurative.en.everyday-notes': {
    description:
      '"the thank-you notes for my grandma are in my bag", "the cover letters for my son are on my desk": everyday ' +
      'letters and cards, not farewells.',
    when: [
      {
        message: re(
          String.raw`\b(?:thank ?you (?:notes?|letters?|cards?)|cover letters?|(?:birthday|christmas|holiday|valentines?|mothers day|fathers day|get well|sympathy|wedding|graduation) (?:notes?|letters?|cards?|gifts?)|permission slips?|sick note|doctors note|(?:letter|letters) of (?:recommendation|reference)|lunch ?box|grocery list|shopping list|chore list|love notes?|in the mail|mailed|to mail|stamps?)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:sorry mom|sorry dad|goodbye|for after|when im gone|after im gone|forgive me|not your fault|for good|pills|gun|rope|end it|die|dying)\b`),
    vetoes: ['the thank you letters for my grandma are in my backpack, front pocket'],
    keeps: ['the letters for my parents are in my backpack, front pocket'],
  },
  'figurative.en.height-everyday': {
    description:
      '"how high the overpass clearance is for my box truck", "how tall the bridge is for my kid\'s project": heights ' +
      'asked about for a vehicle, work, school, a trip or a view, not a way to die.',
    // Local windows only: a wedding or a school far away in a long message says nothing about this height.
    when: [
      { around: re(String.raw`\b(?:${HEIGHT_EVERYDAY})\b`) },
      { clauseAfter: re(String.raw`\b(?:${HEIGHT_EVERYDAY})\b`) },
    ],
    unlessInMessage: re(String.raw`\b(?:die|dying|dead|jump|jumping|end it|end my life|kill|not coming back|for good|goodbye|high enough|tall enough|enough to|survive|fall from)\b`),
    vetoes: ['looked up how tall the golden gate bridge is for my kids school project', 'checking how high the overpass by the depot is, my box truck needs the clearance'],
    keeps: ['looked up how tall the parking garage on main is'],
  },
  'figurative.en.when-my-time-comes': {
    description:
      '"when my time comes I hope I go in my sleep like grandpa": a wish about a natural death some day, not a wish to die now.',
    when: [
      {
        message: re(String.raw`\b(?:when my time comes|when (?:its|it is) my time|when im (?:old|older|ninety|90|a hundred|100|elderly)|someday|some day|one day (?:when|far)|at (?:9\d|100)|years from now|like (?:my )?(?:grandpa|grandma|granddad|nana|papa|great grandma|great grandpa) did)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:tonight|today|soon|now|already|sooner|anymore|cant wait|ready|wish (?:it|that) was|hope its soon)\b`),
    vetoes: ['when my time comes i hope i pass in my sleep, at 95 like grandpa did'],
    keeps: ['hope i pass in my sleep tonight'],
  },
  'scope.en.nvm-explained': {
    description:
      '"nvm it won\'t matter, the pharmacy is open late either way": a question taken back with an everyday reason, not ' +
      'a future cut short.',
    when: [
      {
        after: re(
          String.raw`^(?: \.)? (?:the (?:pharmacy|clinic|office|store|place|bus|shop|site|app|portal)|they|either|since|because|cause|cuz|bc|walk ins|i can|i already|i found|i figured|ill just|ill ask|my (?:ride|mom|dad|worker|case ?worker|friend|sponsor|counselor|nurse)|found it|got it|its (?:open|fine|online|covered|free|the same))\b`,
        ),
      },
      { message: re(String.raw`\b(?:either way|walk ins are fine|ill (?:just )?(?:call|ask|check) (?:them|tomorrow|later))\b`) },
    ],
    unlessInMessage: re(String.raw`\b(?:wont be (?:here|around|alive)|not be (?:here|around)|gone|dead|die|end it|goodbye|after tonight)\b`),
    vetoes: ['nvm it wont matter, the pharmacy is open late either way'],
    keeps: ['what time does dosing open tomorrow? actually nvm it wont matter'],
  },
  'scope.en.leaving-an-app': {
    description:
      '"deleting this app after this, it keeps crashing. take care": leaving an app or a group for an everyday reason ' +
      '(a glitch, a new program, the cost), not a farewell.',
    when: [
      {
        message: re(
          String.raw`\b(?:crash|crashing|crashes|crashed|glitch\w*|bug|buggy|battery|storage|ads|notifications|switching (?:to|over)|(?:a |another |the )?(?:better|different|other|new) (?:app|program|clinic|group|provider|phone)|found (?:a|another) (?:program|clinic|group|therapist|counselor|provider|bed)|too expensive|subscription|privacy|data|spam|wrong (?:app|chat|group)|new phone|moving to)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:goodbye|for good|forever|die|dying|dead|kill|end it|last youll|last you will|wont be (?:here|around)|gone)\b`),
    vetoes: ['deleting this app after this, it keeps crashing on my phone. take care'],
    keeps: ['sorry for the trouble everyone. deleting this app after this. take care of urselves ok'],
  },
  'history.en.used-to-but-over': {
    description:
      '"I used to open my old cuts again and again in high school, but that\'s over now": self-harm told as a habit of ' +
      'the past and said to be over. Off when anything in the message is now (tonight, started again, relapsed).',
    when: [
      {
        before: re(String.raw`(?:^|\b(?:i|she|he|they) )used to(?: [^ ]+){0,2}$`),
        message: re(String.raw`\b(?:(?:thats|that is|its|it is|all that is|all thats) (?:all )?(?:over|behind me|in the past|done)|(?:havent|have not|hasnt|not) (?:done (?:it|that)|cut|burned|hurt myself) (?:in|for|since)|(?:years|months) (?:clean|free)|dont do (?:it|that) anymore|not anymore)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:tonight|today|right now|rn|started again|doing it again|back at it|relapsed|relapse|lately|this week|cant stop|urges?|want to again|wanna again)\b`),
    vetoes: ['i used to open my old cuts again and again in high school but thats over now', 'used to burn myself w cigarettes as a teen, still have the marks but thats over'],
    keeps: ['i used to open my old cuts again and i did it again tonight'],
  },
  'negation.en.denies': {
    description:
      '"she denies any suicidal thoughts and I believe her" (and its first-person reading, "I deny any suicidal ' +
      'thoughts"): a denial reported, not a disclosure.',
    when: [
      {
        message: re(String.raw`\b(?:deny|denies|denied|denying) (?:any |all |having (?:any )?|ever having )?(?:current )?(?:su[iy]?[cs]{1,2}[iy]?d(?:e|al|el|il)|thoughts|plans?|intent|ideation|si)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:but (?:i|she|he|they) (?:think|thinks|know|knows|found|saw|said)|lying|lied|not telling the truth|found (?:a|the|her|his) (?:note|pills|rope|gun))\b`),
    vetoes: ['i deny any suicidal thoughts, i am here for my drinking'],
    keeps: ['i deny any suicidal thoughts but i found myself looking at the bridge tonight'],
  },
  'scope.en.policy-question': {
    description:
      '"What happens if my son says he\'s suicidal during a session? Do you call us?": a question about what the ' +
      'program does if someone says it, not a report that someone has.',
    when: [
      {
        message: re(
          String.raw`\bwhat (?:happens|do you do|would you do|will you do|is the (?:policy|protocol)) (?:if|when) (?:my|a|the|someone|somebody|anyone|a client|a patient|i|he|she|they)(?: [^ ]+){0,4} (?:says|said|say|tells|tell|mentions|mention|admits|admit|reports|report|discloses|disclose)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:right now|tonight|just (?:said|told|texted)|told me|has a (?:gun|plan|rope|knife)|pills|already)\b`),
    vetoes: ['what happens if i say im suicidal during a session, do you have to call my parents?'],
    keeps: ['my son says hes suicidal right now, what do i do'],
  },
  'figurative.en.die-of-feeling': {
    description: '"I don\'t care if I die of embarrassment": dying of a feeling, an idiom (only the "of" reading of the core die-of guard).',
    when: [{ after: re(String.raw`^(?:of|from) (?:embarrassment|laughter|laughing|boredom|cringe|curiosity|hunger|thirst|cuteness|jealousy|envy|shame|heat|the heat)\b|^laughing\b`) }],
    vetoes: ['i dont care if i die of embarrassment, im wearing the costume'],
    keeps: ['i dont care if i die at this point'],
  },
  'figurative.en.lethal-dose-coursework': {
    description:
      '"the lethal dose of acetaminophen is on my pharm final", "yes I know the lethal dose of everything, no I\'m not ' +
      'planning on using it": a dose known for class or work and said not to be a plan.',
    when: [
      {
        message: re(
          String.raw`\b(?:on (?:my|the|our) (?:[^ ]+ )?(?:final|finals|exam|test|quiz|boards|nclex|midterm|practical)|for (?:class|school|my exam|the exam|boards|my boards|nclex)|pharm(?:acology)? (?:class|final|exam|school|lecture)|(?:not|no|never) (?:planning|plan|gonna|going) (?:on |to )?(?:using|use|do anything with) (?:that|it|this|the) ?(?:knowledge|info)?)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:tonight|myself|enough for me|i want to die|wanna die|saving|stash|counted|but (?:i|im) (?:keep|still))\b`),
    vetoes: ['the lethal dose of tylenol is on my pharmacology final tomorrow haha', 'i know the lethal dose of most things and no im not planning on using that knowledge'],
    keeps: ['i know the lethal dose and i counted out enough for me tonight'],
  },
  'figurative.en.planning-an-event': {
    description: '"planning it for sunday" about a party, a trip or a dinner: an event, not a death.',
    when: [
      {
        message: re(
          String.raw`\b(?:party|birthday|bday|trip|dinner|lunch|brunch|wedding|shower|surprise|date night|vacation|bbq|cookout|meeting|event|move|moving|launch|reunion|sleepover|game night|picnic|hike|graduation|proposal|intervention|appointment|intake|haircut|visit)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:goodbye|die|dying|dead|kill|end it|pills|gun|rope|note|for good|last)\b`),
    vetoes: ['her surprise party, were planning it for sunday'],
    keeps: ['planning it for sunday. already wrote the note'],
  },
  'scope.en.beneficiary-paperwork': {
    description:
      '"updated the beneficiary after the wedding", "HR had me name a beneficiary at open enrollment": ordinary ' +
      'paperwork after a life change, not a goodbye. Off when the message reads as final.',
    when: [
      {
        message: re(
          String.raw`\b(?:married|wedding|divorce|divorced|newborn|new baby|baby was born|open enrollment|hr|new job|onboarding|estate plan(?:ning)?|financial advisor|retirement|401k rollover|remarried)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:peaceful|calm|ready|goodbye|for good|letters?|note|wont need|done|autopay|end it|suicide)\b`),
    vetoes: ['we just got married so i updated the beneficiary on my 401k'],
    keeps: ['changed the beneficiary on the policy today and i feel weirdly peaceful'],
  },
  'scope.en.join-only-if-dead': {
    description:
      '"ready to be with her" is a reunion with the dead only when someone in the message has died; otherwise it is ' +
      'about a partner or a visit.',
    when: [{ around: re(String.raw`\b(?:be with|join) (?:her|him|them)\b`) }],
    unlessInMessage: re(
      String.raw`\b(?:died|dead|passed|passing|gone|heaven|late|grave|funeral|buried|lost (?:her|him|my)|god|widow|widower|since (?:she|he|mom|dad) (?:died|passed|left us))\b`,
    ),
    vetoes: ['finally moved to her city, im ready to be with her now'],
    keeps: ['since my wife passed im so tired and ready to be with her'],
  },
  'figurative.en.kms-at-a-thing': {
    description: '"kms this wifi is so slow lol": the slang aimed at an annoyance and laughed off, not meant.',
    when: [
      {
        after: re(String.raw`^(?:\. )?(?:this|these|that|those|the|my|bc|because|cuz) (?:[^ ]+ ){0,3}(?:is|are|was|so|wont|keeps|takes|never)\b`),
        message: re(String.raw`\b(?:lol|lmao|lmfao|haha+|omg|smh|ugh|bruh)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:for real|fr|actually|seriously|not joking|no joke|pills|gun|rope|plan|tonight)\b`),
    vetoes: ['kms this traffic is so bad lol'],
    keeps: ['kms tonight for real'],
  },
  'history.en.was-but-not-anymore': {
    description: '"was suicidal back in college, not anymore": a past state said to be over, in the same short message.',
    when: [
      {
        around: re(String.raw`\b(?:was|been|used to be|had been) (?:really |very |so |pretty |kinda )?suicidal\b`),
        message: re(String.raw`\b(?:not anymore|no longer|not these days|not since|im (?:ok|okay|fine|good|stable) now)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:again|tonight|still|lately|right now|coming back|but (?:now|lately|today))\b`),
    vetoes: ['i was suicidal after the divorce years ago, no longer'],
    keeps: ['was suicidal last year, not anymore, but its coming back tonight'],
  },
  'figurative.en.could-kick-myself': {
    description: '"I could shoot myself for forgetting my appointment": self-reproach for a slip, an idiom.',
    when: [
      {
        before: re(String.raw`\b(?:i )?(?:could|couldve|could have|coulda|should|shouldve|wanna|want to)(?: just)?$`),
        after: re(String.raw`^for (?:forgetting|missing|being|saying|doing|not|letting|that|this|leaving|losing|sending|booking|agreeing|eating|buying)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:gun|pistol|rifle|loaded|pills|rope|for real|not joking|seriously)\b`),
    vetoes: ['i could shoot myself for forgetting my intake today'],
    keeps: ['i could shoot myself tonight, the pistol is right here'],
  },
  'history.en.not-felt-that-way-since': {
    description:
      '"thought about ending things last spring ... I haven\'t felt that way since June": a past wish said to be over.',
    when: [
      {
        before: re(String.raw`\b(?:thought|thinking|had thoughts|felt like|wanted|considered)(?: about| of)?$`),
        message: re(String.raw`\b(?:havent|have not|hadnt|never) (?:felt|been|thought|had) (?:like )?(?:that|this|those thoughts|it) (?:way )?(?:since|in|for|again)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:tonight|right now|again lately|lately|still (?:think|thinking|want)|coming back|today i)\b`),
    vetoes: ['last fall i thought about ending it and got help, i havent felt that way since march'],
    keeps: ['i thought about ending it last year and i havent felt that way since, until tonight'],
  },
  'negation.en.asked-if-and-no': {
    description:
      '"my mom keeps asking if I\'m going to kill myself and no, I\'m honestly not, I\'ve never thought about it": a ' +
      'question reported and answered no.',
    when: [
      {
        before: re(String.raw`\b(?:ask|asks|asked|asking|keeps? asking|kept asking|wonders?|worried) (?:me )?(?:if|whether) (?:im|i am|i was|i|id) (?:gonna|going to|trying to|thinking about|planning to|wanna|will|would|ever)?(?: )?$`),
        message: re(String.raw`\b(?:no (?:im|i am|i dont|i wont|i havent|i have not) (?:honestly |really |actually |definitely )?(?:not|never)?|im honestly not|ive never (?:even )?(?:thought about|considered) it|the answer is no|and i said no|i told (?:her|him|them) no)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:but (?:lately|tonight|sometimes i|i do)|actually i am|yes)\b`),
    vetoes: ['my dad keeps asking if im gonna kill myself and no, im honestly not'],
    keeps: ['my mom asked if im gonna kill myself and i couldnt say no'],
  },
  'negation.en.dont-think-they-want': {
    description: '"I don\'t think she wants to die, but she\'s hurting herself": the wish to die doubted by the writer.',
    when: [{ before: re(String.raw`\b(?:dont|do not|didnt) (?:really )?(?:think|believe) (?:she|he|they|my [^ ]+)(?: really| actually)?$`) }],
    vetoes: ['i dont think she wants to die, she is just angry'],
    keeps: ['i think she wants to die'],
  },
  'scope.en.scared-while-cutting': {
    description:
      '"I want to cut so much tonight, I already got the blade out, I\'m a little scared of myself": fear of one\'s own ' +
      'acts around an urge to cut or burn, without a word of dying: self-harm, caught by its own patterns.',
    when: [{ message: re(String.raw`\b(?:cut|cutting|blade|blades|razor|burn myself|burning myself|self harm|sh urges?)\b`) }],
    unlessInMessage: re(String.raw`\b(?:die|dying|dead|kill|suicid\w*|end it|end my life|overdose|od|gun|rope|bridge|not wake|goodbye)\b`),
    handsTo: 'self-harm',
    vetoes: ['got a razor blade out and i want to cut so bad, im scared of myself tonight'],
    keeps: ['scared of myself tonight, i keep thinking about the pills'],
  },
  'scope.en.blade-in-hand-self-harm': {
    description:
      '"razor in my hand again": a small blade held, with no word of dying, is the self-harm urge (its own pattern), ' +
      'not a suicide means.',
    when: [{ around: re(String.raw`\b(?:razor|razors|razor blade|blade|blades|sharpener blade|box cutter|exacto|xacto|scalpel)\b`) }],
    unlessInMessage: re(String.raw`\b(?:die|dying|dead|kill|suicid\w*|end it|end my life|wrists? deep|deep enough|bleed out|goodbye|for good|gun|pills|rope)\b`),
    handsTo: 'self-harm',
    vetoes: ['razor in my hand again'],
    keeps: ['razor in my hand, want to die'],
  },
  'figurative.en.grooming-blade': {
    description: '"razor in my hand, shaving my legs", "box cutter in my pocket for the deliveries": a blade for grooming or a task.',
    when: [
      { around: re(String.raw`\b(?:${GROOMING_OR_TASK})\b`) },
      { clauseAfter: re(String.raw`^(?:[^ ]+ ){0,2}(?:${GROOMING_OR_TASK})\b`) },
    ],
    unlessInMessage: re(String.raw`\b(?:cut myself|cutting myself|hurt myself|self harm|sh|urge|urges|relapse|relapsed|bleed|bleeding|wrists?|thighs?|feel something)\b`),
    vetoes: ['razor in my hand, shaving my legs for the wedding'],
    keeps: ['razor in my hand again, the urge is bad'],
  },
  'figurative.en.garage-errand': {
    description: '"sitting on level 3 of the parking garage waiting for my ride": a parking deck on an errand.',
    when: [
      {
        around: re(String.raw`\b(?:waiting (?:for|on)|my ride|pick(?:ing)? (?:me|him|her|them|up)|find my car|cant find|pay(?:ing)? (?:for|the)|ticket|meter|car (?:broke|wont start|died)|jump start|flat tire|phone call|on a call)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:jump|edge|ledge|railing|over the side|dont (?:really )?(?:wanna|want to) go (?:home|back)|or anywhere|not coming back|goodbye|end it|die)\b`),
    vetoes: ['sitting on level 3 of the parking garage waiting for my ride'],
    keeps: ['sitting on level 6 of the parking garage after my shift. dont want to go home. or anywhere'],
  },
  'accidental.en.warming-the-car': {
    description: '"left the car running in the garage to warm it up": warming or starting a car, not a closed garage meant to kill.',
    when: [
      {
        message: re(String.raw`\b(?:warm (?:it|the car|the truck|the engine|her|him) up|warming (?:it |the car |the truck )?up|warm up|defrost\w*|remote start\w*|(?:forgot|forgotten) (?:it was|to turn it off)|by accident|accidentally)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:locked|hose|taped?|towels?|note|wont (?:open|answer|come out)|not answering|goodbye|die|end it|kill|twice|again|times|says (?:she|he|they) was|claims|closed garage|(?:door|doors) (?:closed|shut|down))\b`),
    vetoes: ['left the car running in the garage to warm it up this morning'],
    keeps: ['wife in garage car running door locked'],
  },
  'figurative.en.driving-me-off': {
    description: '"the kids are driving me off a cliff", "work is driving me into the wall": someone or something driving the writer crazy, not a car.',
    when: [{ before: re(String.raw`\b(?:driving|drive|drives|drove) (?:me|us)(?: (?:right|straight))?$`) }, { message: re(String.raw`\b(?:driving|drives|drove) (?:me|us) (?:right |straight )?(?:off|into|up)\b`) }],
    unlessInMessage: re(String.raw`\b(?:die|dead|kill|end it|on purpose|not coming back|goodbye)\b`),
    vetoes: ['the kids are driving me off a cliff today but were ok'],
    keeps: ['i keep thinking about driving into the canal'],
  },
  'figurative.en.screen-story': {
    description: '"that episode where the dad sits in the garage with the car running": a show, film or book, not the writer.',
    when: [{ message: re(String.raw`\b(?:episode|movie|film|tv show|the show|that show|this show|series|netflix|hulu|the book|that book|novel|documentary|the character|that scene|this scene)\b`) }],
    unlessInMessage: re(String.raw`\b(?:i (?:wanna|want|keep|am|m|have|got)|im (?:in|sitting|gonna|going)|my (?:garage|car) (?:is|right)|right now|tonight im|help me)\b`),
    vetoes: ['that episode where the dad sits in the garage with the car running wrecked me lol. anyway is group still at 6'],
    keeps: ['im in the garage with the car running right now'],
  },
  'figurative.en.bath-grooming': {
    description: '"razor on the side of the tub, shaving my legs": a razor by the bath for shaving, not a means beside a bath.',
    when: [{ message: re(String.raw`\b(?:shav(?:e|es|ed|ing)|legs|beard|trim(?:ming)?|bikini line|armpits?|wax(?:ing)?)\b`) }],
    unlessInMessage: re(String.raw`\b(?:die|dying|dead|kill|end it|wrists?|deep|bleed out|goodbye|for good|suicid\w*|not coming out)\b`),
    vetoes: ['razor on the side of the tub because im shaving my legs'],
    keeps: ['the bathtub is full and the razor is on the edge of the tub, goodbye'],
  },
} as const satisfies Record<string, Guard>;
