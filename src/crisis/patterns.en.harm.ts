/**
 * English crisis lexicon for self-harm and harm to others. Same conventions as patterns.en.ts
 * (sources over normalizeText() output, stable ids, bump `version` in lexiconVersion.ts with every change).
 */
import { STATEMENT, TOPIC, VICTIM, URGE } from './fragments.en';
import { gap, definePatterns } from './pattern';

export const enHarmPatterns = definePatterns('en', [
  // ============================== self-harm ==============================
  {
    id: 'en.self-harm.cut-myself', kind: 'self-harm', guards: [...STATEMENT, 'accidental'],
    source: String.raw`(?:cut|cutting|cuts|cutted|burn|burning|burned|burnt|scratch|scratching|carve|carving|slice|slicing) (?:myself|my (?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?))`,
    examples: ['I cut myself', "I've been cutting myself again", 'i started cutting my arms', 'cut my thighs last night', 'I cut my wrist last night but not deep', 'ive been burning my arms with a lighter'],
  },
  {
    id: 'en.self-harm.cutting', kind: 'self-harm', guards: STATEMENT,
    source: String.raw`(?:im|been|started|start|keep|stop|cant stop|urge to|urges to|wanna|want|need|feel like|thinking about|back to|relapsed on|went back to|the urge to) (?:to )?cut(?:ting)?(?! (?:back|down|out|off|it|corners|class|school|the|my hair|hair|ties|in|carbs|sugar|weight|loose|up|through|costs|hours|them|him|her))`,
    examples: ['im cutting again', 'i feel like cutting', 'the urge to cut is so strong', 'i cant stop cutting'],
  },
  {
    id: 'en.self-harm.hurt-myself', kind: 'self-harm', guards: [...STATEMENT, 'accidental'],
    source: String.raw`(?:hurt|hurting|hurts|harm|harming|injure|injuring|punish|punishing|burn|burning|burned|burnt|punch|punching|hit|hitting|scratch|scratching|starve|starving|carve|carving|bite|biting) myself`,
    examples: ['I want to hurt myself', 'I hurt myself on purpose', 'I keep burning myself', 'I punch myself when I am angry', 'ive been starving myself', 'I want to hurt my self so bad'],
  },
  {
    id: 'en.self-harm.hurting-themself', kind: 'self-harm', guards: [...STATEMENT, 'accidental'],
    source: String.raw`(?:cut|cutting|cuts|hurt|hurting|hurts|harm|harming|burn|burning|starve|starving) (?:himself|herself|themselves|themself)`,
    examples: ['my daughter is cutting herself', 'my son keeps hurting himself on purpose'],
  },
  {
    id: 'en.self-harm.self-harm-word', kind: 'self-harm', guards: TOPIC,
    source: String.raw`selfharm\w*`,
    examples: ['self harm', "i've relapsed on self-harm", 'been self-harming', 'SELF HARMING AGAIN'],
  },
  {
    id: 'en.self-harm.until-it-bleeds', kind: 'self-harm', guards: STATEMENT,
    source: String.raw`(?:scratch|scratching|pick|picking|bang|banging|hit|hitting|punch|punching|bite|biting|cut|cutting|burn|burning) ${gap(5)}(?:until|till|til) (?:it |i |they )?(?:bleeds?|bled|bleeding)`,
    examples: ['i bang my head against the wall until it bleeds', 'I scratch myself until I bleed'],
  },
  {
    id: 'en.self-harm.carving', kind: 'self-harm', guards: STATEMENT,
    source: String.raw`carv(?:e|ing|ed) (?:into )?(?:my|myself)|cuts (?:that )?i (?:did|made|gave) (?:[^ ]+ )?myself|(?:razor|blade|lighter) (?:on|to|against) my (?:skin|arm|arms|leg|legs|wrist)`,
    examples: ["I've been carving into my skin", 'my arms are full of cuts i did myself'],
  },

  {
    id: 'en.self-harm.cut-again', kind: 'self-harm', guards: [...STATEMENT, 'accidental'],
    // A report of cutting without an object, tools out, "sh" shorthand, hurting oneself to feel something.
    source: String.raw`(?:i|she|he|they) (?:just |already )?cut (?:again|deep|deeper|too deep|tonight|last night|today)|cuts? (?:are |is |was |were )?(?:deeper|too deep) than|\bsh (?:urges?|again|relapse|thoughts)|urges? to sh\b|(?:got|get|getting|took|take|grabbed|grab|pulled|pulling|have) (?:the|my|a) (?:blade|blades|razor|razors|box cutter|lighter) (?:out|ready)|(?:punch|punching|punched|hit|hitting|cut|cutting|burn|burning|hurt|hurting|scratch|scratching|bang|banging|slam|slamming) ${gap(5)}(?:just |only )?to feel (?:something|anything|pain|alive|real)|punch(?:ing|ed)? (?:through )?(?:the |a )?(?:glass|window|windows|mirror)|(?:put|putting|punch|punching|smash|smashing|shove|shoving) (?:my )?(?:hand|fist|arm|head) through (?:the |a )?(?:glass|window|mirror|wall)`,
    examples: ['I cut deep last night', 'my sh urges are bad today', 'the blade is out, i got my razor ready', 'i burn my wrist just to feel anything', 'punched through the mirror on purpose', 'I keep wanting to shove my fist through the glass'],
  },

  // ============================== harm to others ==============================
  {
    id: 'en.harm-others.kill-someone', kind: 'harm-others', guards: [...STATEMENT, 'figurative.en.shoot-a-message'],
    source: String.raw`(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling|choke|choking|smother|smothering|poison|poisoning|drown|run over) ${VICTIM}|run (?:him|her|them) over`,
    examples: ["I'm going to kill him", 'i want to kill my husband', "I'll kill her if she comes back", 'im gonna murder my roommate', 'I feel like killing someone', 'I want to kill my boss', 'i will shoot him', 'I want to run him over with my car', 'ima kill him', 'I want to stab the man who hurt my daughter'],
  },
  {
    id: 'en.harm-others.urge-to-hurt', kind: 'harm-others', guards: [...STATEMENT, 'figurative.en.shoot-a-message'],
    source: String.raw`${URGE} ${gap(2)}(?:hurt|hurting|harm|harming|hit|hitting|punch|punching|beat|beating|attack|attacking|slap|slapping|smack|smacking|kick|kicking|fight|fighting|strangle|choke|stab|shoot) (?:up )?${VICTIM}`,
    examples: ['I want to hurt someone', 'i have urges to hurt people', "I'm going to beat him up when he gets home", "I'm scared I'm going to hurt my kids", 'i think about hurting my baby', 'i want to hit my wife', "I'm going to hurt him if he comes home drunk again"],
  },
  {
    id: 'en.harm-others.smash-face', kind: 'harm-others', guards: STATEMENT,
    source: String.raw`beat (?:the )?(?:hell|shit|crap|fuck|living daylights|snot) out of ${VICTIM}|(?:smash|bash|break|punch|kick|beat|cave) (?:in )?(?:his|her|their|your) (?:[^ ]+ )?(?:face|head|skull|teeth|jaw|neck)|make (?:someone|somebody|him|her|them|people) (?:hurt|suffer|bleed)`,
    examples: ['going to smash his face in', 'I want to make someone hurt like I hurt', "I'm gonna beat the crap out of my stepdad"],
  },
  {
    id: 'en.harm-others.mass-violence', kind: 'harm-others', guards: STATEMENT,
    source: String.raw`shoot (?:up )?(?:the|my|a|this|that) (?:school|office|work|workplace|job|church|store|mall|place|building|party|club|bar)|kill (?:them|everyone|everybody) all`,
    examples: ["I'm going to shoot up my workplace", 'im going to kill them all'],
  },

  {
    id: 'en.harm-others.attack-plan', kind: 'harm-others', guards: STATEMENT,
    // Mass violence, vehicles driven at people, poisoning someone's drink, "he's done" threats.
    source: String.raw`shoot(?:ing)? up (?:the|my|a|this|that|our|his|her) ${gap(1)}(?:school|office|work|workplace|job|church|store|mall|place|building|party|club|bar|plant|warehouse|meeting|class)|(?:car|truck|van|suv) (?:into|through|at) ${gap(1)}(?:people|crowd|a crowd|everyone|everybody|pedestrians|them|him|her)|(?:put|putting|slip|slipping|spike|spiking|mix|mixing) (?:some |a few |a little )?(?:something|stuff|poison|rat poison|bleach|antifreeze|pills|drugs) ${gap(1)}(?:in|into) (?:his|her|their|(?:my|our|the) [^ ]+s) (?:drink|food|coffee|beer|cup|plate|meal|soup|tea|water)|(?:that|this) (?:dude|guy|man|bitch|mf|fucker|asshole|bastard|punk|kid) ${gap(4)}(?:is|s|gonna be|will be) (?:done|dead|finished|a dead man)(?= \.|$)|(?:hes|shes|theyre|youre) (?:a )?dead (?:man|meat)(?= \.|$)`,
    examples: ['thoughts of shooting up the warehouse where i worked', 'i want to drive my truck into a crowd', 'i keep thinking about slipping rat poison into her coffee', 'gonna mix a few pills into my stepmoms tea', 'that guy who robbed me is dead meat, that guy is done'],
  },

]);
