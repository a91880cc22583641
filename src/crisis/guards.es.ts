/**
 * Spanish idioms that look like crisis language: guards a Spanish pattern may name (see guards.ts for
 * how a guard is applied, and test/crisis/guards.test.ts for the vetoes and keeps each must honour).
 */
import { re, type Guard } from './guard';

/** Substances and feelings that "me pega" can be about, instead of a person. */
const SUBSTANCES_ES =
  'alcohol|cruda|resaca|sol|droga|drogas|ansiedad|depresion|bajon|abstinencia|trago|vino|cerveza|tristeza|soledad|' +
  'ganas|sueno|hambre|frio|calor|gripa|gripe|nostalgia|mota|cristal|coca|malilla|beber|tomar|fumar|esto|eso|comida';

export const esGuards = {
  'figurative.es.morir-de': {
    description: '"me muero de ganas/risa/hambre", "morirme de la vergüenza": idioms.',
    when: [
      {
        around: re(
          String.raw`\b(?:mori\w*|muer\w*|muri\w*) de (?:la |el )?(?:verguenza|risa|aburrimiento|ganas|hambre|sueno|frio|calor|miedo|envidia|amor|curiosidad|pena|nervios|cansancio|sed)\b`,
        ),
      },
    ],
    vetoes: ['me quiero morir de la vergüenza', 'siento que me muero de hambre'],
    keeps: ['me quiero morir', 'siento que me muero'],
  },
  'figurative.es.vivir-asi': {
    description: '"ya no quiero vivir así": the wish to change, as "live like this" in English.',
    when: [{ after: re(String.raw`^(?:[^ ]+ )?(?:asi|de esta (?:manera|forma)|de este modo|como estoy|como vivo|con (?:esta|este) (?:adiccion|vicio))\b`) }],
    vetoes: ['ya no quiero vivir así, necesito ayuda'],
    keeps: ['ya no quiero vivir'],
  },
  'figurative.es.me-mato-trabajando': {
    description: '"me mato trabajando", "me mato de risa": idioms.',
    when: [{ after: re(String.raw`^(?:trabajando|estudiando|a trabajar|de risa|corriendo|por (?:mis|mi|ellos|ellas)|en el (?:gym|trabajo)|haciendo)\b`) }],
    vetoes: ['me mato trabajando todo el día'],
    keeps: ['si esto sigue así me mato'],
  },
  'figurative.es.me-pega-substance': {
    description: '"el alcohol me pega fuerte", "me pega la ansiedad", "beber me hace daño": a substance or feeling, not a person.',
    when: [
      { before: re(String.raw`\b(?:${SUBSTANCES_ES})(?: (?:muy|bien|tan|mucho|me))?$`) },
      { after: re(String.raw`^(?:(?:muy|bien|tan|mucho|duro|fuerte) )?(?:(?:el|la|los|las) )?(?:${SUBSTANCES_ES})\b`) },
    ],
    vetoes: ['el alcohol me pega muy fuerte', 'me pega la ansiedad en la noche'],
    keeps: ['mi esposo me pega cuando toma alcohol'],
  },
  'figurative.es.me-va-a-matar-si': {
    description: '"mi jefe me va a matar si llego tarde", "mi mamá me va a matar cuando se entere".',
    when: [
      { after: re(String.raw`^(?:si|cuando) (?:[^ ]+ )?(?:llego tarde|no llego|falto|recaigo|vuelvo a tomar|tomo|bebo)\b`) },
      {
        before: re(String.raw`\b(?:mama|mami|madre|papa|papi|padre|jefe|jefa|maestr[oa]|profe|abuel[oa]|suegr[oa]|herman[oa])s?\b`),
        after: re(String.raw`^(?:si|cuando) (?:[^ ]+ ){0,2}(?:se enter\w*|sabe|sepa|ve|vea|me ve|me vea)\b`),
      },
    ],
    vetoes: ['mi jefe me va a matar si llego tarde', 'mi mamá me va a matar cuando se entere'],
    keeps: ['me va a matar si lo dejo'],
  },
  'figurative.es.pegarle-al-trago': {
    description: '"pegarle al trago": to drink hard.',
    when: [{ after: re(String.raw`^(?:al|a la) (?:trago|botella|droga|chupe|vicio|alcohol|cerveza|mota)\b`) }],
    vetoes: ['quiero dejar de pegarle al trago'],
    keeps: ['voy a pegarle a mi hermano'],
  },
  'figurative.es.no-responde-mensajes': {
    description: '"no responde mis mensajes", "no responde al tratamiento".',
    when: [{ after: re(String.raw`^(?:a )?(?:mis|los|el|la|al|las) (?:mensajes|llamadas|telefono|correos?|whatsapp|tratamiento|medicamento|textos)\b`) }],
    vetoes: ['mi hijo no responde mis mensajes'],
    keeps: ['mi hijo no responde, se tomó unas pastillas'],
  },
  'figurative.es.ahogarse-en': {
    description: '"me ahogo en deudas", "se ahoga en un vaso de agua": drowning in something, an idiom.',
    when: [{ after: re(String.raw`^en\b`) }],
    vetoes: ['me ahogo en deudas'],
    keeps: ['me ahogo, no puedo respirar'],
  },
  'scope.es.self-directed': {
    description: '"me golpeo la cabeza contra la pared" is self-harm, not abuse (same letters as "me golpeó" once accents are gone).',
    when: [{ after: re(String.raw`^(?:la cabeza|contra|yo mism[oa]|a mi mism[oa]|sol[oa])\b`) }],
    vetoes: ['siempre me golpeo sola con los muebles'],
    keeps: ['me golpeó otra vez', 'me golpeo la cabeza contra la pared'],
  },
} as const satisfies Record<string, Guard>;
