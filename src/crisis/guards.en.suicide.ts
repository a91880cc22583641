/**
 * Look-alikes for the English suicide patterns (patterns.en.ts) beyond the core ones in guards.ts:
 * what reads like a wish to die, a goodbye or a plan but is not one.
 */
import { re, type Guard } from './guard';

/** What makes a "take care of X for me" or a "won't matter after" final rather than a trip away. */
const FINAL_SIGNS =
  String.raw`\b(?:for good|forever|goodbye|location off|phone off|not answering|wont answer|isnt answering|(?:not|never|isnt|wont) (?:coming|come|be) (?:back|home)|gun|rifle|pistol|pills|rope|bridge|note|letter|sorry for everything|love you all)\b`;

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
          String.raw`\b(?:while (?:im|i am|i m|hes|shes|he is|she is|theyre|were|we are) (?:away|gone|in|at|on|out|inpatient)|vacation|(?:a|the|my|his|her|our|business|work) trip|deploy(?:ed|ment)|(?:going|go|goes|headed|heading|check(?:ing)? (?:in)?|admitted|get(?:ting)? admitted|once (?:i|he|she) (?:am|is|m|s|get|gets)|ill be|hell be|shell be|im gonna be|while (?:i|he|she) (?:am|is|m|s)) (?:in|into|to|at) (?:detox|rehab|treatment|residential|inpatient|the hospital|hospital|surgery|jail|prison|basic|boot camp|the program)|out of town|for the weekend|for a few (?:days|weeks)|for a (?:week|month|couple (?:of )?(?:days|weeks))|(?:until|till|til|when) (?:i|he|she|they) (?:get|gets|come|comes) back)\b`,
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
        message: re(String.raw`\b(?:dont wanna die|dont want to die|not (?:trying |looking )?to die|not wanting to die|its not about dying)(?: \.)? (?:i )?(?:just )?(?:wanna|want|need|want to|need to) (?:to )?(?:bleed|see (?:it )?bleed|feel (?:something|the sting|pain)|hurt)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:(?<!(?:not to|dont wanna|dont want to|not trying to|no wanting to) )die|dying|dead|kill (?:myself|me)|end (?:it|my life|things)|suicid\w*|not wake|never wake|overdose|od|deep enough|for good|goodbye)\b`),
    handsTo: 'self-harm',
    vetoes: ['the urge to cut is so strong and the blade is right here', 'i dont want to die i just want to bleed a little. the razor is right here', 'got the blade out again, havent used it, just holding it', 'two weeks clean from sh but the blade is in my hand tonight'],
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
} as const satisfies Record<string, Guard>;
