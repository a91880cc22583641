/**
 * English look-alikes of emergencies happening now (overdose, medical, abuse or danger): guards the
 * patterns of patterns.en.emergencies.ts may name. See guards.ts for how a guard is applied.
 */
import { re, type Guard } from './guard';

/** A date that puts the whole message in the past: "three summers ago", "in 2021", "last yr", "since I was 12". */
const DATED_PAST =
  String.raw`\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple(?: of)?|several|many) (?:years?|yrs?|summers?|winters?|decades?) ago|` +
  String.raw`years ago|yrs ago|as a (?:kid|child|baby|teen|teenager|toddler|little kid)|(?:in|since|back in) (?:19|20)\d\d|back in [0-9]\d|(?:last|past) (?:year|yr)|` +
  String.raw`(?:when|since) (?:i|he|she|we|they) (?:was|were) (?:a |an )?(?:\d+|kid|child|teen|teenager|little|young|younger|small|in)|` +
  String.raw`(?<!(?:than|amount|much|many|way|dose|what) (?:i|he|she|we|they) )used to|back when|grew up|growing up|` +
  String.raw`last (?:winter|summer|spring|fall|christmas|thanksgiving|new years)|in (?:my|his|her|their) (?:teens|twenties|thirties|forties|fifties|[2-6]0s|early [2-6]0s|late [2-6]0s)|` +
  String.raw`(?:hes|shes|theyre|he is|she is|they are) (?:\d{2}|[a-z]+teen|twenty[a-z ]{0,6}|thirty[a-z ]{0,6}) now|(?:has|have|hes|shes|theyve) been (?:dead|gone|passed) (?:for )?(?:\d+|many|a few|several|two|three|ten|twenty) years|` +
  String.raw`spent (?:a|one|two|three|\d+|a couple of|a few) (?:weeks?|days|nights|months?) in (?:the )?(?:hospital|icu|psych ward|psych|rehab|detox)|(?:the )?last time (?:i|he|she|we|they)|back in (?:the day|high school|college)|before me|got out in|been clean since|(?:back )?in the (?:[5-9]0s|nineties|eighties|seventies|sixties|19[5-9]0s|(?:early|late|mid) (?:[5-9]0s|nineties|eighties|2000s))|` +
  String.raw`in (?:january|february|march|april|may|june|july|august|september|october|november|december)(?! \d))\b`;
/** Anything that puts the message now, which keeps the dated-past guard off. */
const NOW_IN_MESSAGE =
  String.raw`\b(?:right now|tonight|today|this morning|this afternoon|this evening|currently(?! (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|over|almost|about) (?:yrs?|years?|months?|days?|weeks?) (?:sober|clean|off))|at the moment|as we speak|just now|` +
  String.raw`(?<!happen |happens |happening |never |not |bad |worse |that way |never [a-z]+ |never [a-z]+ [a-z]+ |(?:want|wanna|need|through|have|go through|live through) (?:that |this |it |those )?)again|still (?:hits?|hitting|beats?|beating|hurts?|hurting|threaten\w*|abus\w*|using|not breathing|out)|` +
  String.raw`(?:is|im|hes|shes|theyre|are) (?:overdosing|seizing|having|not breathing|unresponsive|blue|outside)|` +
  String.raw`(?:\d+|few|couple(?: of)?|an|one) (?:minutes?|mins?|hours?|hrs?) ago|(?:last|past) (?:hour|night|\d+ (?:minutes|mins|hours|hrs))|` +
  String.raw`what do i do|help me|please help)\b`;

/** Words of drug taking: with any of them, an unresponsive person may be an overdose after all. */
const DRUG_WORDS =
  String.raw`\b(?:took|taken|taking|take|used|using|shot up|shooting up|snort\w*|smok\w*|pills?|narcan\w*|naloxone|fent\w*|heroin|dope|xan\w*|bars|` +
  String.raw`oxy\w*|percs?|percocets?|overdos\w*|od|odd|oded|odding|high(?! (?:temp|temperature|fever|blood pressure|bp|sugar|heart rate|pulse|school))|mixed|lean|benzos?|opioids?|opiates?|meth|coke|cocaine|crack|(?<!\b(?:on the|in|assembly|production|finish|front|phone|the) )lines?(?! (?:cook|up|at (?:the|work)))|` +
  String.raw`dose|dosed|edibles?|gummies|molly|ecstasy|tranq|xylazine|pressed|laced|methadone|suboxone|subs|ativan|klonopin|valium|gabapentin|drank|drunk|wasted|alcohol poisoning|vodka|whiskey|liquor|fifth|(?:at|after|from) (?:the|a|his|her|my|our) (?:meeting|party|rave|festival|club|concert|afterparty|after party|trap house|spot))\b`;

export const enEmergencyGuards = {
  'history.en.dated-past': {
    description:
      'The message dates the event ("three summers ago", "in 2021", "last yr", "used to", "since I was 12") and ' +
      'nothing in it is now ("tonight", "right now", "again", "is overdosing"): history, not an emergency.',
    when: [{ message: re(DATED_PAST) }],
    unlessInMessage: re(NOW_IN_MESSAGE),
    vetoes: [
      'My cousin overdosed at a festival four summers ago, he is doing well now and asked me to find him a group.',
      'I was in an abusive relationship for a decade, got out in 2019. Do you have groups for women?',
    ],
    keeps: ['my ex used to hit me and he hit me again tonight', 'she overdosed three years ago and she is overdosing again right now'],
  },
  'figurative.en.od-on-harmless': {
    description: '"I OD\'d on coffee", "overdosing on cuteness": too much of something harmless.',
    when: [
      {
        after: re(
          String.raw`^on (?:[^ ]+ )?(?:coffee|caffeine|espresso|sugar|candy|chocolate|cake|cookies|pizza|carbs|netflix|tv|anime|memes|tiktok|youtube|cuteness|love|sleep|work|homework|studying|gym|cardio|energy drinks?|red bull|monster|soda|tea|matcha|christmas|music|drama)\b`,
        ),
      },
    ],
    vetoes: ['i totally ODed on espresso this morning, sorry for the typos'],
    keeps: ['he ODed on heroin in the car'],
  },
  'figurative.en.joking-threat': {
    description: '"she jokes she\'ll kill me herself if I drink": a joke the writer names as one.',
    when: [{ message: re(String.raw`\b(?:jokes?|joked|joking|jokingly|kidding|teases?|teasing|teased|jk|j k)\b`) }],
    unlessInMessage: re(String.raw`\b(?:not|isnt|wasnt|no|never) (?:joking|kidding|a joke|teasing)\b|\bno joke\b`),
    vetoes: ["My brother always jokes that he'll kill me himself if he catches me with a drink, he is kidding of course"],
    keeps: ['he said he will kill me and he is not joking'],
  },
  'en.not-drug-context': {
    description:
      'Someone unresponsive or breathing oddly where the message speaks of detox, sobriety, diabetes, a fall or a ' +
      'seizure and of no drug taken: a medical emergency (medical-now), not an overdose.',
    when: [
      {
        message: re(
          String.raw`\b(?:fever|high temp|temp of|temperature|flu|burning up|sick with|droop\w*|stroke|one side of (?:my|his|her|their) (?:face|body|mouth)|(?:face|mouth|smile) ${'(?:[^ ]+ ){0,3}'}(?:on one side|crooked|lopsided|sagging|slack)|slurred speech|(?:speech|words) (?:is |are |r )?(?:all )?(?:garbled|jumbled)|words (?:are |r |wont )?(?:coming|come) out|(?:isnt|not) talking right|fall (?:in|on|down|and)|falled|(?:is|have|has) fall|seiz\w*|convuls\w*|(?:having|had|has) (?:a |another )?fit|fitting|diabetic|diabetes|blood sugar|sober|detox\w*|withdrawal|withdrawals|stopped drinking|quit drinking|hasnt had a drink|havent had a drink|seizure|epilep\w*|heat ?stroke|hit (?:his|her|their|my) head|fell (?:down|off|over|and)|collapsed|keeled over|(?:just|suddenly|then) (?:went down|dropped|hit the (?:floor|ground))|(?:grabbed|clutched|clutching|grabbing) (?:his|her|my|their) chest|on the (?:field|court|treadmill)|at the gym|drown\w*|pool|lake|river|bathtub|choking on|allergic|asthma|panic attack|anxiety attack|sting|newborn|infant|crib|hit by)\b`,
        ),
      },
    ],
    unlessInMessage: re(DRUG_WORDS),
    vetoes: ["my husband has been sober a year and sleeps like a rock, I can't wake him for work on time"],
    keeps: ['my uncle is diabetic and he will not wake up', 'he has been sober a month but he relapsed on pills and is not breathing'],
  },
  'en.lung-or-bleed-not-overdose': {
    description:
      'Someone short of breath, blue or passed out where the message names a lung disease (COPD, emphysema, an inhaler ' +
      'that does not help) or vomiting blood, and nothing of pills or drugs taken: a medical emergency, not an overdose.',
    when: [
      {
        message: re(
          String.raw`\b(?:copd|emphysema|inhaler|nebulizer|oxygen tank|on oxygen|(?:vomit\w*|throwing up|threw up|puking|coughing up) (?:[^ ]+ )?blood|blood in (?:his|her|my|the) (?:vomit|puke)|coffee grounds?)\b`,
        ),
      },
    ],
    unlessInMessage: re(
      String.raw`\b(?:took|taken|pills?|narcan\w*|naloxone|fent\w*|heroin|dope|xan\w*|bars|oxy\w*|percs?|overdos\w*|od|oded|benzos?|opioids?|meth|coke|cocaine|crack|pressed|laced|methadone|suboxone|shot up|snort\w*|pinned|pinpoint)\b`,
    ),
    vetoes: ['my mom has copd and tonight her lips are blue and her inhaler isnt helping'],
    keeps: ['he has copd but he took a bunch of oxys and his lips are blue'],
    handsTo: 'medical-now',
  },
  'en.withdrawal-not-overdose': {
    description:
      'A drug named with shaking, sweating or throwing up where the message is about stopping ("withdrawal", ' +
      '"detox", "dope sick", "quit"): withdrawal, for the medical patterns, not an overdose. Off when something ' +
      'was just taken ("relapsed", "just used", "laced", "mixed").',
    when: [
      {
        message: re(
          String.raw`\b(?:withdrawal|withdrawals|withdrawing|detox\w*|dope ?sick|sick from|coming off|came off|quit|quitting|stopped|kicking|cold turkey|(?:last|since i) (?:used|drank|had a drink)|havent (?:used|had))\b`,
        ),
      },
    ],
    unlessInMessage: re(
      String.raw`\b(?:relapsed|used again|just (?:used|did|took|shot|smoked|snorted|popped|drank)|took (?:too much|too many|way)|laced|pressed|fent\w*|tranq|narcan\w*|on top|mixed|mix|mixing|combined|stacked)\b`,
    ),
    vetoes: ['im detoxing after i smoked dope every day and now im sweating and shaking, can i start the program monday'],
    keeps: ['i was in withdrawal so i just used and now my chest is tight and i cant breathe right'],
  },
  'figurative.en.baby-kicks': {
    description: '"the baby keeps kicking me": a pregnancy, not an assault.',
    when: [{ around: re(String.raw`\bbaby (?:is |keeps |was |has been |been )?(?:kick\w*|punch\w*|beating)`) }],
    vetoes: ['the baby keeps kicking me at night, im 7 months and staying sober'],
    keeps: ['my husband kicked me in my pregnant belly'],
  },
  'en.official-holds-papers': {
    description: 'Papers held by an embassy, a consulate or an office for a visa or a renewal: paperwork, not a person held.',
    when: [{ message: re(String.raw`\b(?:embassy|consulate|passport office|uscis|dmv|visa (?:office|application|processing)|for (?:the|a|my|our) (?:visa|renewal|application|processing))\b`) }],
    vetoes: ['the embassy is holding our passports for the visa, should be back next week'],
    keeps: ['the farm boss is holding all our passports and we cant leave'],
  },
  'en.records-on-file': {
    description:
      '"the clinic keeps my ID on file", "the pharmacy has my insurance card": papers a clinic, office or program ' +
      'keeps as records, not a person held.',
    when: [
      { after: re(String.raw`^ ?(?:[^ ]+ ){0,3}(?:on file|for (?:safekeeping|their records|the records|a copy|copies|verification|check ?in)|in (?:the|their|a|my) (?:file|chart|system|records|safe))\b`) },
      { before: re(String.raw`\b(?:clinic|pharmacy|pharmacist|office|front desk|receptionist|bank|hotel|hospital|program|staff|nurse|caseworker|case manager|counselor|clerk|dmv|landlord|shelter|lawyer|attorney|employer|hr)(?: [^ ]+){0,2} ?$`) },
    ],
    unlessInMessage: re(String.raw`\b(?:wont (?:give|let)|cant leave|wont let me leave|work it off|pay (?:him|them) back|threat\w*|locked)\b`),
    vetoes: ['the clinic keeps my ID on file', 'the front desk at the shelter holds our passports for safekeeping'],
    keeps: ['the guy i stay with took my ID and says i have to work for him'],
  },
  'en.benign-found-out': {
    description:
      '"my mom found out where I work and sent flowers", "my dad found my new apartment for me": someone finding ' +
      'a place to help, visit or give something, not tracking the writer down.',
    when: [
      {
        after: re(
          String.raw`^ ?(?:[^ ]+ ){0,6}(?:(?:sent|brought|dropped off|mailed|left|bought|got) (?:me |us )?(?:some |a |an )?(?:flowers|card|gift|gifts|present|presents|lunch|dinner|cookies|cake|balloons|care package|coffee|food|groceries)|(?:to|and) (?:surprise|visit|congratulate|celebrate|take me (?:to )?(?:lunch|dinner))|(?:so|to) (?:i|we) (?:could|can) (?:move|live|stay))\b`,
        ),
      },
      { after: re(String.raw`^ ?for (?:me|us)\b`) },
      {
        message: re(
          String.raw`\b(?:found|figured|looked up|tracked down)(?: [^ ]+){1,8} (?:and|n|then|so) (?:she |he |they )?(?:sent|brought|dropped off|mailed|left|bought) (?:me |us )?(?:some |a |an )?(?:flowers|card|gift|gifts|present|presents|lunch|dinner|cookies|cake|balloons|care package|coffee|food|groceries)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:threat\w*|scared|afraid|restraining order|protective order|wont leave|stalk\w*|hiding|ran from|left him|left her|blocked|kill|hurt|or else)\b`),
    vetoes: ['my mom found out where I work and sent flowers', 'my dad found my new apartment for me'],
    keeps: ['my ex found out where i work and is parked outside', 'he found my new address and says im dead'],
  },
  'figurative.en.boss-or-lol-threat': {
    description:
      '"my boss is gonna kill me im late", "the partners will murder me if I leave at 4", "my wife is going to strangle ' +
      'me lol": a boss, a teacher or a laughing line, over lateness or a slip: an idiom, not a threat.',
    when: [
      {
        before: re(
          String.raw`\b(?:boss|bosses|manager|supervisor|partners|charge nurse|head nurse|attending|chief|captain|sergeant|lieutenant|sarge|teacher|professor|prof|coach|editor|client|clients|director|principal|dean|foreman|shift lead|team lead|lead|chef)(?: (?:is|are|will|gonna|literally|actually|definitely|totally))* ?$`,
        ),
      },
      { after: re(String.raw`^ ?(?:[^ ]+ ){0,3}(?:lol|lmao|lmfao|rofl|haha\w*|hehe|jk)\b`) },
      { after: re(String.raw`^ ?(?:for (?:being |showing up |coming in |clocking in )?late|(?:im|for being|if im) late|if i (?:leave|ask|miss|forget|take|call out|skip|show up) (?:[^ ]+ ){0,3}(?:early|late|at \d+|off|shift|class|meeting|deadline|work|day off|afternoon))\b`) },
    ],
    unlessInMessage: re(
      String.raw`\b(?:hit|hits|hitting|hurt me|hurts me|beat|beats|choked|gun|knife|threaten\w*|scared|afraid|terrified|stalk\w*|outside my|at my door|bruises?|not joking|no joke|for real|fr)\b`,
    ),
    vetoes: ['my boss is gonna kill me im late', 'the charge nurse is gonna murder me for being late again', 'my wife is going to strangle me lol'],
    keeps: ['my husband is going to kill me, he has a gun', 'he said he will kill me and he is not joking'],
  },
  'en.nerves-before-event': {
    description: '"heart racing, chest tight, sweating before my presentation": nerves before an event, not a heart attack.',
    when: [
      {
        after: re(
          String.raw`^ ?(?:[^ ]+ ){0,2}(?:before|ahead of|about|over) (?:my|the|a|this|our) (?:[^ ]+ )?(?:presentation|interview|exam|test|final|finals|speech|meeting|date|game|match|flight|audition|recital|performance|court date|hearing)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:arm|jaw|passed out|fainted|collapsed|cant breathe|turning blue|911|ambulance)\b`),
    vetoes: ['heart racing chest tight sweating before my presentation'],
    keeps: ['heart pounding chest tight sweating'],
  },
  'en.injury-explained': {
    description: 'Bruises on an older person that the message explains (a fall, blood thinners, a doctor checked): not harm by someone.',
    when: [{ message: re(String.raw`\b(?:from (?:the|a|her|his) fall|fell|blood thinners?|bruises? (?:so )?easily|doctor (?:checked|saw|looked)|(?:from|after) (?:the )?surgery)\b`) }],
    vetoes: ['grandma has bruises on her arms from the fall, the doctor checked her'],
    keeps: ['grandpa has a black eye and his caregiver took his bank card'],
  },
  'en.on-good-terms': {
    description: '"my ex knows where I live but we co-parent fine": someone who knows the address, on good terms, not a threat.',
    when: [{ message: re(String.raw`\b(?:co ?parent\w*|(?:we|were|we are) (?:cool|fine|good|friends|friendly)|on good terms|get along|gets along)\b`) }],
    unlessInMessage: re(String.raw`\b(?:threat\w*|tonight|or else|pay|owe|kill|hurt)\b`),
    vetoes: ['my ex knows where i live but we co-parent fine'],
    keeps: ['the guy i owe money to knows where i live and hes coming tonight'],
  },
  'history.en.es-eso-fue-hace': {
    description:
      'A Spanish message an English symptom word also matches ("convulsiones"), dated years back by "eso fue hace 3 años" or ' +
      '"la otra vez que" (the other time): history, unless it says now (ahorita, ahora mismo, en este momento).',
    when: [{ message: re(String.raw`\b(?:(?:eso )?fue hace (?:\d+|un|una|dos|tres|cuatro|cinco|varios|muchos) (?:anos?|meses|mes)|la otra vez que)\b`) }],
    unlessInMessage: re(String.raw`\b(?:ahorita|ahora mismo|en este momento|otra vez (?:estoy|esta|me esta|le esta)|no respira|no reacciona|ayuda)\b`),
    vetoes: ['tuve convulsiones cuando deje el alcohol, eso fue hace 3 anos, quiero un detox con medico'],
    keeps: ['se desmayo y no reacciona'],
  },
  'figurative.en.kill-me-over-a-bill': {
    description: '"my wife\'s gonna kill me when she sees the ER bill": anyone, over a bill, a dent, grades or a purchase: an idiom.',
    when: [
      {
        after: re(
          String.raw`^(?:if|when|once) (?:she|he|they) (?:[^ ]+ )?(?:sees?|finds?|gets?|opens?|reads?|checks?) (?:the|my|this|that|our|his|her) (?:[^ ]+ ){0,2}(?:bill|bills|credit card|card statement|statement|receipt|mess|grades|report card|dent|scratch|haircut|tattoo|amazon|order|purchase|parking ticket|ticket|phone bill|bank account)\b`,
        ),
      },
    ],
    vetoes: ['my wifes gonna kill me when she sees the credit card statement'],
    keeps: ['my husband will kill me if he finds out I called you'],
  },
  'en.reassured-fine': {
    description: '"he hit his head yesterday, he\'s fine, just a bump": the writer says it is over and harmless.',
    when: [
      {
        message: re(
          String.raw`\b(?:(?:hes|shes|im|theyre|were|everyone is|everybody is) (?:totally |completely |all |doing )?(?:fine|ok|okay|alright|good)(?: now)?|just a (?:bump|scratch|bruise)|nothing serious|no big deal)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:not|isnt|arent|says|said|saying|claims|claiming|insists|insisting|swears|swearing|thinks|but)\b (?:[^ ]+ ){0,3}?(?:fine|ok|okay|alright)\b|\bbut (?:hes|shes|im|now)\b`),
    vetoes: ['my grandpa fell and hit his head on the table this morning, he is totally fine, just a bump'],
    keeps: ['he hit his head when he fell and says hes fine but hes slurring'],
  },
  'figurative.en.stress-cause': {
    description: '"my chest is tight from all this stress at work": the writer names a harmless cause.',
    when: [{ after: re(String.raw`^(?:from|because of|bc|due to|with) (?:all )?(?:this |the |my |so much )?(?:stress|anxiety|crying|coughing|worry|worrying|nerves|work|working out|workout|gym|running|laughing|a cold|allergies)\b`) }],
    vetoes: ['my chest feels tight from all the stress this week'],
    keeps: ['my chest is tight and my arm is numb'],
  },
  'en.authorities-acting': {
    description: '"the police took my son and won\'t give him back till court": the authorities acting, not an abuser.',
    when: [
      { before: re(String.raw`\b(?:police|cops|cps|dcfs|child services|court|judge|the state|social worker|caseworker|case worker|probation officer|po)(?: [^ ]+){0,2}$`) },
      { message: re(String.raw`\b(?:police|cops|cps|dcfs|child services|the court|judge|the state|social worker|caseworker|case worker) (?:[^ ]+ ){0,2}(?:took|has|have|removed|picked up|arrested|placed)\b`) },
    ],
    vetoes: ['child services took my daughter last week and the caseworker wont give her back till i finish treatment'],
    keeps: ['my ex took my daughter from school and wont tell me where they are'],
  },
  'negation.en.not-having': {
    description: '"not having chest pain or anything", "without getting any pain": a denial the core negation misses.',
    when: [{ before: re(String.raw`\b(?:not|no|never|without|aint|dont|dont have|dont got|aint got|not really) (?:havin|having|have|had|gettin|getting|get|got|feelin|feeling|feel|experiencing)(?: (?:any|no|much))?(?: (?:bad|real|really|actual))?$`) }],
    vetoes: ['not havin chest pain or nothin, just nervous about detox'],
    keeps: ['having chest pain and not havin any meds'],
  },
  'negation.en.no-one': {
    description: '"no one is following me", "nobody is hurting me": a denial with "no one" as the subject.',
    when: [{ before: re(String.raw`(?:^| )(?:no one|noone|nobody|no body|not anyone)(?: (?:is|was|has|been|has been|ever|really|actually|else))*$`) }],
    vetoes: ['no one is following me, i just get paranoid when i come down'],
    keeps: ['someone is following me and i am scared'],
  },
  'hypothetical.en.if-it-happens': {
    description: '"if my husband has a seizure during detox what should I do": a condition, not an event.',
    when: [{ before: re(String.raw`\b(?:if|in case|what if|suppose|supposing)(?: [^ ]+){0,4}$`) }],
    unlessInMessage: re(String.raw`\b(?:right now|now|currently|as we speak|just|already|again|tonight)\b`),
    vetoes: ['if my husband has a seizure during detox what should i do'],
    keeps: ['my husband is having a seizure what should i do', 'should i call 911 hes nodding out and i cant wake him', 'idk if it was fent but right now his lips are blue'],
  },
  'en.benign-pickup': {
    description: '"my sponsor is outside my house to pick me up": a ride or a visit, not someone lying in wait.',
    when: [
      {
        around: re(
          String.raw`\b(?:pick (?:me|him|her|us|them) up|picking (?:me|him|her|us|them) up|ride|uber|lyft|taxi|cab|drop (?:me|him|her|us) off|dropping (?:me|him|her|us) off|deliver\w*|package|to get me|meeting|groceries|mail|drive (?:me|him|her|us)|playing|smoking|smoke|cigarette|walking the dog|mowing|shoveling|driving (?:me|him|her|us)|give (?:me|him|her|us) a ride|take (?:me|him|her|us) to|for group|for (?:the |my )?appointment)\b`,
        ),
      },
    ],
    vetoes: ['my sponsor is outside my house to pick me up for the meeting'],
    keeps: ['my ex is parked outside my house and wont leave'],
  },
  'en.withdrawal-easing': {
    description:
      'Withdrawal with its time where the writer says the signs are easing or mild ("day 3, the shakes are finally ' +
      'easing", "a little shaky"): recovery going as it should, not an emergency.',
    when: [
      {
        message: re(
          String.raw`\b(?:(?:finally |mostly |almost )?(?:easing|eased|calming|calmed|settling|settled|fading|faded|went away|gone away|going away|getting better|wearing off)|(?:finally|mostly|almost|shakes|shaking|it|its|has|have|they) stopped(?! (?:drinking|using|taking|eating|breathing|talking|moving))|(?:a little|a bit|slightly|kinda|mild|mildly) (?:shaky|shaking|confused|foggy)|feeling (?:better|good|great|ok|okay))\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:worse|getting worse|cant stop|wont stop|seiz\w*|fit|confused|hallucinat\w*|not real|right now|help)\b`),
    vetoes: ['day 3 no alcohol and im shaking a little but its finally easing, can i join a group this week'],
    keeps: ['day 3 off the booze and the shaking wont stop and i keep seeing stuff move'],
  },
  'en.medical-not-overdose': {
    description:
      'A drug named beside the signs of another emergency, an infection (abscess, red streaks, fever), a pregnancy ' +
      'bleeding or a measured fever over 102, with nothing of too much taken or of breathing failing: a ' +
      'medical emergency (medical-now), not an overdose.',
    when: [
      {
        message: re(
          String.raw`\b(?:crushing (?:chest )?pain|pain (?:going |shooting |running )?(?:down|into) (?:my|his|her) (?:left )?(?:arm|jaw)|(?:left )?arm (?:and|n) (?:into )?(?:my|his|her) jaw|abscess\w*|infect\w*|cellulitis|red streaks?|pus|pregnant|weeks along|miscarr\w*|(?:like |about |over |temp (?:is |of )?|fever (?:is |of )?)10[2-7](?: degrees?| f)?)\b`,
        ),
      },
    ],
    unlessInMessage: re(
      String.raw`\b(?:too (?:much|many)|overdos\w*|od|odd|oded|(?:not|isnt|stopped|barely) breathing|blue|gr[ae]y|narcan\w*|naloxone|wont wake|cant wake|unresponsive|nodding|pinned|pinpoint|out cold|whole bottle|laced|pressed)\b`,
    ),
    vetoes: ['my uncles abscess from shooting up is hot and swollen and hes burning up', 'im 30 weeks pregnant and bleeding, i used this morning and im scared'],
    keeps: ['my cousin shot up and now hes not breathing', 'she took molly and now shes burning up and wont wake up', 'we took molly and he is burning up and shaking'],
    handsTo: 'medical-now',
  },
  'en.newborn-not-overdose': {
    description:
      'A newborn in trouble whose mother used while pregnant (shaking, breathing badly): neonatal withdrawal, a ' +
      'medical emergency, not an overdose, unless the baby got into something.',
    when: [
      {
        message: re(
          String.raw`\b(?:(?:used|using|drank|drinking|was on (?:drugs|pills|fent\w*|dope)) (?:while|when) (?:she was |i was |her mom was |his mom was )?pregnant|newborn|nicu|born (?:addicted|dependent|withdrawing|with withdrawal|in withdrawal))\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:got into|ate|swallowed|chewed|found (?:his|her|my|the) (?:pills|stash|bag)|gave (?:him|her|the baby) (?:a |some |his |her )?(?:pills?|drugs|benadryl|medicine|meds))\b`),
    vetoes: ['the baby isnt breathing right, his mom used while pregnant and he keeps shaking'],
    keeps: ['the baby got into my pills and isnt breathing right'],
    handsTo: 'medical-now',
  },
  'figurative.en.finds-out-laughing': {
    description: '"my son is gonna kill me when he finds out i signed him up lol": a joke about being found out, laughed off.',
    when: [
      {
        after: re(String.raw`^(?:if|when|once) (?:she|he|they) (?:[^ ]+ )?(?:finds? out|sees?|hears?|knows?|notices?|learns?|reads?)\b`),
        message: re(String.raw`\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|jk|lolol\w*|rofl)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:not (?:joking|kidding)|for real|seriously|scared|afraid|terrified|gun|knife|hits? me|hit me|beat\w* me|choked)\b`),
    vetoes: ['my brother is gonna kill me when he finds out i signed him up for this lol'],
    keeps: ['my husband is gonna kill me when he finds out i left, im scared lol'],
  },
  'figurative.en.color-cause': {
    description: '"her face is grey from the costume makeup", "his hands are blue from the dye": a colour with a harmless cause.',
    when: [
      {
        after: re(
          String.raw`^(?:from|because of|bc|cuz|with) (?:the |her |his |my |their |that |some )?(?:[^ ]+ )?(?:makeup|paint|face paint|body paint|costume|dye|hair dye|ink|marker|chalk|lighting|light|filter|flour|dust|ash|popsicle|candy|slushie|kool aid|gatorade)\b`,
        ),
      },
    ],
    vetoes: ['her face is grey from the makeup she used for the costume'],
    keeps: ['her face is grey and she is not breathing'],
  },
  'figurative.en.fiction': {
    description:
      '"that horror movie had blood spurting everywhere": a film, a show or a game, with no body part of the writer\'s ' +
      'people and no call for help in the message.',
    when: [{ message: re(String.raw`\b(?:movie|movies|film|horror|episode|series|video game|videogame|anime|trailer|fake blood|stage blood|netflix|hulu|cartoon|tv show|the show|that show|this show|haunted house)\b`) }],
    unlessInMessage: re(
      String.raw`\b(?:(?:my|his|her|their|our) (?:arm|leg|hand|head|face|neck|wrist|foot|thigh|finger|nose|chest|side|stomach|belly|back)|911|ambulance|hospital|er|help me|please help|pls help|right now|what do i do)\b`,
    ),
    vetoes: ['that horror movie had blood spurting everywhere, my girlfriend screamed the whole time lol'],
    keeps: ['we were watching a movie and he cut his hand, blood is spurting out of his hand'],
  },
  'en.voices-managed': {
    description:
      'Voices the writer lives with and names as known and managed ("part of my schizoaffective, its managed", "I hear ' +
      'voices sometimes, just commentary"): not a new hallucination, unless the message says withdrawal, stopped meds, ' +
      'commands, confusion or now.',
    when: [
      {
        message: re(
          String.raw`\b(?:schizo\w*|psychosis|psychotic|bipolar|my (?:diagnosis|dx|psychiatrist|meds|team|therapist|doctor|clozapine|abilify|injection|shot)|part of my|managed|manageable|under control|for years|since i was|most days|every day|all my life|my whole life|always (?:have|had|hear|heard)|usually|sometimes|background|commentary|(?:not|never|dont) (?:telling|tell) me to)\b`,
        ),
      },
    ],
    unlessInMessage: re(
      String.raw`\b(?:(?:stopped|quit|off|ran out of|missed|out of) (?:my|his|her|their|the) (?:meds|medication|pills|shot|injection)|withdrawal|withdrawals|detox\w*|(?:stopped|quit|quitting) (?:drinking|the (?:benzos|bars|booze))|coming off|(?:day|days) (?:\d+|one|two|three|four|five) (?:no|off|without|sober|dry)|(?:telling|told|tell) (?:me|him|her|them) to (?:kill|hurt|die|jump|cut|end|stab|shoot)|command\w*|louder|worse|never (?:had|heard) (?:this|them|voices) before|first time|cant tell whats real|doesnt know|dont know (?:who|where)|confused|havent slept|hasnt slept|tonight|right now|please help|pls help|help me|help him|help her|scared)\b`,
    ),
    vetoes: [
      'i hear voices most days, its part of my schizophrenia and its under control with my shot',
      'hearing voices sometimes is normal for me, theyre just background noise',
    ],
    keeps: ['my son has schizophrenia but tonight hes hearing voices and doesnt know who i am', 'quit drinking 3 days ago and now hearing voices'],
  },
  'en.always-been': {
    description: '"my smile is crooked on one side, always has been": a face or a body as it has always been, not a stroke now.',
    when: [{ message: re(String.raw`\b(?:always (?:has|have|had|been|was|is|looked|looks)|since (?:birth|i was born|he was born|she was born)|born (?:with|that way)|my whole life|in every (?:photo|picture|pic)|bells palsy (?:years|as a kid|when))\b`) }],
    unlessInMessage: re(String.raw`\b(?:suddenly|all of a sudden|out of nowhere|just now|right now|today|tonight|this morning|new|worse|help)\b`),
    vetoes: ['my smile is crooked on one side in every photo, always has been'],
    keeps: ['her smile went crooked on one side all of a sudden'],
  },
  'en.ill-live': {
    description: '"sweating like crazy at work but ill live": the writer says it is bearable, a complaint, not an emergency.',
    when: [{ message: re(String.raw`\b(?:(?:but )?(?:ill|i will|i'll) (?:live|survive|be fine|be ok|be okay|manage)|its fine lol|no big deal)\b`) }],
    unlessInMessage: re(String.raw`\b(?:help|911|cant breathe|chest|passed out|confused|seizing|not breathing)\b`),
    vetoes: ['this heat is brutal, im sweating like crazy at work but ill live'],
    keeps: ['sweating like crazy and my chest hurts, i dont think ill live'],
  },
  'figurative.en.asleep-tired': {
    description: '"knocked out cold at 8pm lol, thats how tired the new meds make me": sleep, named as tiredness, with no sign of danger.',
    when: [{ message: re(String.raw`\b(?:thats how tired|so tired|(?:im|was|am|been) exhausted|tired from|wiped out from|(?:till|until) (?:morning|noon|the alarm))\b`) }],
    unlessInMessage: re(String.raw`\b(?:breath\w*|wont wake|cant wake|cant get (?:him|her|them)|blue|purple|gr[ae]y|lips|narcan\w*|naloxone|respond\w*|pupils|not waking|help|911|took|snoring|gurgl\w*|floor|toilet)\b`),
    vetoes: ['knocked out cold at 8pm lol thats how tired the new meds make me. normal?'],
    keeps: ['he fell asleep after using and now hes out cold and i cant wake him'],
  },
  'figurative.en.dying-out-here': {
    description: '"this heat is brutal, im dying out here on the roof": a hard day at work or in the weather, not a body failing.',
    when: [{ after: re(String.raw`^(?:out here|over here|in here|at work|on (?:the|this) (?:roof|job|site|shift|line)|in this (?:heat|cold|weather|class|meeting))\b`) }],
    unlessInMessage: re(String.raw`\b(?:help|911|ambulance|chest|cant breathe|bleeding|shot|stabbed|passed out|confused|stopped sweating|throwing up|took|overdos\w*)\b`),
    vetoes: ['this heat is brutal, im dying out here on the roof. can I call in at lunch instead'],
    keeps: ['im dying out here, i got stabbed, please help'],
  },
  'info-seeking.en.signs-of': {
    description:
      '"what r the signs someone is overdosing", "how can you tell if someone is overdosing or sleeping": a question ' +
      'about the signs, in spellings the core info-seeking guard misses. Off when the message says now or asks for help.',
    when: [
      {
        before: re(
          String.raw`\b(?:(?:what|wat|wut|whats) (?:r |re |are |is |would be |could be )?(?:the |some |common )?(?:signs|symptoms|warning signs|red flags)|how (?:can|do|would|could|does) (?:i|you|u|we|one|someone|a person) (?:tell|know|spot|recognize|recognise))(?: [^ ]+){0,4}$`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:right now|rn|currently|tonight|help|911|please|pls|what do i do|hurry|not breathing|blue)\b`),
    vetoes: ['what r the signs someone is overdosing on fentanyl', 'how can you tell if someone is overdosing or just sleeping'],
    keeps: ['how can i tell if hes overdosing right now, his lips look blue'],
  },
  'en.habitual-not-now': {
    description:
      '"she drinks with her pain pills and passes out every night": a habit the writer describes, not one night now. Off ' +
      'when anything in the message is now.',
    when: [{ message: re(String.raw`\b(?:every (?:night|day|weekend|time)|most (?:nights|days)|always|usually|all the time|on weekends|a habit)\b`) }],
    unlessInMessage: re(String.raw`\b(?:right now|rn|tonight|today|this morning|just now|an hour ago|\d+ (?:min|mins|minutes|hours|hrs) ago|help|911|wont wake|cant wake|not breathing|blue)\b`),
    vetoes: ['my mom has wine with her sleeping pills and is passed out on the couch every night, how do i talk to her about it'],
    keeps: ['my mom always drinks with her pills but tonight shes passed out and i cant wake her'],
  },
  'en.bleeding-minor': {
    description:
      '"bleeding through my jeans but like not bad", "soaked through a little, its slowing down": the writer says the ' +
      'bleeding is small or easing; a self-harm disclosure, not a bleed to call 911 for.',
    when: [
      {
        after: re(
          String.raw`^ ?(?:[^ ]+ ){0,6}?(?:not (?:that |too |so |very |really |super )?(?:bad|much|heavy|deep|serious)|(?:just|only) a (?:little|bit)|a little bit|(?:its |it is )?slow(?:ing|ed) (?:down|up)|(?:its |it )?stopped|under control)\b`,
        ),
      },
      {
        // Past a "but" (where the phrase ends): "bleeding through my jeans but like not bad i think".
        message: re(
          String.raw`\b(?:but|though|tho)(?: (?:like|its|it is|honestly|really|i think|prob|probably))* (?:not (?:that |too |so |very |really |super )?(?:bad|much|heavy|deep|serious)|(?:just|only) a (?:little|bit)|slow(?:ing|ed) down|(?:its |it )?stopped|under control)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:wont stop|cant stop|not stopping|spurting|squirting|gushing|pulsing|pouring|so much|a lot of blood|dizzy|pale|passing out|passed out|911|ambulance|bone|deep|stitches)\b`),
    vetoes: ['i just cut again on my thigh and its bleeding through my jeans but like not bad'],
    keeps: ['i cut my arm and its bleeding through the towel and wont stop'],
    handsTo: 'self-harm',
  },
  'en.bat-for-sport': {
    description: '"he\'s got the bat but its for his league game": a bat for a game, named as such, with no threat in the message.',
    when: [{ message: re(String.raw`\bbats?\b(?:[^.]*)\b(?:league|game|practice|softball|baseball|tee ball|t ball|batting cage|tryouts|little league|cricket)\b|\b(?:league|game|practice|softball|baseball|tee ball|t ball|batting cage|tryouts|little league|cricket)\b(?:[^.]*)\bbats?\b`) }],
    unlessInMessage: re(String.raw`\b(?:threat\w*|kill|hurt|smash\w*|break (?:my|the|his|her)|swing\w* (?:at|it at)|scared|afraid|terrified|coming for|looking for (?:me|him|her)|said (?:hed|hell|shed|shell|im dead)|banging|wont leave|help)\b`),
    vetoes: ["he's got the bat but its for his league game, nobody's in danger lol"],
    keeps: ['my ex is outside my house with a bat and says hes gonna smash my car'],
  },
} as const satisfies Record<string, Guard>;
