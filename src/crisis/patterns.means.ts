/**
 * A lethal means at hand, in English and Spanish: a gun, a rope, train tracks, poison, a blade.
 * Access to a means is among the strongest risk factors there are, and people rarely mention one in
 * an intake chat without a reason. So the means alone, unless the message is plainly everyday
 * (hunting, a clothesline, shaving), past, denied or an idiom, earns the confirming question.
 *
 * Every pattern here is a fallback (pattern.ts): it runs only when no other pattern matched, so a
 * gun beside a threat ("he has a gun and is threatening me") keeps the threat's kind. Aimed at
 * someone else a gun or a blade is harm to others; turned on the writer's home, a gun is danger now;
 * otherwise a gun, a rope or poison is suicide and a blade self-harm. Bump `version` in lexiconVersion.ts with every change to this file.
 */
import { STATEMENT_ES } from './fragments.es';
import type { GuardId } from './guards';
import { definePatterns } from './pattern';

// Top-level alternatives, not one group: each then runs only when its own word is in the message (requiredLiterals.ts).
const GUN_EN = String.raw`gun|guns|handgun|handguns|rifle|rifles|pistol|pistols|revolver|shotgun|firearm|firearms|glock|ammo|ammunition|blicky|draco|sidearm|(?:duty|service|my|his|her|their|the|a) weapons?(?! (?:charges?|possession|violations?|ban|check|of mass)\b)|(?:my|his|her|a|the|dads|their) (?:45|38|22|357|380|9mm)(?! (?:years?|yrs?|yo|minutes?|mins?|hours?|hrs?|miles?|days?|th|mg|dollars|bucks)\b)`;
/** "arma" only as a noun: "se arma la fiesta" is the verb armar. */
const GUN_ES = String.raw`pistola|pistolas|escopeta|rifle|revolver|(?:un|una|el|la|su|sus|mi|mis|tu|las|los|tiene|tengo|trae|traigo) armas?|(?:la|su|mi) (?:9|45|38|nueve|cuarenta y cinco)(?! (?:es|anos|minutos|horas|millas|dolares|mg)\b)`;
const ROPE_EN = String.raw`rope|ropes|noose|nooses|(?:train|railroad|rail|subway) tracks|on the tracks|rat poison|antifreeze`;
const ROPE_ES = String.raw`cuerda|soga|mecate|(?:las )?vias del tren|veneno|raticida`;
/** Not a razor alone, which is for shaving: a razor blade, a blade, a box cutter. */
const BLADE_EN = String.raw`(?:the|a|my) razor (?:is )?(?:in (?:my|his|her) hand|out|right here|next to me|beside me)|razor blades?|(?:a|the|my|his|her|that|this) blade|blades|box ?cutters?|boxcutters?|x ?acto(?: knife)?|scalpel`;
const BLADE_ES = String.raw`navaja|navajas|cuchilla|cuchillas|gillette|hojas? de afeitar|hojitas?|exacto|cutter`;

// Not 'info-seeking': "how much rat poison would it take" is research into a means, not a question about the program.
const EN_GUARDS: readonly GuardId[] = ['negation', 'means.past', 'means.none-at-hand', 'hypothetical', 'question-about-program'];
const ES_GUARDS: readonly GuardId[] = [...STATEMENT_ES.filter((g) => g !== 'history'), 'means.past', 'means.none-at-hand', 'hypothetical', 'question-about-program'];
const GUN_EN_GUARDS: readonly GuardId[] = [...EN_GUARDS, 'firearm.everyday', 'firearm.idiom'];
const GUN_ES_GUARDS: readonly GuardId[] = [...ES_GUARDS, 'firearm.everyday', 'firearm.idiom'];
const BLADE_EN_GUARDS: readonly GuardId[] = [...EN_GUARDS, 'means.blade-everyday'];
const BLADE_ES_GUARDS: readonly GuardId[] = [...ES_GUARDS, 'means.blade-everyday'];

export const enMeansPatterns = definePatterns('en', [
  {
    id: 'en.suicide.firearm-at-hand', kind: 'suicide', guards: [...GUN_EN_GUARDS, 'means.aimed-at-other', 'means.held-against-me'],
    source: GUN_EN, fallback: true,
    examples: [
      'my husband went out to the woods with his rifle and a bottle and its not hunting season',
      'loaded it and sat with the gun in my lap an hour in the cab of the truck',
      'Son (22) bought a gun last week and keeps saying nothing matters anymore',
      'Im a cop. Duty weapon has been on the kitchen table all night and I keep picking it up and putting it back down',
    ],
  },
  {
    id: 'en.suicide.rope-tracks-poison', kind: 'suicide', guards: [...EN_GUARDS, 'means.rope-everyday', 'means.poison-everyday'],
    source: ROPE_EN, fallback: true,
    examples: [
      'lost the job, lost her, lost the apartment. the only thing i still have is the rope in my trunk',
      'i laid down on the train tracks for a little while last night just to see what it felt like',
      'how much rat poison would it take',
    ],
  },
  {
    id: 'en.self-harm.blade-at-hand', kind: 'self-harm', guards: [...BLADE_EN_GUARDS, 'means.aimed-at-other'],
    source: BLADE_EN, fallback: true,
    examples: [
      'sitting in the bathroom at work with a razor blade from the supply closet. i just want to feel something other than this',
      'keep the box cutter from the warehouse in my pocket for when it comes on. its coming on right now',
      'i have the razor in my hand right now. not to die, just need to feel something',
    ],
  },
  {
    id: 'en.harm-others.firearm-aimed', kind: 'harm-others', guards: [...GUN_EN_GUARDS, 'means.no-one-else'],
    source: GUN_EN, fallback: true,
    examples: [
      'my husband left to go find the kid who sold our daughter the pills. he took his gun',
      'I know where the guy who sold my son the fentanyl lives. Im going over there tonight with my .45',
      'dad is pacing with his pistol saying the neighbors are poisoning his water',
    ],
  },
  {
    id: 'en.abuse-danger.firearm-against-me', kind: 'abuse-danger', guards: [...GUN_EN_GUARDS, 'means.not-against-me'],
    source: GUN_EN, fallback: true,
    examples: ['my ex showed up drunk at the door with a gun demanding to see the baby'],
  },
  {
    id: 'en.harm-others.blade-aimed', kind: 'harm-others', guards: [...BLADE_EN_GUARDS, 'means.no-one-else'],
    source: BLADE_EN, fallback: true,
    examples: ['bought a box cutter today. the guy who took everything from me is gonna pay'],
  },
]);

export const esMeansPatterns = definePatterns('es', [
  {
    id: 'es.suicide.arma-a-la-mano', kind: 'suicide', guards: [...GUN_ES_GUARDS, 'means.aimed-at-other', 'means.held-against-me'],
    source: GUN_ES, fallback: true,
    examples: ['mi esposo se fue con la pistola en la troca y no contesta', 'tengo la pistola cargada aqui en la mesa'],
  },
  {
    id: 'es.suicide.cuerda-vias-veneno', kind: 'suicide', guards: [...ES_GUARDS, 'means.rope-everyday', 'means.poison-everyday'],
    source: ROPE_ES, fallback: true,
    examples: ["mi hijo me dijo 'ya no me vas a tener que mantener' y se fue con la cuerda del garage", 'cuanto tarda en hacer efecto el veneno para ratas en una persona'],
  },
  {
    id: 'es.self-harm.navaja-a-la-mano', kind: 'self-harm', guards: [...BLADE_ES_GUARDS, 'means.aimed-at-other'],
    source: BLADE_ES, fallback: true,
    examples: ['tengo la navaja en el baño y no me la puedo quitar de la cabeza'],
  },
  {
    id: 'es.harm-others.arma-contra-otro', kind: 'harm-others', guards: [...GUN_ES_GUARDS, 'means.no-one-else'],
    source: GUN_ES, fallback: true,
    examples: ['mi hermano anda buscando al que le vendio el fentanilo a mi primo y se llevo la pistola', 'hay un tipo que me las va a pagar, ya tengo la pistola'],
  },
  {
    id: 'es.abuse-danger.arma-contra-mi', kind: 'abuse-danger', guards: [...GUN_ES_GUARDS, 'means.not-against-me'],
    source: GUN_ES, fallback: true,
    examples: ['mi ex llego borracho con una pistola exigiendo ver al niño'],
  },
  {
    id: 'es.harm-others.navaja-contra-otro', kind: 'harm-others', guards: [...BLADE_ES_GUARDS, 'means.no-one-else'],
    source: BLADE_ES, fallback: true,
    examples: ['ya tengo la navaja, el que me robo me las va a pagar'],
  },
]);
