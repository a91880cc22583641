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
    id: 'en.suicide.kill-myself', kind: 'suicide', guards: [...STATEMENT, 'screening-answer-no', 'figurative.en.so-bad-i-could-die', 'history.en.over-now', 'figurative.en.could-kick-myself', 'negation.en.asked-if-and-no'],
    source: String.raw`kill(?:ing|ed|s)? ?myself`,
    examples: ['I want to kill myself', "I'M   GONNA K1LL MYSELF", 'im gonna kill my self', 'k i l l  m y s e l f', 'thinking about killin myslef'],
  },
  {
    id: 'en.suicide.kms', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.so-bad-i-could-die', 'figurative.en.kms-at-a-thing'],
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
    source: String.raw`(?<!(?:cut|cutting|take|taking|took|rip|ripping|pull|pulling|shave|shaving|chop|chopping|scrape|tear|tearing|tore) (?:it|them|this|that|these|those|the [^ ]{1,24}|my [^ ]{1,24}) )off(?:ing|ed)? myself|${anyOf('gonna', 'wanna', 'to', 'will', 'll', 'ill', 'just', 'finally')} of myself`,
    examples: ['gonna off myself', 'thinking of offing myself', 'i want to of myself'],
  },
  {
    id: 'en.suicide.end-my-life', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.take-my-life-back', 'screening-answer-no', 'history.en.over-now'],
    source: String.raw`(?:end|ending|ended|take|taking|took) (?:my|me|his|her|their) (?:own )?life`,
    examples: ['ready to end my life', 'I want to take my own life', 'thinking about taking my life', 'my wife said she wants to end her life'],
  },
  {
    id: 'en.suicide.end-it-all', kind: 'suicide', guards: [...STATEMENT, 'history.en.over-now'],
    source: String.raw`end(?:ing)? (?:it|this|everything|things) all|end(?:ing)? everything(?! (?:with|between|on|at|in) )`,
    examples: ["I'm going to end it all tonight", 'i want to end it all'],
  },
  {
    id: 'en.suicide.end-it', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.end-it-with', 'history.en.over-now', 'history.en.not-felt-that-way-since'],
    source: String.raw`${anyOf('gonna', 'wanna', 'want', 'ready to', 'about to', 'plan to', 'planning to', 'will', 'll', 'ill', 'hell', 'shell', 'theyll', 'should', 'just', 'finally', 'decided to', 'time to', 'gotta', 'need to', 'about', 'of', 'ways to', 'how to', 'im', 'i am', 'am', 'then im', 'really')} (?:just )?end(?:ing)? (?:it|things)`,
    examples: ['im going to end it', 'wanna end it', "can't stop thinking about ending it", 'I keep thinking about ways to end it', "if nothing changes by friday i'm ending it"],
  },
  {
    id: 'en.suicide.want-it-to-end', kind: 'suicide', guards: [...STATEMENT, 'scope.en.cutting-urge'],
    source: String.raw`(?:wanna|want|need) (?:it|this|everything|things|the pain) (?:all )?to (?:end|be over|stop (?:forever|for good|permanently)|stop(?= \.|$))(?! so (?:i|we|he|she|they) (?:can|could) (?:go|get|leave|sleep|eat|rest))`,
    examples: ['i just want it all to end', 'I want it all to stop forever'],
  },
  {
    id: 'en.suicide.want-to-die', kind: 'suicide', guards: [...STATEMENT, 'scope.en.someone-deserves', 'figurative.en.die-of', 'figurative.en.so-bad-i-could-die', 'figurative.en.rather-die-than', 'history.en.over-now', 'figurative.en.makes-me-want-to', 'negation.en.asked-and-denied', 'figurative.en.embarrassed', 'negation.en.dont-think-they-want', 'history.en.not-felt-that-way-since'],
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
    id: 'en.suicide.better-off-dead', kind: 'suicide', guards: [...STATEMENT, 'negation.en.never-said'],
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
    source: String.raw`${anyOf('no', 'whats', 'what is', 'dont see', 'dont have', 'cant see', 'cant find', 'lost', 'losing', 'without', 'any', 'isnt', 'not', 'nothing')} ${gap(3)}(?:point|reason|purpose) ${gap(3)}(?:living|to live|being alive|to be alive|going on|to go on|to keep going|to keep gonna|staying alive|to stay alive)|nothing (?:left )?to live for|(?:whats|what is) (?:even )?the point (?:of (?:anything|it all|living|life|going on|trying) )?anymore|(?:life|living) (?:is |s )?(?:not|isnt|aint|no longer) worth (?:it|living)|${anyOf('not', 'isnt', 'aint', 'no longer', 'never', 'nothing')} (?:[^ ]+ )?worth living`,
    examples: ['no point in living', 'there is no reason for me to live', 'nothing to live for', 'life is not worth living', "what's the point of living anymore", 'honestly whats even the point anymore', "living isn't worth it anymore"],
  },
  {
    id: 'en.suicide.cant-go-on', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this'],
    source: String.raw`cant (?:go on|keep going|continue|keep living|live)(?: anymore| any longer)?`,
    examples: ["I can't go on anymore"],
  },
  {
    id: 'en.suicide.feeling-suicidal', kind: 'suicide', guards: [...STATEMENT, 'screening-answer-no', 'history.en.over-now', 'negation.en.denies', 'scope.en.policy-question', 'history.en.was-but-not-anymore'],
    source: String.raw`(?:i|im|ive|id|me|feel|feeling|felt) ${gapNoNeg(3)}(?:${SUICIDE}|thoughts? (?:of|about) ${SUICIDE})|(?:thinking|thought|thoughts|think|ideas|urges) (?:about|of) ${SUICIDE}`,
    examples: ['i am suicidal', 'feeling really suicidal tonight', 'i have suicidal thoughts', 'im thinking about suicide', 'im so suicidel', 'been having thoughts of suicide'],
  },
  {
    id: 'en.suicide.suicide-word', kind: 'suicide', guards: [...TOPIC, 'question-about-program', 'screening-answer-no', 'history.en.over-now', 'history.en.was-but-not-anymore'],
    source: SUICIDE,
    examples: ['SUICIDE', 'sucidal thoughts again', 'I wrote a suicide note', 'my brother is suicidal and has a gun', 'suicide is the only way out'],
  },
  {
    id: 'en.suicide.kill-themself', kind: 'suicide', guards: [...STATEMENT, 'scope.en.how-to-help-someone'],
    source: String.raw`kill(?:ing|s)? (?:himself|herself|themselves|themself)|shoot(?:ing)? (?:himself|herself|themselves|themself)`,
    examples: ['my son is talking about killing himself', "my friend just told me she's going to kill herself tonight", 'My daughter tried to kill herself and she is in her room'],
  },
  {
    id: 'en.suicide.never-wake-up', kind: 'suicide', guards: [...STATEMENT, 'scope.en.someone-else-not-waking'],
    source: String.raw`(?:never|not ever) wake up|${anyOf('wanna', 'want', 'hope', 'hoping', 'wish', 'pray', 'praying', 'rather', 'just', 'should', 'would like to')} ${gap(2)}(?:not|never|dont|didnt|wouldnt|wont|no) (?:[^ ]+ )?wake up|(?:sleep|go to sleep|fall asleep) ${gap(2)}(?:forever|for good|and (?:never|not|no) wake)`,
    examples: ['I just want to not wake up', 'i wish i could go to sleep and never wake up', 'I want to sleep forever and never wake up'],
  },
  {
    id: 'en.suicide.stockpiled-pills', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) (?:up )?${gap(2)}${PILLS}|take ${gap(2)}(?:all|every one) ${gap(2)}at once|tak(?:e|ing) (?:them|these|those) all|tak(?:e|ing) all (?:of )?(?:my|the|these|those|his|her) (?:[^ ]+ )?${PILLS}`,
    examples: ['I keep thinking about taking all my pills', "I've been saving up my pills to take them all at once", "I have pills saved up and I'm going to take them all tonight"],
  },
  {
    id: 'en.suicide.means-at-hand', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'scope.en.aimed-at-other', 'scope.en.cutting-urge', 'figurative.en.routine-dose', 'scope.en.blade-in-hand-self-harm'],
    source: String.raw`(?:pills|gun|rope|noose|knife|razor|blade) ${gap(2)}(?:in my hand|ready|loaded|right here|next to me|in front of me)|(?:got|have|bought|tied|made|found|getting|buying) (?:a |the |my )?(?:rope|noose)|noose|(?:use|turn|point) (?:it|the gun|a gun|my gun|the knife|a knife|them) on myself`,
    examples: ['I have the pills in my hand right now', "i've got a rope and i'm ready", 'I have a noose ready', 'i have a gun and i want to use it on myself'],
  },
  {
    id: 'en.suicide.goodbye-note', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.last-message-meta'],
    source: String.raw`(?:goodbye|farewell) (?:letter|letters|note|notes|message|video)|(?:letter|letters|note|notes|messages?) to say (?:goodbye|bye)|saying my goodbyes|this is (?:my )?(?:last (?:message|text|goodbye|night alive|words)|goodbye)|(?:last|final) (?:message|goodbye)(?! (?:to (?:you|u|yall) (?:was|is|about)|was|about|from))|goodbye (?:everyone|everybody|world|all|forever|cruel world)`,
    examples: ['I wrote a goodbye letter to my kids', 'i wrote letters to say goodbye to my family', 'this is my last message, goodbye', "Goodbye everyone. I'm sorry."],
  },
  {
    id: 'en.suicide.hang-myself', kind: 'suicide', guards: STATEMENT,
    source: String.raw`hang(?:ing|ed)? (?:myself|himself|herself)`,
    examples: ["I'm going to hang myself", 'i tried to hang myself last night'],
  },
  {
    id: 'en.suicide.jump', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.makes-me-want-to'],
    source: String.raw`(?:jump|jumping|jumped|throw myself|step|stepping|walk|walking|leap) (?:off|from|in front of|into|out of|under) (?:a |the |this |that |my )?${gap(1)}(?:bridge|building|roof|rooftop|cliff|balcony|ledge|window|overpass|tower|train|bus|truck|car|traffic|subway|freeway|highway|tracks|garage|parking deck|parking structure)|${anyOf('wanna', 'want', 'gonna', 'ready to', 'about to', 'going to', 'wants to', 'wanted to', 'talks about', 'talking about', 'threatening to', 'threatened to')} jump(?= \.|$| off| from| again| tonight)`,
    examples: ["I'm going to jump off the parking deck", 'going to jump off the bridge', 'im on the roof and i want to jump', 'I want to jump in front of a train', "i'm going to step in front of a bus"],
  },
  {
    id: 'en.suicide.on-the-edge', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:standing|sitting|stood|sat|climbing|climbed|up) (?:on|at|onto|over) (?:the |a |this )?(?:edge of (?:the |a |this )?)?(?:bridge|ledge|rooftop|roof|cliff|railing|overpass|tracks|balcony)|edge of (?:the|a|this) (?:bridge|roof|building|cliff)|(?:standing|sitting|stood|sat|leaning|stand|sit|lean|hanging) (?:on|at|over|off) the (?:edge|ledge|railing)(?! of (?:my|the) (?:bed|seat|chair|couch))`,
    examples: ["I'm sitting on the edge of the bridge", "I'm standing on the bridge right now", 'went up on the parking garage and i keep leaning over the railing'],
  },
  {
    id: 'en.suicide.gun-to-head', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.could-kick-myself'],
    source: String.raw`shoot(?:ing)? myself|gun (?:to|in|against) my (?:head|mouth|temple)|bullet (?:in|through) my (?:head|brain)|blow my (?:brains|head) (?:out|off)`,
    examples: ["I'm going to shoot myself", 'i have a gun to my head', 'gonna put a bullet in my head'],
  },
  {
    id: 'en.suicide.overdose-on-purpose', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:overdos\w*|od|oding) ${gap(2)}on purpose|purposely (?:overdos\w*|od)|${anyOf('wanna', 'want', 'gonna', 'going', 'plan', 'planning', 'thinking about', 'ready', 'about to')} (?:to )?(?:overdose|overdosing|od)`,
    examples: ["I'm going to overdose on purpose", 'thinking about overdosing on purpose', 'i want to OD and never wake up'],
  },
  {
    id: 'en.suicide.methods', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.drown-in', 'figurative.en.driving-me-off'],
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
    source: String.raw`(?:nobody|no one|noone) ${gap(3)}(?:miss me|notice|care|cares|even notice)(?: [^ ]+)? if i (?:was|were|wasnt|werent|died|disappeared|killed|froze|overdosed|oded|stopped breathing|never woke up|didnt wake up|never came back|jumped|left(?! (?:the|a|an|work|class|school|early|for|to|at|this|that|my|his|her|our|their|group|town))|wasnt here)|(?:nobody|no one) would miss me`,
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
    source: String.raw`(?:giv(?:e|ing)|gave|given) (?:all |most )?(?:of )?(?:my|his|her|their) ${gap(1)}(?:stuff|things|belongings|possessions|clothes|guitar|pets?|dog|cat|records|books|jewelry) ${gap(3)}away|(?:giv(?:e|ing)|gave|given) away (?:all )?(?:my|her|his|their) ${gap(1)}(?:stuff|things|belongings|possessions)|(?:texting|texted|telling|told|messaging|messaged|calling|called|saying|said) (?:everyone|everybody|all|people|(?:my|the) (?:whole )?(?:family|friends|kids)) (?:goodbye|bye)|(?:posted|posting|post|texted|sent|sending|wrote|writing|left|leaving) (?:a |her |his |my |their )?goodbyes?(?! (?:(?:to )?(?:19|20)\d\d|to (?:the )?(?:old|year|summer|winter)|party|card|lunch|dinner|gift|present))|(?:wrote|write|writing|written|left|leaving|leave) ${gap(2)}(?:notes?|letters?) (?:for|to) ${gap(1)}(?:everyone|everybody|(?:my|his|her) (?:[^ ]+ )?${PEOPLE}s?)`,
    examples: ['giving all my things away to my friends this week', 'i gave my guitar and my dog away yesterday', 'she texted everybody bye and turned her phone off', 'my son posted a goodbye on facebook', 'I left letters for my kids on the table'],
  },
  {
    id: 'en.suicide.plan-and-means', kind: 'suicide', guards: [...STATEMENT, 'accidental.en.warming-the-car', 'figurative.en.screen-story', 'figurative.en.driving-me-off'],
    // A plan with a method or a date; means laid out; "in case I don't wake up".
    source: String.raw`(?:plan|plans|planning|planned|figured out|figuring out|worked out|decided|deciding) ${gap(1)}how (?:to|im gonna|ill|i will|i would|id) (?:do it|end it|go|die)|(?:pills|meds|tablets|bottle|gun|rope|razor|blade) (?:are |is )?${gap(3)}(?:counted out|counted|lined up|laid out|set out|all set|loaded|ready to go)|in case i (?:dont|never|do not|wont) wake up|(?:swallow|swallowing|swallowed|take|taking|took|eat|down) everything in (?:the|my|our) (?:medicine )?(?:cabinet|cupboard|drawer)|swallow(?:ing)? everything|(?:use|using|used|turn|turning|point|pointing) (?:it|that|this|the gun|a gun|my gun|the knife|a knife|them|those) on (?:myself|himself|herself|themselves)|(?:in|inside) (?:the|my|a|our) (?:closed |shut |locked )?garage ${gap(5)}(?:engine|car|motor) (?:is |still )?(?:running|on)|(?:engine|car|motor) (?:is |still )?running ${gap(3)}(?:in|inside) (?:the|my|a) garage|(?:drive|driving|drove|crash|crashing|steer|steering|swerve|swerving) ${gap(3)}(?:off|into) (?:the |a |an |that )?(?:overpass|bridge|cliff|embankment|river|lake|ravine|canyon|median|semi|oncoming traffic)`,
    examples: ["I've worked out how I'm gonna do it", 'the pills are all counted out next to my bed', 'if i dont wake up tomorrow its on purpose, just in case i dont wake up tell my son i loved him', 'im gonna swallow everything in my medicine cabinet', "there's a knife in the kitchen and i keep wanting to turn it on myself", "I'm parked in my garage and the engine is running", 'i keep wanting to steer into the median on the highway'],
  },
  {
    id: 'en.suicide.checking-out', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this'],
    // Euphemisms for dying and leaving for good.
    source: String.raw`check(?:ing|ed)? out (?:for good|permanently|forever|early|of (?:life|this world|here for good))|out of (?:life|this life|this world|existence)(?= \.|$)|(?:painless|painlessly|least painful|peaceful|peacefully|quick and painless|quickest|surest) ${gap(2)}(?:ways?|methods?) to (?:go|die|do it|end it|check out)(?= \.|$| out| for| forever)|(?:dont|cant|not|never) (?:really |even )?(?:see|picture|imagine) (?:myself|me) ${gap(2)}(?:here|around|alive) (?:by|at|for|next|much|in a|this time)|(?:its|it is|itll be|it will be|everything is|everything will be) (?:all |finally )?(?:almost|nearly|soon) (?:over|done)(?= \.|$| soon| now)|(?:im|i am|feel like|being|i feel|i know im) ${gapNoNeg(3)}burden(?! of| to (?:nobody|no one|noone|no body))|(?:better off|happier|fine) ${gap(1)}if i ${gap(1)}(?:dis+ap+e?ar(?:ed)?|was gone|were gone|died|was dead|were dead|wasnt (?:here|around|alive)|werent (?:here|around|alive))|dis+ap+e?ar(?:ed|ing)? (?:forever|for good|permanently)`,
    examples: ["i'm checking out for good after the weekend", "i'm done. out of this world", 'whats the most peaceful way to go', "honestly can't picture myself still alive by spring", "it's finally almost over", "i'm such a burden on my parents", 'my family would be happier if i disappeared', 'wanna dissapear permanently'],
  },

  // ---- 1.2.0: classes of indirect phrasing, from six independent authors' sets ----
  {
    id: 'en.suicide.after-i-am-gone', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'scope.en.aimed-at-other', 'scope.en.away-for-a-while'],
    // Round 3: arrangements for after, a vehicle let go, the one who will find them, "no me after tonight".
    source: String.raw`(?:let|make|drive|steer) (?:the|my) (?:truck|rig|car|semi|ute|van) (?:go|roll|run|drift|slide) (?:off|into|over|under)|(?:if|when) (?:the|my) (?:truck|rig|car|semi|van|plane|bus) (?:rolled|crashed|flipped|went off|hit|wrecked)(?: [^ ]+){0,6} (?:wouldnt|would not|not|i wouldnt) (?:even |really |honestly )?(?:be )?(?:mad|sad|mind|care|upset|cry)|who (?:takes care of|looks after|gets|feeds|walks) (?:my |a |the )?(?:dog|cat|kids|pets?|horse|cows)(?: [^ ]+){0,3} (?:if|when|after) (?:nobody|no one|i dont|im gone|im not)|(?:if|when) (?:nobody|no one) comes? (?:back )?home|be (?:gone|dead) before (?:they|he|she|you|anyone|anybody|the (?:cops|police|court|hearing|kids|sun)|morning|sunrise|dawn)|(?:last thing|last words?) (?:he|she|they) (?:said|told me|texted) ${gap(3)}(?:tell|love|sorry|goodbye|bye)|tell (?:the|my|his|her) (?:[^ ]{1,24} )?(?:kids|children|family|wife|husband|mom|dad|son|daughter|girls|boys) (?:that )?(?:he|she|i|ill always) (?:loves?|loved|always loved) (?:them|her|him|you)(?= \.|$| and)|(?:shotgun|gun|rifle|pistol|rope|razor|blade) (?:and |, )?(?:[^ ]+ ){0,3}(?:wont|will not|isnt|not) (?:answer|answering|come out|open|respond|opening)|(?:^|\. )(?:on|at) (?:the|a) (?:bridge|roof|rooftop|ledge|overpass|tracks|cliff)(?= \.|$| by| over| near| above| in| rn| right now)|cant (?:make myself|bring myself to) (?:go|drive|walk) (?:home|back)|(?:hose|tube) (?:is )?(?:cut to length|ready|hooked up|taped|attached|on the exhaust|to the exhaust|from the exhaust)|(?:rather|d rather) be (?:in the ground|six feet under|in a box|in a grave) than|(?:dont|do not) want (?:her|him|them|my [^ ]{1,24}|the kids|anyone|anybody) to (?:be the one (?:that|who|to) )?finds? me|be the one (?:that|who|to) finds? me|for when (?:im|i am) ready(?= \.|$)|(?:tonight|today) feels like the (?:night|day)(?= \.|$)|(?:wanted|want|wanna|needed) to say (?:bye|goodbye) to (?:somebody|someone|anyone|anybody|you|yall|everyone)|(?:looking at|staring at) the (?:window|balcony|ledge|edge|railing) ${gap(8)}(?:\. )?(?:were |im |we are )?(?:on )?(?:the )?(?:\d+(?:st|nd|rd|th) floor|top floor|floor \d+|\d+ (?:floors|stories) (?:up|high))|(?:dont|do not) plan on (?:being|staying) (?:around|here|alive)|make sure (?:my|his|her) (?:[^ ]{1,24} )?gets? my (?:stuff|things|dog|cat|truck|car|money|ring)(?! (?:while|when i|during|back))|(?:get|gets|collect|cash in on) (?:the|my) life insurance|(?:everyone|everybody|my family|the kids|my kids) (?:would|d|will) be better off(?= \.|$| tbh| honestly| anyway)|(?:gonna|going to|will|about to) finish (?:it|the job)(?= \.|$| this time| tonight)|(?:driven|drive|drove|driving) off (?:the|a) (?:bridge|cliff|overpass|road|pier)|(?:using|use|take|taking|do|doing) (?:all of it|everything|it all|the whole (?:thing|bag|bottle)) on purpose|(?:there is|theres|there will be|therell be) no (?:me|more me) after`,
    examples: ['thinking the easiest thing is just let the truck go off the overpass in the morning', 'honestly if the rig rolled on I-20 tonight i wouldnt be mad about it', 'who takes care of a dog if nobody comes home. asking for me', 'ill be gone before they show up', 'last thing he said was tell the kids he loves them', 'he is out in the barn with the shotgun and wont answer me', 'on the bridge by the grain elevator. cant make myself go home', 'already got the hose cut to length', 'Id rather be in the ground than back in prison', 'i dont want her to be the one that finds me', 'been saving up my pills for when im ready. tonight feels like the night', 'sorry to waste ur time just wanted to say bye to somebody', "i keep looking at the window. we're on the 9th floor", 'dont plan on being around much longer', 'can someone make sure my mom gets my stuff', 'everyone would be better off tbh. theyd at least get the life insurance', 'says this time hes gonna finish it', 'he should of just driven off the bridge like he planned', 'if i use tonight im using all of it on purpose', 'THERE IS NO ME AFTER TONIGHT OK'],
  },
  {
    id: 'en.suicide.lethal-question', kind: 'suicide', guards: ['negation', 'history', 'figurative.en.lethal-dose-coursework'],
    // Questions about how much would be lethal, how high is high enough, how not to be found.
    source: String.raw`(?:lethal|deadly|fatal) (?:amount|dose|dosage|level|mix|combo|combination)(?! (?:of (?:[^ ]{1,24} ){1,2})?for (?:a |my |the |our )?(?:dog|cat|pet|puppy|kitten|horse))|(?:most|max|maximum) ${gap(3)}(?:someone|somebody|you|a person|i|one) (?:can|could) take before|take enough ${gap(2)}(?:you|to|and) (?:just )?(?:go to sleep|die|not wake|never wake|stop breathing|be done)|enough to (?:not|never) wake up|would (?:it|that|they) be enough to (?:not|never|kill|stop|end)|too (?:many|much) (?:like )?(?:actually|really) too (?:many|much)|how (?:high|far|tall) (?:does|do|would|should|has) (?:a |the )?(?:fall|jump|drop|building|bridge) (?:need|have|got) to be|knot ${gap(3)}(?:\. )?(?:for|on|over|from) (?:a |the )?(?:beam|rafter|ceiling|pipe|closet rod)|(?:how much|how many|which (?:med|meds|medication|drug|drugs|pills?)) ${gap(5)}(?:would|will|to|could|it takes to) (?:stop (?:a|my|the|your|someones) heart|stop (?:my |your |someones )?breathing)|hurts? (?:\. )?(?:drowning|hanging|bleeding out|jumping|dying|being shot|getting shot)(?= \.|$| i mean)|(?:look|looks|seem|seems) like an accident|(?:make sure|so) (?:no ?one|nobody) (?:finds|will find|would find|can find) me`,
    examples: ['whats the lethal amount of xanax with vodka', 'whats the most tylenol someone can take before its too late', 'is it true if you take enough insulin you just go to sleep', 'if i drink my take homes at once would it be enough to not wake up', 'how many benadryl is too many like actually too many', 'how high does a fall need to be to be sure', 'strongest knot that wont slip. for a beam', 'how do you make an overdose look like an accident', 'how do i make sure no one finds me for a few days'],
  },
  {
    id: 'en.suicide.means-and-place', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'scope.en.aimed-at-other', 'scope.en.cutting-urge'],
    // A means kept close and returned to, a place to die, a way not to come back.
    source: String.raw`(?:gun|rifle|pistol|shotgun|revolver|weapon|glock|rope|noose|pills|bottle|jug|blade) ${gap(12)}(?:looking at it|sitting with it|staring at it|holding it|looking at them|staring at them|in my lap|cleaned and loaded|loaded on the)|(?:rope|noose)s? (?:is )?up(?= \.|$)|one (?:swallow|sip|shot|pull|step|jump)(?: [^ ]+){0,2} and (?:its|it is|itll be|im|i am|ill be) (?:over|done|gone|free)|key to (?:the|his|my|dads) (?:gun safe|gun cabinet|safe)|where (?:my|his|her|the) ${gap(2)}(?:hides|keeps) (?:the|his|her) (?:gun|key|pills|rifle)|(?:buying|bought|got|collecting|saving|stocking up on) ${gap(4)}(?:in small packs|a little at a time|so (?:nobody|no one) (?:would |will )?notice)|take (?:(?:every|each) (?:single )?(?:one|pill|last one)|everyone)(?: [^ ]+){0,2} (?:on purpose|tonight|this time)|(?:only|last) (?:exit|way out|door) (?:left )?(?:\. )?(?:and )?(?:is|its|it is) (?:in|at|on)|(?:taking|gonna take|going to take|will take) them (?:after|tonight|when|later|before)(?: [^ ]+){0,2}(?= \.|$)|(?:at|on) the (?:tracks|cliffs?|overpass)(?= \.|$| waiting| now| right now| tonight)|not (?:driving|coming|going|walking|heading) (?:back|home)(?= \.|$| tonight| this time| again| ever)|pockets (?:full of|filled with) (?:rocks|stones)|(?:wont|not gonna|dont|not going to) clip in|let go of the (?:railing|rail|ledge|edge)|(?:think|thinking|thought) (?:about )?how easy it (?:would|could) be(?= \.|$| to (?:just )?(?:let go|jump|step|swerve|turn|end|die|go|drive|fall|disappear|not|stop|take|swallow|pull))|(?:belt|cord|rope|scarf|noose|wire|strap|tie|leash|cable) (?:tied |tight )?around (?:my|his own|her own|my own) neck|(?:going|goin|heading|headed|driving|drove|walking) (?:out )?(?:in)?to the (?:woods|cliffs|lake|river|bridge|tracks|mountains|desert) ${gap(6)}(?:with (?:a |my |his |her )?(?:[^ ]+ )?(?:gun|rifle|pistol|rope|pills|bottle))`,
    examples: ["dads rifle is still in the barn and ive been out there looking at it every night", 'got my pistol cleaned and loaded on the kitchen table. just sitting with it', "rope's up. sorry everyone", 'i keep looking at the jug in the shed and thinking one swallow and its over', 'i know where my dad hides the key to the gun safe', 'went to 3 pharmacies today buying paracetamol in small packs so nobody would notice', 'got a full bottle and im gonna take every one on purpose this time', 'found the only exit left and its in the medicine cabinet', 'i have the bottle of pills in my backpack. im taking them after school', 'at the tracks. waiting', 'drove out to the cliffs, sitting here with a bottle. not driving back', 'going swimming tonight with my pockets full of rocks', 'been thinking i just wont clip in tomorrow', 'so easy to just let go of the railing', 'sat in the closet with my belt around my neck to see what it feels like', 'i slow down on the bridge and think about how easy it would be', 'goin out to the woods tonight with a bottle and my dads gun'],
  },
  {
    id: 'en.suicide.last-things', kind: 'suicide', guards: STATEMENT,
    // Not needing what comes next, one thing left to do, a last night, things squared away.
    source: String.raw`(?:not gonna|wont|will not|dont|not going to) (?:need|be needing) (?:them|it|this|that|any of (?:this|it|them)|(?:my |the |his |her )?(?:meds|medication|pills|stuff|things|clothes|car|truck|money|phone))(?: [^ ]+)? where (?:im|i am|hes|shes) going|(?:wont|will not|not gonna) be (?:making|coming to|at|in) ${gap(2)}(?:\. )?or any ${gap(1)}after (?:that|this)|(?:do not|dont|dont really) (?:anticipate|expect|see myself|think ill be) (?:needing|using|making|attending)|(?:wont|will not|not gonna|dont think ill) be (?:answering|around|reachable|picking up|replying|responding)(?: [^ ]+){0,2} after (?:tonight|today|this)|(?:just |only )?one (?:more |last )?thing left to do|(?:nobody|no one|noone) (?:has|will have|would have|needs|will need) to worry about me (?:anymore|again|ever|after)|(?:this is|tonight is|gonna be|will be|prob|probably) my last night(?! (?:in|of|at|before|drinking|using|here at|with|on|out|off|as))|(?:be|is) the last time i (?:ever )?(?:open|opened) my eyes|(?:not gonna|wont|will not) be a (?:problem|burden) for (?:anyone|anybody|you|them|my family|nobody) (?:after|much|for|anymore|soon)|(?:gonna be|will be) nobody (?:here|left) to|(?:its|it is|everythings|everything is|got everything) (?:all )?(?:handled|squared away|taken care of)(?: [^ ]+){0,2} (?:just wanted|for once|before)|(?:graded|finished|did|made) (?:my )?last ${gap(2)}(?:\. )?left (?:sub plans|instructions|notes)`,
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
    source: String.raw`(?:god|lord|jesus|allah) (?:please )?(?:takes|take|would take|will take|to take) me(?! (?:to|through|into|back|away from) (?:church|rehab|treatment|detox|meetings|heaven when im old))(?! as (?:im|i am|i was|we are|is)\b)|help (?:him|god|it|things) along|face to face with (?:god|the lord|jesus|my maker)|(?:the lord|god|jesus) ${gap(8)}(?:\. )?face to face|meet (?:my maker|god|jesus)(?= \.|$| soon| tonight| now)|(?:go|going|wants to go|want to go) home to (?:jesus|god|the lord|heaven)|be with (?:my|him|her) (?:[^ ]{1,24} )?(?:son|daughter|baby|husband|wife|mom|mum|dad|brother|sister|boy|girl) again (?:soon|now|tonight)|(?:im|i am) (?:going to|gonna) (?:him|her|them) now|(?:im|i am) out for good|(?:have|let) (?:it|everything) (?:all )?be over (?:for good|forever|finally)|close my eyes and (?:have it|let it|never)|(?:stop|stopping|quit) (?:[^ ]+ ){0,3}and (?:just )?let it happen|remov(?:e|ing) (?:the|myself as the) problem(?= \.|$| tonight| for good)|(?:quick|fast) and painless|cant carry (?:this|it) (?:no more|anymore|any more|any longer)|nothing (?:keeping|left keeping|holding) me here|(?:ive|i have|hes|he has|shes|she has) lived long enough|hid(?:den|ing|e)? (?:my|his|her) (?:heart |blood pressure |diabetes )?(?:medicine|medication|meds|pills|insulin)(?: [^ ]+){0,3} (?:so|cannot|cant|wont|and)|(?:finally )?getting some peace(?! (?:and quiet|at|in|from))`,
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
    id: 'en.suicide.farewell', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.last-message-meta'],
    // A goodbye that reads as final: said to people who matter, with sorry / love / take care, or a "last message".
    source: String.raw`(?:sorry|love you|love u|loved you|take care of ${gap(2)}|thanks for (?:everything|trying|all)|thx for (?:everything|trying)|forgive me) ${gap(2)}(?:\. )?(?:goodbye|bye|byebye|farewell)(?= \.|$| forever| for good| everyone| all)|(?:goodbye|bye|farewell) ${gap(1)}(?:\. )?(?:take care of|tell ${gap(2)}(?:i|im)|im sorry|sorry|i love|love you|forever|for good|everyone|world|cruel world)|(?:said|say|saying) ${gap(2)}(?:goodbye|bye|goodbyes|byes|farewell)s? to (?:everyone|everybody|all|the (?:people|ppl|ones)|(?:my|his|her|their) (?:whole )?(?:family|kids|children|friends|loved ones|girls|boys|mom|dad|mum))|(?:texted|text|sent|send|sending|posted|wrote|left|leaving|messaged) ${gap(3)}(?:goodbye|bye|goodbyes|farewell)s?(?! (?:(?:to )?(?:19|20)\d\d|to (?:the )?(?:old|year|summer|winter)|card|gift|party|lunch|dinner|present|email|to (?:my|the|our) (?:boss|team|class|coworkers?|counselor|therapist)))|(?:last|final) (?:msg|message|text|txt|post|words|goodbye|time (?:i|ill|im) (?:write|writing|text|texting|talk|talking|message|messaging|reach|reaching))(?! (?:from|about|was|said|for work|to (?:you|u|yall|them) (?:was|is|about|said)))|see (?:you|u|yall|ya|everyone) on the other side|read like a goodbye|(?:tell|make sure|let) ${gap(3)}(?:know )?(?:i|im|i am|that im|that i) (?:sorry|loved|love|was sorry)(?! (?:for missing|i missed|for being late|im late|about (?:the|this) (?:call|appointment)))|(?:thank|thanking|thanked) ${gap(3)}for (?:everything|all of it|all you did)(?= \.|$| and| ever)|thx for trying|thanks for trying(?! (?:to help with|with))`,
    examples: ['sorry mom. goodbye', 'goodbye take care of the kids', 'already said bye to the people who matter', 'this is my last message to anyone', 'see u on the other side', 'can u tell my dad im sorry', 'it read like a goodbye', 'thanks for trying everyone'],
  },
  {
    id: 'en.suicide.wont-be-around', kind: 'suicide', guards: STATEMENT,
    // Not expecting to be alive: "won't be here by next week", "idk if I'll still be alive by Monday".
    source: String.raw`(?:wont|will not|wouldnt|may not|might not|not gonna|doubt (?:ill|i will)|not sure (?:ill|i will|if ill|if i will|if im gonna)|dont (?:think|know if|expect) (?:ill|i will|im gonna|to)|idk if (?:ill|i will|im gonna)|no idea if (?:ill|i will)|do not expect to) (?:still )?(?:even )?(?:be )?(?:(?:alive|breathing|living|on this earth|in this world)(?! (?:with|in|at|like))|(?:here|around)(?= by| much| long| anymore| after (?:tonight|today|this)| when (?:you|u|they|yall|someone) call| until| to (?:see|take|watch|raise|help)| then| for (?:it|that|the call|the program|them|her|him|my|the start|the (?:first )?(?:session|group|appointment|call|intake|assessment|program))))|(?:ill|i will|im gonna|i could|i might|i may|probably) (?:probably )?be dead (?:before|by|soon|when|in a|tomorrow|tonight|next|this)|wont (?:be needing|need) (?:them|it|this|that|these|those|anything|any of|the program|your program|the call|treatment|help)(?=(?: [^ ]+)? (?:anymore|after|where|soon|much longer)|(?: [^ ]+)?(?: \.|$))|(?:wont|dont think (?:ill|i will)) need ${gap(2)}(?:program|help|treatment|call|appointment|group) after (?:tonight|today|this|tomorrow)|wont be (?:a problem|a burden|in (?:your|the|their|anyones) way) (?:for ${gap(2)})?(?:much longer|for long|anymore|soon)|(?:wont|will not|not) be alive for|(?:after|when|once) (?:im|i am|ive) (?:gone|dead|passed)(?! (?:for|to|from|on|out|through))|if (?:im|i am|i m) (?:still )?(?:here|alive|around|breathing) (?:by|then|tomorrow|next|at)(?= \.|$| then| tomorrow| monday| tuesday| wednesday| thursday| friday| saturday| sunday| next| morning)|(?:whats the point|why bother|no point|pointless|dont bother)(?: [^ ]+){0,8} (?:wont|not gonna|wont even) be (?:here|around|alive)|(?:wont|not gonna) be (?:here|around|alive)(?: [^ ]+){0,6} (?:so )?(?:whats the point|why bother|dont bother|no point|idk why)|(?:planning|plan|planing) (?:on|to) (?:being|be) (?:gone|dead)|plan is to (?:be gone|be dead|not be here|end it|die|not wake up)|should (?:of|have|ve) been me(?= \.|$| instead| not| and)|(?:rather|d rather) be with (?:him|her|them|my (?:[^ ]{1,24} )?(?:brother|sister|mom|mum|dad|son|daughter|husband|wife|baby|grandma|grandpa|friend)) (?:than|instead of) (?:here|alive|living|be here)|(?:finish|finishing|finished) the job(?= \.|$| lately| this time| tonight| for real| myself| i started)|(?:finish|finishes) me off(?! (?:lol|haha|lmao))|(?:ill|i will|im gonna|i might|probably) (?:probably )?be (?:gone|dead) (?:before|by) (?:then|that|it starts|the (?:call|start|program|intake|assessment|weekend))|be gone by (?:tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|then)`,
    examples: ["i won't be here by next week so why bother", 'insurance is through my job, they can cancel it after im gone', 'mornings are fine. if im still alive by then', 'planning on being gone by friday', 'not sure ill still be alive by monday', "dont think i'll be around by then", "ill probably be dead before the assessment", "gave away my truck keys, wont be needing them", "dont think ill need the program after tonight", "he said he won't be a problem for us much longer", "whats the point, i wont be alive for it", 'I do not expect to be here much longer'],
  },
  {
    id: 'en.suicide.not-exist', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this', 'scope.en.join-only-if-dead'],
    // Passive wishes: not existing, not waking up, staying asleep, going for good.
    source: String.raw`(?:didnt|did not|wouldnt|stop(?:ped)?|quit|done|not|never) (?:have to )?exist(?:ing|ed)?(?! (?:in|on|for|at|anymore in))|(?:wish|wishing|hope|hoping|pray|praying|rather|wouldnt mind if|wouldnt care if|ok if|okay if|fine if) (?:that )?(?:i|he|she) (?:just )?(?:didnt|did not|dont|wouldnt|never|wont) (?:wake|woke|wake up|waking)|(?:go|going|went|fall|falling) (?:to sleep|asleep) (?:one night |tonight |some night |forever )?and (?:stay asleep|stay there|stay that way|not wake|never wake|not come back|never come back|not have to come back|never have to come back|not have to (?:do|face|wake up for|get through) (?:tomorrow|another day|any of it|anything|it all|the morning))|(?:stay|staying) asleep (?:forever|for good|and never)|(?:tired|sick|exhausted|weary) of (?:waking up(?! (?:hungover|hung over|sick|early|late|in pain|with|at|alone|to|on|next|foggy|groggy|exhausted|tired|sore|stiff|confused|anxious|sweaty|shaky|dizzy|puffy|like|feeling))|respawning|existing|being alive|breathing|being here|living)|(?:stopped|stop|quit) wanting to (?:be alive|live|be here|exist|wake up)|(?:no|dont|do not|dont really) (?:longer )?see (?:much |any |the )?point (?:in|of) (?:carrying on|going on|living|being alive|waking up|staying|life|it all|any of it)|(?:whats|what is|theres no|there is no|no) (?:even )?(?:the )?point (?:of|in) (?:living|being alive|going on|carrying on|life|waking up|staying alive|me being here|me still being here|my being here|me existing)|(?:not|never) (?:to )?come back from (?:it|this|that)(?= \.|$| tonight| this time)|(?:go|going|leave|leaving|gone) for good(?! (?:from|to|with|on|in|at|after|when|if))|dis+ap+e?ar(?:ed|ing)? (?:\. )?(?:permanently|forever|for good)|(?:go|going|get|be) to heaven (?:early|soon|tonight|now|already)|ready to see (?:my )?(?:late |dead )?(?:grandma|grandpa|nana|papa|granny|mom|mum|dad|mama|brother|sister|son|daughter|wife|husband) again|(?:go|going|ready to|wanna|want to) (?:go )?(?:and )?be with (?:jesus|god|my (?:late|dead)|(?:my )?(?:mum|mom|dad|grandma|grandpa|nana|papa|mama|her|him|them) (?:again|now|already|soon|in heaven))`,
    examples: ['pray i go to sleep one night and stay there', 'want to fall asleep and not have to face tomorrow', 'lol what if i just didnt exist tmrw', 'done existing', "wouldn't mind if i didn't wake up tomorrow", 'he wants to go to sleep and stay asleep', 'tired of waking up every day', 'people who have stopped wanting to be alive, do you help me? i have', 'I no longer see much point in carrying on', 'gonna relapse tonight and hopefully not come back from it', 'i think its time i just go for good', 'i just want to disappear. permanently', 'wanna go to heaven early', 'ready to go be with grandma again'],
  },
  {
    id: 'en.suicide.done-with-everything', kind: 'suicide', guards: STATEMENT,
    // "I'm done": with everything, with life, "done done", "not here done"; "if I relapse again I'm done".
    source: String.raw`(?:(?:im|i am|i m|so|just|totally|completely|really) (?:so |just |really |totally )?|^)done (?:with )?(?:everything|it all|all of it|life|living|existing|this life|this world|being alive|trying(?! to)|fighting|done|for good)(?! (?:with (?:drinking|using|drugs|pills|alcohol|the))|in the)|done done|not here done|(?:if|when|after|once) i (?:relapse|use|slip|drink|fail|mess up|screw up)(?: [^ ]+){0,4} (?:im|i am|ill be|then im) (?:done|gone|out)(?= \.|$| i mean| for good| for real| forever)|(?:have|had|has|ive had|hes had|shes had) (?:had )?enough (?:of )?(?:life|living|of it all|of everything)(?= \.|$| and| now)|(?:says|said|saying) (?:he|she|they) (?:has|have|had) had enough(?= \.|$| and)`,
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
    source: String.raw`how (?:many|much) (?:of )?(?:[^ ]+ ){0,4}(?:pills|tablets|meds|bars|xans|xanax|tylenol|insulin|oxys?|percs|sleeping pills|these|those|them|it|of (?:these|those|them|my|his|her)(?: [^ ]+)?)(?: [^ ]+){0,2} (?:would|will|does|do|to) (?:it |they |i )?(?:take|kill|be fatal|be lethal)(?! (?:to (?:get|feel|be) (?:high|buzzed|drunk|sleep)|for (?:a|the) (?:high|buzz)))|how (?:many|much) ${gap(5)}(?:would|will|does|do) it take to (?:die|not wake|kill|end|do it|stop (?:breathing|my heart))|how (?:many|much) (?:it )?(?:would|will) (?:it )?take(?= \.|$)|(?:counting|counted|count) (?:my |the |his |her )?(?:pills|tablets|meds|bars)(?: [^ ]+){0,6} (?:how many|enough|would take)|(?:does|do|would|will) (?:it|drowning|hanging|jumping|bleeding out|dying|a gunshot|being shot) (?:really )?hurt (?:to )?(?:drown|hang|jump|bleed out|die|get shot|shoot yourself|od|overdose)?|(?:does|do|would|will|think|bet) (?:you think |u think )?it (?:really )?hurts? to (?:drown|hang|jump|die|bleed|shoot|od|overdose|get hit by)|how long (?:does|would|will) it take to (?:die|bleed out|drown|suffocate|pass out and die|stop breathing)|(?:looked|looking|look|searched|searching|googled|googling) up (?:the )?(?:tallest|highest) (?:building|bridge|roof|parking)|(?:tallest|highest) (?:building|bridge|roof|parking garage) (?:in|near|around) ${gap(2)}(?:\. )?(?:wasnt|not) for|(?:does|do|will|would|can) (?:988|the hotline|crisis line|they|you|u) (?:trace|track|call the cops|send (?:the )?(?:cops|police))(?: [^ ]+){0,8} (?:stop|stopping|stops) me|(?:dont|do not) (?:want|need) (?:anyone|anybody|nobody|you|u|them) (?:to )?(?:stop|stopping|talk me out|to stop) me|(?:dont|do not|no) (?:bother )?(?:try(?:ing)? )?(?:to )?(?:talk me out|stop me|change my mind)|before i (?:do it|go through with it|go through with this|end it)(?= \.|$| tonight|,)|(?:go|going|gonna|just) (?:thru|through) with (?:the|my) plan|(?:just|finally|tonight|gonna|should i) (?:just )?go (?:thru|through) with it(?! (?:the|program|treatment|detox|rehab|intake))|counting (?:them|the pills|my pills|pills|the tablets|tablets|the bars|em) out`,
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
    id: 'en.suicide.affairs-in-order', kind: 'suicide', guards: [...STATEMENT, 'scope.en.preparing-for-a-move'],
    // Preparations: affairs in order, a will updated, a date picked, pets rehomed, accounts deleted, loose ends.
    source: String.raw`(?:putting|put|got|getting|have|has|had) (?:all )?(?:my|his|her|their) (?:affairs|things|life|house|papers) in order|(?:updated|wrote|made|changed|finished|signed) (?:my|his|her) (?:will|final wishes)|(?:picked|chose|chosen|set|got) (?:a|the) date(?! (?:for (?:the|my|our) (?:wedding|party|trip|move|intake|appointment|surgery|court)))|(?:got|have|has) a date (?:picked|set|chosen)|planning (?:my|his|her) (?:exit|way out|death|funeral|goodbye)|(?:has|have|got|made) (?:a|the) plan (?:and|(?:to (?:do it|end it|die|go through with it)|for (?:it|how|when|doing it|ending it))) ${gap(3)}(?:date|night|friday|weekend|tonight)|(?:rehomed|rehoming|re homed|found a home for|gave away) (?:my|his|her) (?:cat|dog|pets?|puppy|kitten|bird|fish)(?! (?:food|toy|bath|meds|medicine))|(?:gave|give|giving) (?:my|his|her) (?:[^ ]+ ){0,5}(?:to|away to) (?:my |his |her |our |the )?(?:[^ ]+ )?(?:${PEOPLE}|neighbor|bro|sis|lil bro|lil sis)(?: [^ ]+){0,6} (?:wont need|doesnt need to know|dont need|wont be needing|today|this week|yesterday|already)|(?:deleted|wiped|deleting|wiping) (?:all )?(?:my|his|her) (?:socials|accounts|social media|notes|phone|instagram|insta|snap|tiktok|search history)(?! (?:to focus|for (?:a|the) (?:detox|month|week)))|(?:tying|tie|tied) up (?:all )?(?:the |my )?loose ends|(?:made|making) (?:arrangements|provisions) ${gap(6)}(?:looked after|taken care of|provided for|after im gone|when im gone)|(?:made|making) (?:my|his|her) peace(?= \.|$| and| with (?:it|dying|god|everything))|(?:told|telling|texted) (?:all )?(?:my|his|her|everyone|everybody) ${gap(2)}(?:i|he|she) (?:love|loved|loves) (?:them|em|everyone|all)(?= \.|$| and| one)|(?:left|leaving|wrote|writing|written) ${gap(7)}(?:a )?(?:note|letter|letters) (?:for|to) (?:my|his|her|each of)|written to each of`,
    examples: ['I have begun putting my affairs in order', 'I have updated my will and written to each of my grandchildren', 'lowkey been planning my exit. got a date picked and everything', 'he has a plan and has picked a date', 'deleted all my socials and rehomed my cat', 'gave my switch and all my skins to my lil bro today. he doesnt need to know why', 'paid my dealer back. just tying up loose ends', 'I have made arrangements so that my wife will be looked after financially', 'she says she has made her peace and she is ready', 'told all my friends i love them and wiped my notes app', 'left my wallet, keys and a note for my daughter on the counter'],
  },
  {
    id: 'en.suicide.without-me', kind: 'suicide', guards: [...STATEMENT, 'negation.en.never-said'],
    // "the world would be lighter without me", "my family would manage perfectly well without me".
    source: String.raw`(?:would|wud|d|will|gonna) (?:all )?(?:be )?${gap(3)}(?:lighter|better|easier|happier|freer|fine|okay|ok|manage|cope|get by|move on|be fine|be okay|be better) ${gap(3)}without me(?! (?:for|while|during|at|on|this|when|tonight|today|coming|there))|(?:lighter|better off|easier|happier) without me(?! (?:for|while|during|at|on|in|this|when|tonight|today|there))|without me (?:dragging|holding|weighing) (?:them|everyone|you|us|her|him)|(?:if|when) i (?:was|were|am) (?:gone|not here|not around|dead|out of the picture)(?! for)|(?:relieved|glad|lighter|happier|better off|thrilled|grateful) if i (?:just )?(?:stopped showing up|stopped coming|quit coming|stopped existing|stopped being around|went away|left|disappeared|vanished) (?:for good|forever|permanently|altogether|completely)`,
    examples: ['i keep thinking the world would be lighter without me in it', 'I have been wondering lately whether my family would manage perfectly well without me', 'everyone would be so much lighter without me dragging them down'],
  },
  {
    id: 'en.suicide.on-purpose', kind: 'suicide', guards: STATEMENT,
    // Using on purpose to die, or stopping life-sustaining medicine on purpose.
    source: String.raw`(?:do|doing|take|taking|shoot|shooting|use|using|snort|drink|drinking) (?:my |the |his |her |all (?:my|the|his|her) )?(?:whole|entire|all) ${gap(2)}(?:stash|bag|supply|bottle|pack|script|prescription) ${gap(2)}(?:on purpose|tonight|and be done|to be done|so i dont wake)|on purpose (?:to|so) (?:die|not wake|end|be done|never wake)|(?:stopped|stopping|quit) (?:eating|taking (?:his|her|my) ${gap(2)}(?:tablets|pills|meds|medication|insulin))(?: [^ ]+){0,6} on purpose|drinking (?:himself|herself|myself|themselves) (?:into the ground|to death)(?! (?:years|back))|(?:rather|d rather) (?:see me|be) dead(?! than)(?: [^ ]+){0,6} (?:agree|right|honestly|too)`,
    examples: ['gonna do my whole stash tonight on purpose', 'he has stopped eating and taking his heart tablets on purpose', 'she is drinking herself into the ground and says that is the whole point'],
  },
  // ---- round 4: indirect phrasings (families writing for someone; veterans, responders, older adults, the rooms) ----
  {
    id: 'en.suicide.relief-of-others', kind: 'suicide', guards: [...STATEMENT, 'negation.en.never-said'],
    // Burden and the relief of others: worth more dead (insurance), everyone lighter without her, the kids better
    // off with just the other parent, "everyone should let me go", nobody going to miss me, agreeing with "rather see me dead".
    source: String.raw`worth (?:so much |a lot )?more ${gap(3)}(?:dead|gone|in the ground|six feet under)|(?:says|said|saying|thinks|think|thought|feels|told (?:me|us|them)|believes) (?:that )?(?:everyone|everybody|the (?:world|family|kids)|we|people|they|his family|her family|the house) (?:would|d|will|wud) (?:all )?(?:feel |be )?(?:so |a lot |much )?(?:lighter|freer|better off|easier|happier|relieved|fine|okay|ok|at peace|better|do better|manage|cope|get along) (?:without (?:her|him|them)|if (?:she|he|they) (?:was|were|wasnt|werent) (?:gone|here|around|dead))|(?:thinks|think|says|said|saying|told (?:me|us)|feels) (?:that )?${gap(3)}(?:would|d|will) be (?:better off|fine|happier|okay|ok|better) with (?:just|only) (?:me|you|him|her|dad|mom|their (?:dad|mom|father|mother))(?= \.|$| and| now| anyway| honestly| tbh)|(?:everyone|everybody|yall|you all|you guys|my family|god|the lord|they all) (?:should|needs? to|has to|have to|could|would) (?:just )?let me go(?= \.|$| already| now| for good| in peace)|(?:nobody|no one|noone|nobodys|no ones) (?:is |even |really )?(?:gonna |gon |going to |will |would |wud |d )?(?:even |really )?(?:miss|mourn) me(?= \.|$| anyway| anyways| when| if| after)|(?:rather|d rather) see (?:me|him|her) dead ${gap(8)}(?:i (?:kinda |honestly |actually )?agree|(?:shes|hes|theyre|she is|he is|they are) (?:probably |prob )?right)|(?:insurance|policy|pension|payout) ${gap(6)}(?:if|when|once|after) (?:i|he|she) (?:(?:was|were|am|is|m|s) (?:gone|dead|not here|not around)|died|die)|(?:collect|collecting|cash in|cashing in|live off|living off) (?:on )?(?:my|his|her) (?:life insurance|insurance policy|policy|death benefit)|life insurance ${gap(3)}(?:pay|pays|payout|pay out|cover|covers|void|voided|count|counts) ${gap(3)}${SUICIDE}(?= \.|$)|(?:im|i am|i m|just|only) (?:just |only )?(?:taking up space|a waste of (?:space|oxygen|air|skin|a life))(?= \.|$| and| here| on this (?:earth|planet)| in this world| anymore)|(?:do|doing|be doing|d be doing) (?:everyone|everybody|them|yall|the world|my family|you all) a (?:favor|favour)(?= \.|$| by (?:dying|leaving|going|disappearing|not being|ending|checking))|(?:the world|this world|nobody|no one|noone) (?:really )?(?:doesnt need|does not need|needs|would need|wont need|wouldnt need) me(?= \.|$| anymore| around| here| now)`,
    examples: [
      'last month my husband started telling me hes worth more to us dead because of the policy',
      'my mother keeps saying everyone would feel lighter without her around',
      'my wife says the boys would be better off with just me',
      'current state of mind: everyone should just let me go',
      'doing the whole bag tonight, nobody gonna miss me anyway',
      'my dad said hed rather see me dead than high again and honestly i agree',
      'my dad keeps saying the insurance would pay off the house if he was gone',
      'she said we would be fine collecting on her life insurance',
      'does my life insurance still pay if its suicide',
      'im just taking up space',
      'honestly id be doing everyone a favor',
      'the world doesnt need me anymore',
    ],
  },
  {
    id: 'en.suicide.future-cut-short', kind: 'suicide', guards: [...STATEMENT, 'scope.en.away-for-a-while', 'scope.en.explained-after', 'negation.en.never-said'],
    // A future cut short: "won't have to deal with me much longer", "won't matter after the 14th", "won't make it
    // till then", and the writer's own gloss that it is not the program or running that is meant.
    source: String.raw`(?:wont|will not|not gonna|not going to|dont|wont need to) (?:have to |need to |gotta )?(?:deal with|worry about|put up with|take care of|look after|hear from|clean up after|babysit) me (?:(?:for )?(?:much|very|any) longer|for long|after (?:tonight|today|this|tomorrow))|(?:wont|will not|not gonna|not going to|wouldnt|none of (?:it|this|that) (?:will|is gonna|gonna)|nothing (?:will|is gonna|gonna)) (?:even |really )?matter (?:much )?(?:after|past) (?:the \d+(?:st|nd|rd|th)?|\d+(?:st|nd|rd|th)|tonight|today|tomorrow|this (?:week|weekend|month)|next (?:week|month)|friday|saturday|sunday|monday|tuesday|wednesday|thursday|then|that|christmas|my birthday)|(?:wont|will not|not gonna|might not|may not|not going to|(?:dont|doesnt|do not|does not) think (?:ill|i will|i can|hell|he will|he can|shell|she will|she can|hes gonna|shes gonna|im gonna|theyll)|doubt (?:ill|hell|shell|i will|he will|she will)) (?:even )?make it (?:(?:till|til|until|to) (?:then|that long|christmas|thanksgiving|easter|new year|new years|(?:my|his|her) (?:next )?birthday|the (?:weekend|holidays|new year|summer|spring|fall|winter|end of the (?:week|month|year))|next (?:week|month|year|christmas|summer))|that long)(?= \.|$| and| i dont| he doesnt| she doesnt| so| anyway| honestly| tbh)|(?:not gonna|not going to|wont|will not|cant|never gonna) make it (?:to|till|until|through) ${gap(4)}(?:\. )?(?:and )?(?:it )?(?:wont|will not|isnt|not|wouldnt) (?:be )?(?:because|cause|cuz|bc) (?:i|he|she) (?:ran|run|skip|skipped|left|moved|forgot|ran off|bailed|split)|(?:(?:dont|do not) think (?:he|she|they|my [^ ]{1,24}) (?:meant|means|mean|was talking about|is talking about|is referring to)|(?:he|she|they) (?:doesnt|dont|didnt|does not|did not) mean) ${gap(3)}(?:program|rehab|treatment|detox|waitlist|wait list|court|school|work|job|moving|trip|vacation|drinking|using|quitting|surgery|appointment|wait)|(?:told|tell|telling) (?:him|her|them|everyone|everybody|people|my [^ ]{1,24}) ${gap(2)}(?:that )?(?:i was|im|i am|i m|hes|shes|he was|she was) (?:retiring|moving away|going away|leaving town|going on a trip|taking a trip|going on vacation) ${gap(3)}(?:\. )?(?:but )?(?:im|i am|i m|hes|shes) not(?= \.|$| retiring| moving| going| leaving)|last time (?:you|u|yall|anyone|anybody|youll|ull|you will|you all) (?:will |ever )?(?:hear from|see|talk to|hear) me(?= \.|$| again| ever| alive| goodbye| bye| love| so| and)|(?:you|u|yall|you all|nobody|no one|anyone) (?:wont|will not|will never|will ever|aint gonna|not gonna|never gonna) (?:hear from|see|hear) me (?:again|anymore|after)|wont be a (?:problem|burden)(?: (?:for|to) [^ ]{1,24})?(?: (?:anymore|much longer|for long|soon))?(?= \.|$)|(?:talking|talks|talked|talk|saying|says|said|keeps saying) (?:about )?not (?:being|be) (?:around|here|alive)(?! (?:for (?:the|a|this) (?:weekend|week|holidays|meeting|session)|while|during))|(?:goodbye|bye|goodbyes|hugged|hug|hugs|hugging|kissed|held) (?:[^ ]+ ){0,3}like (?:it was|its|it is|it s|for the) ?(?:the last(?: time)?|last|final|forever|for good)|(?:said|saying|say|made|making) (?:all )?(?:my|his|her|their) (?:goodbyes|farewells)(?! to (?:the|my|his|her) (?:team|job|coworkers|class|group|old|students|crew))`,
    examples: [
      'my dad texted my sister you wont have to deal with me much longer',
      'probation says i have to show up. fine. none of it will matter after the 20th',
      'doctor gave him a spot in march and he says he wont make it till then. hes not talking about the waiting',
      'i wont make it to the hearing and it wont be because i skipped',
      'my son said hes done trying and i dont think he means done with rehab',
      'told my crew i was retiring early. im not',
      'this is the last time you will hear from me',
      'after tonight i wont be a problem',
      'my mom keeps talking about not being around for the baby',
      'he hugged us all like it was the last time',
      'i said my goodbyes',
    ],
  },
  {
    id: 'en.suicide.quiet-wish', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.die-of-feeling'],
    // Passive wishes and signals said quietly: a heart that quits, the batch that takes me out, not waking up
    // being fine, sleep that is "not like a nap", asking for a reason not to, "not a cry for help".
    source: String.raw`(?:hope|hoping|hopes|wish|wishing|pray|praying|prays|wouldnt mind if|waiting for) (?:that )?(?:my|his|her) (?:heart|liver|kidneys|lungs|body) (?:just |would |will |finally |to ){0,2}(?:quits|quit|stops|stop|gives out|give out|gives up|give up)|(?:hope|hoping|wish|wishing|pray|praying|maybe|waiting for) ${gap(6)}(?:one|batch|bag|shot|hit|dose|bottle|relapse|binge|drink|pill|bullet|overdose|od|crash|wreck|heart attack|stroke) (?:that |which |to |will |would |finally ){0,2}(?:takes|take|kills|kill|finishes|finish) me(?: out| off)?(?= \.|$| for good| already| finally| and)|if (?:i|he|she) (?:dont|didnt|never|did not|do not|wont|wouldnt) wake up(?! (?:in time|on time|early|for|before|at|by|when|till|until))(?: [^ ]+){0,6} (?:fine|ok|okay|alright|a relief|a blessing|not the worst thing)(?= \.|$| by| with| honestly| tbh| either| too)|(?:go to sleep|fall asleep|sleep|lie down|lay down) and (?:just )?(?:not|never) (?:do|deal with|face|have to|feel|wake|come back|be here) ${gap(5)}(?:anymore|any more|ever again|forever|for good|permanently)|(?:sleep|asleep|rest) ${gap(12)}(?:\. )?(?:and )?(?:not|dont mean|i dont mean) (?:like |just )?(?:a nap|napping|sleep sleep|for the night|overnight)(?= \.|$)|(?:stopped|stop|quit) seeing (?:the|any) point(?! (?:of|in) (?:going to|the meetings?|meetings|groups?|therapy|the program|drinking|using|school|work|my job|trying to))|(?:thinking|thought|thoughts|think|dreaming|daydreaming|fantasizing) (?:a lot )?(?:about|of) (?:dying|being dead|not being (?:here|alive|around)|not existing)(?= \.|$| most| every| all| a lot| lately| again| more| constantly| nonstop| at night| tonight)|(?:tell|give) me (?:one |a |any )?(?:good )?(?:reason|why) (?:why )?(?:i )?(?:shouldnt|should not|not to|to stay|to keep going|to live|to be here|to go on)(?= \.|$| because| cuz| cause| bc| i cant| cant| anymore)|cant (?:come up with|think of|find) (?:a|one|any|a single) (?:good )?reason(?= \.|$| to (?:stay|live|keep going|go on|be here|not))|(?:(?:its|it is|this is|this|im|i m) not|(?:this|it) (?:isnt|is not|aint)) (?:a |just a |some )?cry for help(?! (?:\. )?(?:its|it is|just|this is) (?:a|an|my) (?:question|request|inquiry))|(?:want|wanted|need) (?:the record|it on (?:the )?record|everyone|people|them) to (?:show|know) (?:that )?i (?:really )?tried(?! to)|(?:hope|hoping|wish|pray|praying) (?:that )?(?:i )?(?:get|got|have|catch) (?:cancer|covid|a heart attack|a stroke|something terminal|something fatal)(?= \.|$| and| so| already| soon)|(?:hope|hoping|wish|pray|praying) (?:that )?(?:this|the|my) (?:plane|flight|bus|car|train|boat|building|ship) (?:crashes|crash|goes down|go down|sinks|sink|burns|collapses|falls)|(?:if|when) (?:i|he|she) (?:got|get|gets|was|were) (?:hit|run over|killed|shot) ${gap(4)}(?:i|he|she) (?:wouldnt|would not|wont|dont|doesnt) (?:care|mind|be sad|be upset)|(?:dont|do not|doesnt|does not|wouldnt|not sure i|dont even|dont really) (?:really |even )?(?:care|mind) (?:if|whether) (?:i|he|she) (?:live|lives|die|dies|am alive|is alive|see tomorrow|wake up(?! (?:early|late|on time|in time|at|for))|make it(?= \.|$| or| through the night))(?: or (?:die|not|dies|don t|dont))?|(?:death|dying|being dead|not existing|the grave|eternal sleep) (?:sounds|seems|feels|looks|would be|would feel) (?:so |like |really )?(?:peaceful|a relief|like a relief|nice|good|like peace|better|easier|restful|like rest|like freedom|like a vacation|like a gift)|(?:welcome|welcoming|embrace|look forward to|looking forward to|longing for|long for) (?:death|dying|my death|the grave)|not (?:afraid|scared) (?:to die|of dying|of death) (?:anymore|any more)|(?:want|wanna|need) out (?:\. )?(?:permanently|for good|forever|of (?:this life|life|this world|here for good))|(?:wanna|want to|need to|ready to|just) rest (?:for good|forever|permanently)(?= \.|$)|(?:breathing|alive|here|standing|left) and (?:i |he |she )?(?:dont|do not|doesnt) (?:wanna|want to|want) (?:be|to be)(?= \.|$)|(?:ready to go|ready to die) ${gap(3)}(?:\. )?(?:(?:ive|i have|i ve) )?(?:had|lived) (?:a )?(?:good|long|full) (?:run|life|innings)|(?:ive|i have|i ve) (?:had|lived) (?:a )?(?:good|long|full) (?:run|life|innings) ${gap(3)}(?:\. )?(?:(?:im|i am) )?ready (?:to go|for it to end|to die)|(?:its|it is|it s) my time(?= \.|$| to go| now| i (?:can )?feel)|(?:stopped|stopping|quit|quitting) (?:taking )?(?:my|his|her) (?:heart |blood pressure |bp |diabetes |insulin |seizure |thyroid |transplant )?(?:pills|meds|medication|medicine|insulin|dialysis|chemo|treatments?) ${gap(3)}(?:\. )?(?:whats the point|what is the point|why bother|no point|so what)|(?:hope|hoping|wish|pray|praying) ${gap(4)}(?:next|this) (?:shot|hit|bag|batch|dose|drink|bottle|relapse|line|pill) is the one(?= \.|$| that)|(?:(?:dont|never|didnt|wont) (?:wake up|make it|come back|survive)|die|died)(?: [^ ]+){0,3} (?:\. )?so be it(?= \.|$)`,
    examples: [
      'every night i lie in bed hoping my heart gives out',
      'praying this next bag is the one that finally takes me out',
      "if i don't wake up tomorrow that'd be fine with me",
      'she said she wants to go to sleep and not do any of this anymore',
      "i just want to sleep for a long time. and i don't mean a nap",
      'been thinking about dying a lot lately',
      "give me one good reason not to because i can't find one",
      "this isn't a cry for help, i just want it on record that i tried",
      'i hope i get cancer',
      'praying the plane goes down',
      'if i got hit by a truck tomorrow i wouldnt care',
      'i dont care if i live or die',
      'death sounds peaceful right now',
      'honestly i would welcome death',
      'im not afraid to die anymore',
      'i want out. permanently',
      'i just want to rest forever',
      'last one of my crew still breathing and i dont want to be',
      'im ready to go. ive had a good run',
      'its my time, i can feel it',
      'i stopped taking my heart pills, whats the point',
      'praying my liver finally quits',
      'hoping the next shot is the one',
      'if i dont wake up, so be it',
    ],
  },
  {
    id: 'en.suicide.leaving-things-ready', kind: 'suicide', guards: [...STATEMENT, 'scope.en.away-for-a-while', 'scope.en.preparing-for-a-move', 'figurative.en.therapy-exercise'],
    // Preparations and farewells: someone asked to take care of a person or a pet "for me", thanks for everything,
    // remember me the good way, a message that only says goodbye or sorry, passwords and who-gets-what left out,
    // life-insurance papers left on the table, keepsakes in an envelope, affairs squared away, tools given away.
    source: String.raw`take care of (?!(?:the |my |this |that |all the |some )?(?:paperwork|bill|bills|forms?|payment|insurance|it|this|that|things|stuff|everything|scheduling|application|call|appointment|rent|car|transfer|details|booking|refill|prescription|registration|intake|paperwork) )${gap(3)}for me(?= \.|$| and| ok| okay| please| pls| plz| always)|(?:made|make|makes|making) (?:me|us|him|her) (?:promise|swear) (?:to |(?:that )?(?:i|we|id|wed|ill|well|i would|i will) (?:would |will )?)(?:take care of|look after|watch over|feed|raise|protect)|(?:thanks|thank you|thank u|thx|ty) (?:so much )?for everything (?:\. )?(?:and )?(?:please )?(?:take care of|look after|tell|love you|love u|im sorry|sorry|remember|goodbye|bye)|remember (?:me|him|her) (?:the |in a )(?:good|right|happy|best) (?:way|times)|remember (?:me|him|her) (?:as|like) (?:i|he|she) (?:was|used to be)|(?:voicemail|voice mail|message|msg|text|txt|note|letter|video|email|snap|dm|post) (?:from (?:my |his |her |our )?[^ ]{1,24} )?(?:that |which )?(?:just |only )?(?:says|said|saying|to say) (?:goodbye|bye|im sorry|sorry|i love you|love you|forgive me)(?= \.|$| and| to (?:everyone|all|us|me|the kids|the family))|(?:wrote|written|writing|write|left|leaving|made|making|typed) (?:out |down |up )?(?:all (?:of )?)?(?:(?:my|his|her|the) (?:[^ ]{1,24} )?|a list of )?(?:passwords|pin numbers|account numbers|bank (?:info|details|logins)|who gets)(?! (?:down )?for (?:my|the|a|his|her) (?:new|work|job|phone|computer|laptop))|who gets (?:my|his|her|their) ${gap(1)}(?:jewelry|stuff|things|truck|car|guns?|tools|dog|cat|house|ring|rings|money|watch|records|collection|medals)(?= \.|$| and| when| after| if)|(?:left|leaving|laid out|set out|put) ${gap(8)}(?:life insurance|insurance (?:papers|paperwork|policy)|passwords|(?:the|my|his|her) will|bank (?:info|passwords|details)|account (?:info|numbers)) ${gap(3)}(?:on|for|where|in) (?:the |my |his |her )?(?:kitchen |dining )?(?:table|counter|desk|dresser|nightstand|daughter|son|wife|husband|kids|family|mom|dad|brother|sister)|(?:ring|rings|dog tags|tags|medals|watch|keys|letters?|will|passwords|photos|wallet) ${gap(6)}(?:in|into) (?:an|a|the) envelope (?:for|to|addressed to)|(?:squaring|squared|square|settling|settled|settle|sorting|sorted|wrapping up|wrapped up|tidying up|tidied up) (?:away |up |out )?(?:all )?(?:my|his|her) affairs|(?:gave|giving|give|given|handed|handing) (?:all )?(?:of )?(?:my|his|her) ${gap(2)}(?:tools|guns|rifles|games|shoes|sneakers|kicks|xbox|playstation|ps5|switch|console|fishing (?:gear|poles|rods)|medals|watch|jewelry|truck|records|vinyl|collection|dog tags|uniform|cards|bike) away|(?:letter|letters|note|notes|card|cards|video|videos|message|messages) (?:for|to) (?:each of (?:you|them|us|my|his|her)|every one of (?:you|them|us)|all of you)|(?:left|leaving|found) (?:a|her|his|my|the) note ${gap(4)}(?:is gone|are gone|missing|isnt answering|wont answer|not answering|not picking up|cant find (?:him|her)|turned (?:his|her|their) phone off|phone off)|(?:left|leaving|gave|dropped off|giving) ${gap(3)}(?:keys|key|dog|cat|pets?) ${gap(3)}(?:with|to) (?:the |my |our |his |her )?(?:neighbor|neighbour|landlord)(?= \.|$| and| today| tonight| just| for)|(?:gave|giving|give|given|handed|handing) (?:all )?(?:of )?(?:my|his|her) ${gap(2)}(?:plants|guitar|paintings|camera|comics) away|(?:gave|giving|handed|handing) (?:away )?(?:my|his|her) ${gap(2)}(?:(?:away )?to ${gap(4)})?(?:out of nowhere|for no reason|randomly|out of the blue)|(?:sent|gave|texted|emailed|handed|told|showed) ${gap(3)}(?:all )?(?:my|his|her) (?:bank(?:ing)? |email |phone )?(?:passwords|pins|pin numbers|logins|account info)|(?:told|showed|show|tell|telling|showing) ${gap(3)}where (?:the|my|his|her|all the|all my) (?:important )?(?:papers|documents|will|life insurance|insurance papers|policy|deed|passwords)(?! card)|(?:left|leaving|wrote|writing|written) (?:out )?(?:detailed |written )?instructions (?:for|about) (?:the|my|his|her) (?:dog|cat|pets?|kids|funeral|accounts|bills|house|cremation|service)(?= \.|$| and| on| in| if| when| after)|(?:wrote|write|writing|drafted|draft|drafting|written) (?:my|his|her) own (?:obituary|obit|eulogy)|(?:say|tell|told|saying|telling) (?:(?:her|him|them|you|my [^ ]{1,24}) )?(?:that )?i love (?:her|him|them|you|u|yall|everyone)(?: [^ ]{1,24}){0,2} one (?:last|final) time|(?:hug|hugged|hold|held|kiss|kissed|see|saw|hear|heard) (?:my |his |her )?(?:kids|son|daughter|wife|husband|mom|dad|family|grandkids|voice|girls|boys) ${gap(3)}one (?:last|final) time|(?:goodbye|bye|goodbyes|hugged|hug|hugs|hugging|kissed|held|petted) ${gap(5)}like (?:he|she|i|they) (?:was|were|wasnt|werent|is|s) (?:never )?(?:coming back|coming home|gonna see (?:it|him|her|them|us) again)|(?:called|call|calling|texted|texting|visited|visiting) (?:each of|all of|every one of) (?:his|her|my) (?:kids|children|grandkids|grandchildren|friends|family|siblings) ${gap(4)}(?:to say|just to say|to tell (?:them|em)) (?:he|she|i) (?:loves?|loved) (?:them|em)|(?:sold|selling|sell) (?:my|his|her) ${gap(2)}(?:truck|car|guns?|tools|bike|house|boat) (?:and|then) ${gap(2)}(?:paid off|gave away|paying off|giving away)(?!(?: [^ ]+){0,4} (?:fresh start|new start|to (?:get|start|move|pay|afford|cover)|for (?:rehab|treatment|the program)))|(?:suddenly|all of a sudden|weirdly|strangely|oddly) (?:seems |seemed |looks |is |was |got |became )?(?:so |very |really )?(?:calm|peaceful|at peace|happy|cheerful|relaxed)(?: and (?:at peace|peaceful|calm|happy))? (?:after|since) (?:weeks|months|days|a long time|all)|(?:already|finally) (?:wrote|written|finished|done|sealed|addressed) (?:the|my|all the|all my) (?:letters|notes|goodbyes)(?= \.|$| and| to)|(?:talking|talks|sounds|sounding|acting|acts|texting|texts|writing) like (?:hes|shes|he is|she is|theyre|im|i am|he was|she was)? ?(?:saying goodbye|saying bye|saying (?:his|her|their|my) goodbyes|not gonna be around|wont be around|not coming back|already gone)(?! to (?:the |this |that |his |her |my )?(?:program|group|meetings?|work|school|treatment|class|job|church))|(?:sorry|apologize|forgive me) for what (?:im|i am|i m) (?:about to|going to|gonna|fixing to) do|(?:when|by the time|once) (?:you|u|yall|anyone|someone|somebody) (?:read|reads|get|gets|see|sees|find|finds|hear|hears) (?:this|these|it|my message) ${gap(2)}(?:ill|i will|i ll|im|i am|i m) (?:already )?(?:be )?(?:gone|dead|not here|at peace|free|in heaven)|wont be (?:here|alive|around) (?:when|by the time) (?:you|u|yall|they|he|she|anyone) (?:get|gets|come|comes|wake|wakes) (?:home|back|up|here)(?=$| \. (?:sorry|im sorry|i love|love|goodbye|bye|tell|take care))|(?:dont|do not|please dont|no need to) (?:come )?(?:look|looking|try to find|search|searching|come looking) (?:for )?me(?= \.|$| please| anymore| this time| again)|(?:going|go|gonna go|heading|headed) (?:somewhere|someplace|where) (?:nobody|no one|noone) (?:will|can|would|could|is gonna) (?:ever )?find me|(?:calling|called|texting|texted|visiting|visited|writing|wrote|messaging|messaged) ${gap(4)}(?:to say|just to say|and saying|saying) (?:goodbye|bye|goodbyes)(?! (?:before|for now|until|till|til))`,
    examples: [
      'my brother texted me take care of dad for me and then shut his phone off',
      'she made me promise to look after her dog. she never talks like that',
      'my sponsee sent thanks for everything, tell my mom i love her',
      'he left a message that the girls should remember him the good way',
      'got a text from my son that just says im sorry and now he wont pick up',
      'my wife typed out all her passwords and left them by the coffee maker',
      'he made a list of who gets his guns and left it on the bench',
      'left the truck title and the life insurance policy on the kitchen table for my son',
      'put my medals and my watch in an envelope for my grandson',
      'been settling my affairs this week',
      'gave all my fishing gear away to the neighbor kid today',
      'there is a letter for each of you in the desk',
      'my son left a note and his car is gone',
      'left the dog and my keys with the neighbor',
      'been giving my plants away',
      'he gave his guitar to his best friend out of nowhere',
      'i sent my sister all my banking passwords',
      'showed my wife where the important papers are',
      'left instructions for the cat on the fridge',
      'i wrote my own obituary last night',
      'called my mom to say i love her one last time',
      'my son said goodbye to the dog like he was never coming back',
      'he called each of his kids tonight just to say he loves them',
      'he sold his truck and paid off all his debts',
      'she is suddenly so calm after weeks of crying',
      'i already wrote the letters',
      'he is talking like hes saying goodbye',
      'im sorry for what im about to do',
      'by the time you read this ill be gone',
      'i wont be here when you get home',
      'please dont try to find me',
      'going somewhere nobody will find me',
      'my dad has been calling old friends to say goodbye',
    ],
  },
  {
    id: 'en.suicide.means-in-reach', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'scope.en.aimed-at-other', 'figurative.en.routine-dose', 'figurative.en.hunting-range', 'accidental.en.warming-the-car', 'figurative.en.screen-story'],
    // A means or a place, now: in the tub with a blade, sitting with a loaded gun, everything needed in the back
    // seat, heading up to the parking deck, someone on the bridge, a place "calling", a gun kept "in case he decides",
    // a responder's own knowledge of how much it takes or of seeing himself as the call.
    source: String.raw`(?:in|into) the (?:tub|bath|bathtub) (?:with|w|and) (?:a |the |my |his |her )?(?:razor|razors|blade|blades|knife|box cutter|pills|gun|toaster|hair ?dryer)|loaded (?:it|the gun|my gun|his gun|the pistol|the rifle|the shotgun|a round) (?:and|then) ${gap(2)}(?:sat|sit|sitting|held|holding|stared)|(?:sat|sitting|sit|been sitting) (?:here |there |out here )?with (?:it|the gun|my gun|a gun|the pistol|my pistol|the rifle|my rifle|the shotgun) (?:loaded |cocked )?(?:in my (?:lap|hand|hands|mouth)|against my|to my|for (?:an hour|hours|a while|a long time)|an hour|all night)|(?:got|have|packed|put|loaded) (?:everything|what|all) (?:i|he|she) (?:need|needs|needed) (?:in|into) (?:the|my|his|her) (?:back seat|backseat|trunk|glove ?box|truck|car)(?= \.|$)|(?:(?:heading|headed|going|walking|driving|on my way|climbing|climbed|gonna go|about to go) (?:up )?(?:to|onto|on)|gonna) (?:the )?(?:top (?:floor |level )?of (?:the|a|this|that) )?(?:parking (?:deck|garage|structure|ramp)|bridge|roof|rooftop|overpass|cliff|cliffs|ledge|train tracks|dam)(?= \.|$| after (?:i|this)| now| tonight| rn| right now| one (?:last|more) time| for the last)|(?:${PEOPLE}|friend of mine|he|she|they) (?:is|s|are) (?:on|at|up on|standing on|sitting on) (?:the|a|that) (?:bridge|ledge|overpass|cliff|train tracks|top of (?:the|a) (?:parking|building|garage))(?! (?:club|game|party|crew|shift|job|site|project))|(?:bridge|river|lake|ocean|sea|water|tracks|edge|ledge|cliff|rope|gun|rifle|pistol|void|grave|overpass) ${gap(4)}(?:keeps|keep|is|been|always|kept|started) (?:calling|call|calls|whispering to|pulling at) (?:to )?(?:me|my name)(?= \.|$| lately| again| every| at night| more| and| tonight| rn| these)|(?:gun|pistol|rifle|shotgun|revolver|glock|pills|rope) ${gap(8)}in case (?:he|she|i|they) (?:ever )?(?:decides?|decided|makes up (?:his|her|my) mind|cant take it|has had enough|gets to that point)(?= \.|$)|(?:i|he|she) knows? (?:exactly |just |precisely )?(?:how much|how many) ${gap(3)}(?:it takes|it would take|would do it|would kill)(?= \.|$| and| thats| to (?:die|do it|end|kill|not wake|stop))|know (?:exactly )?where (?:the )?(?:hot|live|high voltage|power) (?:wires|lines) are|(?:picture|picturing|pictured|imagine|imagining|imagined|see|seeing) (?:myself|me) (?:as|being) (?:the )?(?:call|body|next call|one they (?:find|bag|pull out|zip up)|one in the bag|one on the (?:stretcher|gurney|tracks))(?= \.|$| and| now| lately| every)|(?:staring|looking|stare|look|stared|looked) (?:down )?(?:at|into) the (?:water|river|lake|tracks|traffic|ground|road|cars) (?:below )?(?:from|off|on|over) (?:the|a|this|my) (?:bridge|roof|overpass|balcony|ledge|window|parking (?:deck|garage)|rooftop|railing)|(?:parked|sitting|sat|waiting|standing|stopped) (?:by|at|near|under|on|next to) the (?:river|lake|bridge|tracks|cliff|cliffs|overpass|water|woods|reservoir|quarry|dam|pier|ocean|beach) ${gap(3)}with (?:a |my |his |her |the |all )?${gap(2)}(?:pills|gun|rifle|pistol|rope|razor|blade|knife|hose|meds|shotgun)|(?:im|i am|standing|sitting|sat|stood|hes|shes) (?:at|on|by) the edge of the (?:water|river|lake|pier|dock|platform)(?! (?:fishing|with (?:my|the) (?:kids|dog|family|rod)))|(?:pills|tablets|meds|gun|rope|noose) ${gap(6)}ready (?:for )?(?:tonight|to go|for later|when)|(?:gun|pistol|rifle|shotgun|glock|revolver) ${gap(6)}(?:on my (?:bed|lap|nightstand|pillow|desk)|next to me|beside me|in my (?:lap|hand|bed))|(?:missing|took off|disappeared|cant find (?:him|her)|not answering|wont answer|isnt answering) ${gap(6)}(?:his|her|the|my) (?:gun|rifle|pistol|shotgun|pills|rope|meds) (?:is|are|s) (?:gone|missing)|(?:his|her) (?:gun|rifle|pistol|shotgun|pills|rope) (?:is|are|s) (?:gone|missing) ${gap(6)}(?:missing|took off|disappeared|cant find (?:him|her)|not answering|wont answer|isnt answering)|(?:took|take|taking|got|get|getting) (?:the |my |his |her |dads )?(?:sidearm|service weapon|pistol|revolver|gun|rifle|shotgun|glock) out ${gap(4)}(?:and )?(?:cleaned|clean|cleaning|loaded|load|loading|held|holding|sat|stared|staring|looked at)|(?:looking|staring|stared|looked) at (?:the|my|his|her|that) (?:gun|rifle|pistol|rope|razor|noose|knife|blade|shotgun) ${gap(5)}(?:for hours|all night|for an hour|for a long time|again|every night|tonight)|(?:tree|wall|bridge|pole|overpass|pillar) (?:big|strong|thick|hard|solid) enough|seen enough (?:of them|bodies|calls|hangings|jumpers|ods) to know (?:how|what works|exactly)|(?:got|have|has) (?:a |the )?(?:bottle|pills|gun|rope|rifle|pistol) and a plan|a plan and (?:a |the )?(?:bottle|pills|gun|rope|rifle|pistol)|(?:^|(?<=\. ))on the (?:roof|top) of (?:the|a|this|my) (?:parking (?:deck|garage|structure)|building|hospital|hotel|tower)(?= \.|$| rn| right now| now)|(?:in|out in|inside) the (?:closed |shut |locked )?garage with (?:the )?(?:car|truck|engine|motor) (?:running|on)|(?:truck|car|engine) (?:is |still )?running (?:in|inside) the (?:closed |shut )?garage`,
    examples: [
      'my sister is in the bath with a razor and wont unlock the door',
      'loaded it and just sat there with it for an hour',
      'drove up to the reservoir. have everything i need in the trunk',
      'heading up to the top of the parking garage after this',
      'my son is on the overpass and keeps texting me he is sorry',
      'that lake keeps calling me lately',
      'he keeps his pistol in the nightstand now in case he decides',
      'twenty years a nurse. i know exactly how much of it it takes',
      'paramedic here. lately i keep seeing myself as the call',
      'been staring at the river from the bridge',
      'im parked by the river with a bottle of pills',
      'standing at the edge of the water right now',
      'got pills and a fifth of vodka ready for tonight',
      'took the gun out of the safe and its on my bed now',
      'my husband is missing and his gun is gone',
      'took the sidearm out and cleaned it three times tonight',
      'been staring at the rifle all night',
      'gonna drive until i find a tree big enough',
      'ive seen enough bodies to know how',
      'ive got a bottle and a plan',
      'on the roof of the parking deck',
      'hes out in the garage with the truck running',
    ],
  },
  {
    id: 'en.suicide.decided-how', kind: 'suicide', guards: STATEMENT,
    // Decided, with a time: how this ends, how and when I am checking out, when the house is empty,
    // "that's when I'm going to do it", a plan lied about, done trying / done period, a deliberate hot shot.
    source: String.raw`(?:decided|know|knows|figured out|worked out|made up my mind|settled on|chosen|picked) (?:on )?how (?:this|it|all this|things|my story|this story|my life|the story) (?:ends|will end|is gonna end|is going to end|is ending|gonna end)(?!(?: \.)? (?:up|well|happily|sober|clean|in recovery|with (?:me (?:sober|clean|getting|winning)|recovery|sobriety|my (?:kids|family))))|(?:figured|worked|figuring|working|planned|planning|decided|deciding|know|knows|picked) (?:out )?(?:how|when|where) (?:im|i am|i m|hes|shes|he is|she is|ill|i will|hell|shell) (?:gonna |going to )?(?:checking out|check out|going out|go out|doing it|do it|ending it|end it)(?= \.|$| and| just| when| after| tonight| this)|(?:thats|that is|that s|then is|this is|tonight is) when (?:im|i am|i m|ill|i will|hes|shes|hell|shell) (?:gonna |going to |finally )?(?:do it|end it|go through with it|check out)(?= \.|$| i just| and)|(?:need|needs|needed|waiting for|waiting on|wait for|wait till|wait until|waiting till|waiting until) (?:the house|the place|the apartment|my place|everyone out of the house) (?:to be |to get |is |gets |s )?(?:empty|quiet)|(?:asked|ask|asks|asking) (?:me |him |her )?(?:if|whether) (?:i|he|she) (?:had|have|has|got) (?:a )?plan ${gap(3)}(?:\. )?(?:and |so )?(?:i|he|she) lied|a plan (?:\. )?(?:i (?:really )?do|(?:he|she) (?:really )?does)(?= \.|$)|(?:hes|shes|he is|she is|theyre|they are) (?:just |so |really )?done trying(?! to)|done trying (?:\. )?done (?:period|for real|for good)|(?:do|doing|take|taking|give myself|giving myself|shoot|shooting|fix|load up|mix|mixing) (?:myself )?(?:a|the|my) hot ?shot|enough (?:to|that i|so i|so that i) (?:not|never|dont|wont|do not) (?:come back|wake up|wake|come to)(?= \.|$| on purpose| this time| tonight| ever)|(?:gonna|going to|will|ll|ill|im gonna|about to|ready to) end (?:this|all this|this life|my story)(?= \.|$| tonight| today| now| for good| once and for all)|(?:take|taking|swallow|swallowing|use|using|do|doing) (?:everything|all) (?:i have|i got|ive got|in the house|i can find|thats left)(?= \.|$| tonight| at once| and| on purpose)|wont (?:be needing|need) (?:my|his|her) (?:[^ ]{1,24} )?(?:coat|clothes|glasses|meds|medication|pills|hearing aids?|license|tools|truck|car|bed|room|apartment|passport|things|stuff)(?= \.|$| anymore| any more| where| after)|(?:empty|gone|away|out|at (?:their|his|her) (?:dads|moms|grandmas|grandparents)|asleep) ${gap(4)}(?:\. )?(?:and )?(?:thats|that is|then is) when(?= \.|$| it happens| ill do it| im doing it)|(?:the house|the place|the apartment|home) (?:will be|is gonna be|gonna be|ll be) empty ${gap(3)}(?:\. )?(?:and )?(?:thats|that is) when`,
    examples: [
      'i already know how this ends and its not in a group room',
      'worked out how im checking out. just waiting on the weekend',
      'my husband is gone all saturday and thats when im gonna do it',
      'just waiting for the house to be empty',
      'intake nurse asked if i had a plan and i lied',
      'i have a plan. i really do',
      'relapsed at 300 days. done trying. done for real',
      'gonna fix myself a hot shot tonight',
      'next time i pick up im doing enough to not come back',
      'ive had enough, im going to end this tonight',
      'tonight im going to take everything i have',
      'i wont be needing my winter coat',
      'when the kids are at their dads, thats when',
      'the house will be empty friday and thats when',
    ],
  },
  {
    id: 'en.suicide.survivor-envy', kind: 'suicide', guards: ['negation', 'history.en.harm-long-ago'],
    // Envy of the dead among a veteran's or responder's own: "the guys who didn't come home got the better deal",
    // "should have died with my crew". The core history guard reads "died" as the past; here it is the point.
    source: String.raw`(?:didnt|did not|never|dont|werent) (?:come|came|make it|made it|get to come|got to come) (?:home|back) ${gap(3)}(?:got|have|had|get) (?:it )?(?:the )?(?:better|easy|easier|lucky|good) (?:deal|way out|end of it|part)|(?:envy|jealous of|envious of) (?:the )?(?:dead|ones who (?:died|didnt)|guys who (?:died|didnt)|those who (?:died|didnt))|(?:should|shouldve|should of|should have|wish i had|wish i|wish id) (?:have |of |ve )?(?:died|gone down|been killed|come home in a box) (?:with (?:them|him|my (?:guys|unit|squad|brothers|buddies|crew|team|partner))|over there|instead)|(?:supposed|meant) to (?:die|have died|be dead) (?:over there|with (?:them|him|my [^ ]{1,24})|instead|in that|that day|too)|(?:join|joining|be with|see) (?:my|his|her) (?:late|dead|departed) (?:wife|husband|son|daughter|mother|father|mom|dad|brother|sister|partner|friend|buddy)(?= \.|$| again| soon| now| already| in heaven)|(?:ready|time) to (?:go )?(?:and )?(?:be with|join) (?:my |her |his )?(?:late )?(?:dad|mom|husband|wife|son|daughter|mama|papa|brother|sister)(?= \.|$| again| now)|(?:understand|get|see) why (?:he|she|they) (?:killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life)(?= \.|$| now| finally)|(?:follow|following|join|joining|go after) (?:my|his|her) (?:buddy|brother|friend|son|husband|dad|partner|battle buddy|best friend)(?= \.|$| soon| tonight| out)|(?:22|twenty two) a day ${gap(3)}(?:\. )?(?:i )?(?:get it|understand(?: it| why)?|see why|im gonna be|ill be one|will be one|be one of them)(?= \.|$| now)|borrowed time ${gap(4)}(?:give it back|hand it back|ready to (?:go|give|let))|(?:tired|sick) of being (?:the )?(?:last one|only one|one) (?:left|still here|still alive|alive|standing|who made it|who came home)|(?:either )?dead or ${gap(8)}(?:tired|sick|done) of being the (?:second|other|living) one`,
    examples: ['the ones who didnt come back got the better deal', 'some days i envy the dead', 'i should have died over there with my squad', 'i was supposed to die over there with my guys', 'i just want to join my late wife', 'mom keeps saying shes ready to go be with dad', 'i finally understand why she took her own life', 'been thinking about following my buddy', '22 a day. i get it now', 'living on borrowed time and ready to give it back', 'im tired of being the last one left', 'the guys from my unit are dead or in prison and im sick of being the second one'],
  },
  {
    id: 'en.suicide.cannot-stay-safe', kind: 'suicide', guards: STATEMENT,
    // What a crisis line asks about in its own words: cannot keep myself safe, do not trust myself with the pills,
    // scared of what I might do to myself, cannot promise to be safe, lied about having a plan.
    source: String.raw`(?:cant|can not|cannot|dont think i can|not sure i can|unable to|dont know if i can) (?:keep|stay) (?:myself )?safe(?! (?:from|around|near) (?:relaps\w*|drinking|using|alcohol|drugs|booze|the bar|my dealer|temptation))|(?:dont|do not|cant|can not) trust myself (?:with|around) (?:the |my |a |his |her |that )?(?:gun|guns|knife|razor|blade|rope|pistol|rifle)|(?:scared|afraid|terrified|worried|frightened) (?:of )?what i (?:might|will|could|would|am gonna|m gonna|ll) do to myself|(?:cant|can not|cannot|wont) promise (?:ill|i will|that ill|i can|to) (?:be|stay|keep myself) safe|(?:not|dont feel|do not feel|never feel) safe (?:with|from|around) myself|(?:not|dont feel) safe (?:being )?(?:alone )?with my (?:own )?thoughts|(?:lied|lying|lie) (?:to [^ ]{1,24} (?:[^ ]{1,24} )?)?about (?:having|not having|my) (?:a )?plan`,
    examples: ['i cant keep myself safe tonight', 'i dont trust myself with the gun in the house', 'im scared of what i might do to myself', 'i cant promise ill be safe', 'i dont feel safe with myself', 'i lied to my therapist about having a plan'],
  },
  {
    id: 'en.suicide.said-of-someone', kind: 'suicide', guards: [...STATEMENT, 'negation.en.never-said'],
    // Families writing for someone: the first-person phrasings of other patterns, reported in the third person
    // (he has a plan, she wishes she was never born, this is his last christmas, he is done with everything).
    source: String.raw`(?:told me|tells me|says|said|admitted|admits|keeps saying) (?:that )?(?:he|she|they) (?:has|had|have|made|got) (?:a |the )?plan(?= \.|$| and (?:a|the) (?:date|gun|pills|rope|means)| for (?:it|how|when|tonight|that))|wish(?:es|ed|ing)? (?:that )?(?:he|she|they|hed|shed|theyd) (?:had |was |were |could |would )?(?:just )?(?:never been born|never born|wasnt born|werent born|hadnt been born|dead|be dead|die|disappear forever|not exist|not wake up|never wake up|didnt wake up)|(?:this|tonight|today|it)(?: is| would be| will be|s|ll be| gonna be| is gonna be) (?:his|her|my|their) (?:last|final) (?:christmas|birthday|thanksgiving|night|day|weekend|summer|holiday|holidays|new year|easter)(?! (?:at|in|with|before|of|as|here|living|working|on|off|drinking|using|sober))|(?:said|say|saying|posted|post) ${gap(2)}(?:goodbye|bye|goodbyes|farewell)s? to (?:(?:all )?(?:his|her|my|their) )?(?:followers|subscribers|friends list|group chat|discord|server|fans|chat)(?! (?:for|because|while|until|til|till))|(?:posted|post|posting|wrote|shared|put up) ${gap(3)}(?:sorry for everything|goodbye|bye everyone|i love you all|love you all|forgive me)(?! (?:to )?(?:19|20)\d\d) ${gap(2)}on (?:his|her|my|their) (?:story|stories|page|wall|feed|insta|instagram|facebook|fb|snap|snapchat|tiktok|twitter|status)|(?:nobody|no one|noone) ${gap(3)}(?:miss|notice|care|cares|even notice)(?: [^ ]+)? if (?:he|she|they) (?:was gone|were gone|wasnt here|werent here|died|disappeared|was dead|were dead|killed (?:himself|herself|themselves))|(?:says|said|saying|thinks|feels|keeps saying|told me) (?:that )?(?:hes|shes|he is|she is|theyre|they are|hed be|shed be|he was|she was|he feels like|she feels like) (?:just )?(?:a|such a|nothing but a) burden(?! (?:to|on|for) (?:nobody|no one|anyone|anybody))|how (?:many|much) (?:of )?(?:[^ ]{1,24} )?${PILLS} (?:it )?(?:takes|would take|will take)(?= \.|$| to (?:die|kill|not wake|never wake|od|overdose|stop))|(?:doesnt|does not|dont|do not|cant|cannot|no longer) (?:really )?see (?:the|any|much) point (?:anymore|any more|in anything|in any of it|of anything|in living|in going on|in trying)(?! (?:of|in) (?:paying|buying|having|keeping|doing|going to|the|this|that|a|an|cable|school|class|college|work|taking)\b)|(?:cant|can not|cannot|doesnt|dont|does not|do not) see (?:a|any) way out(?= \.|$| anymore| except| other than| but)|(?:wants|wanted|wishes|needs) (?:it|this|everything|things|the pain) (?:all )?to (?:end|be over|stop)(?= \.|$| for good| forever| already| permanently)|(?:hes|shes|he is|she is|theyre|they are) (?:just )?(?:so |really |totally )?done (?:with )?(?:everything|it all|all of it|life|living|existing|this life|this world|being alive|fighting|for good)(?! (?:with (?:drinking|using|drugs|pills|alcohol|the)|in the|at|about|on|related|from|involving|to do with))`,
    examples: ['he told me he has a plan', 'she keeps saying she wishes she was never born', 'he said this is his last christmas', 'my dad said this would be his last birthday', 'he said goodbye to his followers last night', 'my son posted im sorry for everything on his story', 'he says nobody would notice if he disappeared', 'my brother keeps saying hes a burden', 'my daughter has been looking up how many pills it takes', 'my husband said he doesnt see the point anymore', 'she said she cant see a way out', 'he said he just wants it to be over', 'my son says hes done with everything', 'if he relapses again hes done for good'],
  },
  {
    id: 'en.suicide.no-rescue', kind: 'suicide', guards: STATEMENT,
    // Using to die, and refusing rescue: do not narcan me, do not bring me back, the narcan hidden, using alone
    // so nobody can save me, the whole stash at once to be done, not caring if this batch kills me.
    source: String.raw`(?:dont|do not|please dont|nobody better|no one better|dont you dare) (?:narcan|revive|resuscitate|save|bring|call 911 on|call 911 for|do cpr on|call anyone for) me(?: back)?(?= \.|$| this time| next time| again| if| when| tonight| please| ok| okay)|not to (?:narcan|revive|resuscitate|save|bring back) me|(?:dont|do not) call (?:911|an ambulance|anyone|the cops|for help)(?: for me)? (?:if|when) (?:i|my heart) (?:go out|fall out|stop breathing|od|overdose|dont wake|pass out|turn blue|stop)|(?:hid|hide|hiding|threw out|tossed|got rid of|flushed) (?:the|my|all the|all my|his|her) (?:narcan|naloxone|kit|kits) ${gap(4)}(?:so|cause|because|bc) (?:nobody|no one|noone|they|he|she|you) (?:can|cant|could|will|wont|would) (?:use it on me|save me|bring me back|revive me|narcan me|stop me)|(?:so|cause|because|bc) (?:nobody|no one|noone) (?:can|could|will|would|is there to|is around to|gets a chance to) (?:narcan|revive|save|stop|bring back) me|(?:all at once|all of it|the whole (?:thing|bag|gram|bottle|stash|bundle|supply)) ${gap(3)}(?:and|to) (?:just )?be done(?= \.|$| with it| for good| forever)|(?:shoot|do|use|take|snort|smoke|load up|slam|keep using|keep drinking)(?: [^ ]{1,24}){0,3} (?:till|until|til) (?:my heart stops|i stop breathing|i drop dead|it kills me|i die)|(?:whole|entire) (?:gram|g|bag|bundle|stash|bottle|script|supply|eight ball|ball) ${gap(3)}(?:\. )?(?:i )?(?:dont|do not) care (?:what happens|if i (?:die|wake up|make it|come back)|anymore)|(?:dont|do not) care if (?:this|it|the (?:batch|shot|dope|fent|stuff|pills|drink|bag)) (?:kills|takes|finishes) me|if i (?:die|od|go out|fall out|dont wake up) ${gap(4)}(?:\. )?(?:whatever|oh well|so what|who cares|fine by me)(?= \.|$)|(?:mixing|mix|mixed|combining|combine) ${gap(4)}on purpose(?= \.|$| tonight| to)`,
    examples: ['if i fall out this time dont narcan me', 'please dont bring me back this time', 'tell them not to revive me', 'dont call 911 if i go out tonight', 'i hid the narcan so nobody can use it on me', 'gonna use alone tonight so nobody can narcan me', 'gonna shoot it all at once and be done', 'gonna load up till my heart stops', 'doing the whole gram tonight, dont care what happens', 'i dont care if this kills me', 'if i die from this batch whatever', 'mixing bars and fent on purpose tonight'],
  },
  {
    id: 'en.suicide.worth-more-dead', kind: 'suicide', guards: [...STATEMENT, 'scope.en.insurance-admin', 'negation.en.never-said'],
    // Worth more dead: a life-insurance policy or payout weighed against staying alive, or asked about an
    // "accident"; debts that die with me.
    source: String.raw`(?:insurance|policy|payout|pay out|death benefit|life insurance) ${gap(6)}(?:if|when|once|after) (?:im|i am|i m|i was|i were|i) (?:gone|dead|die|died|not here|not around|passed)|(?:insurance|policy|payout|death benefit) ${gap(5)}(?:if|when) (?:its|it is|it was|it gets|the death is|my death is|i make it look|it looks) (?:ruled |called |deemed |listed as |look like |like )?(?:an |a )?(?:accident|accidental|car accident|natural)|(?:gets|get|would get|will get|collect|collects|cash in) ${gap(4)}(?:insurance|policy|payout|death benefit)(?: [^ ]+){0,3} (?:if|when|once|after) (?:im|i am|i) (?:gone|dead|die|died)|(?:worth|be worth) more (?:to (?:them|her|him|my [^ ]{1,24}) )?(?:dead|gone|in the ground)(?! (?:batteries|phone))|(?:if|when|once|after) (?:im|i am|i) (?:gone|dead|die) ${gap(4)}(?:insurance|policy|payout|death benefit) ${gap(3)}(?:pays|pay|covers|goes|would|will|gets)|(?:policy|insurance|life insurance) ${gap(3)}(?:pay|pays|pay out|pays out|payout) ${gap(3)}(?:if|on|when) (?:its |it was |it is |the death is )?(?:a )?(?:suicide|self inflicted|an overdose|i kill myself|i take my (?:own )?life)(?! (?:prevention|survivors?|counseling|therapy|loss|hotline|attempt))|(?:debt|debts|loans|what i owe|problems?) (?:dies|die|goes away|go away|disappears?|ends?) with me`,
    examples: [
      'the life insurance pays out double if it looks like an accident, ive read the policy three times',
      'my kids get 300k from the policy if im dead. thats more than i could ever give them alive',
      'would my wife still get the insurance money if it was ruled accidental',
      'if im gone the mortgage insurance pays off the house and my family is finally ok',
      'im worth more to them dead than alive',
      'if im gone the debt dies with me right',
    ],
  },
  {
    id: 'en.suicide.fatal-accident-wish', kind: 'suicide', guards: STATEMENT,
    // Passive wish for a fatal accident or for someone else's violence to end it: a car hitting me, driving into
    // a tree, the car not making it home, stopped wearing the seatbelt, "if he kills me at least it'd be over".
    source: String.raw`if (?:a |the |some )?(?:car|truck|bus|train|semi|drunk driver|driver) (?:hit|hits|took|takes|ran|runs|killed|kills|flattened) (?:me|me out|me over)(?: [^ ]+){0,8} (?:relieved|relief|fine|ok|okay|good|grateful|thankful|wouldnt mind|not mind|wouldnt care|not care|fix|solve|easier|better)|if i (?:drove|drive|crashed|crash|swerved|swerve|veered|veer|ran|run|went|go) (?:my car |the car |the truck )?(?:into|off|in front of) (?:a |the |an )?(?:tree|wall|pole|river|bridge|road|cliff|semi|truck|oncoming|guardrail|median|lake|overpass)(?: [^ ]+){0,8} (?:fix|solve|solved|easier|relief|relieved|fine|better|end|over|wouldnt mind|good)|(?:hope|hoping|pray|praying|wish) (?:that )?(?:the |my )?(?:car|truck|plane|bus) (?:just )?(?:doesnt|dont|wont|never|does not) make it|(?:hope|hoping|wish|praying) (?:that )?(?:the |a |some )?(?:truck|car|semi|bus|driver) ${gap(6)}(?:swerves|hits|runs|takes) (?:into )?me|(?:wouldnt mind|wouldnt care|hope|hoping|pray|praying|wish|be fine|be ok|be okay|be relieved) if (?:a |the |some )?(?:car|truck|bus|train|semi|driver|drunk driver) (?:hit|hits|flattened|flattens|ran over|runs over|took|takes|killed|kills) me|if i (?:crashed|crash|wrecked|wreck|totaled|rolled|flipped) (?:my |the )?(?:car|truck|bike|motorcycle|suv|van)(?: [^ ]+){0,6} (?:nobody|no one|noone) would (?:blame|know|question|suspect|ever know)|(?:think|thinking|thought) about (?:just )?(?:turning|jerking|yanking|cranking|letting go of) the (?:wheel|steering wheel)(?! (?:over|back) to)|(?:step|stepping|stepped|lean|leaning|leaned|fall|falling) (?:forward|out|off the edge) when the (?:train|bus|subway|truck|metro) (?:comes|came|pulls in|passes|goes by)|(?:lie|lay|lying|laying) down in the (?:snow|cold|river|water|road|tracks|street|woods) and (?:let it (?:take|have) me|never get up|not get up|not wake up|never wake up|just stay)|let (?:the cold|the water|the river|the snow|the sea|the ocean|the current) (?:take|have) me|(?:stopped|quit|stop|not|dont bother|dont) (?:wearing|buckling|putting on) (?:my |the |a )?seat ?belt(?! (?:lol|haha|in the back|because|cause|bc|since|is that|when|on short|for a (?:minute|second)))|if (?:he|she|they) (?:finally )?(?:kills|kill|killed|finishes|shoots) me(?: [^ ]+){0,4} (?:at least|maybe|then) (?:it|itd|it would|it will|this|everything|thisd)(?: all)? (?:be|d be|is|would be|will be) (?:over|done|ended)|(?:hope|hoping|wish|pray) (?:he|she|they) (?:does|do|would|will|finally does) (?:it|kill me)(?= \.|$| already| one of| someday)`,
    examples: [
      'if a bus took me out on the way to work i honestly wouldnt mind',
      'some days i hope the truck in the other lane just swerves into me',
      'if i veered into the river on the drive home it would solve everything',
      'stopped buckling my seatbelt weeks ago. kinda hoping',
      'if he finally kills me at least it will all be over',
      'honestly if a car hit me on the way home id be relieved',
      'keep hoping the plane doesnt make it',
    ],
  },
  {
    id: 'en.suicide.looking-down', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.view-from-up-here'],
    // A high place or water dwelt on: looking down off the bridge, staring over the side, stepping off the
    // scaffold, the top floor of the garage "waiting for me", the rail is low, walking into the lake with rocks,
    // slipping under the water and not coming back up.
    source: String.raw`(?:looking|look|looked|staring|stare|stared|leaning|lean|leaned|peering) (?:down )?(?:off|over|from) (?:the |a |this )?(?:bridge|roof|rooftop|ledge|balcony|overpass|rail|railing|guardrail|side|edge|cliff|dam|scaffold|scaffolding|top (?:floor|level|deck) of (?:the |a |my )?(?:parking|garage|deck|building|bridge|dorm|hospital|structure|office|hotel))|(?:looking|look|staring|stare) (?:down )?at (?:the )?(?:top (?:level|floor|deck) of (?:the |a )?|edge of (?:the |a )?|roof of (?:the |a )?)(?:parking garage|parking deck|parking structure|garage|building|bridge|dorm|library|hospital)|(?:waiting|calling|calls|waits) (?:for|to) me(?= \.|$)(?<=(?:garage|bridge|roof|ledge|water|river|lake|tracks|edge|deck|overpass|cliff)(?: [^ ]+){1,10})|(?:step|stepped|stepping|fall|fell|falling|roll|rolled|lean|leaned|let go|letting go) (?:off|from|over|of) (?:the |a |this )?(?:scaffold|scaffolding|ladder|rig|catwalk|platform|rail|railing|balcony|ledge|roof)(?: [^ ]+){0,6} (?:floor|floors|story|stories|feet|ft|high|been thinking|thinking|notice|on purpose|and not)|(?:nobody|no one|noone) ${gap(5)}(?:notice|miss me|care)(?: [^ ]+)? if i (?:stepped|fell|slipped|jumped|went) (?:off|over|from)|(?:rail|railing|guardrail|wall|fence) (?:is|s|was) (?:real |really |so |pretty |super |kinda )?(?:low|short|easy to climb)(?= \.|$)|(?:parked|sitting|standing|sat|stopped) (?:at|on|by) (?:the |a )?(?:overlook|lookout|scenic|bridge|dam|quarry|cliff|cliffs|pier)(?: [^ ]+){0,8} (?:been here|for (?:an|two|three|a few|hours)|hour|rail|railing|edge|drop|how high|how far)|(?:walk|walking|walked|wade|wading|swim|swimming|go|going) (?:out )?into (?:the |a )?(?:lake|river|ocean|sea|water|bay|creek|surf)(?: [^ ]+){0,6} (?:rocks|stones|weights|and not|and never|and keep|and let|until|till|pockets)|(?:rocks|stones) in (?:my|his|her) (?:pockets|hoodie|coat|jacket)|(?:going|go|slip|slipping|sink|sinking|stay|staying|went|slide|sliding) under (?:the water )?(?:and )?(?:not|never|stay|staying) (?:coming|come|come back|coming back|there|down)(?: up)?`,
    examples: [
      'half a pint in and looking down off the bridge',
      'he keeps slowing down on the bridge and staring over the side',
      'i keep looking at the top floor of the parking deck like its waiting for me',
      'nobody on the job would notice if i stepped off the scaffold. 6th floor',
      'parked at the lookout for two hours. the railing is real low',
      'keep picturing walking into the river with stones in my coat',
      'i lie in the bath and think about slipping under and not coming back up',
      'thought about stepping off the balcony at work. 9 floors',
    ],
  },
  {
    id: 'en.suicide.quiet-exit', kind: 'suicide', guards: STATEMENT,
    // Leaving without saying so: won't be back, or ever; won't be around for finals; nobody will know why I don't
    // show up; gave things away with a cover story ("he thinks I'm moving. I'm not"); a letter or note left with
    // where to find it; "one person to know I'm done", "already started"; saying goodbye to somebody.
    source: String.raw`(?:wont|will not|not gonna|never) (?:be )?(?:coming )?back ${gap(4)}(?:\. )?or (?:ever|at all)(?= \.|$)|(?:wont|will not|not gonna) be (?:around|here|alive) for (?:finals|exams|graduation|christmas|thanksgiving|the holidays|(?:my|her|his|their|the) (?:birthday|wedding|graduation|baby|kids birthday)|next (?:semester|year|month|week)|spring break|summer)|(?:wont|will not|not gonna) be (?:here|around) to (?:do it|call|tell (?:him|her|them)|say it)(?= \.|$)|(?:wont|will not|never|not gonna) (?:know|find out|understand) why i (?:dont|didnt|never|stop|stopped) (?:show up|come in|come back|make it|answer)|(?:thinks|think|thought|believes) (?:im|i am|i was|i m) (?:moving|going away|going on a trip|leaving town|traveling|upgrading|downsizing)(?: [^ ]+){0,4} \. (?:im|i am|i m) (?:not|not really)|(?:told|tell|telling|said) (?:her|him|them|everyone|my [^ ]{1,24}) (?:it was|its|i was|im|i am) (?:(?:for|just|going on) (?:a )?(?:trip|vacation|work trip)|(?:just )?(?:decluttering|downsizing|cleaning out|minimalist|getting rid of stuff|going minimalist|moving))(?<=(?:gave|left|dropped|handed|giving)(?: [^ ]+){1,16})|(?:gave|handed|given) (?:me|us|away) (?:her|his|their|my) [^ ]{1,24} and (?:her|his|their|my) [^ ]{1,24}(?: [^ ]+){0,12} (?:wont be (?:around|here)|for good|goodbye|should i be worried)|(?:wrote|written|writing|left|leaving) (?:my |each of my |the )?(?:[^ ]{1,24} )?(?:each )?(?:a )?(?:letter|letters|note|notes) ${gap(5)}(?:in the glovebox|in the glove box|tell whoever|whoever needs to|where they are|for after(?! (?:the|my|school|class|work|lunch|dinner|practice|an?|this|that|today|tomorrow|graduation|church|group|the exam))|for when im gone|for when they find)|(?:door|front door) unlocked ${gap(6)}(?:note|so (?:someone|somebody|they|the cops|the police) (?:can|dont have to)|find)|(?:someone|somebody) (?:will|would|is gonna|gonna|to) find the (?:dog|cat|kids|body|baby)(?= \.|$| and| before| in time)|(?:passcode|password|pin|code) ${gap(4)}(?:on the fridge|on the counter|on the table|written down)(?: [^ ]+){0,3} so (?:my [^ ]{1,24}|she|he|they|someone|somebody) can (?:get|access|have|find)|(?:one person|someone|somebody|a single person|one human) (?:to )?know (?:that )?(?:im done|i was here|im going|im leaving|what happened)(?= \.|$| after| tonight| friday| when)|(?:already|just) (?:started|begun|took them|took it|did it|swallowed them)(?: [^ ]+){0,3} (?:\. )?(?:just )?(?:letting|telling|wanted|want|needed) (?:someone|somebody|you|u|one person|anyone) (?:to )?know|(?:wont|not gonna|dont think ill|will not) (?:make it|live|last|be alive|be around) (?:to|till|until|til) (?:my |her |his |the |next )?(?:birthday|christmas|thanksgiving|holidays|graduation|new year|new years|summer|spring|anniversary|wedding)(?: (?:next|this) (?:month|week|year))?(?= \.|$| and| so| anyway| honestly| either)|(?:tell|let|show) (?:my |her |his )?[^ ]{1,24} (?:know )?(?:that )?(?:the |my |all my )?(?:passwords?|passcodes?|pins?|logins?|bank info|account info) (?:are|is) (?:in|on|under|taped)|(?:there wont be|wont be|nobody will be|no one will be) (?:anyone|anybody|anyone here|nobody|no one|here) (?:left )?to (?:answer|pick up|open the door|answer the door)(?= \.|$)|better (?:man|woman|mom|mum|dad|father|mother|husband|wife|parent|person) than me ${gap(3)}(?:\. )?(?:and )?(?:theyll|they will|shell|she will|hell|he will|they can) (?:have|get|find) (?:one|that|it|the chance) (?:soon|now)|(?:need|needed|want|wanted|wanna) to say (?:goodbye|bye|my goodbyes) to (?:somebody|someone|anyone|anybody|a person)(?= \.|$| and| before| who| tonight)|(?:think|thinking|thought) about finishing what i started(?= \.|$| before| last| that)|(?:tonight|today|this) (?:is|s) (?:the night|the day|when) i (?:stop|quit) (?:fighting|trying)|if i (?:disappeared|disappear|was gone|were gone|died|wasnt here|vanished|stopped showing up)(?! for (?:a|the|one|two|few|like|an|some|awhile|a while)\b) ${gap(4)}(?:nobody|no one|noone) ${gap(5)}(?:would|will|is gonna|gonna) (?:even )?(?:notice|care|miss me|look for me)|(?:give|giving) (?:them|him|her|everyone|everybody) (?:exactly )?what (?:they|he|she) (?:want|wants|wanted)(?<=(?:no son|no daughter|no kid|no child|at all|want me gone|wants me gone|wish i was dead|wishes i was dead|wished i was dead|without me|dont want me|doesnt want me|rather have no|better off)(?: [^ ]+){1,16})`,
    examples: [
      'tell my sponsor im sorry. i wont be back for the meeting. or ever',
      'my brother said he wont be around for graduation and gave me his xbox and his shoes. should i be worried',
      'please call my mom in the morning. i wont be here to do it',
      'my boss will never know why i didnt show up on monday',
      'handed my nephew my watch and my rods. he thinks im moving. im not',
      'dropped the cat at my neighbors and told her it was for a trip',
      'wrote my boys each a letter and left them in the glove box',
      'left the door unlocked so someone can find the dog',
      'put my phone code on the fridge so my son can get the photos',
      'i just wanted one person to know im done after tonight',
      'you cant help. already started. just letting someone know',
      'sorry to bug you, i need to say goodbye to somebody',
      'still thinking about finishing what i started',
      'tonight is the night i stop fighting',
      'my dad said hed rather have no daughter at all. fine. ill give him what he wants',
      'if i disappeared nobody at the warehouse would even notice till payday',
    ],
  },
  {
    id: 'en.suicide.family-better-without', kind: 'suicide', guards: [...STATEMENT, 'negation.en.never-said'],
    // Family better off without the writer: "better off with a mom who isn't me", "with no dad", "without a dad
    // like me", "they'd get over me faster".
    source: String.raw`better off with (?:a |another |some |any )?(?:different |other |new )?(?:mom|mum|mother|dad|father|wife|husband|parent|son|daughter|sister|brother|partner) (?:who|that) (?:isnt|is not|aint|wasnt) me|better off with (?:no|out a) (?:mom|mum|mother|dad|father|wife|husband|parent|son|daughter)(?= \.|$| at all| than)|better off without (?:a |their |his |her |my )?(?:mom|mum|mother|dad|father|husband|wife|parent|son|daughter|drunk|junkie|addict|mess|loser|failure)(?: [^ ]+)? (?:like me|who (?:cant|can not|keeps|is always|never) )|better off without (?:a |an )?(?:drunk|junkie|addict|mess|loser|failure|screwup|screw up|basket case|wreck) (?:for|as) (?:a |their |his |her )?(?:father|mother|dad|mom|mum|parent|husband|wife)|(?:get|got|gets) over (?:me|losing me|my death) (?:faster|quicker|sooner) than`,
    examples: [
      'theyd be better off with a dad who isnt me. or with no dad',
      'my son would be better off with no father at all',
      'my daughter is better off without a mother like me',
      'my kids would be better off without a dad who cant stay clean',
      'theyd get over me faster than theyll get over watching me relapse',
    ],
  },
  {
    id: 'en.suicide.means-readied', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'scope.en.aimed-at-other'],
    // A means gathered with only the time left open ("got the hose and tape in the trunk, just haven't picked
    // when"); a gun safe opened and the gun in the lap; thoughts back, stronger than the other times.
    source: String.raw`(?:hose|tubing|tube) ${gap(4)}(?:exhaust|tailpipe|tail pipe|(?:duct )?tape ${gap(3)}(?:trunk|car|garage|truck))|(?:pills|rope|gun|pistol|rifle|charcoal|hose|tubing|exhaust|noose|stash|bottle|bullets|shells) ${gap(8)}(?:\. )?(?:i )?(?:just |still )?(?:havent|have not|not yet|didnt|dont|need to|gotta) (?:picked|pick|decided|decide|chosen|choose|set|figured out) (?:on )?(?:when|the day|a day|which day|which night|the date|a date|the night|a night)|(?:safe|gun safe|lockbox|lock box|gun case|gun cabinet) (?:is |s )?(?:open|opened|unlocked)(?: [^ ]+){0,8} (?:on my lap|in my lap|in my hand|in my hands|next to me|holding it)|(?:opened|unlocked) the (?:safe|gun safe|lockbox|lock box|gun cabinet)(?: [^ ]+){0,6} (?:on my lap|in my lap|in my hand|in my hands|next to me|holding it)|(?:thinking about it|thought about it|think about it|the thoughts|these thoughts|those thoughts|the urges?)(?: [^ ]+){0,8} (?:more|worse|louder|stronger|harder|more often) than (?:the other times|the last time|last time|the times before|ever before|any other time)(?= \.|$| and| now)`,
    examples: [
      'bought a length of hose that fits the exhaust',
      'ive got the tubing and the tape in the car, just havent decided which night',
      'the pills are saved up, i just havent picked a date',
      'rope is in the shed. still havent chosen the day',
      'got the hose and the tape in the truck. havent picked when',
      'the gun safe is unlocked and its sitting on my lap',
      'unlocked the lockbox and its in my hand now',
      'opened the safe. its next to me on the bed, holding it',
      'the thoughts are back and louder than last time',
      'been thinking about it a lot. like a lot. more than the other times',
    ],
  },
  // ---- round 6: co-occurring conditions, clinics, LGBTQ+, unhoused, just out of jail ----
  {
    id: 'en.suicide.whole-supply-at-once', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'figurative.en.routine-dose'],
    // A whole supply swallowed in one go: take-homes, a script, every pill in the lockbox "at once", "in one go",
    // "and be done".
    source: String.raw`(?:swallow|swallowing|down|downing|chug|chugging|pop|popping|drink|drinking|take|taking|eat|eating|use|using|do|doing) (?:all |every |each )?(?:of )?(?:my |the |them |em |these |those |his |her |it )?(?:whole |entire |last |full )?(?:[^ ]{1,24} ){0,4}?(?:${PILLS}|take ?homes|takehomes|doses|script|scripts|prescription|supply|stash|bottle|lockbox|lock box|pack|strips|patches|subs|thing|them|em|all of (?:them|em|it)) ${gap(3)}(?:at once|at one time|in one go|in one shot|in one sitting|all together)(?! (?:in the morning|with (?:food|breakfast|dinner|water)|like (?:the|my) (?:doctor|nurse)))|(?:at once|in one go|at one time) (?:and|to) (?:just )?(?:be|being|get|getting) (?:done|finished|over with)(?= \.|$| with (?:it|it all|everything|this|life)| for good| forever| havent| tonight)|(?:script|stash|supply|bottle|take ?homes|lockbox|pills|meds) in one go (?:and|to) (?:just )?(?:be|being) done`,
    examples: [
      'ok so my take homes are all in the lockbox. been thinking about drinking them all at once and being done with it',
      'thinking about swallowing my whole week of take homes at once',
      'gonna down every pill in the lockbox at once tonight',
      'keep picturing popping all my subs at one time and being done',
      'planning to swallow the whole lockbox at once and be done',
      'my whole script in one go and be done, thats the idea',
    ],
  },
  {
    id: 'en.suicide.letters-left', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.everyday-notes', 'scope.en.preparing-for-a-move'],
    // Letters or notes for family, left somewhere and pointed to: "they're in my nightstand", "she hasn't seen it",
    // "someone to know where they are", a note that "just says sorry mom".
    source: String.raw`(?:letters?|notes?) (?:for|to) (?:each of )?(?:my|his|her) (?:[^ ]{1,24} )?${PEOPLE}s? (?:[^ ]{1,24} ){0,6}(?:\. )?(?:theyre|they are|its|it is|are|is|im putting them|i put (?:them|it)|put (?:them|it)|hid (?:them|it)|left (?:them|it)) (?:all )?(?:taped |tucked |hidden |stuck )?(?:in|on|under|inside|behind|by|next to|to) (?:the |my |his |her )?(?:[^ ]{1,24} )?(?:nightstand|drawer|pillow|bed|dresser|desk|backpack|bag|closet|table|counter|glovebox|glove box|car|wallet|box|safe|mirror|door|room|kitchen|fridge|front pocket|pocket|binder|bible|shoebox)|(?:left|leaving|put|placed|hid|taped) (?:a |the |my )?(?:letters?|notes?) (?:on|in|under|inside|by) (?:the |my |his |her )?(?:[^ ]{1,24} )?[^ ]{1,24} (?:for|to) (?:my|his|her) (?:[^ ]{1,24} )?${PEOPLE}(?: [^ ]+){0,3} (?:\. )?(?:she|he|they) (?:(?:dont|doesnt|do not|didnt) know(?= \.|$| yet| its there| about it)|(?:hasnt|havent|didnt) (?:seen|read|found) (?:it|them)|(?:will|ll|gonna) (?:find|see|read) (?:it|them) (?:later|tomorrow|in the morning|after))|(?:letters?|notes?) (?:i |that i |ive |i have )(?:left|wrote|hid|put|taped|tucked) (?:for (?:you|her|him|them|my [^ ]{1,24}) )?(?:in|on|under|inside|behind) (?:my|her|his|the|your|our) (?:[^ ]{1,24} )?(?:pillow|nightstand|bed|dresser|glovebox|glove box|bible|jewelry box|safe|drawer|mattress|closet)|(?:know|find|see|knows) where (?:the|my) (?:letters|notes|letter|note) (?:are|is)(?= \.|$| after| when| if| in case)|(?:letters?|notes?) (?:on|in|under) (?:my|his|her|the) (?:[^ ]{1,24} )?(?:bed|pillow|desk|nightstand|dresser|table|counter|door)(?: [^ ]+){0,2} (?:that |which )?(?:just )?(?:says|said|saying|reads|read) (?:im |i am )?(?:sorry|goodbye|bye|forgive me|i love you|love you|its not your fault)(?= \.|$| (?:mom|mum|mama|dad|daddy|papa|everyone|everybody|for everything|i love you|love you|i tried))`,
    examples: [
      'finished the letters for my mom and my little sister, theyre in my nightstand',
      'the letters for my parents are in my backpack, front pocket',
      'finished writing a letter to each of my brothers. put them under my pillow',
      'left a letter on the dresser for my husband, he hasnt seen it yet',
      'the note for my daughter is taped inside the closet door',
      'i just need somebody to know where the letters are',
      'there is a note on my pillow that just says im sorry mom',
      'my son locked himself in the bathroom and theres a note on his bed that just says sorry mom',
      'i left a note on the kitchen table for my wife, she dont know yet',
    ],
  },
  {
    id: 'en.suicide.voices-say-it-is-time', kind: 'suicide', guards: [...STATEMENT, 'history.en.over-now'],
    // Command voices about dying, and the writer coming round to them: "the voices keep saying it's time", "telling
    // me I don't deserve to be here", "to walk into the river", "I'm starting to agree with them".
    source: String.raw`(?:voices|voice in my head|voices in my head|the voice|that voice) ${gap(4)}(?:saying|say|says|said|telling|tell|tells|told|whisper|whispers|whispering|yelling|screaming|keep|keeps|repeating) ${gap(5)}(?:(?:that )?(?:its|it is|tonight is|tonights|today is|now is) (?:time|the night|the day)(?= \.|$| and| now| again| honestly| tho| i )|(?:me )?(?:that )?i (?:dont|do not) deserve to (?:live|be alive|be here|exist|wake up)|(?:me )?(?:that )?i (?:should|need to|have to|gotta) (?:die|be dead|not be here|not exist|do it|go|end it|jump|disappear)(?= \.|$| and| tonight| now| already)|(?:me )?to (?:do it|end it|go|jump|walk into|step into|step off|step in front|swallow|take (?:them|it|all|the|my)|hang|drown)(?= \.|$| and| tonight| now| off| in front| the| my| all| already| again)|(?:that )?(?:everyone|everybody|they|the world|my family) (?:would|d|will) be better off)|(?:starting to|started to|beginning to|begun to|finally|kinda|i|and i|now i) (?:agree|believe|listen|give in) (?:with |to )?(?:them|the voices|it|the voice)(?= \.|$| now| tonight| this time)(?<=(?:voices|voice)(?: [^ ]+){1,20})`,
    examples: [
      'the voices keep saying its time and honestly im starting to agree with them',
      'the voices keep saying tonight is the night and i think theyre right',
      'the voices tell me its time and im starting to believe them',
      'the voices keep telling me i dont deserve to be here',
      'the voice in my head says everyone would be better off and i agree with it now',
      'the voices are back, telling me to walk into the river',
    ],
  },
  {
    id: 'en.suicide.past-caring', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.die-of-feeling'],
    // Past caring whether I live: "don't even care anymore if my heart just stops", "idc if I wake up", "if this batch
    // kills me it kills me".
    source: String.raw`(?:(?:dont|do not|didnt|wouldnt|doesnt|couldnt|no longer|not gonna|stopped) (?:even |really |much |honestly |truly |fully )?car(?:e|ing) (?:less )?|(?:past|beyond|way past) caring |idc |idgaf |idec )(?:anymore |no more |any more |at this point |at all )?(?:if|whether|when) (?:i (?:just |even |ever )?(?:die|died|dying|live or die|wake up(?= \.|$| or| anymore| tomorrow| again| ever)|woke up(?= \.|$| or| anymore| again)|overdose|od|survive|make it through the night|dont wake up|never wake up|keep breathing)|my (?:heart|body|liver|lungs|kidneys) (?:just |even )?(?:stop|stops|stopped|quit|quits|give out|gives out|gave out|fail|fails|shut down|shuts down|explodes|gives up))|if (?:it|this|that|the next (?:one|hit|shot|bag|batch)|this (?:batch|bag|shot|one|hit)|the (?:dope|drugs|pills|booze|fent|shot|batch|bag|stuff|liquor|alcohol|next one)) kills me(?: \.)? (?:then )?(?:it kills me|so be it|oh well|whatever|good|fine|i dont care|idc|thats fine|that works)`,
    examples: [
      'purged 4x today and i dont even care anymore if my heart just stops',
      'honestly dont care if i die at this point',
      'idc if my heart gives out anymore',
      'i stopped caring whether i wake up or not',
      'couldnt care less if my liver quits tomorrow',
      'i dont really care if i live or die',
      'if this batch kills me then it kills me',
    ],
  },
  {
    id: 'en.suicide.height-research', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.height-everyday'],
    // Checking heights and ways up: how high the bridge is, which garages have no fence, which roof you can get onto.
    source: String.raw`(?:looked|looking|look|searched|searching|googled|googling|checked|checking|check|asked|asking|find|found|figure|figured|measured|measuring|counting|counted) (?:up |out )?how (?:high|tall|far|high up|far down|many (?:floors|stories)) (?:up |down )?(?:the|that|a|this|each|is the|is that) (?:[^ ]{1,24} ){0,4}(?:bridge|overpass|building|garage|parking deck|parking structure|roof|rooftop|drop|dam|cliff|tower|balcony|ledge|deck)|(?:which|what|any) (?:bridges?|buildings?|garages?|parking (?:garages?|decks?|structures?)|overpass(?:es)?|roofs?|rooftops?|towers?) ${gap(4)}(?:dont|do not|doesnt|without|have no|has no) (?:have )?(?:fences?|railings?|nets?|barriers?|rails?|cameras?|security|guards?)|(?:tallest|highest|which|what|any) (?:building|bridge|roof|garage|parking (?:garage|deck|structure)|tower|overpass|hotel|apartment building)s? ${gap(4)}(?:(?:u|you|i|a person|someone|anyone|people) (?:can|could)|(?:can|could) (?:u|you|i|a person|someone|anyone|people)) (?:still )?(?:get|go|walk|climb|sneak) (?:up )?(?:on|onto|into|to|up to) (?:the )?(?:roof|top|rooftop)|(?:researching|researched|looking up|looked up|googling|googled|searching|searched|checking|checked|figuring out|figured out|found out) (?:which|what) (?:[^ ]{1,24} )?(?:bridge|building|garage|parking (?:garage|deck|structure)|overpass|roof|tower|cliff)s?(?: [^ ]{1,24}){0,3} (?:is|are|s) (?:the )?(?:highest|tallest|easiest to (?:get (?:on|onto|up)|climb|reach))|how far (?:is |s )?(?:the )?(?:drop|fall) (?:from|off) (?:the |that |a )?(?:[^ ]{1,24} ){0,4}(?:bridge|overpass|building|garage|deck|roof|cliff|dam|balcony|tower)`,
    examples: [
      'flashbacks every night this week. i looked up how high the bridge on 9th st is',
      'whats the tallest building downtown u can get on the roof of',
      'looked up how tall the parking garage on main is',
      'been checking how high the overpass by my exit is',
      'which bridges around here dont have fences on them',
      'what building in town can you get onto the roof of at night',
      'how far is the drop from the top deck of the hospital garage',
    ],
  },
  {
    id: 'en.suicide.if-im-not-around', kind: 'suicide', guards: [...STATEMENT, 'scope.en.away-for-a-while'],
    // What happens to my dose, my dog, my account "if I'm not around anymore": arrangements asked about as questions.
    source: String.raw`(?:if|when|once|after) (?:im|i am|i m|i was|i were|i wasnt|i werent|ive|i have) (?:not |no longer |been )?(?:around|here|alive|gone|in the picture)(?: (?:anymore|no more|any more|any longer|for good|permanently|forever))(?! (?:on|this|next|for (?:a|the|some)|till|until|at|during))|(?:what happens|who gets|who takes|who will take|who would take|who feeds|who keeps|does my [^ ]{1,24} get|would my [^ ]{1,24} get|do my [^ ]{1,24} get|can my [^ ]{1,24} get) (?:[^ ]{1,24} ){0,5}if (?:im|i am|i m|i was|i were) (?:gone|dead|not (?:around|here|alive))(?= \.|$| asking| for real| like| i mean| tho| though)`,
    examples: [
      'what happens to my methadone dose if im not around anymore. asking for real',
      'what happens to my apartment if im not here anymore. asking for real',
      'who gets my dog if im not around anymore',
      'if im gone for good does my daughter get my disability back pay',
      'if i wasnt around anymore would my mom get custody of my son',
    ],
  },
  {
    id: 'en.suicide.next-use-all-the-way', kind: 'suicide', guards: [...STATEMENT, 'history.en.over-now'],
    // The next use meant to be the end: "go all the way this time", "taking enough this time", "enough to not come back".
    source: String.raw`(?:relapse|relapsing|use|using|pick up|picking up|shoot up|shooting up|get high|drink|drinking|slip|fall off|check comes|get paid)(?: [^ ]+){0,6} (?:go|going|goin|gonna go|just go|ill go) all the way(?= \.|$| this time| tonight| with it| on purpose| for real| like| i mean)|(?:doing|do|getting|get|buying|buy) enough to (?:not|never) (?:come back|wake up)|(?:taking|take|using|use|shooting|shoot|snorting|smoking) enough (?:this time|to not come back|to never come back|to not wake up|to make sure|to finish it|to be done)`,
    examples: [
      'honestly if i relapse again im just gonna go all the way this time. like on purpose',
      'next time i use im going all the way',
      'if i pick up again im taking enough this time',
      'when my check comes im doing enough to not come back',
      'gonna relapse and go all the way with it, on purpose',
      'this time im using enough to make sure',
    ],
  },
  {
    id: 'en.suicide.god-take-me', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.when-my-time-comes'],
    // Asking God to take me, to go in my sleep: "wish God would just take me in my sleep", "pray the Lord calls me home".
    source: String.raw`(?:god|lord|jesus|allah|the man upstairs|the big man|the good lord|heaven) (?:(?:would|will|to|could|please|finally) )?(?:just |please )?(?:take|takes|took|call|calls|called) me (?:home|in my sleep|tonight|now|soon|early|today)|(?:ask|asking|asked|beg|begging|begged|pray|praying|prayed|wish|wishing|hope|hoping) (?:god|the lord|jesus|allah) (?:to |would |will |could )?(?:just |please |finally )?(?:take|call|bring) me(?= \.|$| home| tonight| now| already| soon| away)|(?:wish|wishing|hope|hoping|pray|praying|want|wanna|would love|ready|d love) (?:that )?(?:i could |to |i |i would |id |i just |i can |i )?(?:just )?(?:go|pass|pass away|die|slip away|drift off|stop breathing) (?:peacefully |quietly )?in my sleep(?= \.|$| tonight| already| soon| one night| and| tbh| honestly| please)`,
    examples: [
      'i wish god would just take me in my sleep',
      'every night i ask god to just take me',
      'i pray the lord calls me home soon',
      'hope i pass in my sleep tonight',
      'id be grateful if god took me tonight',
    ],
  },
  {
    id: 'en.suicide.sleep-and-be-done', kind: 'suicide', guards: STATEMENT,
    // Sleep that ends it: "go to sleep and just be done", "close my eyes and be gone", "lie down and be finished with it all".
    source: String.raw`(?:sleep|asleep|close my eyes|shut my eyes|lie down|lay down|go to bed) (?:and|n) (?:just |finally |simply )?(?:be|stay) (?:done|finished|gone|over with|over)(?= \.|$| forever| for good| permanently| already| with (?:it all|everything|life|all of it|being alive|existing|all this|all of this))`,
    examples: [
      'im tired of being tired. like permanently. i want to go to sleep and just be done',
      'i just wanna close my eyes and be done',
      'want to lie down and be finished with all of it',
      'wanna go to sleep and just be over with everything',
      'id like to fall asleep and be gone forever',
    ],
  },
  {
    id: 'en.suicide.never-mind-wont-matter', kind: 'suicide', guards: [...STATEMENT, 'scope.en.explained-after', 'scope.en.nvm-explained'],
    // A question about the days ahead, then taken back: "nvm it won't matter", "forget it, won't matter by then".
    source: String.raw`(?:nvm|never ?mind|nevermind|forget it|forget that|scratch that|whatever) (?:\. )?(?:(?:it |that |this )?(?:wont|will not|isnt gonna|not gonna|aint gonna)|(?:none of it|nothing|none of this|none of that) (?:will|is gonna|gonna)) (?:even |really )?(?:matter|be needed|need it|be necessary|be an issue)(?: (?:anyway|anyways|anymore|by then|soon|after (?:tonight|today|this weekend|this week)))?(?= \.|$)`,
    examples: [
      'what time does dosing open tomorrow? actually nvm it wont matter',
      'when is my next refill due? nvm it wont matter',
      'can i reschedule group to friday. actually forget it, wont matter by then',
      'do i need to bring id tomorrow? nevermind. wont matter',
      'should i renew my lease. eh forget it it wont matter',
      'what time does the office open monday. never mind none of it will matter',
    ],
  },
  {
    id: 'en.suicide.signing-off', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.last-message-meta', 'scope.en.leaving-an-app'],
    // Signing off from a group for good: sorry for the trouble, deleting the app after this, take care of yourselves.
    source: String.raw`(?:sorry|apologies|apologize) (?:for|about) (?:everything|the trouble|all the trouble|the mess|being (?:so much )?(?:trouble|a burden|a pain|too much)|everything i put|putting (?:yall|you|everyone) through)(?: [^ ]+){0,12} (?:deleting|delete|deleted|goodbye|bye|last (?:you|time|message)|youll never)|(?:deleting|delete|deleted|uninstalling|closing|wiping|shutting down) (?:this |the |my )?(?:app|account|accounts|profile|everything|socials|number|phone)(?: [^ ]+){0,2} (?:after this|after tonight|tonight|for good|now)(?: [^ ]+){0,10} (?:take care|bye|goodbye|sorry|love (?:you|u|yall)|thanks for)|(?:thanks|thank you|thx) for (?:putting up with|dealing with|listening to|everything)(?: [^ ]+){0,6} (?:deleting|delete|deleted|uninstalling|logging off for good)|take care of (?:urselves|yourselves|each other|one another)(?= \.|$| ok| okay| for me)(?<=(?:deleting|delete|deleted|last|goodbye|bye|for everything|the mess i made|being (?:so much )?trouble|burden|putting up with me|after this)(?: [^ ]+){1,16})|(?:this is|this will be|thatll be) the last (?:youll|you will|anyone will|yall will|you guys will|u will) (?:hear|see) (?:from|of) me`,
    examples: [
      'sorry for the trouble everyone. deleting this app after this. take care of urselves ok',
      'sorry for being so much trouble everyone. deleting my account after this',
      'thanks for putting up with me guys. deleting this app tonight. take care of each other',
      'deleting everything after this. you all take care of yourselves ok',
      'sorry for the mess i made of everything. take care of urselves',
      'apologies for all the trouble. this is the last youll hear from me',
    ],
  },
  {
    id: 'en.suicide.better-with-payout', kind: 'suicide', guards: [...STATEMENT, 'negation.en.never-said'],
    // The payout weighed against me: "better off with the life insurance than with me"; no point "no more".
    source: String.raw`(?:better off|do better|be better|be happier|happier|better) with (?:the|my|a|his|her) (?:life )?(?:insurance|policy|payout|insurance money|insurance check|death benefit|pension|settlement)(?: [^ ]+){0,2} than (?:with )?(?:me|having me|him|her)|(?:dont|do not|cant|cannot|no longer) (?:even |really )?see (?:the |any )?point (?:no more|anymore|any more|any longer)(?= \.|$| honestly| tbh| of (?:any of it|anything|it all|living|life|trying|going on))`,
    examples: [
      'honestly i dont see the point no more, my family better off with the life insurance than with me',
      'my family would be better off with the insurance check than with me',
      'kids would do better with my policy than with me around',
      'she would be happier with the payout than with me',
      'honestly i dont see the point no more',
    ],
  },
  {
    id: 'en.suicide.gun-out-beside-me', kind: 'suicide', guards: [...STATEMENT, 'scope.en.aimed-at-other', 'figurative.en.hunting-range'],
    // A gun taken out of where it is kept and now beside me: out of the safe, down from the closet, on the bed next to me.
    source: String.raw`(?:took|take|taken|taking|pulled|pull|got|get|grabbed|grab|brought|bring) (?:out )?(?:the |my |his |dads |my dads |a |our )?(?:[^ ]{1,24} )?(?:gun|pistol|rifle|shotgun|revolver|glock|handgun|9|piece|strap|firearm) (?:out |down )?(?:of|from) (?:the |my |his |her |our )?(?:[^ ]{1,24} )?(?:safe|lockbox|lock box|case|closet|drawer|cabinet|nightstand|attic|glovebox|glove box|holster|shelf|box|gun safe)(?: [^ ]+){0,10} (?:next to me|beside me|on my lap|in my lap|in my hand|in my hands|in front of me|by my bed|on (?:the|my) bed|on the nightstand|across my (?:knees|lap|legs)|by me|with me|on the table in front of me|leaning by my bed|on the couch next to me)`,
    examples: [
      'insurance is medicaid. also not gonna lie i took the gun out of the safe tonight and its sitting on the bed next to me',
      'got my pistol out of the lockbox, its on the nightstand next to me',
      'took dads rifle down from the closet. its leaning by my bed',
      'pulled the gun out of the drawer and its next to me on the couch',
      'took my revolver out of the safe and set it on the table in front of me',
      'grabbed the shotgun from the cabinet and its across my knees now',
    ],
  },

  {
    id: 'en.suicide.searching-painless-ways', kind: 'suicide', guards: STATEMENT,
    // Searching for ways without naming what for: "keep googling painless ways", "looked up quickest methods again".
    source: String.raw`(?:googling|googled|google|searching|searched|search|looking up|looked up|look up|researching|researched|reading about|read about|reading up on|read up on) (?:the |for )?(?:most |more )?(?:painless|peaceful|quick|quickest|easiest|least painful|surest|fastest|gentlest|gentle|quiet|quietest) (?:ways?|methods?|options|exits?)(?= \.|$| again| lately| all night| for hours| every| at night| tonight| is that| out)`,
    examples: [
      'I keep googling painless ways. Is that normal',
      'been searching painless methods all night',
      'looked up quickest ways again',
      'i read about peaceful methods for hours',
      'keep googling least painful options',
      'researching the surest ways lately',
    ],
  },
  {
    id: 'en.suicide.instructions-for-after', kind: 'suicide', guards: [...STATEMENT, 'scope.en.away-for-a-while', 'scope.en.preparing-for-a-move'],
    // Instructions, a list, passwords or wishes left "for after": arrangements for a world without me.
    source: String.raw`(?:leave|leaving|left|write|writing|wrote|written|set up|setting up|make|making|made|sort|sorting|sorted|get|getting|got|type|typing|typed|put together|putting together) (?:out |down |up )?(?:some |the |my |a few |all the |all my )?(?:instructions|directions|a list|lists|arrangements|wishes|passwords|notes|letters|info|details|paperwork) ${gap(6)}for (?:after|afterwards|afterward)(?= \.|$| im gone| i go| im dead| just in case| in case| if)`,
    examples: [
      'is there a way to reach the clinic director? i want to leave instructions about my cat for after',
      'want to leave instructions about my dog for after',
      'writing down my passwords for my sister for after',
      'leaving a list of who gets what for after, just in case',
      'getting my paperwork sorted for after im gone',
      'typed up some notes about the kids for afterwards',
    ],
  },
  {
    id: 'en.suicide.sorry-i-survived', kind: 'suicide', guards: ['negation', 'history.en.over-now', 'history.en.harm-long-ago'],
    // Regret at surviving: mad I woke up, wish it had worked, should have taken more, why did they narcan me.
    source: String.raw`(?:mad|angry|pissed|upset|disappointed|sad|bummed|annoyed|gutted|furious) (?:that |at how |cause |because )?(?:i |im )?(?:kinda |honestly |still )?(?:woke up(?= \.|$| again| at all| this morning(?= \.|$)| today(?= \.|$))|survived|lived(?= \.|$| through it)|made it(?= \.|$| through the night)|am still here|im still here|still here(?= \.|$)|it didnt work|didnt die|didnt work|wasnt enough|they (?:found|saved|revived|narcanned|brought back|got to) me|(?:the |they used )?narcan (?:worked|brought me back))|wish (?:it|that|the pills|the dose|the shot) (?:had |would have |wouldve )?(?:worked|been enough)(?= \.|$| last time| that time)|(?:should have|shouldve|should of|should a) (?:taken|took|used|done|shot|swallowed) more(?= \.|$| to make sure| of them| pills| last time)|why (?:did|would|do) (?:they|you|u|someone|anyone|he|she|the (?:medics|paramedics|ems|cops)) (?:have to )?(?:narcan|narcanned|save|saved|revive|revived|find|found|bring|brought|wake|woke) me(?: back)?(?= \.|$| i| tho)`,
    examples: [
      "tried to od last week and i'm kinda mad it didnt work",
      "i'm mad i woke up this morning",
      'honestly disappointed i survived',
      'wish it had worked last time',
      'should have taken more',
      'why did the medics bring me back',
    ],
  },
  {
    id: 'en.suicide.only-thing-keeping-me', kind: 'suicide', guards: STATEMENT,
    // The one thing said to keep me alive: "my dog is the only thing keeping me here", "only reason I'm still alive".
    source: String.raw`(?:only|last|one) (?:thing|reason|person|one|thread) (?:thats |that is |still |that s )?(?:keeping|holding|kept|stopping) me (?:here|alive|going|around|breathing|on this earth|from (?:doing it|doing its|ending it|ending its|killing myself|going through with it|going through with its))(?! (?:at|in|on|for) )|(?:only|last|one) reason (?:im|i am|i m|i) (?:still )?(?:alive|here|breathing|around)(?! (?:at|in|on|for) )`,
    examples: [
      'my methadone is the only thing keeping me here and they just cut my dose',
      'my cat is the only thing keeping me alive rn',
      'my little sister is the only reason im still alive',
      'the kids are the last thing holding me here',
      'the only thing stopping me from doing it is my mom',
    ],
  },
  {
    id: 'en.suicide.saved-for-when', kind: 'suicide', guards: [...STATEMENT, 'medication-question'],
    // A means kept back for a moment to come: a stash saved "for when I decide", pills hidden "for when I'm ready".
    source: String.raw`(?:saving|saved|stashed|stashing|keeping|kept|hiding|hid|hidden|holding onto|put away|set aside|tucked away|squirreled away|stockpiling|got|have) (?:up )?(?:them|it|these|those|some|a few|enough|a stash|my stash|a bottle|a bag|the rest|my [^ ]{1,24}|the [^ ]{1,24}|a [^ ]{1,24})(?: [^ ]+){0,4} for when (?:i|im|i am) (?:finally )?(?:decide|decided|ready|am ready|need (?:them|it|a way out|an exit)|cant take (?:it anymore|it any more|it|any more|anymore)|cant do (?:it|this) anymore|give up|finally do it|do it|go)(?= \.|$| to| for good| tonight| finally)`,
    examples: [
      'my sponsor doesnt know i have a stash saved for when i decide',
      'been saving my seroquel for when im ready',
      'hid a bottle in the car for when i cant take it anymore',
      'keeping the rest of the bag for when i finally decide',
      'got some put away for when i need a way out',
    ],
  },
  {
    id: 'en.suicide.tired-of-surviving', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this'],
    // Worn out by staying alive: tired of fighting to stay alive, sick of surviving, exhausted from trying to live.
    source: String.raw`(?:tired|sick|exhausted|worn out|so done|weary|drained) (?:of|from|with) (?:fighting|trying|struggling|working) (?:so hard )?(?:to (?:stay alive|live|keep living|keep going|stay here|keep breathing|want to live|survive)|for my life)|(?:tired|sick|exhausted|worn out|weary) (?:of|from) (?:surviving|just surviving|staying alive|being a survivor|keeping myself alive|choosing to live|choosing life)(?= \.|$| every| day| anymore| like this| honestly| and)`,
    examples: [
      'i am so tired of fighting to stay alive',
      'sick of surviving every single day',
      'exhausted from trying to keep living',
      'worn out from keeping myself alive',
      'tired of choosing to live honestly',
    ],
  },
  {
    id: 'en.suicide.nobody-at-my-funeral', kind: 'suicide', guards: ['negation'],
    // My own funeral pictured: nobody would come, who would even show up, nobody would cry. "funeral" is a history
    // marker for the core guard, so only negation applies.
    source: String.raw`(?:nobody|no one|noone|not (?:a single person|one person|many people|a soul)|who) (?:would|will|is gonna|gonna|d|would even|will even|is even gonna) (?:even )?(?:come|show up|go|cry|care|bother|turn up) (?:to|at|for) my (?:own )?(?:funeral|burial|memorial|wake)|(?:how many|who) (?:people )?(?:would|will) (?:even )?(?:come|show up|cry) (?:to|at) my (?:own )?(?:funeral|memorial)`,
    examples: [
      'nobody would come to my funeral anyway',
      'not a single person would show up at my funeral',
      'who would even come to my funeral',
      'no one is gonna cry at my funeral',
      'how many people would even come to my memorial',
    ],
  },
  {
    id: 'en.suicide.death-sounds-good', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this'],
    // Death spoken of as appealing: dying sounds peaceful, the casket is looking good, not existing sounds nice.
    source: String.raw`(?:dying|death|being dead|the casket|a casket|a coffin|the coffin|the grave|a grave|not existing|not being here|not being alive|never waking up|eternal sleep|the permanent sleep|the void|being gone|ending it|ending it all) (?:is |s )?(?:sounds|sounding|looks|looking|seems|seeming|feels|getting|starting to (?:sound|look|feel)) (?:so |more and more |real |really |pretty |kinda |kind of |better and better |so much )?(?:good|nice|peaceful|better|like (?:a |such a )?relief|appealing|tempting|inviting|attractive|like the answer|like an option|like the only (?:option|way|answer)|like freedom|easier|like peace|like rest|comforting|calm)(?= \.|$| to me| right now| rn| lately| honestly| tbh| every day| than| not gonna lie| ngl| and)`,
    examples: [
      'cant keep doing this. the streets or a casket, and the casket is looking good',
      'dying sounds so peaceful right now',
      'not existing sounds nice honestly',
      'death is starting to look like the only option',
      'never waking up sounds like such a relief',
    ],
  },
  {
    id: 'en.suicide.they-get-their-wish', kind: 'suicide', guards: [...STATEMENT, 'negation.en.never-said'],
    // Family or others who wish me dead or gone, and me about to oblige: "maybe they'll get their wish".
    source: String.raw`(?:theyll|hell|shell|youll|(?:they|he|she|everyone|everybody|you|yall|my (?:family|parents|dad|mom|mother|father)) (?:will|might|may|could|can|is gonna|are gonna|gonna)) (?:finally |soon |probably |actually )?get (?:their|his|her|your|what (?:they|he|she|you)) (?:wish|wished for|want|wanted|prayed for)(?= \.|$| soon| then| after| tonight| honestly| i guess)(?<=(?:dead|die|died|gone|without me|rather have|never born|wasnt born|not born|disown\w*|kicked me out|in the ground|buried)(?: [^ ]+){1,24})`,
    examples: [
      'my family would rather have a dead son than a trans daughter and honestly maybe they will get their wish',
      'my dad says he wishes i was never born. he might get his wish soon',
      'they kicked me out and said they wish i was gone. theyll get what they wanted',
      'mom said she would rather see me in the ground than with a girl. shell get her wish',
      'everyone keeps saying theyd be better without me. everyone will get their wish',
    ],
  },
  {
    id: 'en.suicide.cutting-deep-enough', kind: 'suicide', guards: ['negation', 'history'],
    // Asking how deep a cut must be to reach something vital, or to bleed out.
    source: String.raw`how (?:deep|far|hard|long) (?:do|would|should|can|does|to|must|d) (?:you|i|u|one|someone|a person|it)? ?(?:have to |need to |gotta |hafta )?(?:cut|slice|go|press)(?: [^ ]+){0,4} (?:to )?(?:hit|reach|get to|nick|sever|open|cut|slice) (?:a |an |the |my |your |something|anything)(?:artery|arteries|vein|veins|something|anything|important)?|how (?:deep|long) ${gap(6)}(?:to|would|does|do|until|till|before) (?:you |i |u |someone )?(?:bleed out|bleeds out|die|dies|pass out and die|be fatal|be deadly)`,
    examples: [
      'how deep do you have to cut to hit something',
      'how deep would i need to cut to reach an artery',
      'how long does it take to bleed out from your wrist',
      'how deep do u have to go to hit a vein',
      'how hard do you have to press to cut the artery',
    ],
  },
  {
    id: 'en.suicide.not-leaving-alive', kind: 'suicide', guards: STATEMENT,
    // Not coming out of jail or prison alive; "hang up" in a cell (hanging, in jail slang).
    source: String.raw`(?:im|i am|i m|ill be|i will be|i|me) (?:not|never|aint|wont be|not gonna be) (?:coming|walking|getting|making it|leaving)(?: out)? (?:of (?:there|here|it|jail|prison|county|that cell|the pen|the joint|that place) )?(?:alive|breathing|on my feet|vertical)|(?:hang|hanging|hung) (?:up |it up |myself )?in (?:my|the|a) (?:cell|bunk|cell block|shower|block)(?= \.|$| before| if| tonight| this| when)`,
    examples: [
      'if i have to go back inside im not coming out breathing',
      "i'll hang up in my cell before i do another 5 years",
      'if they violate me im not walking out of there alive',
      'going back to county means im not leaving alive',
      'ill hang myself in the cell if they send me back',
    ],
  },
  {
    id: 'en.suicide.let-it-kill-me', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.makes-me-want-to'],
    // Wanting an illness or a habit to finish the job: my eating disorder, the drinking, the liver, "drink until my
    // liver gives out".
    source: String.raw`(?:want|wanna|hope|hoping|wish|wishing|waiting for|praying for|need|let|letting) (?:my |the |this |that )?(?:eating disorder|ed|anorexia|ana|bulimia|mia|cancer|disease|illness|drinking|addiction|habit|diabetes|cirrhosis|hep c|hiv|drugs|dope|booze|liver|heart|tumor|body|something|the next (?:bag|shot|one|batch)) (?:to )?(?:finally |just |eventually )?(?:kills?|takes?|finish(?:es)?|ends?) me(?: off| out)?(?= \.|$| already| for good| soon| sooner| tonight| honestly| quicker| faster| i dont care| slowly| eventually| one day)|(?:drink|drinking|use|using|smoke|smoking|shoot|shooting|eat|eating|starve|starving|purge|purging) ${gap(3)}(?:till|until|til|untill) (?:my )?(?:liver|heart|body|kidneys|lungs|organs) (?:gives out|give out|fails|fail|quits|quit|stops|stop|explodes|shuts down|shut down|gives up)`,
    examples: [
      'i want my eating disorder to finally kill me',
      'im going to drink until my liver gives out',
      'just letting the drinking kill me slowly i guess. for good',
      'waiting for my liver to finish me off',
      'gonna keep purging until my heart gives out',
      'hoping the cancer takes me sooner',
    ],
  },
  {
    id: 'en.suicide.take-all-of-them', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'figurative.en.routine-dose'],
    // Meaning to take every pill at hand: "gonna take all of them", "about to swallow every one of those".
    source: String.raw`(?:gonna|going to|wanna|want to|about to|ready to|planning to|plan to|thinking about|thinking of|might|will|ill|im just gonna|should i) (?:just )?(?:take|taking|swallow|swallowing|down|downing|pop|popping|drink|eat) (?:all|every one|everyone|every single one|each|every last one) of (?:them|em|those|these|it)(?= \.|$| tonight| at once| now| right now| and| today| honestly)(?:(?<=(?:pills|meds|medication|bottle|script|dose|doses|tabs|tablets|bars|xans|oxys|percs|seroquel|lithium|insulin|discharge|prescription|prescribed|pharmacy)(?: [^ ]+){1,20})|(?=(?: [^ ]+){0,8} (?:pills|meds|bottle|tabs|tablets|bars|xans|oxys|percs)\b))`,
    examples: [
      "the pills they gave me at discharge, i'm gonna take all of them",
      'counted my seroquel. about to swallow every one of those',
      'the bottle is right here and im just gonna take all of them tonight',
      'got my script filled today. thinking about taking every last one of them',
      'should i just take all of them, the whole bottle of bars',
    ],
  },
  {
    id: 'en.suicide.nightly-prayer-not-to-wake', kind: 'suicide', guards: STATEMENT,
    // Praying each night not to wake; not coming back from this bender.
    source: String.raw`(?:pray|praying|prayed|hope|hoping|wish|wishing|ask god|beg god) (?:every night|each night|every single night|every day|every morning|at night|before bed|before i sleep|when i go to bed|when i lay down|when i lie down|all the time) (?:that )?(?:i (?:just )?(?:dont|wont|never|do not|will not|dont ever) wake up|(?:god|he) (?:takes|will take|would take) me)|(?:not|never) (?:to )?come back from (?:this|that|the next) (?:one|bender|binge|run|relapse|high|trip|bag|shot|drunk)`,
    examples: [
      'i pray every night i dont wake up',
      "it'd be so easy to just not come back from this bender",
      'hoping every night that i wont wake up',
      'i ask god every night that he takes me',
      'gonna get so high i never come back from this one',
    ],
  },
  {
    id: 'en.suicide.goes-to-the-edge', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.view-from-up-here', 'figurative.en.height-everyday'],
    // Going back to a high place and standing on it: "a bridge near the camp and I go stand on it every night".
    source: String.raw`(?:bridge|overpass|roof|rooftop|ledge|tracks|railing|cliff|cliffs|dam|tower|parking garage|parking deck|water tower|quarry|pier)(?: [^ ]+){0,10} (?:i |and i )?(?:go |keep |just |been |keep going to |went and )?(?:(?:stand|standing|stood|sit|sitting|sat|lean|leaning) (?:on|at|out on|up on|over|on the edge of|to the edge of)|(?:climb|climbing|climbed)(?: up| on| onto| to| over)?) (?:it|the edge|the rail|the railing|the ledge|top)(?= \.|$| every| at night| for hours| again| and| tonight| alone| a lot| lately| sometimes)`,
    examples: [
      "there's a bridge near the camp and i go stand on it every night",
      'the overpass by my work, i keep standing on the edge of it lately',
      'theres a water tower outside town, been climbing it at night alone',
      'the parking garage downtown, i sit on the ledge again and again',
      'the quarry is 10 minutes away. i go stand at the edge every night',
    ],
  },
  {
    id: 'en.suicide.bye-like-forever', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.last-message-meta'],
    // Goodbyes said as if for the last time: "said bye to my case worker like it was forever", "hugged mom like it was
    // the last time".
    source: String.raw`(?:said|say|saying|says|told|hugged|hug|hugging|kissed|kiss|waved|texted|called|looked at) (?:bye |goodbye |my goodbyes |good night )?(?:to )?(?:[^ ]{1,24} ){0,6}like (?:it was|it is|its|it were|it d be|itd be|i was|im|i am) (?:forever|for good|the last time|goodbye forever|my last|the end|never (?:seeing|gonna see) (?:them|her|him|it) again)(?= \.|$| and| because| cause| bc|,)`,
    examples: [
      'i said bye to my case worker like it was forever',
      'hugged my mom this morning like it was the last time',
      'kissed my dog on the head like it was goodbye forever',
      'looked at my little brother like it was the end',
      'texted my sister good night like it was forever',
    ],
  },
  {
    id: 'en.suicide.learner-english', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.so-bad-i-could-die'],
    // English written by people whose first language is another (often Spanish): "i no want to live more", "better i
    // die", "my life no have sense", "finish with my life", "tired to live", "go with my mother
    // in the heaven", "the pills for take all".
    source: String.raw`\bi (?:no|not) (?:want|wanna|wish|like|need) (?:to )?(?:live|be alive|exist|continue|be here|wake up|keep living)(?= \.|$| more| anymore| no more| any more| never| nothing| because| cause| like this)|\bi (?:think|thinking|decide|decided|plan|planning) (?:to|in) kill me(?= \.|$| tonight| now| today| already| soon| because| cause)|(?:(?:is|its|it is|was|will be|would be|be) (?:more )?)?better (?:if |that )?i (?:die|dead|am dead|no exist|not exist|dont exist|no live|disappear|go forever|no wake up|kill me)(?= \.|$| nobody| no one| for| and| so| already| now)|(?:my |the )?life (?:no|dont|doesnt|does not|has no|have no|no have|not have|no longer has|dont has|no more has|no tiene) (?:have |has )?(?:any |more )?(?:sense|meaning|point|reason|value)(?= \.|$| for me| anymore| no more| any more| without| since| to me)|(?:finish|finishing|terminate|terminating|end with|ending with|finish off) (?:with )?(?:my|mi) (?:own )?life(?= \.|$| tonight| now| today| already| because| for| and| i| soon| with| this| next)|(?:tired|cansado|cansada|exhausted) (?:to|for|of to) (?:live|be alive|exist|be in this world)(?= \.|$| more| anymore| no more| any more| and| i)|(?:go|be|going|reunite|meet) with my (?:mother|mom|mama|mami|father|dad|papa|papi|grandma|grandmother|grandpa|grandfather|abuela|abuelita|abuelo|son|daughter|baby|husband|wife|brother|sister|hijo|hija) (?:in|to|at) (?:the )?(?:heaven|sky|cielo)|(?:pills|pastillas|meds|medicines|tablets) (?:for|to|para) (?:take|taking|drink) (?:all|them all|all of them|all together|everything)(?= \.|$| tonight| now| today| at once)`,
    examples: [
      'i no want to live more',
      'better i die, nobody care',
      'i think to kill me',
      'my life no have sense',
      'is better if i no exist',
      'i going to finish with my life',
      'i have the pills for take all',
      'i am tired to live',
      'i want to go with my mother in the heaven',
    ],
  },
  {
    id: 'en.suicide.hope-someone-kills-me', kind: 'suicide', guards: STATEMENT,
    // Hoping someone else ends it: the next client, a stranger, a cop "would just kill me".
    source: String.raw`(?:wish|wishes|hope|hopes|hoping|pray|prays|praying|wishing) (?:that )?(?:the next |the |some |a |this |that |my next )?(?:client|john|trick|date|guy|cop|cops|dealer|stranger|someone|somebody|anybody|anyone)(?: (?!(?:doesnt|dont|wont|wouldnt|not|never|didnt)\b)[^ ]{1,24}){0,2} (?:would have |wouldve |would of |had |would |will |d |could )?(?:just |finally |actually )?(?:kill|kills|killed|shoot|shoots|shot|end|ends|ended|finish|finishes|finished|take|takes|took) me(?: off| out)?(?= \.|$| already| tonight| and| so| honestly| for real| this time)`,
    examples: [
      'i wish the next client would just kill me',
      'hoping some stranger takes me out tonight',
      'part of me hopes the cops just shoot me',
      'i pray someone out here finishes me off',
      'wish that guy would have actually killed me honestly',
    ],
  },
  {
    id: 'en.suicide.ends-tonight-or-sealed-room', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.routine-dose'],
    // "one way or another this ends tonight", "don't plan on waking up tomorrow", and a room readied for fumes: the
    // smoke-detector battery out and the door taped, charcoal inside with the windows shut.
    source: String.raw`(?:one way or (?:another|the other)|either way|no matter what) (?:this|it|everything|it all|all of this) (?:all )?ends(?= \.|$| tonight| today| this weekend| for good)|(?:^|\. )(?:this|it all|everything|all of this) ends (?:tonight|today)(?= \.|$)|(?:dont|do not|not) (?:plan|planning|intend|intending|expect|expecting) (?:on|to) (?:wake|waking) up(?= \.|$| tomorrow(?= \.|$)| ever| again| this time| after tonight)|batter(?:y|ies) (?:out of|from) (?:the |my )?(?:smoke|carbon monoxide|co) (?:detector|alarm)s?(?: [^ ]+){0,6} (?:tape|taped|taping|towels?|charcoal|grill|sealed|seal|vents?)|(?:charcoal|grill|bbq|hibachi)(?: [^ ]+){0,6} (?:inside|in the (?:bathroom|bedroom|closet|car|tent|room|garage))(?: [^ ]+){0,6} (?:taped|sealed|towels? under|windows? (?:shut|closed)|doors? (?:shut|closed))|(?:taped|sealing|sealed|taping) (?:up )?(?:the )?(?:door|doors|windows|vents|gaps|cracks)(?: [^ ]+){0,6} (?:charcoal|car running|engine running|smoke detector|co detector)`,
    examples: [
      'one way or another this ends tonight',
      'i dont plan on waking up tomorrow',
      'i took the battery out of my smoke detector and taped the door',
      'bought charcoal and a little grill. gonna light it in the bathroom with the windows shut',
      'sealing the gaps around the door, the charcoal is ready',
    ],
  },
  {
    id: 'en.suicide.stockpile-from-work', kind: 'suicide', guards: [...STATEMENT, 'history.en.over-now'],
    // Doses put aside, often diverted from work (returns, waste, a locker), kept for an exit rather than for use.
    source: String.raw`(?:setting aside|set aside|putting aside|put aside|putting away|divert(?:ed|ing)?|swip(?:e|ed|ing)|taking home|took home|walk(?:ed|ing)? out with|snuck|sneaking|stash(?:ed|ing)?|sav(?:e|ed|ing)|keep(?:ing)?|kept|hoard(?:ed|ing)?|stockpil(?:e|ed|ing)|squirrel(?:ed|ing)? away|pocket(?:ed|ing)?|skim(?:med|ming)?|holding back|held back|collect(?:ed|ing)?) ${gap(4)}(?:tabs|pills|doses|vials|amps|ampules|insulin|fentanyl|fent|morphine|dilaudid|oxy|patches|syringes|propofol|benzos|ativan|xanax|potassium|sleeping pills|them) ${gap(14)}(?:(?:its|its just|as) (?:an |my )?(?:exit|way out|last resort|backup plan|escape hatch)|for (?:a reason i|when (?:im|i am|i decide|its time)|the end|one night|my exit|the day)|not for using|just in case i|enough to (?:not|never|end|do it|be done))|waste (?:i|that i) (?:never|didnt|did not) (?:actually |really )?wast(?:e|ed) ${gap(3)}(?:(?:its|thats|is|it is) enough|(?:just |im )?done|for me|for later)|count(?:ed|ing)? (?:them|em|it|out|my|the [^ ]{1,24}) ${gap(12)}(?:its|thats|theyre|it is|should be|more than|plenty) enough(?= \.|$| to| for| now| tonight)`,
    examples: [
      'been setting aside a couple of tabs from every returned order for months. its not for using. its an exit',
      'keeping the extra insulin in my locker for a reason i dont wanna say',
      'i have been squirreling away morphine vials from work for when im ready',
      'counted them again last night. 30 of them. its enough',
      'its waste i never actually wasted. its enough. im just done',
      'stashing pills from the cart enough to not wake up',
    ],
  },
  {
    id: 'en.suicide.knows-how-painless', kind: 'suicide', guards: [...STATEMENT, 'history.en.over-now', 'figurative.en.lethal-dose-coursework'],
    // Knowing how, from the job; planning so nobody finds a mess; picking the painless way.
    source: String.raw`(?:know|knows|knowing|learned|learnt) (?:exactly |just |precisely )?how (?:to do it|id do it|i would do it|it would go) (?:so|and|without|where) (?:nobody|no one|noone|no body|my (?:kids|wife|husband|family|partner))|(?:so|that|and|make sure|making sure|made sure) (?:nobody|no one|noone|my (?:kids|wife|husband|family|mom|partner|son|daughter)) (?:has|have|would have|will have|wont have|doesnt have|dont have|would|will|wont) (?:to )?(?:find|clean up|see) (?:a mess|me like that|my body|the body|the mess)|which (?:drugs|meds|medications|pills|ones|drug|med|vials) ${gap(5)}(?:would|will|is|are|could) (?:be )?(?:painless|the quickest|the fastest|the least painful|the most peaceful|quick and painless)|painless (?:ways?|way out|methods?|deaths?|exit|ways to go|suicide)(?! to (?:take out|get out|pull out|pull|remove|wax|numb|clean|treat|fix|do my|do a|get rid of) )|(?:i|i already|i just|and i|that i) know (?:exactly |precisely )?(?:the (?:lethal|fatal) (?:dose|amount)|how much (?:it would take|would do it|would be enough|is enough)|what (?:would do it|it would take|would work on me))(?= \.|$| and| for| now| which| thats| that| by heart| too)|(?:the )?(?:quickest|fastest|least painful|most peaceful|easiest) (?:ways?|method) (?:to go|to die|out|to end it|to not wake)`,
    examples: [
      'ive seen enough to know how to do it so nobody has to find a mess',
      'i keep thinking which meds from the cabinet would be painless',
      'looked up painless ways again tonight',
      'just want to make sure my kids wont have to find me like that',
      'what is the least painful way to go',
      'i know exactly how much it would take and thats the problem',
    ],
  },
  {
    id: 'en.suicide.plan-for-the-day', kind: 'suicide', guards: [...STATEMENT, 'history.en.over-now', 'figurative.en.planning-an-event'],
    // A plan tied to a date or an outcome: "a plan for that day", "planning it for sunday", "already decided".
    source: String.raw`(?:have|got|made|picked|set) (?:a|my|the) (?:plan|date) for (?:that day|the day|that night|then|it|when (?:they|it|the board|the verdict|the results)|after (?:the|my) (?:hearing|verdict|trial|sentencing|board|court date|review))(?= \.|$| and| im| if| too)|(?:planning|planned|plan) it for (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|the weekend|next week|after (?:the|my))|(?:if|when|once|but) (?:youve|ive|you have|i have|youre|im|i|you) already decided(?= \.|$)|(?:ive|i have|i) already decided(?= \.|$| how| when| where)`,
    examples: [
      'if they take my license at the hearing i already have a plan for that day',
      'planning it for sunday',
      'does talking to you matter if youve already decided',
      'ive already decided how and when',
      'i made a plan for after my sentencing',
    ],
  },
  {
    id: 'en.suicide.insurance-and-beneficiary', kind: 'suicide', guards: [...STATEMENT, 'scope.en.beneficiary-paperwork'],
    // A life weighed against a policy: beneficiaries changed, the suicide clause, a waiting period counted down.
    source: String.raw`(?:changed|change|changing|updated|update|updating|switched|named|put|added) (?:the |my )?(?:[^ ]{1,24} )?beneficiar(?:y|ies)(?: on (?:the |my )?(?:[^ ]{1,24} )?(?:policy|insurance|account|401k))?|(?:policy|insurance|it) (?:still )?(?:pays?|paid|pays? out|covers?|honou?rs?) ${gap(3)}(?:ruled (?:a )?suicide|a suicide|if i kill|if i die by|if i take my)|suicide (?:clause|exclusion|provision)|waiting period ${gap(4)}(?:ends|is over|runs out|is up|expires|passes) ${gap(8)}(?:counting|count) (?:the |down the )?days|(?<!\bnever said (?:[^ ]{1,24} ){1,3})better off (?:cashing|collecting|with|getting) (?:in )?(?:the |my )?(?:life )?(?:insurance|policy|payout)|(?:cash|cashing|collect|collecting) (?:in )?(?:on )?(?:my|the) (?:life )?(?:insurance|policy) (?:than|instead of) (?:watching|having|dealing|keeping) me`,
    examples: [
      'paid off the car and changed the beneficiary on the policy. i feel calm',
      'does a policy pay out if it was ruled a suicide',
      'the waiting period on my new policy ends in two weeks and im counting down the days',
      'my family would be better off collecting the life insurance',
      'updated my beneficiaries today and wrote letters',
    ],
  },
  {
    id: 'en.suicide.not-any-future-day', kind: 'suicide', guards: [...STATEMENT, 'scope.en.away-for-a-while'],
    // A future cut short: "won't be at group thursday, or any thursday", "a substitute, like permanently".
    source: String.raw`wont be (?:at|in|there|around|coming|back|here|making it) ${gap(5)}(?:\. )?(?:or|nor) (?:any after that|any after|any|any other|ever again|the one after|the next one|after that)(?= \.|$| (?:thursday|monday|tuesday|wednesday|friday|saturday|sunday|week|day|meeting|group|shift|session|class|practice|game)s?)|(?:fine|okay|ok|better|happier|good) (?:with|having) (?:a |another |the )?${gap(2)}(?:sub|substitute|replacement|stand in|new (?:mom|dad|teacher|nurse|coach))(?: \.)? (?:like |just |but |i mean )?(?:permanently|forever|for good)`,
    examples: [
      'wont be at meeting on tuesday. or any tuesday',
      'i wont be at practice saturday or ever again',
      'my patients would be fine with a new nurse. like permanently',
      'the class would do fine with a long term sub, permanently',
      'i wont be there friday. or any friday after that',
    ],
  },
  {
    id: 'en.suicide.high-place-or-water-now', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.view-from-up-here', 'figurative.en.height-everyday', 'figurative.en.garage-errand'],
    // On a top level after a shift, looking up how high it is, picturing the cold water and how quick it would be.
    source: String.raw`(?:sitting|standing|parked|sat|up|been) (?:on|at) (?:the )?(?:level|floor|deck) (?:\d+|top|[a-z]{3,6}) of (?:the |a |our )?${gap(2)}(?:parking garage|garage|parking deck|parking structure|parking ramp)|how (?:high|tall) (?:the |that |our |this )?${gap(3)}(?:parking garage|garage|parking deck|bridge|building|roof|overpass|tower|hospital) ${gap(3)}(?:is|was|would be)|(?:looked|looking|stared|staring|went) (?:at|up to) the top (?:floor|level|deck) (?:on|during|at|after|of)|how cold the (?:water|river|lake|ocean|bay|creek) (?:would be|is|gets|must be)|(?:how (?:quick|fast|quickly|long) it would (?:go|be over|take|be)) ${gap(3)}(?:under|in the water|to drown|if i)|dont (?:really )?(?:wanna|want to|want) go (?:home|back|inside) (?:\. )?or anywhere(?! (?:else|near))`,
    examples: [
      'sitting on level 5 of the parking garage at work. dont want to go home',
      'looked up how high the bridge by my house is',
      'parked by the lake thinking about how cold the water would be',
      'stared at the top floor on my break again',
      'dont really want to go home. or anywhere',
    ],
  },
  {
    id: 'en.suicide.stop-treatment-to-die', kind: 'suicide', guards: [...STATEMENT, 'history.en.over-now'],
    // Stopping what keeps one alive on purpose: dialysis, insulin, heart or transplant meds.
    source: String.raw`(?:stop|stopping|stopped|quit|quitting|skip|skipping|skipped|refuse|refusing|miss|missing) (?:my |going to |gonna |going for |all my |taking my |taking )?(?:dialysis|insulin|transplant meds|anti rejection meds|heart meds|chemo|oxygen|blood thinners|seizure meds|meds|medication) ${gap(2)}(?:on purpose|for good|and let (?:it|nature|myself|the [^ ]{1,24})|so (?:i|it) (?:can |could |will )?(?:just )?(?:die|go|end|be over))|how long ${gap(5)}(?:to go|to die|until you die|till you die|before you die|until you go|until it kills) if (?:you|i|someone|a person) (?:stop|stops|quit|quits|skip|skips|miss|misses)`,
    examples: [
      'thinking about stopping dialysis on purpose',
      'how long does it take to die if you stop insulin',
      'gonna quit my heart meds and let nature do it',
      'skipping my insulin so i can just go',
      'how long until you go if someone stops dialysis',
    ],
  },
  {
    id: 'en.suicide.scared-of-myself', kind: 'suicide', guards: [...STATEMENT, 'history.en.over-now', 'scope.en.scared-while-cutting'],
    // Fear of one's own acts, now: "scared of myself tonight", "afraid of what I might do".
    source: String.raw`(?:scared|afraid|frightened|terrified) of (?:myself|what (?:i|ill|i will|i might|im gonna|i could|i would|id) (?:might )?do(?: to myself)?)(?= \.|$| tonight| right now| rn| today| again| lately| if| when| alone| with)`,
    examples: ['im scared of myself tonight', 'afraid of what i might do if im alone', 'honestly terrified of what ill do to myself', 'i am scared of myself right now'],
  },
  {
    id: 'en.suicide.use-enough-never', kind: 'suicide', guards: [...STATEMENT, 'history.en.over-now'],
    // Using so much that nothing after has to be faced: "use enough that I never have to explain it".
    source: String.raw`(?:use|take|do|shoot|swallow|drink|push|inject|snort|smoke) (?:enough|so much|too much|all of it|the whole [^ ]{1,24}) ${gap(3)}(?:that|so|and|till|until) (?:(?:i|nobody|no one) (?:never|dont|wont|will never|dont ever|can never|never ever) (?:have to |need to |get to )?(?:explain|wake up|come back|face|deal with|see|wake)|(?:nobody|no one) (?:has|will have|ever has|would have) to (?:deal with|see|face|find|explain))`,
    examples: ['the plan is to use enough that i never have to explain it', 'gonna take enough so i dont wake up', 'shoot so much tonight that i never have to face anyone'],
  },
  {
    id: 'en.suicide.final-words-and-pets', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.last-message-meta'],
    // A short goodbye and a pet handed over: "sorry for everything. goodbye", "gave my dog to my sister. its time".
    source: String.raw`(?:sorry|sry|srry|soz) for (?:everything|it all|all of it|all this|being me)(?: \.)? (?:goodbye|bye|bye now|love you all|love yall|take care of)|(?:gave|give|giving|rehomed|rehoming|left|dropped) (?:away )?(?:my |the |our )?(?:dog|dogs|cat|cats|pets|pet|bird|puppy|kitten|horse) (?:away |off )?(?:to|with) (?:my |a )?${gap(2)}(?:\. )?(?:its time|it is time|im ready|goodbye|bye|its done|thats it|for good|shes all set|hes all set|now i can go)`,
    examples: ['sorry for everything. goodbye', 'gave my cat to my neighbor. its time', 'dropped the dog off with my mom for good', 'sry for everything. love you all', 'left my dogs with a friend. im ready'],
  },
  {
    id: 'en.suicide.engine-in-closed-garage', kind: 'suicide', guards: [...STATEMENT, 'accidental', 'accidental.en.warming-the-car'],
    // A running car in a closed garage with someone inside.
    source: String.raw`(?:car|truck|engine|van|motor) (?:running|on|idling|started) (?:in|inside) (?:the |a )?(?:closed |shut |locked )?garage(?= ${gap(4)}(?:door|doors) (?:locked|closed|shut|down)| with| and (?:he|she|i|hes|shes|im) (?:in|inside)| \. (?:door|hes|shes|im))|(?:in|inside) (?:the )?garage (?:with )?(?:the )?(?:car|truck|engine|van) (?:running|on|idling) ${gap(2)}(?:door|doors|garage door) (?:locked|closed|shut|down)`,
    examples: ['my husband is in the garage with the car running and the door shut', 'wife in garage car running door locked', 'dad is sitting in the truck running inside the garage with the door closed'],
  },
  {
    id: 'en.suicide.rope-and-a-tree', kind: 'suicide', guards: [...STATEMENT, 'history.en.over-now'],
    // A rope at hand and a place in mind to hang it from.
    source: String.raw`(?<=(?:rope|ropes|cord|extension cord|noose|dog leash|leash|ratchet strap) ${gap(16)})(?:thinking|think|thought|picturing|seeing|staring|looking|eyeing) (?:about |at )?(?:the )?(?:[^ ]{1,24} )?(?:tree|beam|rafter|branch|closet rod|banister|railing|hook|ceiling fan)(?! (?:house|trimming|trimmer|farm|lot|for (?:the )?(?:swing|hammock)))`,
    examples: ['theres a rope in my trunk and ive been thinking about the oak tree out back', 'the extension cord is right here and i keep looking at the beam', 'got a rope from the shed. been staring at the big branch all night'],
  },
  {
    id: 'en.suicide.ready-to-join-the-dead', kind: 'suicide', guards: [...STATEMENT, 'scope.en.join-only-if-dead'],
    // Ready to be with someone who has died: "he's ready to be with her", "talked to God about it".
    source: String.raw`(?:ready|time|want|wanna) (?:to )?(?:go )?(?:be with|join) (?:her|him|them|mom|dad|my (?:wife|husband|son|daughter|mom|dad|boy|girl|baby|mother|father|brother|sister|grandma|grandpa))(?: again)?(?= \.|$| now| soon| tonight| in heaven| up there| that| and)|talked to god about (?:it|this|going|dying) and (?:he|god) (?:understands|said its ok|is ok with it)`,
    examples: ['since my wife died im tired and im ready to be with her', 'my son passed in may and i want to go be with him', 'i talked to god about it and god understands'],
  },
  {
    id: 'en.suicide.note-saying-sorry', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.everyday-notes'],
    // A note left behind saying sorry, often with the person gone.
    source: String.raw`(?:left|leave|leaving|wrote|writing|found) (?:a |my |his |her |this )?note ${gap(5)}(?:saying|that says|says|said|to say) (?:im|i am|hes|shes|he is|she is|he was|she was|i was)? ?sorry(?= \.|$| and| for everything| for all of it| for all| to everyone| i love| love| goodbye| bye)`,
    examples: ['i left a note on the table saying im sorry', 'writing a note to say sorry and then im going', 'he left a note on the counter saying hes sorry'],
  },
  {
    id: 'en.suicide.pills-ready-deciding', kind: 'suicide', guards: [...STATEMENT, 'medication-question', 'figurative.en.routine-dose'],
    // Pills laid out, counted, in the hand or in front of me, at the moment of deciding.
    source: String.raw`${PILLS} in (?:one|my) hand ${gap(5)}(?:water|drink|glass|bottle|vodka|whiskey|beer) in the other|(?:whole|full|entire|new) bottle (?:of )?${gap(6)}(?:sitting |right |laid out |lined up )?(?:in front of me|next to me|beside me|in my lap|in my hand)|(?:counted|lined|laid|poured|dumped|spread) (?:out|up) (?:all|every|each|everyone)(?: one| last one)? (?:of )?(?:my |his |her |the |my moms |my dads |my wifes |my husbands )?${PILLS}|(?:\d+|twenty|thirty|forty|fifty|sixty|a hundred) (?:of them|${PILLS}) (?:all )?(?:lined up|counted out|laid out) (?:on|in|next|by|beside)`,
    examples: ['pills in one hand, glass of water in the other', 'the whole bottle of my sleeping pills is sitting in front of me and im deciding', 'counted out all my dads oxy on the desk', 'poured out every one of my meds onto the bed', '60 of them lined up on the bathroom sink'],
  },
  {
    id: 'en.suicide.decision-made-no-point', kind: 'suicide', guards: STATEMENT,
    // "There's no point, I already made my decision": a decision announced with nothing left to try.
    source: String.raw`no (?:point|use|reason|sense)(?! (?:in )?(?:dragging|arguing|discussing|debating|waiting|stressing|worrying|changing|going back|asking|explaining)) ${gap(6)}(?:already |finally )?(?:made (?:my|the|up my) (?:decision|choice|mind)|my mind is made up|ive decided|i decided|decision is made)(?! (?:about|on|to|for|between|with|re))|(?:already |finally )(?:made (?:my|the|up my) (?:decision|choice|mind)|decided)(?! (?:about|on|to|for|between|with|re)) ${gap(4)}no (?:point|use|reason|sense)(?! (?:in )?(?:dragging|arguing|discussing|debating|waiting|stressing|worrying|changing|going back|asking|explaining))`,
    examples: ['cancel my appointment, theres no point, i already made my decision', 'no use trying anymore. my mind is made up', 'ive already made my choice so theres no point', 'no reason to call me back, ive decided', 'dont bother, no point, decision is made'],
  },
  {
    id: 'en.suicide.how-many-would-it-take', kind: 'suicide', guards: ['negation', 'history', 'medication-question', 'figurative.en.lethal-dose-coursework'],
    // Dose research without the word: "looked up how many of them it would take".
    source: String.raw`how (?:many|much) ${gap(7)}(?:it would|would it|it will|will it|does it|it does|itd|it takes|it would actually|would actually) take(?= \.|$| to (?:die|kill|not wake|never wake|end it|stop my heart|stop breathing|overdose|od|be fatal|be lethal)| i | and (?:then )?i | before)`,
    examples: ['i looked up how many of my klonopin it would take', 'googling how much tylenol would it take to not wake up', 'wondering how many of these it would take. i dont know why im asking', 'how many of my sleeping pills would it take before', 'figured out how many it would take and i have that many'],
  },
  {
    id: 'en.suicide.done-love-you-goodbye', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.last-message-meta'],
    // A short farewell: "I'm done. I love you", "love you all, I'm done".
    source: String.raw`im (?:done|finished|so done|tired|out)(?: \.)? (?:i )?love (?:you|u|ya|yall|you all|you guys)(?! (?:too|2|for|so much for))(?= \.|$| mom| dad| all| guys| always| forever| bye| goodbye| and)|love (?:you|u|yall|you all|you guys)(?: all)?(?: \.)? (?:but )?im (?:done|finished)(?= \.|$| goodbye| bye| forever| for good)`,
    examples: ['texted me im done i love you mom', 'im done. love you all', 'love yall. im done', 'im finished i love you guys bye', 'i love you but im done goodbye'],
  },
  {
    id: 'en.suicide.drive-into-water-or-wall', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.driving-me-off'],
    // Thinking of driving the car into water, a wall, a tree, a truck.
    source: String.raw`(?:thinking|think|thought|keep thinking|urge|urges|tempted|wanna|want|gonna|could just|might just|almost|picturing) ${gap(3)}(?:driving|drive|drove|swerving|swerve|steering|steer|crashing|crash|jerk the wheel|jerking the wheel|yank the wheel|yanking the wheel|turn the wheel)(?: (?:my|the) (?:car|truck|van))? (?:off|into|in) (?:the |a |an |that )?(?:canal|river|lake|bay|ocean|sea|water|reservoir|quarry|pond|wall|tree|pole|telephone pole|semi|eighteen wheeler|18 wheeler|truck|bridge pillar|pillar|overpass|ditch|guardrail|oncoming)`,
    examples: ['i keep thinking about driving into the canal on the way home', 'want to steer the truck into a pole tonight', 'picturing swerving into that semi', 'tempted to drive into the lake', 'almost drove into the river on purpose'],
  },
  {
    id: 'en.suicide.parked-at-the-water', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.view-from-up-here'],
    // Sitting at the edge of water at night, engine off, staring at it.
    source: String.raw`(?:parked|sitting|sat|standing|stopped|pulled up) ${gap(3)}(?:at |on )?(?:the )?(?:end|edge) of (?:the |a )?(?:pier|dock|jetty|boat ramp|wharf|breakwater|quarry|seawall)|(?:pier|dock|jetty|boat ramp|wharf|quarry|seawall) ${gap(4)}(?:engine off|lights off|the water looks|the waters|water is (?:so )?(?:calm|cold|dark|deep|black)|how cold the water)`,
    examples: ['parked at the end of the pier, engine off', 'sitting at the edge of the dock again tonight', 'pulled up at the end of the boat ramp. water looks calm', 'at the jetty. the water is so dark', 'on the seawall thinking how cold the water is'],
  },
  {
    id: 'en.suicide.pet-handed-over-with-everything', kind: 'suicide', guards: [...STATEMENT, 'scope.en.away-for-a-while'],
    // A pet given to someone with a note and all its things.
    source: String.raw`(?:gave|give|giving|dropped|left|took|brought|handed) (?:off )?(?:my |the |our )?(?:dog|dogs|cat|cats|pets|pet|bird|puppy|kitten|hamster|rabbit|bunny|fish|parrot|lizard) ${gap(5)}(?:with|and) (?:a note|a letter|all (?:of )?(?:her|his|their|its|the) (?:food|stuff|things|toys|meds|supplies|papers))`,
    examples: ['dropped my cat at my neighbors with a note and all her food', 'gave the dog to my sister with all his toys and his papers', 'took my bird to a friend with a letter', 'left our kitten next door and all her stuff', 'handed my rabbit to my coworker with all of its supplies'],
  },
  {
    id: 'en.suicide.tub-and-blade', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.grooming-blade', 'figurative.en.bath-grooming'],
    // A bath run and a blade beside it.
    source: String.raw`(?:tub|bathtub|bath) (?:is )?(?:full|filled|running|ready|filling) ${gap(6)}(?:razor|razors|blade|blades|knife|box cutter|scalpel)|(?:razor|razors|blade|blades|knife|box cutter|scalpel) ${gap(3)}(?:on|by|at|next to) the (?:edge|side|rim) of the (?:tub|bathtub|bath)`,
    examples: ['the bathtub is full and the razor is right here', 'bath is running and i have a blade', 'knife on the edge of the tub', 'tub filled, got his razors', 'box cutter on the side of the bath'],
  },
  {
    id: 'en.suicide.charcoal-sealed-room', kind: 'suicide', guards: STATEMENT,
    // Charcoal bought with a room sealed: vents, windows, doors taped.
    source: String.raw`charcoal ${gap(8)}(?:taped|tape|taping|sealed|sealing|towels? under|blocked|plugged) (?:up )?(?:the |all the |every )?(?:vent|vents|window|windows|door|doors|gaps?|cracks?|bathroom|room|car)|(?:taped|sealed|blocked|plugged) (?:up )?(?:the |all the )?(?:vent|vents|window|windows|door|doors|gaps|cracks) ${gap(8)}charcoal`,
    examples: ['bought a bag of charcoal and taped up the bathroom vent', 'sealed all the windows, charcoal is in the tub', 'got charcoal and towels under the door', 'charcoal in the car, taped the gaps', 'taped the vents. the charcoal is ready'],
  },
  // ============================== self-harm ==============================
  // (Most English self-harm rules are in patterns.en.harm.ts; these are round 6's classes.)
  {
    id: 'en.self-harm.streak-broken-now', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over', 'negation.en.reported-denial'],
    // Time kept free of cutting or burning, and tonight it ended or a blade is in hand: "8 months no cutting and tonight
    // I did it", "40 days no razor and tonight I'm holding one", "back to day one".
    source: String.raw`(?:days?|weeks?|months?|years?|\d+ ?(?:d|wks?|mos?)) (?:no|without|clean from|clean of|free of|free from|off|sober from|away from) (?:cutting|cuts|sh|self ?harm(?:ing)?|burning(?: myself)?|the blade|blades|a blade|razors?|a razor|hurting myself|cutting myself|scratching)(?: [^ ]+){0,4} (?:and |but |\. )?(?:(?:tonight|today|just now|just|now|rn|then|last night) )?(?:i |im |i just |i finally |i went and )?(?:did it|caved|relapsed|slipped|messed up|gave in|broke it|broke my streak|cut again|did it again|started again|back to (?:day )?(?:one|1|zero|0)|holding (?:one|it|a (?:blade|razor))|have one|got one|got (?:a|the) (?:blade|razor) out|\d+ (?:lines|cuts))|(?:blade|razor|sh|cut|burn) ?free (?:for |since )?(?:[^ ]{1,24} ){0,4}(?:and |but |\. )?(?:tonight |today |rn |now )?(?:i )?(?:have one|got one|holding one|did it|caved|relapsed|messed up) ?(?:in my hand|rn|tonight|again)?`,
    examples: [
      '8 months no cutting and tonight i just did it. like 6 lines',
      '40 days no razor and tonight im holding one. help',
      '3 months clean from sh and i messed up tonight',
      'had 100 days without cutting. back to day one',
      'two weeks no burning and i just did it again',
      'a year blade free and i have one in my hand rn',
      'six weeks without hurting myself and tonight i caved',
    ],
  },
  {
    id: 'en.self-harm.covering-up-in-heat', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over'],
    // Covering arms or thighs in the heat, said knowingly: long sleeves in July "if u know u know", a hoodie in 95 degrees
    // "you know why", jeans in a heatwave so no one sees.
    source: String.raw`(?:long sleeves?|long sleeve shirts?|hoodies?|sweatshirts?|jackets?|sweaters?|arm ?warmers|turtlenecks?|jeans|long pants|leggings|wristbands|bracelets) (?:in|during|all|thru|through|every day in|in the middle of|again in) (?:the )?(?:july|june|august|summer|heat|\d+ (?:degrees?|degree (?:heat|weather))|(?:a )?heat ?wave|100 degrees)(?: [^ ]+){0,3} (?:again )?(?:iykyk|if (?:u|you) know(?: (?:u|you) know)?|(?:you|u) know why|so (?:no ?one|nobody|noone|my [^ ]{1,24}) (?:sees|notices|asks|can see|will see)|to (?:hide|cover) (?:my |the )?(?:arms|thighs|wrists|legs|marks|cuts|scars|burns))`,
    examples: [
      'long sleeves in july again if u know u know',
      'wearing a hoodie in 95 degree heat again, you know why',
      'back to long sleeves in august if you know you know',
      'turtleneck in summer again iykyk',
      'long sleeves all summer so nobody asks about my arms',
      'jeans in a heatwave again so no one sees my thighs',
    ],
  },
  {
    id: 'en.self-harm.self-surgery', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over'],
    // Cutting off or removing a part of one's own body, often with dysphoria and surgery out of reach: "cut it off
    // myself if they won't let me have surgery", "castrate myself", "do my own top surgery".
    source: String.raw`(?:cut|cutting|chop|chopping|slice|slicing|remove|removing|rip|ripping|tie|tying|band|banding) (?:off )?(?:my (?:own )?(?:[^ ]{1,24} )?(?:parts|part|dick|penis|balls|testicles|testes|breasts|boobs|tits|chest|junk|privates|genitals|bits|nipples)|(?:my )?(?:own )?(?:parts|genitals|privates))(?: off)?(?= \.|$| myself| with| by myself| at home| tonight| if| because| cause| since| so)|(?:cut|cutting|chop|chopping|rip|ripping|remove|removing) (?:it|them|those|these) (?:off|out) (?:myself|by myself|on my own|at home)(?=(?: [^ ]+){0,10} (?:surgery|surgeon|dysphoria|hrt|gender|trans|insurance|doctor|doctors|waitlist|wait list))|(?:castrate|castrating|castrated) (?:myself|my self)|(?:do|doing|perform|performing|give|giving) (?:myself |my own |a diy |diy )(?:surgery|top surgery|bottom surgery|orchiectomy|mastectomy|orchi)`,
    examples: [
      'im gonna cut it off myself if they wont let me have surgery',
      'i keep thinking about cutting off my own parts',
      'been looking up how to castrate myself',
      'thinking of doing my own top surgery at home',
      'i want to cut my chest off with a knife tonight',
    ],
  },
  {
    id: 'en.self-harm.flame-on-skin', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over', 'accidental'],
    // A flame or an ember held to the skin: a lighter pushed into the arm, a cigarette stubbed out on the thigh, a match
    // head or candle wax on the wrist.
    source: String.raw`(?:press|presses|pressing|pressed|hold|holds|holding|held|put|puts|putting|push|pushes|pushing|pushed|stub|stubs|stubbed|stubbing|flick|flicked|run|ran|running|keep|kept|keeping) (?:out )?(?:the |a |my |his |her |that )?(?:lit |hot |burning )?(?:lighter|lighters|cig|cigs|cigarette|cigarettes|match|matches|match head|candle|candle wax|wax|flame|lighter flame|vape coil|coil|blunt|joint|incense|ember|cherry) (?:out )?${gap(3)}(?:on|onto|into|against|to|under|over|across) (?:my|her|his) (?:[^ ]{1,24} )?(?:arm|arms|wrist|wrists|skin|thigh|thighs|leg|legs|hand|hands|stomach|belly|hip|hips|shoulder|shoulders|palm|palms|fingers|finger|ankle|ankles|forearm|forearms|chest|foot|feet)`,
    examples: [
      'pushing the lighter into my arm again. not trying to die i just need it to stop',
      'held the lighter under my wrist till it blistered',
      'stubbed my cig out on my thigh',
      'kept the flame against my palm for as long as i could',
      'put the match head to my skin over and over',
    ],
  },
  {
    id: 'en.self-harm.old-wounds-reopened', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over', 'accidental', 'accidental.en.wound-source'],
    // Old or healing cuts and burns opened again: "opened up my old cuts again", "picked my healing cuts open again".
    source: String.raw`(?:open|opens|opened|opening|rip|ripped|ripping|tear|tore|tearing|torn|pick|picked|picking|split|reopen|reopened|reopening|re opened|cut open|dug into|dig into|digging into) (?:up |open )?(?:my |the |her |his |those |these |all )?(?:old|healing|last weeks|scabbed|fresh) (?:cuts|cut|burns|burn|wounds|scabs|lines|marks|ones)(?: (?:open|up|from last week|on my [^ ]{1,24}))? again|(?:open|opened|rip|ripped|tore|picked|pick|split|reopened) (?:up |open )?(?:my |the )?(?:old |healing )?(?:cuts|burns|scabs) (?:from|on) (?:[^ ]{1,24} ){0,3}(?:open )?again`,
    examples: [
      'opened up my old cuts again in the shelter bathroom, its a lot but its slowing down',
      'opened up my old cuts again in the bathroom',
      'ripped open the cuts from last week again',
      'tore my old burns open again tonight',
      'picked my healing cuts open again',
      'reopened the old ones on my thigh again',
    ],
  },
  {
    id: 'en.self-harm.scrape-with-object', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over', 'accidental'],
    // Skin scraped with whatever is at hand: keys, nails, a paperclip, a pen cap, a can tab.
    source: String.raw`(?:drag|drags|dragging|dragged|scrape|scrapes|scraping|scraped|rake|raking|raked|dig|digging|dug|gouge|gouging|gouged|carve|carving|carved) (?:my |a |the |her |his )?(?:car )?(?:keys?|nails|fingernails|paperclip|paper clip|pen|pen cap|bobby pin|safety pin|pin|scissors|glass|sharpener blade|compass|staple|can tab|tab|eraser|comb|fork|needle) ${gap(2)}(?:across|over|along|into|down|up|through|on) (?:my |her |his )?(?:[^ ]{1,24} )?(?:thighs?|arms?|wrists?|skin|legs?|stomach|forearms?|hips?|ankles?|hands?|shoulders?)`,
    examples: [
      'keep dragging my keys across my legs in the parking lot before work',
      'scraping a paperclip along my wrist till it bleeds',
      'raked my nails down my thighs again tonight',
      'dug the safety pin into my forearm over and over',
      'carving a compass point into my hip again',
    ],
  },
  {
    id: 'en.self-harm.blade-in-hand', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over', 'figurative.en.grooming-blade'],
    // A razor or a small blade held, out again, ready: the self-harm urge with its tool, without a wish to die.
    source: String.raw`(?:razor|razors|razor blade|blade|blades|sharpener blade|box cutter|exacto|xacto|scalpel) ${gap(2)}(?:in my hand|in my hands|out again|back out|in my pocket|in my bra|in my sock|in my sleeve)(?= \.|$| again| right now| rn| tonight| at| before| while| and)`,
    examples: ['razor in my hand again', 'got the blade out again tonight', 'the scalpel is in my pocket at work and i keep touching it', 'box cutter in my sleeve right now'],
  },
  {
    id: 'en.self-harm.to-feel-something', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over'],
    // A blade, a flame or a hot surface used "just to feel something".
    source: String.raw`(?:razor|razors|blade|blades|lighter|pan|stove|burner|iron|curling iron|knife|scissors|cut|cuts|cutting|burn|burned|burnt|burning|held my hand|hit myself|punched|punching) ${gap(14)}(?:just |only |so i can |so i could )?(?:to|need to|needed to|wanna|want to|have to|trying to) feel (?:something|anything|the pain|real|alive)`,
    examples: [
      'got a razor from the supply room in my pocket. just need to feel something',
      'took the hot pan off the burner and held my hand on it just to feel something',
      'i hold the lighter to my skin to feel anything at all',
      'cutting again because i need to feel something',
      'burned my arm on the iron. wanted to feel real',
    ],
  },
  {
    id: 'en.self-harm.what-im-doing-to-my-body', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over'],
    // Hiding what one is doing to one's arms or thighs; cutting where it will pass for something else.
    source: String.raw`(?:because of|bc of|cause of|cuz of|to hide|hiding|cover up|covering) what (?:im|ive been|i|i keep) (?:doing|did|do|done) to (?:my )?(?:arms|arm|wrists|wrist|legs|thighs|thigh|skin|stomach|hips|forearms)|i (?:cut|burn|burned|scratch|carve) (?:where|somewhere|places|spots|only where|in places) ${gap(4)}(?:so (?:it|they|nobody|no one|people|it looks|they look)|nobody (?:looks|sees|can see)|no one (?:looks|sees|can see)|(?:it|they) (?:wont|doesnt|dont) show)`,
    examples: [
      'hoodie in july because of what ive been doing to my wrists',
      'wearing long sleeves to hide what i keep doing to my arms',
      'i cut where the waistband goes so nobody sees',
      'i burn somewhere my shirt covers so it looks like nothing',
      'i cut in places nobody looks',
    ],
  },
  {
    id: 'en.self-harm.fresh-ones-want-more', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over'],
    // Fresh cuts described, then the urge to add more; or self-harm happening at work right now.
    source: String.raw`(?:fresh|new) (?:ones|cuts|lines|marks|burns)(?: \.)? (?:not|arent|pretty|kinda|too|so|real|really|only) (?:that |too |very |super )?(?:deep|shallow|bad)|(?:fresh|new) (?:ones|cuts|lines|marks|burns) ${gap(12)}(?:wanna|want to|want|need to|gonna) (?:make|do|add) (?:more|another|a few more|some more|new ones)|(?:self harm|selfharm|cut myself|cutting|sh) ${gap(10)}(?:im|i am|been|i was|i keep) (?:literally |actually |just |still )?doing (?:it|that) (?:right now|rn|in the|at work|at school|between|on my break|during)`,
    examples: [
      'fresh ones on my thigh, not that deep, still want to add more',
      'new cuts. not deep. i cleaned them',
      'do you help people who self harm because im literally doing it in the work bathroom',
      'fresh lines tonight and i want to make more',
    ],
  },
  {
    id: 'en.self-harm.burns-on-skin-seen', kind: 'self-harm', guards: [...STATEMENT, 'history.en.harm-not-anymore', 'history.en.used-to-but-over', 'accidental'],
    // Burns seen on one's own or a child's skin, from a lighter or a cigarette, fresh.
    source: String.raw`(?:burns|burn marks|cigarette burns|round burns|little burns|blisters) on (?:my|his|her|their) (?:[^ ]{1,24} )?(?:arm|arms|forearm|forearms|wrist|wrists|thigh|thighs|leg|legs|hand|hands|stomach|skin|hip|hips) ${gap(10)}(?:lighter|cigarette|cig|fresh|again|himself|herself|myself|on purpose|keep doing)`,
    examples: [
      'found burns on her wrist, little round ones like from a cigarette',
      'there are new burns on my thigh from the lighter again',
      'saw blisters on his forearm, he did them on purpose',
    ],
  },
]);
