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
    id: 'en.suicide.kill-myself', kind: 'suicide', guards: STATEMENT,
    source: String.raw`kill(?:ing|ed|s)? ?myself`,
    examples: ['I want to kill myself', "I'M   GONNA K1LL MYSELF", 'im gonna kill my self', 'k i l l  m y s e l f', 'thinking about killin myslef'],
  },
  {
    id: 'en.suicide.kms', kind: 'suicide', guards: STATEMENT,
    source: String.raw`kms`,
    examples: ['i wanna kms', 'gonna KMS tonight'],
  },
  {
    id: 'en.suicide.unalive', kind: 'suicide', guards: STATEMENT,
    source: String.raw`unaliv(?:e|es|ed|ing)`,
    examples: ['i want to unalive myself', 'thinking about unaliving'],
  },
  {
    id: 'en.suicide.off-myself', kind: 'suicide', guards: STATEMENT,
    source: String.raw`off(?:ing|ed)? myself|${anyOf('gonna', 'wanna', 'to', 'will', 'll', 'ill', 'just', 'finally')} of myself`,
    examples: ['gonna off myself', 'thinking of offing myself', 'i want to of myself'],
  },
  {
    id: 'en.suicide.end-my-life', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.take-my-life-back'],
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
    source: String.raw`${anyOf('gonna', 'wanna', 'want', 'ready to', 'about to', 'plan to', 'planning to', 'will', 'll', 'ill', 'should', 'just', 'finally', 'decided to', 'time to', 'gotta', 'need to', 'about', 'of', 'ways to', 'how to', 'im', 'i am', 'am', 'then im', 'really')} (?:just )?end(?:ing)? (?:it|things)`,
    examples: ['im going to end it', 'wanna end it', "can't stop thinking about ending it", 'I keep thinking about ways to end it', "if nothing changes by friday i'm ending it"],
  },
  {
    id: 'en.suicide.want-it-to-end', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:wanna|want|need) (?:it|this|everything|things|the pain) (?:all )?to (?:end|be over|stop (?:forever|for good|permanently)|stop(?= \.|$))`,
    examples: ['i just want it all to end', 'I want it all to stop forever'],
  },
  {
    id: 'en.suicide.want-to-die', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.die-of'],
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
    source: String.raw`(?:fine|okay|ok|good|easier) without me|better off (?:dead|without me|if i (?:was|were|wasnt|werent|died|never)|with me gone|if im gone)|(?:happier|better) ${gap(2)}(?:without me|if i (?:was|were) (?:gone|dead|not here)|if i wasnt (?:here|around|alive))|rather be dead`,
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
    id: 'en.suicide.feeling-suicidal', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:i|im|ive|id|me|feel|feeling|felt) ${gapNoNeg(3)}(?:${SUICIDE}|thoughts? (?:of|about) ${SUICIDE})|(?:thinking|thought|thoughts|think|ideas|urges) (?:about|of) ${SUICIDE}`,
    examples: ['i am suicidal', 'feeling really suicidal tonight', 'i have suicidal thoughts', 'im thinking about suicide', 'im so suicidel', 'been having thoughts of suicide'],
  },
  {
    id: 'en.suicide.suicide-word', kind: 'suicide', guards: TOPIC,
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
    id: 'en.suicide.means-at-hand', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:pills|gun|rope|noose|knife|razor|blade) ${gap(2)}(?:in my hand|ready|loaded|right here|next to me|in front of me)|(?:got|have|bought|tied|made|found|getting|buying) (?:a |the |my )?(?:rope|noose)|noose|(?:use|turn|point) (?:it|the gun|a gun|my gun|the knife|a knife|them) on myself`,
    examples: ['I have the pills in my hand right now', "i've got a rope and i'm ready", 'I have a noose ready', 'i have a gun and i want to use it on myself'],
  },
  {
    id: 'en.suicide.goodbye-note', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:goodbye|farewell) (?:letter|letters|note|notes|message|video)|(?:letter|letters|note|notes|messages?) to say (?:goodbye|bye)|saying my goodbyes|this is (?:my )?(?:last (?:message|text|goodbye|night alive|words)|goodbye)|(?:last|final) (?:message|goodbye)|goodbye (?:everyone|everybody|world|all|forever|cruel world)`,
    examples: ['I wrote a goodbye letter to my kids', 'i wrote letters to say goodbye to my family', 'this is my last message, goodbye', "Goodbye everyone. I'm sorry."],
  },
  {
    id: 'en.suicide.hang-myself', kind: 'suicide', guards: STATEMENT,
    source: String.raw`hang(?:ing|ed)? (?:myself|himself|herself)`,
    examples: ["I'm going to hang myself", 'i tried to hang myself last night'],
  },
  {
    id: 'en.suicide.jump', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:jump|jumping|jumped|throw myself|step|stepping|walk|walking|leap) (?:off|from|in front of|into|out of|under) (?:a |the |this |that |my )?${gap(1)}(?:bridge|building|roof|rooftop|cliff|balcony|ledge|window|overpass|tower|train|bus|truck|car|traffic|subway|freeway|highway|tracks|garage|parking deck|parking structure)|${anyOf('wanna', 'want', 'gonna', 'ready to', 'about to', 'going to')} jump(?= \.|$)`,
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
    source: String.raw`slit (?:my|his|her) (?:wrists?|throat)|drown(?:ing)? (?:myself|himself|herself)|(?:drive|driving|crash|crashing|steer) ${gap(3)}(?:off a (?:cliff|bridge)|into (?:a |the )?(?:tree|wall|traffic|river|lake|oncoming)|on purpose)|(?:drink|drinking|drank|starve|starving) myself to death`,
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
    source: String.raw`(?:plan|plans|planning|planned|figured out|figuring out|worked out|decided|deciding) ${gap(1)}how (?:to|im gonna|ill|i will|i would|id) (?:do it|end it|go|die)|(?:pills|meds|tablets|bottle|gun|rope|razor|blade) (?:are |is )?${gap(3)}(?:counted out|counted|lined up|laid out|set out|all set|loaded|ready to go)|in case i (?:dont|never|do not|wont) wake up|(?:swallow|swallowing|swallowed|take|taking|took|eat|down) everything in (?:the|my|our) (?:medicine )?(?:cabinet|cupboard|drawer)|swallow(?:ing)? everything|(?:use|using|used|turn|turning|point|pointing) (?:it|that|this|the gun|a gun|my gun|the knife|a knife|them|those) on (?:myself|himself|herself|themselves)|(?:in|inside) (?:the|my|a) garage ${gap(5)}(?:engine|car|motor) (?:is |still )?(?:running|on)|(?:engine|car|motor) (?:is |still )?running ${gap(3)}(?:in|inside) (?:the|my|a) garage|(?:drive|driving|drove|crash|crashing|steer|steering|swerve|swerving) ${gap(3)}(?:off|into) (?:the |a |an |that )?(?:overpass|bridge|cliff|embankment|river|lake|ravine|canyon|median|semi|oncoming traffic)`,
    examples: ["I've worked out how I'm gonna do it", 'the pills are all counted out next to my bed', 'if i dont wake up tomorrow its on purpose, just in case i dont wake up tell my son i loved him', 'im gonna swallow everything in my medicine cabinet', "there's a knife in the kitchen and i keep wanting to turn it on myself", "I'm parked in my garage and the engine is running", 'i keep wanting to steer into the median on the highway'],
  },
  {
    id: 'en.suicide.checking-out', kind: 'suicide', guards: [...STATEMENT, 'figurative.en.like-this'],
    // Euphemisms for dying and leaving for good.
    source: String.raw`check(?:ing|ed)? out (?:for good|permanently|forever|early|of (?:life|this world|here for good))|out of (?:life|this life|this world|existence)(?= \.|$)|(?:painless|painlessly|least painful|peaceful|peacefully|quick and painless|quickest|surest) ${gap(2)}(?:ways?|methods?) to (?:go|die|do it|end it|check out)(?= \.|$| out| for| forever)|(?:dont|cant|not|never) (?:really |even )?(?:see|picture|imagine) (?:myself|me) ${gap(2)}(?:here|around|alive) (?:by|at|for|next|much|in a|this time)|(?:its|it is|itll be|it will be|everything is|everything will be) (?:all |finally )?(?:almost|nearly|soon) (?:over|done)(?= \.|$| soon| now)|(?:im|i am|feel like|being|i feel|i know im) ${gapNoNeg(3)}burden(?! of)|(?:better off|happier|fine) ${gap(1)}if i ${gap(1)}(?:dis+ap+e?ar(?:ed)?|was gone|were gone|died|was dead|were dead|wasnt (?:here|around|alive)|werent (?:here|around|alive))|dis+ap+e?ar(?:ed|ing)? (?:forever|for good|permanently)`,
    examples: ["i'm checking out for good after the weekend", "i'm done. out of this world", 'whats the most peaceful way to go', "honestly can't picture myself still alive by spring", "it's finally almost over", "i'm such a burden on my parents", 'my family would be happier if i disappeared', 'wanna dissapear permanently'],
  },

]);
