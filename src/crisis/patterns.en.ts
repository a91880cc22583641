/**
 * English crisis lexicon. Sources are matched against normalizeText() output: lowercase, no
 * apostrophes ("im", "dont", "hes"), "want to" → "wanna", "going to" → "gonna", "my self" → "myself",
 * clause punctuation as a "." token. See normalizeText.ts for the full list of folds.
 *
 * Ids are stable (they reach the handoff record): add new ids rather than renaming, and bump
 * `version` in lexiconVersion.ts with every change to this file.
 */
import { STATEMENT, TOPIC, SUICIDE, PEOPLE, PILLS } from './fragments.en';
import { anyOf, gap, gapNoNeg, definePatterns } from './pattern';

export const enPatterns = definePatterns('en', [
  // ============================== suicide ==============================
  {
    id: 'en.suicide.kill-myself', kind: 'suicide', guards: [...STATEMENT, 'screening-answer-no'],
    source: String.raw`kill(?:ing|ed|s)? ?myself`,
    examples: ['I want to kill myself', "I'M   GONNA K1LL MYSELF", 'im gonna kill my self', 'k i l l  m y s e l f', 'thinking about killin myslef'],
  },
  {
    id: 'en.suicide.kms', kind: 'suicide', guards: STATEMENT,
    source: String.raw`kms`,
    examples: ['i wanna kms', 'gonna KMS tonight'],
  },
  {
    id: 'en.suicide.unalive', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.unalived-a-thing'],
    source: String.raw`unaliv(?:e|es|ed|ing)`,
    examples: ['i want to unalive myself', 'thinking about unaliving'],
  },
  {
    id: 'en.suicide.off-myself', kind: 'suicide', guards: STATEMENT,
    source: String.raw`off(?:ing|ed)? myself|${anyOf('gonna', 'wanna', 'to', 'will', 'll', 'ill', 'just', 'finally')} of myself`,
    examples: ['gonna off myself', 'thinking of offing myself', 'i want to of myself'],
  },
  {
    id: 'en.suicide.end-my-life', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.take-my-life-back', 'screening-answer-no'],
    source: String.raw`(?:end|ending|ended|take|taking|took) (?:my|me|his|her|their) (?:own )?life`,
    examples: ['ready to end my life', 'I want to take my own life', 'thinking about taking my life', 'my wife said she wants to end her life'],
  },
  {
    id: 'en.suicide.end-it-all', kind: 'suicide', guards: STATEMENT,
    source: String.raw`end(?:ing)? (?:it|this|everything|things) all|end everything`,
    examples: ["I'm going to end it all tonight", 'i want to end it all'],
  },
  {
    id: 'en.suicide.end-it', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.end-it-with'],
    source: String.raw`${anyOf('gonna', 'wanna', 'want', 'ready to', 'about to', 'plan to', 'planning to', 'will', 'll', 'ill', 'hell', 'shell', 'theyll', 'should', 'just', 'finally', 'decided to', 'time to', 'gotta', 'need to', 'about', 'of', 'ways to', 'how to', 'im', 'i am', 'am', 'then im', 'really')} (?:just )?end(?:ing)? (?:it|things)`,
    examples: ['im going to end it', 'wanna end it', "can't stop thinking about ending it", 'I keep thinking about ways to end it', "if nothing changes by friday i'm ending it"],
  },
  {
    id: 'en.suicide.want-it-to-end', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:wanna|want|need) (?:it|this|everything|things|the pain) (?:all )?to (?:end|be over|stop (?:forever|for good|permanently)|stop(?= \.|$))`,
    examples: ['i just want it all to end', 'I want it all to stop forever'],
  },
  {
    id: 'en.suicide.want-to-die', kind: 'suicide', guards: [...STATEMENT, 'scope.en.someone-deserves', 'figurative.en.die-of'],
    source: String.raw`${anyOf('wanna', 'want', 'wants', 'wanted', 'wish', 'wishing', 'ready', 'deserve', 'deserves', 'need', 'needs', 'should', 'rather', 'hope', 'hoping', 'pray', 'praying', 'let me', 'feel like', 'like to', 'plan to', 'planning to', 'trying to', 'tryna', 'gotta', 'time to', 'better', 'curl up and')} (?:to )?(?:just |really |all |finally |simply |go and )?(?:die|be dead|dying)(?: (?:so bad|already|now|tonight))?`,
    examples: ['I want to die', 'i just wanna die', 'i wanna dieeee', 'I really want to be dead', "I'd rather die than go back to that life", 'please just let me die', 'i deserve to die', 'i feel like dying', 'Want 2 die', 'i   want   to   die'],
  },
  {
    id: 'en.suicide.hope-i-die', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:hope|hoping|pray|praying|wish) (?:that )?i (?:just )?(?:die|dont wake|never wake|wont wake|get hit|overdose|od)`,
    examples: ['I hope I die in my sleep'],
  },
  {
    id: 'en.suicide.wish-dead', kind: 'suicide', guards: STATEMENT,
    source: String.raw`wish(?:ed|ing)? (?:that )?(?:i|id) ${gap(2)}(?:dead|gone|never been born|never born|wasnt born|werent born|hadnt been born|not born|not alive|wasnt alive|werent alive|die|never wake up|wouldnt wake up|didnt wake up|dont wake up|disappear forever|not exist|didnt exist|wasnt here)`,
    examples: ['I wish I was dead', 'i wish i were dead', 'I wish I could die'],
  },
  {
    id: 'en.suicide.better-off-dead', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:fine|okay|ok|good|easier) without me(?! (?:for|while|during|at|on|this|when|tonight|today|coming|there|a few|some))|better off (?:dead|without me|if i (?:was|were|wasnt|werent|died|never)|with me gone|if im gone)|(?:happier|better) ${gap(2)}(?:without me|if i (?:was|were) (?:gone|dead|not here)|if i wasnt (?:here|around|alive))|rather be dead`,
    examples: ["i'd be better off dead", 'everybody would be better off without me', 'my kids would be better off without me', 'I feel like everyone would be happier if I was gone', 'i think everyone would be fine without me around', "I'd rather be dead than keep living like this"],
  },
  {
    id: 'en.suicide.dont-want-to-live', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this'],
    source: String.raw`dont (?:wanna|want|wish|feel like|really wanna) (?:to )?(?:live|be alive|exist|be here|wake up|keep living|go on|be around|continue living)`,
    examples: ["I don't want to live anymore", 'dont wanna be alive', 'i dont want to exist anymore', "i don't want to be here anymore", 'i dont want to wake up tomorrow'],
  },
  {
    id: 'en.suicide.no-reason-to-live', kind: 'suicide', guards: STATEMENT,
    source: String.raw`${anyOf('no', 'whats', 'what is', 'dont see', 'dont have', 'cant see', 'cant find', 'lost', 'losing', 'without', 'any', 'isnt', 'not', 'nothing')} ${gap(3)}(?:point|reason|purpose) ${gap(3)}(?:living|to live|being alive|to be alive|going on|to go on|to keep going|staying alive|to stay alive)|nothing (?:left )?to live for|(?:whats|what is) (?:even )?the point (?:of (?:anything|it all|living|life|going on|trying) )?anymore|(?:life|living) (?:is |s )?(?:not|isnt|aint|no longer) worth (?:it|living)|${anyOf('not', 'isnt', 'aint', 'no longer', 'never', 'nothing')} (?:[^ ]+ )?worth living`,
    examples: ['no point in living', 'there is no reason for me to live', 'nothing to live for', 'life is not worth living', "what's the point of living anymore", 'honestly whats even the point anymore', "living isn't worth it anymore"],
  },
  {
    id: 'en.suicide.cant-go-on', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this'],
    source: String.raw`cant (?:go on|keep going|continue|keep living|live)(?: anymore| any longer)?`,
    examples: ["I can't go on anymore"],
  },
  {
    id: 'en.suicide.feeling-suicidal', kind: 'suicide', guards: [...STATEMENT, 'screening-answer-no'],
    source: String.raw`(?:i|im|ive|id|me|feel|feeling|felt) ${gapNoNeg(3)}(?:${SUICIDE}|thoughts? (?:of|about) ${SUICIDE})|(?:thinking|thought|thoughts|think|ideas|urges) (?:about|of) ${SUICIDE}`,
    examples: ['i am suicidal', 'feeling really suicidal tonight', 'i have suicidal thoughts', 'im thinking about suicide', 'im so suicidel', 'been having thoughts of suicide'],
  },
  {
    id: 'en.suicide.suicide-word', kind: 'suicide', guards: [...TOPIC, 'question-about-program', 'screening-answer-no'],
    source: SUICIDE,
    examples: ['SUICIDE', 'sucidal thoughts again', 'I wrote a suicide note', 'my brother is suicidal and has a gun', 'suicide is the only way out'],
  },
  {
    id: 'en.suicide.kill-themself', kind: 'suicide', guards: STATEMENT,
    source: String.raw`kill(?:ing|s)? (?:himself|herself|themselves|themself)|shoot(?:ing)? (?:himself|herself|themselves|themself)`,
    examples: ['my son is talking about killing himself', "my friend just told me she's going to kill herself tonight", 'My daughter tried to kill herself and she is in her room'],
  },
  {
    id: 'en.suicide.never-wake-up', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:never|not ever) wake up|${anyOf('wanna', 'want', 'hope', 'hoping', 'wish', 'pray', 'praying', 'rather', 'just', 'should', 'would like to')} ${gap(2)}(?:not|never|dont|didnt|wouldnt|wont) (?:[^ ]+ )?wake up|(?:sleep|go to sleep|fall asleep) ${gap(2)}(?:forever|for good|and (?:never|not) wake)`,
    examples: ['I just want to not wake up', 'i wish i could go to sleep and never wake up', 'I want to sleep forever and never wake up'],
  },
  {
    id: 'en.suicide.stockpiled-pills', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) (?:up )?${gap(2)}${PILLS}|take ${gap(2)}(?:all|every one) ${gap(2)}at once|tak(?:e|ing) (?:them|these|those) all|tak(?:e|ing) all (?:of )?(?:my|the|these|those|his|her) (?:[^ ]+ )?${PILLS}`,
    examples: ['I keep thinking about taking all my pills', "I've been saving up my pills to take them all at once", "I have pills saved up and I'm going to take them all tonight"],
  },
  {
    id: 'en.suicide.means-at-hand', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'scope.en.aimed-at-other'],
    source: String.raw`(?:pills|gun|rope|noose|knife|razor|blade) ${gap(2)}(?:in my hand|ready|loaded|right here|next to me|in front of me)|(?:got|have|bought|tied|made|found|getting|buying) (?:a |the |my )?(?:rope|noose)|noose|(?:use|turn|point) (?:it|the gun|a gun|my gun|the knife|a knife|them) on myself`,
    examples: ['I have the pills in my hand right now', "i've got a rope and i'm ready", 'I have a noose ready', 'i have a gun and i want to use it on myself'],
  },
  {
    id: 'en.suicide.goodbye-note', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:goodbye|farewell) (?:letter|letters|note|notes|message|video)|(?:letter|letters|note|notes|messages?) to say (?:goodbye|bye)|saying my goodbyes|this is (?:my )?(?:last (?:message|text|goodbye|night alive|words)|goodbye)|(?:last|final) (?:message|goodbye)(?! (?:to (?:you|u|yall) (?:was|is|about)|was|about|from))|goodbye (?:everyone|everybody|world|all|forever|cruel world)`,
    examples: ['I wrote a goodbye letter to my kids', 'i wrote letters to say goodbye to my family', 'this is my last message, goodbye', "Goodbye everyone. I'm sorry."],
  },
  {
    id: 'en.suicide.hang-myself', kind: 'suicide', guards: STATEMENT,
    source: String.raw`hang(?:ing|ed)? (?:myself|himself|herself)`,
    examples: ["I'm going to hang myself", 'i tried to hang myself last night'],
  },
  {
    id: 'en.suicide.jump', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:jump|jumping|jumped|throw myself|step|stepping|walk|walking|leap) (?:off|from|in front of|into|out of|under) (?:a |the |this |that |my )?${gap(1)}(?:bridge|building|roof|rooftop|cliff|balcony|ledge|window|overpass|tower|train|bus|truck|car|traffic|subway|freeway|highway|tracks|garage|parking deck|parking structure)|${anyOf('wanna', 'want', 'gonna', 'ready to', 'about to', 'going to', 'wants to', 'wanted to', 'talks about', 'talking about', 'threatening to', 'threatened to')} jump(?= \.|$| off| from| again| tonight)`,
    examples: ["I'm going to jump off the parking deck", 'going to jump off the bridge', 'im on the roof and i want to jump', 'I want to jump in front of a train', "i'm going to step in front of a bus"],
  },
  {
    id: 'en.suicide.on-the-edge', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:standing|sitting|stood|sat|climbing|climbed|up) (?:on|at|onto|over) (?:the |a |this )?(?:edge of (?:the |a |this )?)?(?:bridge|ledge|rooftop|roof|cliff|railing|overpass|tracks|balcony)|edge of (?:the|a|this) (?:bridge|roof|building|cliff)|(?:standing|sitting|stood|sat|leaning|stand|sit|lean|hanging) (?:on|at|over|off) the (?:edge|ledge|railing)(?! of (?:my|the) (?:bed|seat|chair|couch))`,
    examples: ["I'm sitting on the edge of the bridge", "I'm standing on the bridge right now", 'went up on the parking garage and i keep leaning over the railing'],
  },
  {
    id: 'en.suicide.gun-to-head', kind: 'suicide', guards: STATEMENT,
    source: String.raw`shoot(?:ing)? myself|gun (?:to|in|against) my (?:head|mouth|temple)|bullet (?:in|through) my (?:head|brain)|blow my (?:brains|head) (?:out|off)`,
    examples: ["I'm going to shoot myself", 'i have a gun to my head', 'gonna put a bullet in my head'],
  },
  {
    id: 'en.suicide.overdose-on-purpose', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:overdos\w*|od|oding) ${gap(2)}on purpose|purposely (?:overdos\w*|od)|${anyOf('wanna', 'want', 'gonna', 'going', 'plan', 'planning', 'thinking about', 'ready', 'about to')} (?:to )?(?:overdose|overdosing|od)`,
    examples: ["I'm going to overdose on purpose", 'thinking about overdosing on purpose', 'i want to OD and never wake up'],
  },
  {
    id: 'en.suicide.methods', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.drown-in'],
    source: String.raw`slit (?:my|his|her|their) wrists?|slit my (?:own )?throat|drown(?:ing)? (?:myself|himself|herself)|(?:drive|driving|crash|crashing|steer) ${gap(3)}(?:off a (?:cliff|bridge)|into (?:a |the )?(?:tree|wall|traffic|river|lake|oncoming)|on purpose)|(?:drink|drinking|drank|starve|starving) myself to death`,
    examples: ["I'm gonna slit my wrists", 'i want to drive my car off a cliff', "I'm going to drown myself", 'gonna drink myself to death'],
  },
  {
    id: 'en.suicide.method-search', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:ways|way|methods|how) to die|(?:how|way|ways|easiest|painless|best way) ${gap(3)}(?:kill (?:yourself|myself|oneself)|commit ${SUICIDE}|die painlessly|end (?:your|my) life)|(?:how many|how much) ${gap(4)}(?:to|it take to|would it take to|does it take to) (?:die|kill|od|overdose|not wake up|never wake up)`,
    examples: ['whats the easiest way to kill yourself', "i've been looking up how to kill myself", 'how many pills does it take to never wake up', 'i have been thinking of ways to die'],
  },
  {
    id: 'en.suicide.not-around-long', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:not|wont|wont be|not gonna be) ${gap(2)}(?:here|around|alive) (?:much longer|for long|by (?:morning|tomorrow))|(?:not gonna|wont|not going to) make it (?:through the night|to (?:tomorrow|morning))`,
    examples: ['not gonna be here much longer', 'i wont be around much longer', 'Im not gonna make it through the night, i dont want to'],
  },
  {
    id: 'en.suicide.tired-of-living', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:tired|sick|done|exhausted|weary) (?:of|with) (?:living|being alive|life|existing|breathing|being here)|(?:give|giving|gave) up on (?:life|living)`,
    examples: ["I'm tired of living", 'Sick of being alive', 'im giving up on life', 'Im done with life'],
  },
  {
    id: 'en.suicide.burden', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:im|i am|feel like|being|such) ${gap(2)}(?:a )?burden (?:to|on|for) (?:everyone|everybody|my family|my kids|them|all|the world|people|my wife|my husband)`,
    examples: ["i'm a burden to everyone"],
  },
  {
    id: 'en.suicide.nobody-would-miss-me', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:nobody|no one|noone) ${gap(3)}(?:miss me|notice|care|cares|even notice)(?: [^ ]+)? if i (?:was|were|wasnt|werent|died|disappeared|killed|left|wasnt here)|(?:nobody|no one) would miss me`,
    examples: ['no one would care if I died', 'nobody would miss me if i was gone'],
  },
  {
    id: 'en.suicide.disappear-forever', kind: 'suicide', guards: STATEMENT,
    source: String.raw`disappear (?:forever|for good|permanently)|(?:wanna|want to|ready to) be gone(?= \.|$| forever| for good)|(?:wanna|want|ready to|just wanna|gonna) (?:just )?stop (?:living|existing|being alive)|no way out (?:but|except|other than) (?:dying|death|to die)`,
    examples: ['i want to disappear forever', 'i want to be gone', 'i want to stop living', "there's no way out except dying"],
  },

  {
    id: 'en.suicide.final-arrangements', kind: 'suicide', guards: STATEMENT,
    // Putting affairs in order and saying goodbye: giving things away, notes left for people, goodbyes sent out.
    source: String.raw`(?:giv(?:e|ing)|gave|given) (?:all |most )?(?:of )?(?:my|his|her|their) ${gap(1)}(?:stuff|things|belongings|possessions|clothes|guitar|pets?|dog|cat|records|books|jewelry) ${gap(3)}away|(?:giv(?:e|ing)|gave|given) away (?:all )?(?:my|her|his|their) ${gap(1)}(?:stuff|things|belongings|possessions)|(?:texting|texted|telling|told|messaging|messaged|calling|called|saying|said) (?:everyone|everybody|all|people|(?:my|the) (?:whole )?(?:family|friends|kids)) (?:goodbye|bye)|(?:posted|posting|post|texted|sent|sending|wrote|writing|left|leaving) (?:a |her |his |my |their )?goodbyes?|(?:wrote|write|writing|written|left|leaving|leave) ${gap(2)}(?:notes?|letters?) (?:for|to) ${gap(1)}(?:everyone|everybody|(?:my|his|her) (?:[^ ]+ )?${PEOPLE}s?)`,
    examples: ['giving all my things away to my friends this week', 'i gave my guitar and my dog away yesterday', 'she texted everybody bye and turned her phone off', 'my son posted a goodbye on facebook', 'I left letters for my kids on the table'],
  },
  {
    id: 'en.suicide.plan-and-means', kind: 'suicide', guards: STATEMENT,
    // A plan with a method or a date; means laid out; "in case I don't wake up".
    source: String.raw`(?:plan|plans|planning|planned|figured out|figuring out|worked out|decided|deciding) ${gap(1)}how (?:to|im gonna|ill|i will|i would|id) (?:do it|end it|go|die)|(?:pills|meds|tablets|bottle|gun|rope|razor|blade) (?:are |is )?${gap(3)}(?:counted out|counted|lined up|laid out|set out|all set|loaded|ready to go)|in case i (?:dont|never|do not|wont) wake up|(?:swallow|swallowing|swallowed|take|taking|took|eat|down) everything in (?:the|my|our) (?:medicine )?(?:cabinet|cupboard|drawer)|swallow(?:ing)? everything|(?:use|using|used|turn|turning|point|pointing) (?:it|that|this|the gun|a gun|my gun|the knife|a knife|them|those) on (?:myself|himself|herself|themselves)|(?:in|inside) (?:the|my|a|our) (?:closed |shut |locked )?garage ${gap(5)}(?:engine|car|motor) (?:is |still )?(?:running|on)|(?:engine|car|motor) (?:is |still )?running ${gap(3)}(?:in|inside) (?:the|my|a) garage|(?:drive|driving|drove|crash|crashing|steer|steering|swerve|swerving) ${gap(3)}(?:off|into) (?:the |a |an |that )?(?:overpass|bridge|cliff|embankment|river|lake|ravine|canyon|median|semi|oncoming traffic)`,
    examples: ["I've worked out how I'm gonna do it", 'the pills are all counted out next to my bed', 'if i dont wake up tomorrow its on purpose, just in case i dont wake up tell my son i loved him', 'im gonna swallow everything in my medicine cabinet', "there's a knife in the kitchen and i keep wanting to turn it on myself", "I'm parked in my garage and the engine is running", 'i keep wanting to steer into the median on the highway'],
  },
  {
    id: 'en.suicide.checking-out', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this'],
    // Euphemisms for dying and leaving for good.
    source: String.raw`check(?:ing|ed)? out (?:for good|permanently|forever|early|of (?:life|this world|here for good))|out of (?:life|this life|this world|existence)(?= \.|$)|(?:painless|painlessly|least painful|peaceful|peacefully|quick and painless|quickest|surest) ${gap(2)}(?:ways?|methods?) to (?:go|die|do it|end it|check out)(?= \.|$| out| for| forever)|(?:dont|cant|not|never) (?:really |even )?(?:see|picture|imagine) (?:myself|me) ${gap(2)}(?:here|around|alive) (?:by|at|for|next|much|in a|this time)|(?:its|it is|itll be|it will be|everything is|everything will be) (?:all |finally )?(?:almost|nearly|soon) (?:over|done)(?= \.|$| soon| now)|(?:im|i am|feel like|being|i feel|i know im) ${gapNoNeg(3)}burden(?! of)|(?:better off|happier|fine) ${gap(1)}if i ${gap(1)}(?:dis+ap+e?ar(?:ed)?|was gone|were gone|died|was dead|were dead|wasnt (?:here|around|alive)|werent (?:here|around|alive))|dis+ap+e?ar(?:ed|ing)? (?:forever|for good|permanently)`,
    examples: ["i'm checking out for good after the weekend", "i'm done. out of this world", 'whats the most peaceful way to go', "honestly can't picture myself still alive by spring", "it's finally almost over", "i'm such a burden on my parents", 'my family would be happier if i disappeared', 'wanna dissapear permanently'],
  },

  // ---- 1.2.0: classes of indirect phrasing, from six independent authors' sets ----
  {
    id: 'en.suicide.after-i-am-gone', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'scope.en.aimed-at-other'],
    // Round 3: arrangements for after, a vehicle let go, the one who will find them, "no me after tonight".
    source: String.raw`(?:let|make|drive|steer) (?:the|my) (?:truck|rig|car|semi|ute|van) (?:go|roll|run|drift|slide) (?:off|into|over|under)|(?:if|when) (?:the|my) (?:truck|rig|car|semi|van|plane|bus) (?:rolled|crashed|flipped|went off|hit|wrecked)(?: [^ ]+){0,6} (?:wouldnt|would not|not|i wouldnt) (?:even |really |honestly )?(?:be )?(?:mad|sad|mind|care|upset|cry)|who (?:takes care of|looks after|gets|feeds|walks) (?:my |a |the )?(?:dog|cat|kids|pets?|horse|cows)(?: [^ ]+){0,3} (?:if|when|after) (?:nobody|no one|i dont|im gone|im not)|(?:if|when) (?:nobody|no one) comes? (?:back )?home|be (?:gone|dead) before (?:they|he|she|you|anyone|anybody|the (?:cops|police|court|hearing|kids|sun)|morning|sunrise|dawn)|(?:last thing|last words?) (?:he|she|they) (?:said|told me|texted) ${gap(3)}(?:tell|love|sorry|goodbye|bye)|tell (?:the|my|his|her) (?:[^ ]{1,24} )?(?:kids|children|family|wife|husband|mom|dad|son|daughter|girls|boys) (?:that )?(?:he|she|i|ill always) (?:loves?|loved|always loved) (?:them|her|him|you)(?= \.|$| and)|(?:shotgun|gun|rifle|pistol|rope|razor|blade) (?:and |, )?(?:[^ ]+ ){0,3}(?:wont|will not|isnt|not) (?:answer|answering|come out|open|respond|opening)|(?:^|\. )(?:on|at) (?:the|a) (?:bridge|roof|rooftop|ledge|overpass|tracks|cliff)(?= \.|$| by| over| near| above| in| rn| right now)|cant (?:make myself|bring myself to) (?:go|drive|walk) (?:home|back)|(?:hose|tube) (?:is )?(?:cut to length|ready|hooked up|taped|attached|on the exhaust|to the exhaust|from the exhaust)|(?:rather|d rather) be (?:in the ground|six feet under|in a box|in a grave) than|(?:dont|do not) want (?:her|him|them|my [^ ]{1,24}|the kids|anyone|anybody) to (?:be the one (?:that|who|to) )?finds? me|be the one (?:that|who|to) finds? me|for when (?:im|i am) ready(?= \.|$)|(?:tonight|today) feels like the (?:night|day)(?= \.|$)|(?:wanted|want|wanna|needed) to say (?:bye|goodbye) to (?:somebody|someone|anyone|anybody|you|yall|everyone)|(?:looking at|staring at) the (?:window|balcony|ledge|edge|railing) ${gap(8)}(?:\. )?(?:were |im |we are )?(?:on )?(?:the )?(?:\d+(?:st|nd|rd|th) floor|top floor|floor \d+|\d+ (?:floors|stories) (?:up|high))|(?:dont|do not) plan on (?:being|staying) (?:around|here|alive)|make sure (?:my|his|her) (?:[^ ]{1,24} )?gets? my (?:stuff|things|dog|cat|truck|car|money|ring)(?! (?:while|when i|during|back))|(?:get|gets|collect|cash in on) (?:the|my) life insurance|(?:everyone|everybody|my family|the kids|my kids) (?:would|d|will) be better off(?= \.|$| tbh| honestly| anyway)|(?:gonna|going to|will|about to) finish (?:it|the job)(?= \.|$| this time| tonight)|(?:driven|drive|drove|driving) off (?:the|a) (?:bridge|cliff|overpass|road|pier)|(?:using|use|take|taking|do|doing) (?:all of it|everything|it all|the whole (?:thing|bag|bottle)) on purpose|(?:there is|theres|there will be|therell be) no (?:me|more me) after`,
    examples: ['thinking the easiest thing is just let the truck go off the overpass in the morning', 'honestly if the rig rolled on I-20 tonight i wouldnt be mad about it', 'who takes care of a dog if nobody comes home. asking for me', 'ill be gone before they show up', 'last thing he said was tell the kids he loves them', 'he is out in the barn with the shotgun and wont answer me', 'on the bridge by the grain elevator. cant make myself go home', 'already got the hose cut to length', 'Id rather be in the ground than back in prison', 'i dont want her to be the one that finds me', 'been saving up my pills for when im ready. tonight feels like the night', 'sorry to waste ur time just wanted to say bye to somebody', "i keep looking at the window. we're on the 9th floor", 'dont plan on being around much longer', 'can someone make sure my mom gets my stuff', 'everyone would be better off tbh. theyd at least get the life insurance', 'says this time hes gonna finish it', 'he should of just driven off the bridge like he planned', 'if i use tonight im using all of it on purpose', 'THERE IS NO ME AFTER TONIGHT OK'],
  },
  {
    id: 'en.suicide.lethal-question', kind: 'suicide', guards: ['negation', 'history'],
    // Questions about how much would be lethal, how high is high enough, how not to be found.
    source: String.raw`(?:lethal|deadly|fatal) (?:amount|dose|dosage|level|mix|combo|combination)(?! (?:of (?:[^ ]{1,24} ){1,2})?for (?:a |my |the |our )?(?:dog|cat|pet|puppy|kitten|horse))|(?:most|max|maximum) ${gap(3)}(?:someone|somebody|you|a person|i|one) (?:can|could) take before|take enough ${gap(2)}(?:you|to|and) (?:just )?(?:go to sleep|die|not wake|never wake|stop breathing|be done)|enough to (?:not|never) wake up|would (?:it|that|they) be enough to (?:not|never|kill|stop|end)|too (?:many|much) (?:like )?(?:actually|really) too (?:many|much)|how (?:high|far|tall) (?:does|do|would|should|has) (?:a |the )?(?:fall|jump|drop|building|bridge) (?:need|have|got) to be|knot ${gap(3)}(?:\. )?(?:for|on|over|from) (?:a |the )?(?:beam|rafter|ceiling|pipe|closet rod)|(?:how much|how many|which (?:med|meds|medication|drug|drugs|pills?)) ${gap(5)}(?:would|will|to|could|it takes to) (?:stop (?:a|my|the|your|someones) heart|stop (?:my |your |someones )?breathing)|hurts? (?:\. )?(?:drowning|hanging|bleeding out|jumping|dying|being shot|getting shot)(?= \.|$| i mean)|(?:look|looks|seem|seems) like an accident|(?:make sure|so) (?:no ?one|nobody) (?:finds|will find|would find|can find) me`,
    examples: ['whats the lethal amount of xanax with vodka', 'whats the most tylenol someone can take before its too late', 'is it true if you take enough insulin you just go to sleep', 'if i drink my take homes at once would it be enough to not wake up', 'how many benadryl is too many like actually too many', 'how high does a fall need to be to be sure', 'strongest knot that wont slip. for a beam', 'how do you make an overdose look like an accident', 'how do i make sure no one finds me for a few days'],
  },
  {
    id: 'en.suicide.means-and-place', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'scope.en.aimed-at-other'],
    // A means kept close and returned to, a place to die, a way not to come back.
    source: String.raw`(?:gun|rifle|pistol|shotgun|revolver|weapon|glock|rope|noose|pills|bottle|jug|blade) ${gap(12)}(?:looking at it|sitting with it|staring at it|holding it|looking at them|staring at them|in my lap|cleaned and loaded|loaded on the)|(?:rope|noose)s? (?:is )?up(?= \.|$)|one (?:swallow|sip|shot|pull|step|jump)(?: [^ ]+){0,2} and (?:its|it is|itll be|im|i am|ill be) (?:over|done|gone|free)|key to (?:the|his|my|dads) (?:gun safe|gun cabinet|safe)|where (?:my|his|her|the) ${gap(2)}(?:hides|keeps) (?:the|his|her) (?:gun|key|pills|rifle)|(?:buying|bought|got|collecting|saving|stocking up on) ${gap(4)}(?:in small packs|a little at a time|so (?:nobody|no one) (?:would |will )?notice)|take (?:(?:every|each) (?:single )?(?:one|pill|last one)|everyone)(?: [^ ]+){0,2} (?:on purpose|tonight|this time)|(?:only|last) (?:exit|way out|door) (?:left )?(?:\. )?(?:and )?(?:is|its|it is) (?:in|at|on)|(?:taking|gonna take|going to take|will take) them (?:after|tonight|when|later|before)(?: [^ ]+){0,2}(?= \.|$)|(?:at|on) the (?:tracks|cliffs?|overpass)(?= \.|$| waiting| now| right now| tonight)|not (?:driving|coming|going|walking|heading) (?:back|home)(?= \.|$| tonight| this time| again| ever)|pockets (?:full of|filled with) (?:rocks|stones)|(?:wont|not gonna|dont|not going to) clip in|let go of the (?:railing|rail|ledge|edge)|(?:think|thinking|thought) (?:about )?how easy it (?:would|could) be(?= \.|$| to (?:just )?(?:let go|jump|step|swerve|turn|end|die|go|drive|fall|disappear|not|stop|take|swallow|pull))|(?:belt|cord|rope|scarf|noose|wire|strap|tie|leash|cable) (?:tied |tight )?around (?:my|his own|her own|my own) neck|(?:going|goin|heading|headed|driving|drove|walking) (?:out )?(?:in)?to the (?:woods|cliffs|lake|river|bridge|tracks|mountains|desert) ${gap(6)}(?:with (?:a |my |his |her )?(?:[^ ]+ )?(?:gun|rifle|pistol|rope|pills|bottle))`,
    examples: ["dads rifle is still in the barn and ive been out there looking at it every night", 'got my pistol cleaned and loaded on the kitchen table. just sitting with it', "rope's up. sorry everyone", 'i keep looking at the jug in the shed and thinking one swallow and its over', 'i know where my dad hides the key to the gun safe', 'went to 3 pharmacies today buying paracetamol in small packs so nobody would notice', 'got a full bottle and im gonna take every one on purpose this time', 'found the only exit left and its in the medicine cabinet', 'i have the bottle of pills in my backpack. im taking them after school', 'at the tracks. waiting', 'drove out to the cliffs, sitting here with a bottle. not driving back', 'going swimming tonight with my pockets full of rocks', 'been thinking i just wont clip in tomorrow', 'so easy to just let go of the railing', 'sat in the closet with my belt around my neck to see what it feels like', 'i slow down on the bridge and think about how easy it would be', 'goin out to the woods tonight with a bottle and my dads gun'],
  },
  {
    id: 'en.suicide.last-things', kind: 'suicide', guards: STATEMENT,
    // Not needing what comes next, one thing left to do, a last night, things squared away.
    source: String.raw`(?:not gonna|wont|will not|dont|not going to) (?:need|be needing) (?:them|it|this|that|any of (?:this|it|them)|(?:my |the |his |her )?(?:meds|medication|pills|stuff|things|clothes|car|truck|money|phone))(?: [^ ]+)? where (?:im|i am|hes|shes) going|(?:wont|will not|not gonna) be (?:making|coming to|at|in) ${gap(2)}(?:\. )?or any ${gap(1)}after (?:that|this)|(?:do not|dont|dont really) (?:anticipate|expect|see myself|think ill be) (?:needing|using|making|attending)|(?:wont|will not|not gonna|dont think ill) be (?:answering|around|reachable|picking up|replying|responding)(?: [^ ]+){0,2} after (?:tonight|today|this)|(?:just |only )?one (?:more |last )?thing left to do|(?:nobody|no one|noone) (?:has|will have|would have|needs|will need) to worry about me (?:anymore|again|ever|after)|(?:this is|tonight is|gonna be|will be|prob|probably) my last night|(?:be|is) the last time i (?:ever )?(?:open|opened) my eyes|(?:not gonna|wont|will not) be a (?:problem|burden) for (?:anyone|anybody|you|them|my family|nobody) (?:after|much|for|anymore|soon)|(?:gonna be|will be) nobody (?:here|left) to|(?:its|it is|everythings|everything is|got everything) (?:all )?(?:handled|squared away|taken care of)(?: [^ ]+){0,2} (?:just wanted|for once|before)|(?:graded|finished|did|made) (?:my )?last ${gap(2)}(?:\. )?left (?:sub plans|instructions|notes)`,
    examples: ['stopped taking my meds. not gonna need them where im going', "tell the counselor I won't be making Monday. Or any Monday after that", 'I do not anticipate needing the intake appointment', 'plz tell her i said sorry. i wont be answering after tonight', 'just one thing left to do and then nobody has to worry about me anymore', 'pretty sure this is my last night', 'god please let this be the last time i open my eyes', 'ive decided. not gonna be a problem for anyone after this weekend', 'they come friday. by then theres gonna be nobody here to collect from', 'Got everything squared away real nice for once in my life', 'Graded my last papers, left sub plans through June'],
  },
  {
    id: 'en.suicide.goodbye-and-sorry', kind: 'suicide', guards: STATEMENT,
    // Apologies and instructions that read as final; asking God's forgiveness for what is coming.
    source: String.raw`(?:you|yall|you guys|everyone) tried ${gap(1)}(?:\. )?(?:goodbye|bye|thank)|sorry for everything(?= \.|$| take care| tell| love| i love| goodbye| bye| and)|tell ${gap(3)}(?:it|this) (?:wasnt|was not|isnt|is not) (?:his|her|their|your|anyones|nobodys) fault|tell ${gap(3)}i said (?:sorry|goodbye|bye|i love)|(?:told|tell|asked) (?:him|her|them|my \w+) to remember me|remember me (?:good|well|kindly|fondly|happy)|forgive me (?:for what (?:im|i am|i m) (?:about|going|gonna) to do|for this|for tonight|for what comes next)|(?:im|i am) sorry (?:mama|mom|mommy|mum|dad|daddy|papa|everyone|everybody)(?= \. i|$)|(?:tonight|today|now) it (?:all )?ends(?= \.|$)|(?:ive|i have|ive finally|i finally) (?:decided|made up my mind|made my decision)(?= \.|$| tonight)(?! \. (?:i |im |and )?(?:wanna|want|need|ready|am ready|gonna (?:start|get|go|do|try)|start|get help|sign|going to|will))|figured out (?:how and when|when and how|the how and (?:the )?when)|(?:ive|i|i have|already|hes|shes|he has|she has|they have) (?:already |finally )?(?:picked|chose|chosen|set) (?:the|a|my|his|her) (?:day|night|date|way|method|spot|place)(?= \.|$| and| already| too| now)|all the ways ${gap(3)}(?:\. )?(?:i )?(?:finally )?(?:picked|chose|chosen) one|when i check out|list of who gets what|life insurance ${gap(4)}(?:two|2) year|(?:paid off|paid for|bought|picked out|planned|arranged) (?:my|his|her) (?:own )?(?:funeral|burial|cemetery plot|grave|casket|plot|cremation|headstone)|(?:get|gets|got) more (?:out )?of my (?:pension|life insurance|insurance|death) than`,
    examples: ['you guys tried. goodbye', 'love you mom, sorry for everything, take care of Bella', 'if i dont show up tomorrow please tell my son it wasnt his fault', 'plz just tell my girlfriend i said sorry', 'gave my grandson my ring today. told him to remember me good', 'lord forgive me for what im about to do tonight', "i'm sorry mama. i tried to be better", 'I have decided, tonight it ends', 'ive figured out how and when', 'She doesnt know Ive already picked the day', 'i know all the ways. i finally picked one', 'Only thing left I get to decide is when I check out', 'My wife found a list of who gets what', 'my life insurance passed the 2 year mark last week', 'paid off my funeral plot today', 'my kids would get more out of my pension than out of me'],
  },
  {
    id: 'en.suicide.own-funeral', kind: 'suicide', guards: ['negation'],
    // "funeral" is a history marker for the guards; one's own funeral pictured with relief is not history.
    source: String.raw`(?:picturing|imagining|thinking about|planning|dreaming about) my own (?:funeral|death|grave)|(?:songs|music|outfit|clothes|casket|readings?|flowers|hymns) for my (?:own )?funeral`,
    examples: ['I keep picturing my own funeral and all I feel is relief', 'i already picked out the songs for my funeral'],
  },
  {
    id: 'en.suicide.help-it-along', kind: 'suicide', guards: STATEMENT,
    // Wanting God to take them, going to the dead, letting it happen, relief at one's own funeral.
    source: String.raw`(?:god|lord|jesus|allah) (?:please )?(?:takes|take|would take|will take|to take) me(?! (?:to|through|into|back|away from) (?:church|rehab|treatment|detox|meetings|heaven when im old))|help (?:him|god|it|things) along|face to face with (?:god|the lord|jesus|my maker)|(?:the lord|god|jesus) ${gap(8)}(?:\. )?face to face|meet (?:my maker|god|jesus)(?= \.|$| soon| tonight| now)|(?:go|going|wants to go|want to go) home to (?:jesus|god|the lord|heaven)|be with (?:my|him|her) (?:[^ ]{1,24} )?(?:son|daughter|baby|husband|wife|mom|mum|dad|brother|sister|boy|girl) again (?:soon|now|tonight)|(?:im|i am) (?:going to|gonna) (?:him|her|them) now|(?:im|i am) out for good|(?:have|let) (?:it|everything) (?:all )?be over (?:for good|forever|finally)|close my eyes and (?:have it|let it|never)|(?:stop|stopping|quit) (?:[^ ]+ ){0,3}and (?:just )?let it happen|remov(?:e|ing) (?:the|myself as the) problem(?= \.|$| tonight| for good)|(?:quick|fast) and painless|cant carry (?:this|it) (?:no more|anymore|any more|any longer)|nothing (?:keeping|left keeping|holding) me here|(?:ive|i have|hes|he has|shes|she has) lived long enough|hid(?:den|ing|e)? (?:my|his|her) (?:heart |blood pressure |diabetes )?(?:medicine|medication|meds|pills|insulin)(?: [^ ]+){0,3} (?:so|cannot|cant|wont|and)|(?:finally )?getting some peace(?! (?:and quiet|at|in|from))`,
    examples: ['ive been praying God takes me in my sleep and tonight i think im gonna help Him along', 'me and the lord gonna have a talk real soon, face to face', 'she wants to go home to Jesus and stopped her insulin', "i'll be with my son again soon", 'im going to him now', "I'm out for good after Christmas", 'just want to close my eyes and have it be over for good', 'im just gonna stop and let it happen', 'removing the problem tonight', 'been googling ways to make it quick and painless', 'i cant carry this no more', 'Nothing keeping me here', 'he keeps talking about finally getting some peace'],
  },
  {
    id: 'en.suicide.way-out', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this'],
    // The phrasings a crisis line hears as invitations to ask: no way out, no future, can't take it
    // anymore, wanting to disappear or not be alive, ending the suffering, hoping for a crash.
    source: String.raw`cant (?:take|handle|bear|stand) (?:it|this|any of this|much more|life) (?:anymore|any more|any longer)|(?:theres|there is|see|have|got) no (?:other )?way out(?! of (?:this|the|my) (?:debt|contract|lease|job|situation|mess|marriage|deal))|(?:dont|cant|do not|can not|cannot) see (?:a|any) future(?: for me)?|no future for me|(?:wish i could|wanna|want to|just wanna|would rather) (?:just )?(?:disappear|vanish|cease to exist|fade away|stop existing)(?! (?:for a|to (?:the|my|a)|from (?:social|the internet|instagram|facebook)|into))|(?:want|wanna|wish) (?:to )?not (?:be|being) alive|not (?:be|being) alive (?:anymore|any more|any longer)|(?:easier|better|simpler) (?:for (?:everyone|everybody|them|my family) )?if i (?:just )?(?:wasnt|werent|was not|were not) (?:here|around|alive)|(?:have|got) (?:a|the) plan and (?:i have |i got |got |have )?(?:the )?means|soon (?:it )?(?:wont|will not) matter|(?:im|i am) done ${gap(1)}(?:\. )?(?:goodbye|bye)(?= \.|$)|(?:hope|hoping|wish|wishing|pray|praying|wouldnt care if|wouldnt mind if) (?:that )?(?:i )?(?:get|got|gets)? ?(?:hit by|run over by) (?:a |the )?(?:car|truck|bus|train)|(?:a|the) (?:car|truck|bus|train) (?:would )?(?:hit|hits|runs over|ran over) me(?= \.|$| and| already| tonight| honestly)|(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i|to) (?:crash|wreck|die|not make it|dont make it|flip|go off the road|get in (?:a|an) (?:wreck|accident|crash))|(?:drink|use|shoot|smoke|take|keep using|keep drinking) (?:[^ ]+ ){0,3}(?:till|until|til) i (?:dont|never|do not|wont) wake up|(?:till|until|til) (?:it|they|the (?:drugs|booze|pills)) (?:kills?|finish(?:es)?) me(?= \.|$| off| tonight| honestly)|end (?:my|the|all (?:the|my)) (?:suffering|pain|misery)(?= \.|$| for good| forever| once and for all| tonight| now| permanently)|this is (?:the end|it) for me(?= \.|$)`,
    examples: ["i cant take it anymore", "theres no way out for me", "i dont see a future for me", "i wish i could just disappear", "i just want to not be alive anymore", "it would be easier if i just wasnt here", "i have a plan and i have the means", "nothing matters anymore, soon it wont matter at all", "im done. goodbye", "i wouldnt care if a truck hit me", "i keep driving really fast hoping i crash", "maybe ill just drink till i dont wake up", "i want to end my suffering", "i want to end the pain for good", "this is the end for me"],
  },
  {
    id: 'en.suicide.farewell', kind: 'suicide', guards: STATEMENT,
    // A goodbye that reads as final: said to people who matter, with sorry / love / take care, or a "last message".
    source: String.raw`(?:sorry|love you|love u|loved you|take care of ${gap(2)}|thanks for (?:everything|trying|all)|thx for (?:everything|trying)|forgive me) ${gap(2)}(?:\. )?(?:goodbye|bye|byebye|farewell)(?= \.|$| forever| for good| everyone| all)|(?:goodbye|bye|farewell) ${gap(1)}(?:\. )?(?:take care of|tell ${gap(2)}(?:i|im)|im sorry|sorry|i love|love you|forever|for good|everyone|world|cruel world)|(?:said|say|saying) ${gap(2)}(?:goodbye|bye|goodbyes|byes|farewell)s? to (?:everyone|everybody|all|the (?:people|ppl|ones)|(?:my|his|her|their) (?:whole )?(?:family|kids|children|friends|loved ones|girls|boys|mom|dad|mum))|(?:texted|text|sent|send|sending|posted|wrote|left|leaving|messaged) ${gap(3)}(?:goodbye|bye|goodbyes|farewell)s?(?! (?:card|gift|party|lunch|dinner|present|email|to (?:my|the|our) (?:boss|team|class|coworkers?|counselor|therapist)))|(?:last|final) (?:msg|message|text|txt|post|words|goodbye|time (?:i|ill|im) (?:write|writing|text|texting|talk|talking|message|messaging|reach|reaching))(?! (?:from|about|was|said|for work|to (?:you|u|yall|them) (?:was|is|about|said)))|see (?:you|u|yall|ya|everyone) on the other side|read like a goodbye|(?:tell|make sure|let) ${gap(3)}(?:know )?(?:i|im|i am|that im|that i) (?:sorry|loved|love|was sorry)(?! (?:for missing|i missed|for being late|im late|about (?:the|this) (?:call|appointment)))|(?:thank|thanking|thanked) ${gap(3)}for (?:everything|all of it|all you did)(?= \.|$| and| ever)|thx for trying|thanks for trying(?! (?:to help with|with))`,
    examples: ['sorry mom. goodbye', 'goodbye take care of the kids', 'already said bye to the people who matter', 'this is my last message to anyone', 'see u on the other side', 'can u tell my dad im sorry', 'it read like a goodbye', 'thanks for trying everyone'],
  },
  {
    id: 'en.suicide.wont-be-around', kind: 'suicide', guards: STATEMENT,
    // Not expecting to be alive: "won't be here by next week", "idk if I'll still be alive by Monday".
    source: String.raw`(?:wont|will not|wouldnt|may not|might not|not gonna|doubt (?:ill|i will)|not sure (?:ill|i will|if ill|if i will|if im gonna)|dont (?:think|know if|expect) (?:ill|i will|im gonna|to)|idk if (?:ill|i will|im gonna)|no idea if (?:ill|i will)|do not expect to) (?:still )?(?:even )?(?:be )?(?:(?:alive|breathing|living|on this earth|in this world)(?! (?:with|in|at|like))|(?:here|around)(?= by| much| long| anymore| after (?:tonight|today|this)| when (?:you|u|they|yall|someone) call| until| to (?:see|take|watch|raise|help)| then| for (?:it|that|the call|the program|them|her|him|my|the start|the (?:first )?(?:session|group|appointment|call|intake|assessment|program))))|(?:ill|i will|im gonna|i could|i might|i may|probably) (?:probably )?be dead (?:before|by|soon|when|in a|tomorrow|tonight|next|this)|wont (?:be needing|need) (?:them|it|this|that|these|those|anything|any of|the program|your program|the call|treatment|help)(?=(?: [^ ]+)? (?:anymore|after|where|soon|much longer)|(?: [^ ]+)?(?: \.|$))|(?:wont|dont think (?:ill|i will)) need ${gap(2)}(?:program|help|treatment|call|appointment|group) after (?:tonight|today|this|tomorrow)|wont be (?:a problem|a burden|in (?:your|the|their|anyones) way) (?:for ${gap(2)})?(?:much longer|for long|anymore|soon)|(?:wont|will not|not) be alive for|(?:after|when|once) (?:im|i am|ive) (?:gone|dead|passed)(?! (?:for|to|from|on|out|through))|if (?:im|i am|i m) (?:still )?(?:here|alive|around|breathing) (?:by|then|tomorrow|next|at)(?= \.|$| then| tomorrow| monday| tuesday| wednesday| thursday| friday| saturday| sunday| next| morning)|(?:whats the point|why bother|no point|pointless|dont bother)(?: [^ ]+){0,8} (?:wont|not gonna|wont even) be (?:here|around|alive)|(?:wont|not gonna) be (?:here|around|alive)(?: [^ ]+){0,6} (?:so )?(?:whats the point|why bother|dont bother|no point|idk why)|(?:planning|plan|planing) (?:on|to) (?:being|be) (?:gone|dead)|plan is to (?:be gone|be dead|not be here|end it|die|not wake up)|should (?:of|have|ve) been me(?= \.|$| instead| not| and)|(?:rather|d rather) be with (?:him|her|them|my (?:[^ ]{1,24} )?(?:brother|sister|mom|mum|dad|son|daughter|husband|wife|baby|grandma|grandpa|friend)) (?:than|instead of) (?:here|alive|living|be here)|(?:finish|finishing|finished) the job(?= \.|$| lately| this time| tonight| for real| myself| i started)|(?:finish|finishes) me off(?! (?:lol|haha|lmao))|(?:ill|i will|im gonna|i might|probably) (?:probably )?be (?:gone|dead) (?:before|by) (?:then|that|it starts|the (?:call|start|program|intake|assessment|weekend))|be gone by (?:tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|then)`,
    examples: ["i won't be here by next week so why bother", 'insurance is through my job, they can cancel it after im gone', 'mornings are fine. if im still alive by then', 'planning on being gone by friday', 'not sure ill still be alive by monday', "dont think i'll be around by then", "ill probably be dead before the assessment", "gave away my truck keys, wont be needing them", "dont think ill need the program after tonight", "he said he won't be a problem for us much longer", "whats the point, i wont be alive for it", 'I do not expect to be here much longer'],
  },
  {
    id: 'en.suicide.not-exist', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this'],
    // Passive wishes: not existing, not waking up, staying asleep, going for good.
    source: String.raw`(?:didnt|did not|wouldnt|stop(?:ped)?|quit|done|not|never) (?:have to )?exist(?:ing|ed)?(?! (?:in|on|for|at|anymore in))|(?:wish|wishing|hope|hoping|pray|praying|rather|wouldnt mind if|wouldnt care if|ok if|okay if|fine if) (?:that )?(?:i|he|she) (?:just )?(?:didnt|did not|dont|wouldnt|never|wont) (?:wake|woke|wake up|waking)|(?:go|going|went|fall|falling) to sleep and (?:stay asleep|not wake|never wake|not come back|never come back)|(?:stay|staying) asleep (?:forever|for good|and never)|(?:tired|sick|exhausted|weary) of (?:waking up|respawning|existing|being alive|breathing|being here|living)|(?:stopped|stop|quit) wanting to (?:be alive|live|be here|exist|wake up)|(?:no|dont|do not|dont really) (?:longer )?see (?:much |any |the )?point (?:in|of) (?:carrying on|going on|living|being alive|waking up|staying|life|it all|any of it)|(?:whats|what is|theres no|there is no|no) (?:the )?point (?:of|in) (?:living|being alive|going on|carrying on|life|waking up|staying alive|me being here)|(?:not|never) (?:to )?come back from (?:it|this|that)(?= \.|$| tonight| this time)|(?:go|going|leave|leaving|gone) for good(?! (?:from|to|with|on|in|at|after|when|if))|dis+ap+e?ar(?:ed|ing)? (?:\. )?(?:permanently|forever|for good)|(?:go|going|get|be) to heaven (?:early|soon|tonight|now|already)|ready to see (?:my )?(?:late |dead )?(?:grandma|grandpa|nana|papa|granny|mom|mum|dad|mama|brother|sister|son|daughter|wife|husband) again|(?:go|going|ready to|wanna|want to) (?:go )?(?:and )?be with (?:jesus|god|my (?:late|dead)|(?:my )?(?:mum|mom|dad|grandma|grandpa|nana|papa|mama|her|him|them) (?:again|now|already|soon|in heaven))`,
    examples: ['lol what if i just didnt exist tmrw', 'done existing', "wouldn't mind if i didn't wake up tomorrow", 'he wants to go to sleep and stay asleep', 'tired of waking up every day', 'people who have stopped wanting to be alive, do you help me? i have', 'I no longer see much point in carrying on', 'gonna relapse tonight and hopefully not come back from it', 'i think its time i just go for good', 'i just want to disappear. permanently', 'wanna go to heaven early', 'ready to go be with grandma again'],
  },
  {
    id: 'en.suicide.done-with-everything', kind: 'suicide', guards: STATEMENT,
    // "I'm done": with everything, with life, "done done", "not here done"; "if I relapse again I'm done".
    source: String.raw`(?:(?:im|i am|i m|so|just|totally|completely|really) (?:so |just |really |totally )?|^)done (?:with )?(?:everything|it all|all of it|life|living|existing|this life|this world|being alive|trying|fighting|done|for good)(?! (?:with (?:drinking|using|drugs|pills|alcohol|the))|in the)|done done|not here done|(?:if|when|after|once) i (?:relapse|use|slip|drink|fail|mess up|screw up)(?: [^ ]+){0,4} (?:im|i am|ill be|then im) (?:done|gone|out)(?= \.|$| i mean| for good| for real| forever)|(?:have|had|has|ive had|hes had|shes had) (?:had )?enough (?:of )?(?:life|living|of it all|of everything)(?= \.|$| and| now)|(?:says|said|saying) (?:he|she|they) (?:has|have|had) had enough(?= \.|$| and)`,
    examples: ['im so done with everything', "if i relapse one more time im done done. like not here done", 'if i relapse again im done. i mean it', "he says he has had enough and wants to go", "cant do this anymore, im so done with everything"],
  },
  {
    id: 'en.suicide.end-it-tonight', kind: 'suicide', guards: STATEMENT,
    // "tonight I end it", "telling me to end it": ending it with a time or a voice, without the usual verb before.
    source: String.raw`(?:tonight|today|tomorrow|this weekend|soon|now) (?:i|im|ill|i will|is when i|is the night i|s the night i) (?:finally )?(?:end|ending|do) (?:it|things|this)(?= \.|$| all| for| once)|(?:telling|tell|tells|told) me to (?:end it|end things|end my life|kill myself|die|jump|hang myself)(?= \.|$| tonight| now| and| right| already)|(?:wants|want|wanted) it all to (?:stop|end)|(?:end|ending) it (?:all )?(?:tonight|today|this weekend|soon|for good|once and for all)`,
    examples: ['tired of fighting it. tonight i end it', 'the voices keep telling me to end it', 'a page in her journal saying she wants it all to stop', "i'm ending it tonight"],
  },
  {
    id: 'en.suicide.method-research', kind: 'suicide', guards: ['negation'],
    // Looking up means or how much it would take, or asking whether a way of dying hurts.
    source: String.raw`how (?:many|much) (?:of )?(?:[^ ]+ ){0,3}(?:pills|tablets|meds|bars|xans|xanax|tylenol|insulin|oxys?|percs|sleeping pills|these|those|them|it|of (?:these|those|them|my|his|her)(?: [^ ]+)?)(?: [^ ]+){0,2} (?:would|will|does|do|to) (?:it |they |i )?(?:take|kill|be fatal|be lethal)(?! (?:to (?:get|feel|be) (?:high|buzzed|drunk|sleep)|for (?:a|the) (?:high|buzz)))|how (?:many|much) ${gap(5)}(?:would|will|does|do) it take to (?:die|not wake|kill|end|do it|stop (?:breathing|my heart))|how (?:many|much) (?:it )?(?:would|will) (?:it )?take(?= \.|$)|(?:counting|counted|count) (?:my |the |his |her )?(?:pills|tablets|meds|bars)(?: [^ ]+){0,6} (?:how many|enough|would take)|(?:does|do|would|will) (?:it|drowning|hanging|jumping|bleeding out|dying|a gunshot|being shot) (?:really )?hurt (?:to )?(?:drown|hang|jump|bleed out|die|get shot|shoot yourself|od|overdose)?|(?:does|do|would|will|think|bet) (?:you think |u think )?it (?:really )?hurts? to (?:drown|hang|jump|die|bleed|shoot|od|overdose|get hit by)|how long (?:does|would|will) it take to (?:die|bleed out|drown|suffocate|pass out and die|stop breathing)|(?:looked|looking|look|searched|searching|googled|googling) up (?:the )?(?:tallest|highest) (?:building|bridge|roof|parking)|(?:tallest|highest) (?:building|bridge|roof|parking garage) (?:in|near|around) ${gap(2)}(?:\. )?(?:wasnt|not) for|(?:does|do|will|would|can) (?:988|the hotline|crisis line|they|you|u) (?:trace|track|call the cops|send (?:the )?(?:cops|police))(?: [^ ]+){0,8} (?:stop|stopping|stops) me|(?:dont|do not) (?:want|need) (?:anyone|anybody|nobody|you|u|them) (?:to )?(?:stop|stopping|talk me out|to stop) me|(?:dont|do not|no) (?:bother )?(?:try(?:ing)? )?(?:to )?(?:talk me out|stop me|change my mind)|before i (?:do it|go through with it|go through with this|end it)(?= \.|$| tonight|,)|(?:go|going|gonna|just) (?:thru|through) with (?:the|my) plan|(?:just|finally|tonight|gonna|should i) (?:just )?go (?:thru|through) with it(?! (?:the|program|treatment|detox|rehab|intake))|counting (?:them|the pills|my pills|pills|the tablets|tablets|the bars|em) out`,
    examples: ['been looking up how many it would take', 'should i just go through with my plan', 'sitting here counting the pills out', 'how many of my moms sleeping pills would it take to not wake up', 'do u think it hurts to drown', 'looked up the tallest building in my city today. wasnt for a pic', 'does 988 trace ur phone? i dont want anyone stopping me', "ctb tonight. don't try to talk me out of it", 'i just want to talk to someone before i do it', 'been counting my pills every night and working out how many it would take'],
  },
  {
    id: 'en.suicide.slang', kind: 'suicide', guards: STATEMENT,
    // Internet euphemisms: sewerslide, catch/catching the bus (ctb), logging off / uninstalling for good, yeeting oneself.
    source: String.raw`sewer ?slide|suey ?side|s[uw]icide?y|ctb(?! (?:bank|transit))|catch(?:ing)? the (?:bus|train) (?:tonight|today|tmrw|tomorrow|soon|fr|for real|early|this week)|(?:log|logging|logged) off (?:permanently|for good|forever|for real|life)|(?:ready to|gonna|wanna|time to) uninstall(?! (?:the|this|that|an?) (?:app|game))|game over for me|(?:yeet|yeeting|yeeted) (?:myself|my self|my body) (?:off|into|in front)|(?:eat|eating|ate) (?:my|his|her|their|a) gun`,
    examples: ['thinking abt sewerslide again', 'ngl i think im gonna catch the bus tonight fr', 'ctb tonight', 'logging off permanently', 'tired of respawning in this life. ready to uninstall', 'yeeting myself off the parking garage sounds nice rn', "he's been thinking about eating his gun"],
  },
  {
    id: 'en.suicide.at-the-edge', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'scope.en.aimed-at-other'],
    // Standing somewhere high or near a means right now; a gun, rope or pills at hand.
    source: String.raw`(?:im|i am|i m|hes|shes|he is|she is|sitting|standing|up) (?:up )?(?:on|at|near|by) (?:the |a |this |my |our )?(?:(?:edge|rail|railing|ledge|side|top) of (?:the |a |this )?)?(?:bridge|roof|rooftop|ledge|overpass|cliff|tracks|train tracks|top of (?:the|a|my) (?:building|garage|parking)|parking garage roof)(?! (?:club|game|party))|(?:drive|driving|drove|walk|walking) (?:past|by|over|to) (?:the|a|that) (?:bridge|overpass|cliff)(?: [^ ]+){0,8} (?:slow|slowing|stop|stopping|pull over|pulling over)|(?:gun|pistol|rifle|shotgun|glock|strap|piece) (?:is )?(?:in|on) (?:my|his|her) (?:lap|hand|hands|mouth|head|nightstand|pillow)|(?:rope|noose|cord|belt) (?:is )?(?:in|on|over|hanging) (?:my|the|his|her) (?:closet|garage|beam|door|ceiling|neck)|(?:tablets|pills|meds|bars|xanax) ${gap(4)}(?:in front of|lined up|laid out|next to) (?:me|him|her|my|his)|(?:emptied|poured|dumped|laid) (?:out )?(?:all )?(?:his|her|my|the) (?:pills|xanax|meds|tablets|bottle) (?:out )?(?:onto|on|in front)|(?:set aside|put aside|saved|stashed|hidden|hid) (?:in|for) ${gap(4)}(?:for when (?:i|he|she) (?:finally )?(?:decide|do it|am ready|is ready|go)|for the (?:end|day))|handful of (?:pills|tablets|bars) ${gap(4)}(?:bye|goodbye|sorry|love)`,
    examples: ['im on the bridge rn', 'sitting on the railing of the overpass', 'im on the roof of my building, just wanted to tell someone', 'I keep driving past the bridge on the way home and slowing down', 'got my dads gun in my lap rn', "there's a rope in my closet and i keep looking at it", 'I have the tablets in front of me and have not taken them yet', 'he emptied all his xanax onto the counter', 'I have something set aside in the garage for when I finally decide'],
  },
  {
    id: 'en.suicide.affairs-in-order', kind: 'suicide', guards: STATEMENT,
    // Preparations: affairs in order, a will updated, a date picked, pets rehomed, accounts deleted, loose ends.
    source: String.raw`(?:putting|put|got|getting|have|has|had) (?:all )?(?:my|his|her|their) (?:affairs|things|life|house|papers) in order|(?:updated|wrote|made|changed|finished|signed) (?:my|his|her) (?:will|final wishes)|(?:picked|chose|chosen|set|got) (?:a|the) date(?! (?:for (?:the|my|our) (?:wedding|party|trip|move|intake|appointment|surgery|court)))|(?:got|have|has) a date (?:picked|set|chosen)|planning (?:my|his|her) (?:exit|way out|death|funeral|goodbye)|(?:has|have|got|made) (?:a|the) plan (?:and|to|for) ${gap(3)}(?:date|night|friday|weekend|tonight)|(?:rehomed|rehoming|re homed|found a home for|gave away) (?:my|his|her) (?:cat|dog|pets?|puppy|kitten|bird|fish)(?! (?:food|toy|bath|meds|medicine))|(?:gave|give|giving) (?:my|his|her) (?:[^ ]+ ){0,5}(?:to|away to) (?:my |his |her |our |the )?(?:[^ ]+ )?(?:${PEOPLE}|neighbor|bro|sis|lil bro|lil sis)(?: [^ ]+){0,6} (?:wont need|doesnt need to know|dont need|wont be needing|today|this week|yesterday|already)|(?:deleted|wiped|deleting|wiping) (?:all )?(?:my|his|her) (?:socials|accounts|social media|notes|phone|instagram|insta|snap|tiktok|search history)(?! (?:to focus|for (?:a|the) (?:detox|month|week)))|(?:tying|tie|tied) up (?:all )?(?:the |my )?loose ends|(?:made|making) (?:arrangements|provisions) ${gap(6)}(?:looked after|taken care of|provided for|after im gone|when im gone)|(?:made|making) (?:my|his|her) peace(?= \.|$| and| with (?:it|dying|god|everything))|(?:told|telling|texted) (?:all )?(?:my|his|her|everyone|everybody) ${gap(2)}(?:i|he|she) (?:love|loved|loves) (?:them|em|everyone|all)(?= \.|$| and| one)|(?:left|leaving|wrote|writing|written) ${gap(7)}(?:a )?(?:note|letter|letters) (?:for|to) (?:my|his|her|each of)|written to each of`,
    examples: ['I have begun putting my affairs in order', 'I have updated my will and written to each of my grandchildren', 'lowkey been planning my exit. got a date picked and everything', 'he has a plan and has picked a date', 'deleted all my socials and rehomed my cat', 'gave my switch and all my skins to my lil bro today. he doesnt need to know why', 'paid my dealer back. just tying up loose ends', 'I have made arrangements so that my wife will be looked after financially', 'she says she has made her peace and she is ready', 'told all my friends i love them and wiped my notes app', 'left my wallet, keys and a note for my daughter on the counter'],
  },
  {
    id: 'en.suicide.without-me', kind: 'suicide', guards: STATEMENT,
    // "the world would be lighter without me", "my family would manage perfectly well without me".
    source: String.raw`(?:would|wud|d|will|gonna) (?:all )?(?:be )?${gap(3)}(?:lighter|better|easier|happier|freer|fine|okay|ok|manage|cope|get by|move on|be fine|be okay|be better) ${gap(3)}without me(?! (?:for|while|during|at|on|this|when|tonight|today|coming|there))|(?:lighter|better off|easier|happier) without me(?! (?:for|while|during|at|on|in|this|when|tonight|today|there))|without me (?:dragging|holding|weighing) (?:them|everyone|you|us|her|him)|(?:if|when) i (?:was|were|am) (?:gone|not here|not around|dead|out of the picture)(?! for)`,
    examples: ['i keep thinking the world would be lighter without me in it', 'I have been wondering lately whether my family would manage perfectly well without me', 'everyone would be so much lighter without me dragging them down'],
  },
  {
    id: 'en.suicide.on-purpose', kind: 'suicide', guards: STATEMENT,
    // Using on purpose to die, or stopping life-sustaining medicine on purpose.
    source: String.raw`(?:do|doing|take|taking|shoot|shooting|use|using|snort|drink|drinking) (?:my |the |his |her |all (?:my|the|his|her) )?(?:whole|entire|all) ${gap(2)}(?:stash|bag|supply|bottle|pack|script|prescription) ${gap(2)}(?:on purpose|tonight|and be done|to be done|so i dont wake)|on purpose (?:to|so) (?:die|not wake|end|be done|never wake)|(?:stopped|stopping|quit) (?:eating|taking (?:his|her|my) ${gap(2)}(?:tablets|pills|meds|medication|insulin))(?: [^ ]+){0,6} on purpose|drinking (?:himself|herself|myself|themselves) (?:into the ground|to death)(?! (?:years|back))|(?:rather|d rather) (?:see me|be) dead(?! than)(?: [^ ]+){0,6} (?:agree|right|honestly|too)`,
    examples: ['gonna do my whole stash tonight on purpose', 'he has stopped eating and taking his heart tablets on purpose', 'she is drinking herself into the ground and says that is the whole point'],
  },
]);
