/**
 * English crisis lexicon for emergencies happening now: an overdose, a medical emergency, abuse or
 * danger. Same conventions as patterns.en.ts (sources over normalizeText() output, stable ids, bump
 * `version` in lexiconVersion.ts with every change).
 */
import { STATEMENT, TOPIC, NOW, PEOPLE, THEY, WILL, PILLS } from './fragments.en';
import { anyOf, definePatterns, gap, gapNoNeg } from './pattern';

export const enEmergencyPatterns = definePatterns('en', [
  // ============================== overdose now ==============================
  {
    id: 'en.overdose-now.overdosing', kind: 'overdose-now', guards: [...NOW, 'info-seeking', 'intent-not-yet'],
    source: String.raw`overdosing|oding|odding|odeing|od ing|(?:is|hes|shes|im|theyre|are|friend|s) od(?: right now| now)?|od (?:right now|now)`,
    examples: ["I think I'm overdosing", "I think I'm OD'ing", 'im oding', 'my friend is overdosing', 'my friend is od right now', 'someone is overdosing in the bathroom'],
  },
  {
    id: 'en.overdose-now.overdosed', kind: 'overdose-now', guards: [...NOW, 'info-seeking', 'intent-not-yet'],
    source: String.raw`(?:overdosed|oded)(?! (?:and )?(?:died|passed))|(?:just|he|she|they|i|has|have|had|think|maybe|probably|${PEOPLE}) odd`,
    examples: ['my boyfriend overdosed and hes not breathing', "she just od'd", 'he ODed in the car', 'Pls help my roommate ODd'],
  },
  {
    id: 'en.overdose-now.having-an-overdose', kind: 'overdose-now', guards: [...NOW, 'info-seeking', 'intent-not-yet'],
    source: String.raw`(?:having|had|has|going through) (?:an? )?overdose|(?:its|this is|think its|might be|think this is) (?:an? )?overdose|overdose (?:right now|now)|alcohol poisoning`,
    examples: ["I think she's having an overdose", 'alcohol poisoning, he is throwing up and passed out'],
  },
  {
    id: 'en.overdose-now.took-too-much', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet'],
    source: String.raw`(?:took|taken|taking|take|swallowed|ate|snorted|shot|smoked|popped|injected|used|did) ${gap(3)}(?:way )?too (?:much|many)`,
    examples: ['my son took too many pills', 'took too much xanax', 'i took way too much heroin and i feel weird', 'i think i took too much fent', 'took way too much fentanyl, feel like I am passing out'],
  },
  {
    id: 'en.overdose-now.took-a-bottle', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet', 'figurative.en.as-prescribed'],
    source: String.raw`(?:took|take|taken|swallowed|ate|popped|downed) (?:like |just )?(?:a (?:whole |full )?(?:bunch|handful|bottle|box|fistful|pack)|(?:an|the|my|his|her|their) (?:entire|whole|full) (?:bottle|pack|box|script|prescription|supply|stash|bag|blister)|all (?:of )?(?:my|his|her|their|the|these|those) (?:[^ ]+ )?${PILLS}|all (?:of )?(?:them|it|those|these)? ?at once|(?:[1-9]\d|\d{3}) (?:[^ ]+ )?${PILLS})`,
    examples: ['i took a handful of pills', 'i swallowed a whole bottle of pills', 'took all my meds at once', 'I took 20 tylenol', 'i popped like 15 bars', 'i took my whole script of seroquel like 20 min ago', 'my dad took all his oxy at once', 'my brother took a bunch of pills and wont wake up'],
  },
  {
    id: 'en.overdose-now.not-breathing', kind: 'overdose-now', guards: [...NOW, 'figurative.en.breathing-a-word'],
    source: String.raw`(?:not|isnt|arent|stopped|barely|hardly|no longer|quit|wasnt) breath(?:ing|in)|breathing (?:is )?(?:really |very |so |super |kinda )?(?:slow|shallow|weird|funny|strange|raspy)|(?:slow|shallow|weird|strange) breathing|gurgling|death rattle`,
    examples: ["he's not breathing", 'she isnt breathing', 'my roommate stopped breathing', 'hes barely breathing', 'his breathing is really slow', 'he is gurgling and wont wake up', "she's not breathing right after using"],
  },
  {
    id: 'en.overdose-now.wont-wake-up', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet', 'figurative.en.i-cant-wake-up'],
    // "to not wake up", "and not wake up" are wishes (en.suicide.never-wake-up), not someone unresponsive.
    source: String.raw`(?:wont|isnt|doesnt|cant|couldnt|aint|will not|(?<!\b(?:and|to|just|or|would|could|should|might) )not) (?:[^ ]+ )?(?:waking|wake|woken) up|cant stay awake`,
    examples: ['my mom wont wake up', 'HE WONT WAKE UP', 'i mixed xanax and alcohol and cant stay awake', "my brother took a bunch of pills and won't wake up"],
  },
  {
    id: 'en.overdose-now.cant-wake-them', kind: 'overdose-now', guards: NOW,
    source: String.raw`(?:cant|couldnt|can not) (?:[^ ]+ )?wake (?:him|her|them|my [^ ]+)`,
    examples: ["I can't wake him up", "my girlfriend shot up and passed out, we can't wake her"],
  },
  {
    id: 'en.overdose-now.unresponsive', kind: 'overdose-now', guards: [...NOW, 'figurative.en.not-responding'],
    source: String.raw`unresponsive|(?:not|isnt|wont|stopped|not really) respond(?:ing)?|no response`,
    examples: ["she's unresponsive after shooting up", "she wont respond to me after taking pills"],
  },
  {
    id: 'en.overdose-now.turning-blue', kind: 'overdose-now', guards: NOW,
    source: String.raw`(?:turning|turned|going|gone) (?:blue|purple|gray|grey)|blue lips|lips (?:are |were |look |turning |going )?(?:blue|purple|gray|grey)|(?:face|skin|fingers|fingertips|nails) (?:is |are |turning |going )?(?:blue|purple)|foaming at the mouth`,
    examples: ['his lips are blue', 'her lips are turning blue', "he's turning blue", 'hes foaming at the mouth'],
  },
  {
    id: 'en.overdose-now.narcan', kind: 'overdose-now', guards: [...NOW, 'info-seeking'],
    source: String.raw`(?:gave|give|giving|given|used|using|need|needs|needed|grab|spray|sprayed|administer|administered|second|another|two|2|three|more|doses? of) ${gap(3)}(?:narcan|naloxone)`,
    examples: ['i gave her narcan and she is still not responding', "do I give him narcan? he's passed out", 'need narcan now', 'we used two doses of narcan'],
  },

  {
    id: 'en.overdose-now.double-dose', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet'],
    // Double doses, whole bags, a needle still in, someone passed out now.
    source: String.raw`(?:took|taken|taking|swallowed|ate|used|dosed|popped) ${gap(2)}(?:double|triple|2x|3x|two doses|three doses|extra doses?|twice (?:my|the|his|her|their|as much|the amount))(?! (?:shifts?|time))|(?:took|ate|swallowed|popped|eaten|downed) (?:like |just )?(?:a|the|an|my|his|her) (?:whole |full |entire )?(?:bag|sleeve|sheet|strip|jar|tube|pack|package|bottle|tin|box) of ${gap(1)}(?:edibles|gummies|${PILLS})|needle (?:still |stuck ){0,2}(?:in|hanging out of|sticking out of) (?:his|her|their|my) (?:arm|hand|leg|neck|foot)|(?:he|she|they|hes|shes|theyre|someone|somebody|${PEOPLE}s?) (?:just |is |was |has |got )?passed out (?:in|on|at|after|w|with|and)`,
    examples: ['she took a double dose of her methadone', 'my kid ate a whole bag of THC gummies', "found him with the needle still stuck in his arm", 'my roommate passed out on the floor after snorting something'],
  },

  // ============================== medical now ==============================
  {
    id: 'en.medical-now.chest-pain', kind: 'medical-now', guards: [...TOPIC, 'history-recent'],
    source: String.raw`chest (?:pain|pains|hurts?|hurting|is (?:tight|hurting|burning|heavy)|feels (?:tight|heavy)|tightness|pressure)|(?:pain|pains|tightness|pressure|hurts?|hurting) (?:in|on) (?:my|his|her|the) chest|my chest ${gap(2)}(?:tight|hurts|pain|heavy|pressure|burning)|arm (?:is |went |feels |going )?numb`,
    examples: ['I have chest pain', 'my chest hurts', 'chest pains and my arm is numb', 'tightness in my chest and sweating', 'chest pain and cant breathe after drinking'],
  },
  {
    id: 'en.medical-now.heart-attack-stroke', kind: 'medical-now', guards: [...TOPIC, 'history-recent'],
    source: String.raw`(?:having|think|like|feels like|its|might be) ${gap(2)}(?:a )?(?:heart attack|stroke)|face (?:is )?(?:drooping|droopy)`,
    examples: ['i think im having a heart attack', "i think i'm having a stroke", 'his face is drooping'],
  },
  {
    id: 'en.medical-now.cant-breathe', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'figurative.en.laughing'],
    source: String.raw`(?:cant|couldnt|hard to|trouble|difficulty|struggling to|struggle to|unable to|not able to|problems?) (?:[^ ]+ )?(?:breathe?|breathing|catch my breath|get (?:enough )?air)|short(?:ness)? of breath|gasping for (?:air|breath)|(?:throat|airway) (?:is )?(?:closing|swelling)`,
    examples: ["I can't breathe", 'cant breath', 'having trouble breathing', "i'm struggling to breathe", "I'm short of breath and dizzy"],
  },
  {
    id: 'en.medical-now.seizure', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'worry-not-yet'],
    source: String.raw`seiz(?:ure|ures|ing)|convuls\w*|having (?:a |an )?fit`,
    examples: ["i'm having a seizure", 'my husband is having a seizure', "she's seizing", 'my dad is having convulsions', "I'm having a seizure feeling and my hands won't stop shaking"],
  },
  {
    id: 'en.medical-now.hallucinating', kind: 'medical-now', guards: [...TOPIC, 'history-recent'],
    source: String.raw`hallucinat\w*|(?:seeing|see|saw|hearing|hear|heard) ${gap(2)}(?:things|stuff|people|shadows|bugs|spiders|voices) ${gap(2)}(?:arent|not|isnt|nobody|no one|dont) (?:[^ ]+ )?(?:there|real|see|exist|hear)|seeing (?:things|stuff|shit)(?= \.|$| and| since| again| everywhere)|(?:seeing|see) (?:bugs|spiders|snakes|rats|insects) (?:everywhere|all over|crawling|on (?:me|the walls|my))|hearing voices|hear voices|voices in my head|voices telling me|bugs ${gap(3)}(?:crawling|under my skin|on me)|crawling ${gap(2)}(?:skin|on me)|(?:the )?(?:dts|delirium tremens)`,
    examples: ["I'm seeing things that aren't there", "I'm seeing bugs everywhere since I quit", 'i cant stop shaking and seeing things', 'im hallucinating', 'hearing voices', 'i see bugs crawling on the walls', 'i feel bugs under my skin', "he's having the dts"],
  },
  {
    id: 'en.medical-now.passing-out', kind: 'medical-now', guards: [...STATEMENT, 'history-recent'],
    source: String.raw`${anyOf('gonna', 'about to', 'feel like', 'feels like', 'think', 'might', 'keep', 'keeps', 'could', 'im', 'hes', 'shes', 'is', 'almost')} ${gap(2)}(?:pass out|passing out|faint|fainting)|fainted|collapsed|passed out and (?:hit|fell|wont|cant|isnt|is not)`,
    examples: ['I think I am going to pass out', 'i keep fainting', 'she fainted and hit her head', "i'm about to faint", 'my wife collapsed'],
  },
  {
    id: 'en.medical-now.bleeding', kind: 'medical-now', guards: [...STATEMENT, 'history-recent'],
    source: String.raw`(?:throwing|throw|threw|puking|puke|vomiting|vomit|coughing|cough|spitting) (?:up )?blood|blood in (?:my |his |her )?(?:vomit|puke)|(?:bleeding|bleed) ${gap(2)}(?:a lot|wont stop|heavily|badly|so much|everywhere)|(?:wont|will not|doesnt|cant) stop (?:the )?bleeding`,
    examples: ["I'm throwing up blood", 'vomiting blood', "i'm coughing up blood", "I'm bleeding a lot and it won't stop", "I just cut myself and it's bleeding a lot"],
  },
  {
    id: 'en.medical-now.dying', kind: 'medical-now', guards: [...STATEMENT, 'figurative.en.die-of', 'figurative.en.laughing'],
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
    source: String.raw`(?:doesnt|dont|cant) (?:know|recognize) (?:where (?:shes|hes|im|theyre|i am|they are)|who (?:im|shes|hes|anyone is))`,
    examples: ['she doesnt know where she is'],
  },

  {
    id: 'en.medical-now.acute-signs', kind: 'medical-now', guards: [...STATEMENT, 'history-recent'],
    // Head injuries, confusion, infection spreading, bleeding in pregnancy, unstoppable vomiting.
    source: String.raw`fell ${gap(5)}(?:hit|banged|bumped|cracked|smacked|busted) (?:his|her|my|their) head|(?:hit|cracked|smacked|busted) (?:his|her|their) head (?:open|on|against|hard)|head (?:injury|wound)|(?:talking|speaking|babbling|mumbling) (?:nonsense|gibberish)|\bincoherent|delirious|disoriented|(?:hes|shes|he is|she is|theyre|they are|hes been|shes been) (?:really |so |very |all |super |totally )?(?:confused|not making (?:any )?sense|out of it)(?! (?:about|by|why|how|what|on|with|if|as|over|because|bc))|red (?:streaks?|lines?) ${gap(3)}(?:up|along|on|going) ${gap(2)}(?:arm|leg|hand)|red (?:streaks?|lines?) ${gap(1)}(?:creeping|spreading|running|going|moving|crawling) (?:up|along|down|toward)|(?:blacked|blacking|passed|passing) out (?:twice|again|three times|\d+ times|repeatedly|over and over)|fever (?:is |of |at |hit |reading )?(?:10[3-9])|(?:injection site|abscess|track marks?) ${gap(3)}(?:hot|swollen|pus|oozing|red|black)|pregnant ${gap(8)}(?:bleeding|cramping|cramps|contractions|spotting)|(?:bleeding|cramping|spotting) ${gap(6)}pregnant|(?:cant|cannot|couldnt) stop (?:vomiting|throwing up|puking)|(?:vomiting|throwing up|puking) (?:for )?(?:\d+|hours|all day|all night|nonstop)|(?:pee|urine) (?:is )?(?:dark brown|brown|black|bloody)|cant keep (?:anything|water|fluids) down`,
    examples: ['grandpa fell down the stairs and banged his head', 'my husband is talking gibberish after drinking', 'shes so confused she doesnt know me', 'there are red lines going up my leg from the shot', 'fever of 104 and chills after using', 'I am pregnant and spotting and cramping in withdrawal', "he can't stop throwing up since this morning", 'streaks of red spreading up from the injection spot on my leg, red lines spreading up', 'she has passed out three times since she stopped drinking'],
  },

  // ============================== abuse / danger now ==============================
  {
    id: 'en.abuse-danger.hurts-me', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.en.hit-me-up'],
    source: String.raw`${THEY} ${gapNoNeg(2)}(?:hits?|hitting|beats?|beating|beat|punche[sd]|punch(?:es|ing)?|kicks?|kicked|kicking|slaps?|slapped|slapping|chokes?|choked|choking|strangle[sd]?|strangling|hurts?|hurting|abuses?|abused|abusing|rapes?|raped|raping|threatens?|threatened|threatening|attacks?|attacked|attacking|stalks?|stalked|stalking|shoves?|shoved|pushe[sd]|grabbed|drags?|dragged|burns?|burned|molests?|molested|touched|smacks?|smacked|throws things at) (?:me|us|my (?:kids|children|son|daughter|baby|mom|mother)|the kids)`,
    examples: ['my husband hits me', 'my boyfriend beats me', 'he hit me again tonight', "she hits me when she's drunk", 'he choked me', 'he raped me', "he's hurting my kids", 'my husband hits the kids when he drinks', 'my dealer is threatening me', "my mom's boyfriend hurts me", 'my husband hits me when he is using and I am scared to go home'],
  },
  {
    id: 'en.abuse-danger.threat-to-kill-me', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.en.kill-me-if-i-use', 'figurative.en.parent-finds-out'],
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
    id: 'en.abuse-danger.abused', kind: 'abuse-danger', guards: TOPIC,
    source: String.raw`abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|bf|gf|home|household|father|dad|mother|mom|parent|parents|ex|spouse)|(?:is|s|being|gets?) abusive|(?:being|been|am|im|was|got) (?:[^ ]+ )?(?:abused|raped|assaulted|molested|trafficked|beaten|attacked|stalked)|domestic (?:violence|abuse)`,
    examples: ['my partner is abusive', "i'm in an abusive relationship", 'i was sexually assaulted last night', "I'm being abused", "I'm a domestic violence victim"],
  },
  {
    id: 'en.abuse-danger.trapped', kind: 'abuse-danger', guards: STATEMENT,
    source: String.raw`(?:wont|doesnt|will not|didnt|wouldnt) let me (?:leave|go out|out of the house|call anyone|have my phone)|locked me (?:in|up)|lock(?:s|ed)? me in|(?:following|stalking) me|(?:broke|breaking|break|trying to break|kicking) (?:[^ ]+ )?(?:in|into|down) (?:my|our|the) (?:house|home|apartment|place|room|door)|(?:someone|somebody) (?:is )?(?:in|inside) (?:my|our|the) (?:house|home|apartment)|${THEY} (?:[^ ]+ )?(?:has|got|is holding|pulled|pulled out) (?:a |his |her )?(?:gun|knife|weapon|pistol|rifle)|${THEY} ${gap(4)}(?:with|holding|waving|pointing) (?:a |his |her |the )?(?:gun|knife|weapon|pistol|rifle|machete)|${THEY} (?:is |s |are |keeps )?(?:outside|banging on|pounding on|trying to get in|trying to get into) (?:my|our|the) (?:house|home|door|apartment|window|room|car)`,
    examples: ["he won't let me leave", 'he locked me in the bedroom', "someone is following me and i'm scared", 'someone broke into my house', "he has a gun and he's threatening me", 'my ex is outside my house with a gun'],
  },
  {
    id: 'en.abuse-danger.violence-now', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.en.hit-me-up'],
    // Someone being hurt right now, held against their will, threatened, or abused by an adult.
    source: String.raw`${THEY} ${gapNoNeg(2)}(?:hitting|beating|choking|strangling|attacking|stabbing|kicking|punching|hurting|raping|slapping|dragging) (?:on )?(?:her|him|them|(?:my|his|her|their) (?:[^ ]+ )?${PEOPLE}s?)(?! (?:at|in|to|on) (?:cards|chess|games?|pool|poker|a game|the game|basketball|racing|running))(?! (?:goals?|targets?|stride|marks?|numbers|record|best|limit|milestones?|deadlines?|quota|feelings))|(?:(?:wont|doesnt|will not|didnt|wouldnt) let|(?:isnt|is not|not|aint) letting) (?:me|her|him|them|us|my [^ ]+) (?:leave|go|out|call|have (?:my|her|his) phone)|(?:keeping|holding|locked|locking) (?:her|him|them|me|my [^ ]+) (?:somewhere|hostage|captive|inside|in (?:a|the|his|her) (?:room|house|car|basement|closet))|(?:coming|come|comin|gonna come|is gonna come) after (?:me|us|my)|(?:hes|shes|theyre|theyll|hell|shell|they|he|she|they are) ${gap(1)}(?:coming|come) for (?:me and|us|my (?:kids|family|children|son|daughter|baby))|${THEY} ${gapNoNeg(2)}(?:touches|touching|touched|molests|molesting|molested|grooming) (?:her|him|them|my (?:[^ ]+ )?${PEOPLE}s?)`,
    examples: ['my neighbor is beating his wife right now, I can hear her screaming', 'her ex is not letting her leave the apartment', 'some guy is holding my sister in his car', 'the guys i owe money to said theyre coming after me', 'he said hes coming for me and my family tonight', 'my stepdad touches my little sister'],
  },
]);
