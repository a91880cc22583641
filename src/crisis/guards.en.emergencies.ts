/**
 * English look-alikes of emergencies happening now (overdose, medical, abuse or danger): guards the
 * patterns of patterns.en.emergencies.ts may name. See guards.ts for how a guard is applied.
 */
import { re, type Guard } from './guard';

/** A date that puts the whole message in the past: "three summers ago", "in 2021", "last yr", "since I was 12". */
const DATED_PAST =
  String.raw`\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple(?: of)?|several|many) (?:years?|yrs?|summers?|winters?|decades?) ago|` +
  String.raw`years ago|yrs ago|(?:in|since|back in) (?:19|20)\d\d|back in [0-9]\d|(?:last|past) (?:year|yr)|` +
  String.raw`(?:when|since) (?:i|he|she|we|they) (?:was|were) (?:a |an )?(?:\d+|kid|child|teen|teenager|little|young|younger|small|in)|` +
  String.raw`(?<!(?:than|amount|much|many|way|dose|what) (?:i|he|she|we|they) )used to|back when|grew up|growing up|` +
  String.raw`last (?:winter|summer|spring|fall|christmas|thanksgiving|new years)|in (?:my|his|her|their) (?:teens|twenties|thirties|forties|fifties|[2-6]0s|early [2-6]0s|late [2-6]0s)|` +
  String.raw`(?:hes|shes|theyre|he is|she is|they are) (?:\d{2}|[a-z]+teen|twenty[a-z ]{0,6}|thirty[a-z ]{0,6}) now|(?:has|have|hes|shes|theyve) been (?:dead|gone|passed) (?:for )?(?:\d+|many|a few|several|two|three|ten|twenty) years|` +
  String.raw`spent (?:a|one|two|three|\d+|a couple of|a few) (?:weeks?|days|nights|months?) in (?:the )?(?:hospital|icu|psych ward|psych|rehab|detox)|(?:the )?last time (?:i|he|she|we|they)|back in (?:the day|high school|college)|before me|got out in|been clean since|` +
  String.raw`in (?:january|february|march|april|may|june|july|august|september|october|november|december)(?! \d))\b`;
/** Anything that puts the message now, which keeps the dated-past guard off. */
const NOW_IN_MESSAGE =
  String.raw`\b(?:right now|tonight|today|this morning|this afternoon|this evening|currently|at the moment|as we speak|just now|` +
  String.raw`(?<!happen |happens |happening |never |not |bad |worse |that way |never [a-z]+ |never [a-z]+ [a-z]+ |(?:want|wanna|need|through|have|go through|live through) (?:that |this |it |those )?)again|still (?:hits?|hitting|beats?|beating|hurts?|hurting|threaten\w*|abus\w*|using|not breathing|out)|` +
  String.raw`(?:is|im|hes|shes|theyre|are) (?:overdosing|seizing|having|not breathing|unresponsive|blue|outside)|` +
  String.raw`(?:\d+|few|couple(?: of)?|an|one) (?:minutes?|mins?|hours?|hrs?) ago|(?:last|past) (?:hour|night|\d+ (?:minutes|mins|hours|hrs))|` +
  String.raw`what do i do|help me|please help)\b`;

/** Words of drug taking: with any of them, an unresponsive person may be an overdose after all. */
const DRUG_WORDS =
  String.raw`\b(?:took|taken|taking|take|used|using|shot up|shooting up|snort\w*|smok\w*|pills?|narcan\w*|naloxone|fent\w*|heroin|dope|xan\w*|bars|` +
  String.raw`oxy\w*|percs?|percocets?|overdos\w*|od|odd|oded|odding|high|mixed|lean|benzos?|opioids?|opiates?|meth|coke|cocaine|crack|line|lines|` +
  String.raw`dose|dosed|edibles?|gummies|molly|ecstasy|tranq|xylazine|pressed|laced|methadone|suboxone|subs|ativan|klonopin|valium|gabapentin|drank|drunk|wasted|alcohol poisoning|vodka|whiskey|liquor|fifth)\b`;

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
          String.raw`\b(?:diabetic|diabetes|blood sugar|sober|detox\w*|withdrawal|withdrawals|stopped drinking|quit drinking|hasnt had a drink|havent had a drink|seizure|epilep\w*|heat ?stroke|hit (?:his|her|their|my) head|fell (?:down|off|over|and)|drown\w*|pool|lake|river|bathtub|choking on|allergic|asthma|panic attack|anxiety attack|sting|newborn|infant|crib|hit by)\b`,
        ),
      },
    ],
    unlessInMessage: re(DRUG_WORDS),
    vetoes: ["my husband has been sober a year and sleeps like a rock, I can't wake him for work on time"],
    keeps: ['my uncle is diabetic and he will not wake up', 'he has been sober a month but he relapsed on pills and is not breathing'],
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
      String.raw`\b(?:relapsed|used again|just (?:used|did|took|shot|smoked|snorted|popped|drank)|took (?:too much|too many|way)|laced|pressed|fent\w*|tranq|narcan\w*|on top|mixed)\b`,
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
    unlessInMessage: re(String.raw`\b(?:not|isnt|arent|says|said|claims|claiming|insists|swears|thinks|but)\b (?:[^ ]+ ){0,3}?(?:fine|ok|okay|alright)\b|\bbut (?:hes|shes|im|now)\b`),
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
          String.raw`\b(?:abscess\w*|infect\w*|cellulitis|red streaks?|pus|pregnant|weeks along|miscarr\w*|(?:like |about |over |temp (?:is |of )?|fever (?:is |of )?)10[2-7](?: degrees?| f)?)\b`,
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
} as const satisfies Record<string, Guard>;
