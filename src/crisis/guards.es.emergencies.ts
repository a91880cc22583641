/**
 * Spanish look-alikes of emergencies happening now: guards the patterns of patterns.es.emergencies.ts
 * may name. See guards.ts for how a guard is applied.
 */
import { re, type Guard } from './guard';

/** Words that put a Spanish message in the urgent present whatever else it says. */
const URGENT_NOW_ES =
  String.raw`\b(?:ahora mismo|en este momento|ahorita(?! ya no)|esta noche|(?<!la )otra vez|de nuevo|ayuda|ayudenme|auxilio|911|` +
  String.raw`hace (?:un rato|rato|media hora|una hora|\d+ (?:horas|minutos))|no (?:respira|despierta|reacciona))\b`;

/** Spanish markers of a past event the core history guards do not know: months, seasons, "esa vez", a year. */
const PAST_EVENT_ES =
  String.raw`\b(?:en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)|` +
  String.raw`(?:el|la|este|esta) (?:verano|invierno|primavera|otono|navidad|ano|semana|mes|cuaresma) pasad[oa]|` +
  String.raw`en (?:el )?(?:19|20)\d\d|ese dia|esa vez|esa noche|aquella vez|(?<!desde )hace tiempo|(?<!desde )hace (?:\w+ ){0,2}(?:anos|meses|semanas)|` +
  String.raw`(?:tuve|tuvo|le dio|me dio|me dieron|le dieron) ${'(?:[^ ]+ ){0,3}'}(?:por|cuando|y) (?:dejar|deje|dejo)|termine en el hospital|sobrevivi|sobrevivio|cuando (?:usaba|consumia|tomaba|me drogaba|se drogaba|fumaba|me metia|se metia|bebia|estaba en la calle)|a los (?:1[0-9]|[2-9][0-9])(?! (?:minutos|min|segundos))|de (?:morr[oa]|chamac[oa]|escuincl[ea]|chavit[oa]|chiquit[oa]|pequenit[oa])|(?:vi|he visto|hemos visto|conozco|conoci) (?:a )?(?:mucha gente|muchos|muchas|varios|varias|gente|amigos))\b`;

/** Dated past markers strong enough to date a whole message (not just its clause). */
const DATED_PAST_ES =
  String.raw`\b(?:el (?:ano|mes|verano|invierno) pasado|(?<!desde )hace (?:\w+ ){0,2}(?:anos|meses)|(?<!desde )hace un (?:ano|mes)|en (?:el )?(?:19|20)\d\d|cuando (?:era|eramos) (?:chic|nin|joven|adolescente)\w*|de (?:chiquit|nin|pequen)[oa]|` +
  String.raw`una vez|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))\b`;

export const esEmergencyGuards = {
  'history.es.mensaje-pasado': {
    description:
      'For Spanish medical-now symptoms: the message is dated in the past ("el año pasado tuve un ataque y me mordí la ' +
      'lengua", "en 2020 me dieron convulsiones") even when the symptom sits in another clause. Off when anything in it ' +
      'is happening now (ahorita, todavía, otra vez, anoche, ayuda...).',
    when: [{ message: re(DATED_PAST_ES) }],
    unlessInMessage: re(
      String.raw`${URGENT_NOW_ES}|\b(?:anoche|esta manana|hoy me|todavia|sigo|sigue|ahorita|ya no puedo|me esta|se esta|y ahora|ahora (?:esta|estoy|tiene|tengo|anda|ando)|hace (?:\d+|un|dos|tres|cuatro|cinco) dias|estoy(?! (?:bien|mejor|limpi[oa]|sobri[oa]|en recuperacion|en tratamiento)))\b`,
    ),
    vetoes: ['el ano pasado, en el trabajo, me dio un ataque', 'hace un mes se me cerro la garganta por alergia, ahora cargo epipen'],
    keeps: ['hace un mes deje el alcohol y ahorita estoy temblando sin parar', 'se desmayo y no reacciona'],
  },
  'history.es.evento-pasado': {
    description:
      'For the Spanish "now" patterns: a past event dated by a month, a season, a year, "esa vez", "hace tiempo" ' +
      '("tuvo una sobredosis el verano pasado, sobrevivió"). Off when the message also says it is happening now.',
    when: [{ around: re(PAST_EVENT_ES) }],
    unlessInMessage: re(URGENT_NOW_ES),
    vetoes: [
      'mi esposo tuvo una sobredosis el verano pasado y ahora esta en metadona',
      'hace tiempo me dio un infarto por la coca, ahorita ya no consumo',
    ],
    keeps: ['mi hermano tuvo una sobredosis el verano pasado y ahorita otra vez no respira', 'tengo una sobredosis'],
  },
  'history.es.ya-no': {
    description:
      'Abuse told in the imperfect ("me pegaba", "me amenazaba") by someone now apart from the abuser ' +
      '(separated, restraining order, moved away, "ya no vivo con él"): history, not danger now.',
    when: [
      {
        around: re(String.raw`\b(?:pegaba|golpeaba|maltrataba|amenazaba|abusaba|ahorcaba|encerraba|seguia|perseguia|acosaba)\b`),
        message: re(
          String.raw`\b(?:ya no (?:vivo|vivimos|estoy|estamos|esta|me habla|lo veo|la veo)|orden de (?:alejamiento|proteccion)|(?:vive|se fue a vivir|esta) (?:en otro (?:estado|pais|lado)|en otra ciudad|lejos)|desde (?:el )?(?:19|20)\d\d|(?:ahorita|ahora|hoy|ya) (?:vivo|vivimos|estoy|estamos) (?:bien|tranquil[oa]s?|en paz|a salvo|mejor)|me separe|nos separamos|me divorcie|nos divorciamos|orden de restriccion|se mudo|me mude|nos mudamos|hace (?:\w+ ){0,2}anos|ya paso|esta en la carcel|lo deportaron|me fui|nos fuimos|me sali|nos salimos|lo deje|la deje|hace mucho|eso fue|fue hace|de (?:chiquit[oa]|nin[oa]|morr[oa]|chamac[oa]|pequen[oa]|adolescente)|cuando (?:era|tenia|estaba (?:chiquit[oa]|nin[oa]))|(?:anos|meses) (?:lejos|separad[oa]s?|divorciad[oa]s?|sin (?:verlo|verla|saber de el|saber de ella))|(?:aca|aqui|ahora|ahorita|hoy) (?:estoy|estamos|vivo|vivimos) (?:bien|tranquil[oa]s?|en paz|a salvo|mejor)|cuando (?:viviamos|viviamos juntos|estabamos juntos|estaba con el|estaba con ella))\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:otra vez|de nuevo|volvio|regreso|ahorita(?! (?:vivo|vivimos|estoy|estamos) (?:bien|tranquil[oa]s?|en paz|a salvo|mejor))|ahora mismo|esta noche|afuera|me encontro|sigue|siguen|buscando|buscandome|siguiendo|amenazando|encontro)\b`),
    vetoes: [
      'mi ex me pegaba pero ya me separe hace tres años y estoy bien',
      'mi exesposo me amenazaba hace mucho, ahorita vivo en paz con mis niñas',
      'mi expareja me amenazaba pero tengo orden de restriccion y se mudo lejos',
      'mi exnovio me golpeaba, tiene orden de alejamiento y vive en otro estado',
    ],
    keeps: ['mi ex me pegaba, tiene orden de alejamiento y hoy esta afuera de mi casa', 'mi ex me pegaba y ahora volvio y esta afuera de mi casa', 'mi esposo me pega', 'mi ex me pegaba hace mucho y ahorita esta afuera de mi casa'],
  },
  'figurative.es.me-va-a-matar-cosa': {
    description:
      '"el examen me va a matar", "mi vieja me va a matar cuando vea ... jajaja": a thing, or a joke, not a threat.',
    when: [
      {
        before: re(
          String.raw`\b(?:examen|examenes|trabajo|tarea|clase|clases|dia|semana|turno|calor|frio|cruda|resaca|dolor|renta|papeleo|gym|rutina|viaje|trafico|esto|eso|ged|escuela|programa|bills|biles)\b(?: [^ ]+){0,3}$`,
        ),
        around: re(String.raw`\b(?:me|nos) (?:(?:va|van) a matar|mata|matan|esta matando)\b`),
      },
      { around: re(String.raw`\b(?:me|nos) (?:(?:va|van) a matar|mata|matan)\b`), message: re(String.raw`\b(?:ja(?:ja)+|je(?:je)+|jsjs\w*|lol|xd|lmao)\b`) },
    ],
    vetoes: ['el examen del GED me va a matar pero voy a estudiar', 'mi vieja me va a matar cuando vea la ropa jajaja'],
    keeps: ['mi ex me va a matar', 'me va a matar si lo dejo'],
  },
  'figurative.es.pegar-cuernos': {
    description: '"me pegó los cuernos" (cheated on me), "me pegó la gripa", "me pegó un susto": idioms.',
    when: [{ after: re(String.raw`^(?:los cuernos|el cuerno|la gripa|la gripe|el covid|un susto|el virus|la enfermedad|unos cuernos|el gusto|(?:unos|un|una) (?:reganos|regano|reganada|gritos|grito|sermon|jalon de orejas)(?: bien fuertes?)?)\b`) }],
    vetoes: ['mi novia me pego los cuernos con mi mejor amigo', 'mi hermano me pego el covid'],
    keeps: ['mi novio me pego en la cara'],
  },
  'scope.es.me-pego-yo': {
    description:
      '"me pego en la cabeza cuando me da el craving": the writer hits themself (self-harm), with no one else ' +
      'named before it ("mi esposo me pegó en la cara" stays abuse).',
    when: [
      {
        before: re(
          String.raw`^(?!(?:.* )?(?:el|ella|ellos|ellas|ese|este)$)(?!.*\b(?:esposo|esposa|marido|pareja|novio|novia|ex|expareja|papa|mama|padre|madre|padrastro|madrastra|hermano|hermana|tio|tia|suegro|suegra|abuelo|abuela|primo|vecino|jefe|hijo|hija|alguien|tipo|senor)\b)`,
        ),
        after: re(
          String.raw`^(?:yo (?:mism[oa] )?|sol[oa] )?(?:en|contra) (?:la|el|mi|mis|las|los) (?:cabeza|cara|frente|pierna|piernas|brazo|brazos|pecho|estomago|panza|pared|puerta|espejo)\b|^con (?:el puno|los punos|la mano|mis manos|mi mano)\b|^yo mism[oa]\b`,
        ),
      },
    ],
    vetoes: ['me pego con la mano en la frente cada vez que se me olvida algo'],
    keeps: ['mi esposo me pego en la cara', 'el me pego en la cabeza anoche'],
  },
  'figurative.es.casi-me-da': {
    description: '"casi me da un infarto jaja", "por poco me da un infarto con el papeleo": a scare, said in passing.',
    when: [
      { before: re(String.raw`\b(?:casi|por poco|nomas falto que) (?:me|le|nos) (?:da|dio|daba|dan)(?: (?:un|una|el|la))?$`) },
      { around: re(String.raw`\b(?:casi|por poco) (?:me|le|nos) (?:da|dio|daba|dan) (?:el|un) (?:patatus|soponcio|desmayo)\b`) },
      { message: re(String.raw`\b(?:ja(?:ja)+|je(?:je)+|jsjs\w*|lol|xd|lmao)\b`), before: re(String.raw`\b(?:me|le) (?:va a dar|da|dio)(?: (?:un|una))?$`) },
    ],
    vetoes: ['el papeleo del seguro me tiene loca, casi me da un infarto jaja', 'por poco me da un infarto cuando vi la cuenta'],
    keeps: ['creo que me esta dando un infarto', 'siento que me da un infarto'],
  },
  'figurative.es.color-de-cosa': {
    description:
      '"el cielo está gris", "el carro se ve azul": the color of a thing, not of a person; "morado del coraje", ' +
      '"azul de frío ... jaja": a color from anger or cold, said in passing.',
    when: [
      { after: re(String.raw`^(?:del|de) (?:coraje|risa|enojo|la risa|verguenza|pena|tanto reir|tanto gritar)\b`) },
      { after: re(String.raw`^de frio\b`), message: re(String.raw`\b(?:ja(?:ja)+|je(?:je)+|jsjs\w*|lol|xd)\b`) },
      {
        before: re(
          String.raw`\b(?:cielo|mar|carro|coche|troca|casa|pared|paredes|pelo|cabello|camisa|ropa|dia|auto|agua|pantalla|luz|foto|vestido|tenis|zapatos|cuarto)(?: [^ ]+){0,1}$`,
        ),
      },
    ],
    vetoes: ['el cielo esta gris y frio hoy', 'mi carro se ve azul con esta luz', 'mi jefe se puso morado del coraje jaja'],
    keeps: ['se esta poniendo azul', 'mi hermano esta morado'],
  },
  'figurative.es.me-toca-turno': {
    description: '"él me toca después", "me toca ir a mí": my turn, not touching.',
    when: [
      {
        after: re(
          String.raw`^(?:a mi|despues|luego|primero|manana|hoy|el turno|la suerte|[^ ]{1,24}(?:ar|er|ir)(?:lo|la|le|me|se)?)(?: |$)`,
        ),
      },
    ],
    vetoes: ['el me toca despues en la fila', 'el me toca llevar a la escuela'],
    keeps: ['mi mama me dejo con su novio y el me toca', 'el me toca cuando ella no esta'],
  },
  'history.es.secuela': {
    description:
      'A lasting after-effect of a past stroke, accident or seizure disorder ("desde el derrame no puede mover el brazo", ' +
      '"tuvo una embolia hace años y habla raro"): the screening asks about it, it is not an emergency now.',
    when: [
      {
        message: re(
          String.raw`\b(?:desde (?:el|su|mi|aquel|que (?:tuvo|tuve|le dio|me dio)) (?:[^ ]+ )?(?:derrame|embolia|infarto|accidente|choque|caida)|(?:tuvo|tuve|le dio|me dio|le dieron|me dieron) (?:un|una) (?:derrame|embolia|infarto|accidente) (?:[^ ]+ ){0,3}hace (?:\w+ ){0,2}(?:anos|meses)|de nacimiento|secuelas?|discapacidad|silla de ruedas)\b`,
        ),
      },
    ],
    unlessInMessage: re(URGENT_NOW_ES),
    vetoes: ['desde el derrame mi papa no puede mover el brazo izquierdo'],
    keeps: ['mi papa no puede mover el brazo izquierdo de repente'],
  },
  'figurative.es.corazon-emocion': {
    description: '"el corazón se me sale de la emoción", "con el corazón a mil por el partido": excitement, not a body failing.',
    when: [
      { around: re(String.raw`\b(?:emocion|emocionad[oa]|nervios|alegria|felicidad|gusto|amor|enamorad[oa]|partido|juego|boda|me caso|cita|crush|ejercicio|corriendo|gym|cafecito|cafe|entrevista|examen|audiencia|corte|junta|presentacion)\b`) },
      { message: re(String.raw`\b(?:ja(?:ja)+|je(?:je)+|jsjs\w*|lol|xd|lmao)\b`) },
    ],
    unlessInMessage: re(String.raw`\b(?:perico|coca|cristal|pastillas|fentanilo|droga|drogas|dolor|desmay\w*|no puedo respirar|ayuda|911)\b`),
    vetoes: ['el corazon se me va a salir de la emocion, manana me caso', 'traigo el corazon a mil por el partido'],
    keeps: ['siento el corazon a mil y me voy a desmayar'],
  },
  'figurative.es.recogida': {
    description:
      'A thing parked outside, or someone outside to pick the writer up ("mi padrino está afuera de mi casa para llevarme a la junta", "el uber ya está ' +
      'afuera"), or plans ("no tengo a dónde ir en navidad"): not danger.',
    when: [
      { after: re(String.raw`^(?:(?:[^ ]+ ){0,3})?(?:para|pa|a) (?:llevarme|recogerme|pasar por mi|levantarme|darme (?:raite|ride|aventon)|ir a|la junta|el programa|recoger (?:a )?(?:los|las|mis|sus|el|la|nuestros|nuestras) (?:ninos|ninas|hijos|hijas|nenes|nenas|bebe|nino|nina|chamacos|morros)|dejar a (?:los|mis|las) (?:ninos|ninas|hijos|hijas))\b`) },
      { message: re(String.raw`\b(?:uber|lyft|taxi|raite|ride|aventon|padrino|madrina|sponsor|el delivery|la pizza|paquete)\b`), around: re(String.raw`\b(?:afuera|enfrente|en frente|frente a|fuera)\b`) },
      { before: re(String.raw`\b(?:carro|troca|camioneta|coche|auto|bici|moto|paquete|basura|perro|gato|camion|bus)(?: [^ ]+)?$`) },
      { after: re(String.raw`^(?:en|para) (?:navidad|vacaciones|el fin de semana|thanksgiving|el 4|ano nuevo|las fiestas|spring break)\b`) },
    ],
    vetoes: ['mi padrino esta afuera de mi casa para llevarme a la junta', 'el uber ya esta afuera de mi casa', 'no tengo a donde ir en navidad', 'el camion de la basura esta afuera de mi casa'],
    keeps: ['mi ex esta afuera de mi casa', 'no tengo a donde ir, me corrieron de la casa'],
  },
  'figurative.es.no-despierta-temprano': {
    description: '"no despierta para ir a la escuela", "no se despierta temprano": oversleeping, not unresponsive.',
    when: [{ after: re(String.raw`^(?:(?:para|pa) (?:ir|la escuela|el trabajo|trabajar|desayunar)|temprano|a tiempo|con la alarma|con el despertador)\b`) }],
    vetoes: ['mi hijo no despierta para ir a la escuela'],
    keeps: ['mi hijo no despierta, se tomo unas pastillas'],
  },
  'figurative.es.dolor-explicado': {
    description: '"me duele el pecho de tanto toser", "por el gym": chest pain with an ordinary cause given.',
    when: [{ after: re(String.raw`^(?:(?:de|por|desde) (?:tanto )?(?:toser|la tos|tos|la gripa|gripa|gripe|correr|el ejercicio|ejercicio|el gym|gym|cargar|levantar pesas|reirme|la risa|(?:la )?tristeza|pena|coraje|sentimiento))\b|^cuando (?:me acuerdo|toso|respiro hondo|corro|hago ejercicio|cargo|me rio)\b`) }],
    unlessInMessage: re(String.raw`\b(?:brazo|no puedo respirar|desmay\w*|sudando frio|ayuda|911)\b`),
    vetoes: ['me duele el pecho de tanto toser, tengo gripa'],
    keeps: ['me duele el pecho y el brazo'],
  },
  'figurative.es.confundido-con': {
    description: '"estoy bien confundida con los papeles", "confundido sobre el programa": confused about something, not delirious.',
    when: [{ after: re(String.raw`^(?:con|sobre|de|por|acerca|en cuanto|porque|xq|que)\b`), around: re(String.raw`\b(?:confundid[oa]|desorientad[oa]) (?:con|sobre|de|por|acerca|en cuanto|porque|xq|que)\b`) }],
    vetoes: ['estoy bien confundida con los papeles del seguro'],
    keeps: ['mi papa esta bien confundido y no sabe donde esta'],
  },
  'scope.es.sujeto-cosa': {
    description: '"la película está bien violenta", "mi perro está agresivo": a thing or an animal, not a person who is a danger.',
    when: [
      {
        before: re(
          String.raw`\b(?:pelicula|serie|partido|juego|videojuego|video|clima|tiempo|mar|trafico|perro|perra|gato|gata|caballo|toro|animal|musica|cancion|libro|novela|show|tele|television|mueble|sillon|refri|lavadora|caja|cajas|bicicleta|planta|arbol|noticias|guardia|guardias|policia|policias|seguridad|soldado|soldados|militar|cazador|oficial|sheriff)(?: [^ ]+){0,3}$`,
        ),
      },
    ],
    vetoes: ['la pelicula esta bien violenta', 'mi perro esta agresivo con las visitas'],
    keeps: ['mi esposo esta bien violento'],
  },
  'figurative.es.quitado-por-regla': {
    description: '"me quitaron el teléfono en el trabajo / al entrar al programa": a rule, not control by an abuser.',
    when: [{ after: re(String.raw`^(?:(?:en|al entrar a|a la entrada de) (?:el |la |al )?(?:trabajo|escuela|clinica|programa|hospital|junta|carcel|detox|rehab|albergue|shelter)|al entrar|porque esta prohibido|por las reglas)\b`) }],
    vetoes: ['me quitaron el telefono en el trabajo porque esta prohibido'],
    keeps: ['mi pareja me quito el celular'],
  },
  'figurative.es.buscando-para': {
    description: '"me están buscando para jugar", "mi ex me anda buscando para hablar de los niños": looked for, not hunted.',
    when: [
      {
        after: re(
          String.raw`^(?:para|pa) (?:jugar|hablar|platicar|invitarme|verme|salir|pedirme|llevarme|comer|cenar|trabajar|el trabajo|la fiesta|ensayar|la junta|darme (?:algo|dinero|un regalo|las llaves|los papeles))\b`,
        ),
      },
    ],
    vetoes: ['los vatos del barrio me estan buscando para jugar futbol'],
    keeps: ['los del cartel me estan buscando'],
  },
  'hypothetical.es.si-tengo': {
    description: '"si tengo dolor fuerte en el pecho vaya a emergencias", "si me da fiebre": a condition, not a symptom now.',
    when: [{ before: re(String.raw`\b(?:si|cuando|en caso de que|por si) (?:[^ ]+ )?(?:tengo|tienes|tiene|tenga|tengas|me da|le da|te da|me dan|siento|sientes|siente|sienta|hay|le dan)(?: [^ ]+){0,2}$`) }],
    unlessInMessage: re(URGENT_NOW_ES),
    vetoes: ['el doctor me dijo que si tengo dolor fuerte en el pecho vaya a emergencias'],
    keeps: ['tengo dolor fuerte en el pecho'],
  },
  'resolved.es.ya-esta-bien': {
    description: '"se atragantó con un dulce pero ya lo sacó y está bien": a scare already over.',
    when: [{ message: re(String.raw`\b(?:ya (?:esta|estoy|estamos) bien|ya (?:lo|la) (?:saco|saque|escupio|escupi)|ya respira (?:bien|normal))\b`) }],
    unlessInMessage: re(URGENT_NOW_ES),
    vetoes: ['mi hijo se atraganto con un dulce pero ya lo saco y esta bien'],
    keeps: ['mi hijo se atraganto con un dulce y no puede respirar'],
  },
  'info-seeking.es.tema': {
    description: 'A bare topic word in a class, a talk, a reading or homework ("nos explicaron la sobredosis en la clase").',
    when: [
      {
        around: re(
          String.raw`\b(?:clase|clases|explico|explicaron|explicar|explicacion|platica|charla|lei|leyendo|documental|video|videos|noticia|noticias|tarea|ensayo|examen|estudiando|aprendiendo|aprendi|capacitacion|entrenamiento|presentacion|novela|telenovela|serie|pelicula|peli|libro|personaje|episodio|capitulo)\b`,
        ),
      },
    ],
    unlessInMessage: re(URGENT_NOW_ES),
    vetoes: ['el doctor me explico la intoxicacion alcoholica en la clase', 'en la serie el protagonista tiene una sobredosis y me quede pensando como funciona el narcan'],
    keeps: ['mi hermano tiene una sobredosis'],
  },
  'info-seeking.es.oficio': {
    description:
      'The writer sees overdoses at work ("soy enfermera de urgencias y veo sobredosis todo el tiempo", "atendemos ' +
      'sobredosis en la ambulancia"): the word names their job, not an emergency now.',
    when: [
      { before: re(String.raw`\b(?:veo|vemos|atiendo|atendemos|trato|tratamos|manejo|manejamos|recibimos|recibo|he visto|hemos visto)(?: [^ ]+){0,2}$`) },
      { message: re(String.raw`\bsoy (?:enfermer[oa]|doctor[a]?|medic[oa]|paramedic[oa]|socorrista|trabajador[a]? social)\b`), around: re(String.raw`\b(?:todo el tiempo|cada (?:dia|semana|turno)|muchas|muchos|tantas|tantos)\b`) },
    ],
    unlessInMessage: re(URGENT_NOW_ES),
    vetoes: ['soy enfermera de urgencias y veo sobredosis todo el tiempo, por eso me preocupa mi hermano', 'en la ambulancia atendemos sobredosis cada semana'],
    keeps: ['mi hermano tiene una sobredosis', 'soy enfermera y mi hijo tiene una sobredosis ahorita'],
  },
  'scope.es.desmayo-sin-droga': {
    description:
      'Someone fell, hit their head, had a seizure or a diabetic low and does not respond, and no drug, pill or drink is ' +
      'named ("es diabética, se cayó en el baño y no despierta"): a medical emergency (the medical patterns catch it), ' +
      'not an overdose. A bare faint that does not wake stays an overdose (the more urgent kind).',
    when: [{ message: re(String.raw`\b(?:se cayo|se pego en la cabeza|convulsion\w*|palid[oa]|sudando frio|sudor frio|se mordio la lengua|diabetic[oa]|azucar|glucosa|ataque|infarto|derrame|calor|caloron|insolacion|golpe de calor|deshidratad[oa]|deshidratacion|asma|asmatic[oa]|anemia|anemic[oa]|electrocut\w*|descarga electrica|toque electrico)\b`) }],
    unlessInMessage: re(
      String.raw`\b(?:pastillas?|pildoras|droga\w*|perico|coca|cocaina|cristal|chiva|heroina|fent\w*|xanax|percos?|percs|barras|tusi|molly|tachas?|alcohol|tomo|tomando|(?<!no habia )tomado|bebio|borrach[oa]|pedo|pisto|chupe|chupo|se metio|me meti|inyect\w*|jeringa|aguja|foco|pipa|sobredo\w*|overdose|narcan|naloxona|metadona|clonazepam|rivotril|benzos|oxys|m30s?|lean|keta\w*|sustancia|mezclo|mezcle)\b`,
    ),
    vetoes: ['se electrocuto con un cable y no reacciona', 'mi abuela es diabetica, se cayo en el bano y no despierta', 'le dio un ataque y no reacciona', 'mi tio se desmayo trabajando bajo el sol con este calor y no reacciona'],
    keeps: ['se tomo unas pastillas, se cayo y no reacciona', 'mi esposo no despierta', 'mi mama se desmayo y no despierta'],
    handsTo: 'medical-now',
  },
  'scope.es.abstinencia': {
    description:
      'Signs of withdrawal after stopping ("primer día sin el perico y el corazón me late rápido", "dejó las pastillas ' +
      'de golpe y está convulsionando"): a medical emergency (the medical patterns catch it), not an overdose, unless ' +
      'the message also says they used again.',
    when: [
      {
        message: re(
          String.raw`\b(?:(?:primer|segundo|tercer|cuarto|\d+|un|dos|tres|cuatro|cinco) (?:dia|dias) sin|sin (?:tomar|usar|consumir|fumar|beber|drogarme|drogarse|meterme|meterse)|(?:dejo|deje|dejar|dejamos|dejando) (?:de (?:tomar|usar|consumir|beber|fumar|meterse|meterme)|(?:el|la|las|los|sus|mis|su|mi) (?:[^ ]{1,24} )?(?:de golpe|de un jalon|de repente|en seco))|abstinencia|malilla|sindrome de abstinencia|(?:dejo|deje|dejamos|dejando) (?:el|la|los|las) (?:guaro|alcohol|trago|pisto|chupe|ron|bebida|tequila|cerveza|benzos|clonas|xanax|clonazepam|rivotril|pastillas)|(?:dias|semanas) sin (?:el |la |los |las )?(?:guaro|alcohol|trago|pisto|ron|benzos|xanax|clonas|pastillas|tomar|beber))\b`,
        ),
      },
    ],
    unlessInMessage: re(
      String.raw`\b(?:recai\w*|volvi a|volvio a|otra vez|de nuevo|sobredo\w*|overdose|se tomo (?:todas|muchas|un frasco|el frasco)|me tome (?:todas|muchas|un frasco|el frasco)|no respira|no despierta|labios morados|narcan|naloxona)\b`,
    ),
    vetoes: ['mi hermano dejo el clonazepam de golpe y ahora esta convulsionando', 'mi esposa dejo las pastillas de golpe y esta convulsionando en el piso'],
    keeps: ['llevaba dos dias sin usar y recai, se metio chiva y no despierta', 'se metio chiva y esta convulsionando'],
    handsTo: 'medical-now',
  },
  'figurative.es.me-muero-jaja': {
    description:
      '"me duele la espalda de tanto cargar cajas, me estoy muriendo jaja": dying as a complaint said laughing, when ' +
      'nothing in the message is an emergency sign.',
    when: [{ message: re(String.raw`\b(?:ja(?:ja)+|je(?:je)+|jsjs\w*|lol|xd|lmao)\b`) }],
    unlessInMessage: re(
      String.raw`\b(?:no puedo respirar|pecho|sangr\w*|desmay\w*|pastillas|droga\w*|ayuda|ayudenme|911|ambulancia|convulsion\w*|me quiero morir|quiero morir)\b`,
    ),
    vetoes: ['me duele la espalda horrible de tanto cargar cajas, me estoy muriendo jaja'],
    keeps: ['me duele el pecho y siento que me muero', 'siento que me muero'],
  },
  'hypothetical.es.si-le-pego-un-tiro': {
    description:
      '"si mi ex se acerca a mis hijos le pego un tiro": a conditional threat by the writer (harm to others, caught ' +
      'there), not someone already shot.',
    when: [{ before: re(String.raw`\bsi(?: [^ ]+){1,10}$`), around: re(String.raw`\b(?:le|lo|la) (?:pego|meto|doy|voy a pegar|voy a meter) (?:un|una) (?:tiro|balazo|plomazo|punalada|cuchillada)\b`) }],
    vetoes: ['si mi ex se acerca a mis hijos le pego un tiro'],
    keeps: ['a mi hermano le pegaron un tiro y esta sangrando'],
    handsTo: 'harm-others',
  },
  'info-seeking.es.pregunta-general': {
    description:
      'A general question about what a drug or drink can do ("¿el tequila puede causar convulsiones?", "¿qué pasa si ' +
      'alguien mezcla pastillas con alcohol y se pone morado?"), with nothing saying it is happening now.',
    when: [{ around: re(String.raw`\b(?:puede|pueden|podria|podrian) (?:causar|provocar|dar|hacer)\b|\bque pasa (?:si|cuando)\b|\bes normal que (?:alguien|uno|una persona|la gente)\b`) }],
    unlessInMessage: re(URGENT_NOW_ES),
    vetoes: ['el tequila puede causar convulsiones?', 'la coca puede provocar convulsiones?'],
    keeps: ['se metio chiva y no respira, que pasa si le doy agua?'],
  },
  'negation.es.no-tomo-de-mas': {
    description: '"no me tomo pastillas de más, las tomo como me las recetaron": a dose denied or taken as prescribed.',
    when: [
      { before: re(String.raw`(?:^| )no (?:me |se |le |nos )?(?:tomo|tome|toma|tomamos|uso|usa|meto|mete|trago|traga|doy|da)(?: (?:nunca|jamas|ya))?$`) },
      { around: re(String.raw`\bcomo (?:me |se |nos )?(?:las|los|la|lo) (?:receto|recetaron|indico|indicaron|mando|mandaron|dijo|dijeron)\b|\bcomo (?:dice|indica) la receta\b`) },
    ],
    unlessInMessage: re(URGENT_NOW_ES),
    vetoes: ['no me tomo pastillas de mas, nomas las que me dio la doctora'],
    keeps: ['me tome pastillas de mas y no puedo respirar', 'se tomo 10 pastillas'],
  },
  'scope.es.encerrado-solo': {
    description:
      '"estoy encerrado en el baño con el cutter, solo pa calmarme": the writer shut in alone with a blade (self-harm, ' +
      'caught there), not locked in by someone.',
    when: [
      {
        around: re(String.raw`\bencerrad[oa]s? en (?:el|mi|la) (?:bano|cuarto|closet|recamara|carro)\b`),
        message: re(String.raw`\b(?:navaja|navajita|cuchilla|gillette|rastrillo|cutter|exacto|hojita|blade|sacapuntas|(?:pa|para) (?:calmarme|cortarme|desahogarme|sentir algo)|(?:ganas de|quiero|voy a|necesito) (?:lastimarme|cortarme|hacerme dano|quemarme|rasgunarme))\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:me encerro|me encerraron|me tiene encerrad[oa]|no me deja salir|esposo|marido|pareja|novio|novia|padrastro|me quiere pegar|me va a pegar|afuera|golpeando la puerta)\b`),
    vetoes: ['estoy encerrada en el bano con la gillette, solo pa calmarme', 'tengo ganas de cortarme otra vez, estoy encerrado en mi cuarto'],
    keeps: ['estoy encerrada en el bano, mi esposo esta afuera golpeando la puerta'],
    handsTo: 'self-harm',
  },
  'figurative.es.ahorcar-con': {
    description: '"mi jefe me quiere ahorcar con tantas horas extra", "me ahorcan con la renta": pressure, not violence.',
    when: [
      {
        after: re(
          String.raw`^con (?:tant[oa]s?|el|la|los|las|sus|su|esta|este|estos|estas) (?:[^ ]+ )?(?:trabajo|horas|tarea|tareas|chamba|pendientes|deudas|cuentas|papeleo|renta|reglas|preguntas|examenes|turnos|extras|pagos|biles|bills|intereses|impuestos)\b`,
        ),
      },
    ],
    vetoes: ['la supervisora me quiere ahorcar con tanto papeleo'],
    keeps: ['mi esposo me quiere ahorcar'],
  },
  'scope.es.sangra-poco': {
    description: '"está sangrando poquito nomás": a little bleeding, not a bleed that will not stop.',
    when: [{ after: re(String.raw`^(?:(?:muy |bien |nomas |solo |un |nada mas un )?poquit[oa]|poco|un poco|nada mas un poco|apenas|casi nada)\b`) }],
    unlessInMessage: re(String.raw`\b(?:no para|no deja de|mucho|mucha sangre|a chorros|sin parar|desmay\w*|ayuda|911)\b`),
    vetoes: ['se raspo la rodilla y esta sangrando poquito'],
    keeps: ['esta sangrando y no para'],
  },
  'figurative.es.pegarle-a-cosa': {
    description: '"le están pegando a la pared con el martillo", "le pega al costal": hitting a thing, not a person.',
    when: [{ after: re(String.raw`^(?:(?:a|al) )?(?:la |el |los |las |un |una )?(?:pared|puerta|piso|clavo|clavos|mesa|pinata|pelota|balon|costal|saco|tambor|carro|lamina|madera|muro|tabla|mueble)\b`) }],
    vetoes: ['le estan pegando a la pinata en el patio'],
    keeps: ['le estan pegando a mi hermanito'],
  },
  'figurative.es.color-por-comida': {
    description: '"vomité negro después de comer moras", "popó negra por el Pepto": a color from food or medicine.',
    when: [{ around: re(String.raw`\b(?:moras|betabel|morcilla|pepto|hierro|carbon|arandanos|chocolate|mole|frijoles|calamar|tinta|regaliz|vitaminas)\b`) }],
    unlessInMessage: re(String.raw`\b(?:sangre|desmay\w*|no puedo respirar|ayuda|911|alcoholic[oa]|cirrosis|higado)\b`),
    vetoes: ['hice popo negra por el pepto que me tome'],
    keeps: ['hice popo negra y me siento debil'],
  },
  'figurative.es.la-vida-me-da': {
    description: '"la vida me da golpes", "el destino me dio una cachetada": hard times, not blows from someone.',
    when: [{ before: re(String.raw`\b(?:la vida|el destino|la suerte|el mundo|dios)(?: [^ ]+){0,2}$`) }],
    vetoes: ['la vida me da golpes bien duros'],
    keeps: ['mi esposo me da golpes'],
  },
  'hypothetical.es.si-veo': {
    description: '"si veo bichos por la abstinencia tengo que ir al hospital": a condition the writer was told about, not a sign now.',
    when: [{ before: re(String.raw`(?:^| )(?:si|por si|en caso de que)(?: [^ ]+)?$`) }],
    unlessInMessage: re(URGENT_NOW_ES),
    vetoes: ['la doctora me dijo que si veo aranas por la abstinencia vaya a urgencias'],
    keeps: ['veo aranas por la abstinencia, ya llevo dos dias sin tomar'],
  },
  'scope.es.lo-dice-el-medico': {
    description: '"el doctor dice que si no me cuido me van a cortar las piernas": a medical warning, not a threat.',
    when: [{ message: re(String.raw`\b(?:doctor|doctora|medico|medica|enfermer[oa]|cirujano|cirujana|dentista|podologo)\b`), around: re(String.raw`\b(?:va|van) a (?:cortar|quemar|romper|quebrar|mochar)\b`) }],
    vetoes: ['la doctora dice que si no me cuido el azucar me van a cortar las piernas'],
    keeps: ['el dealer dice que si no le pago me va a cortar los dedos'],
  },
  'figurative.es.r5-ojala-infarto': {
    description: '"ojalá me diera un infarto y se acaba todo": a wish to die (the suicide patterns), not a heart attack now.',
    when: [{ around: re(String.raw`\b(?:ojala|quisiera|le pido a dios|pido a dios|rezo) (?:y |que |q )?(?:me|se me) (?:de|diera|diese|dé|venga|agarre) (?:un|el) (?:infarto|paro|derrame)\b`) }],
    vetoes: ['ojala me diera un infarto en la chamba y se acaba todo'],
    keeps: ['creo que me esta dando un infarto'],
    handsTo: 'suicide',
  },
  'scope.es.r5-hasta-que-sangra': {
    description: '"me rasguño hasta que me sale sangre": the blood of self-harm (the self-harm patterns), not bleeding that will not stop.',
    when: [{ around: re(String.raw`\bhasta (?:que|q) (?:me |le )?(?:sale|salga|salio|saca|saque) (?:la )?sangre\b`) }],
    unlessInMessage: re(String.raw`\b(?:no (?:para|paro|deja|se detiene)|mucha sangre|a chorros|un chingo de sangre|desmay\w*|palid[oa])\b`),
    vetoes: ['me rasguno los brazos hasta que me sale sangre'],
    keeps: ['me corte y sale mucha sangre'],
    handsTo: 'self-harm',
  },
  'scope.es.r5-no-tomo-nada': {
    description: '"se desmayó y no despierta, no tomó nada": no drug and the writer says so; a medical emergency (the medical patterns catch it).',
    when: [{ message: re(String.raw`\bno (?:tomo|ha tomado|uso|consumio|toma|bebe|bebio|se metio|usa) (?:nada|drogas|alcohol)\b`) }],
    unlessInMessage: re(String.raw`\b(?:pastillas?|pildoras|droga\w*|perico|coca|cocaina|cristal|chiva|heroina|fent\w*|xanax|percos?|percs|barras|tusi|molly|tachas?|alcohol|tomando|tomado|borrach[oa]|pisto|chupe|chupo|inyect\w*|jeringa|aguja|foco|pipa|sobredo\w*|narcan|naloxona|metadona|clonazepam|rivotril|benzos|lean|keta\w*|sustancia)\b`),
    vetoes: ['mi esposa se puso palida y se desmayo y no se despierta, no tomo nada'],
    keeps: ['mi esposo no despierta'],
    handsTo: 'medical-now',
  },
  'scope.es.r5-me-tomo-intencion': {
    description: '"esta noche me tomo todas las pastillas": "me tomo" is the present, a plan (the suicide patterns), not pills already taken.',
    when: [{ around: re(String.raw`\b(?:esta noche|hoy|manana|ahorita|al rato|ya lo decidi|de una vez|en un rato|cuando se duerman|cuando se vayan) (?:[^ ]+ ){0,2}me (?:tomo|trago|meto) (?:todas|todos|toda|todo|el frasco|la caja|el bote)\b`) }],
    vetoes: ['esta noche me tomo todas las pastillas de dormir, ya lo decidi'],
    keeps: ['me tome todas las pastillas de mi mama'],
    handsTo: 'suicide',
  },
  'history.es.r5-hace-anos': {
    description: '"una vez, hace 6 años, me tomé todas las pastillas": an attempt years ago, told as history.',
    when: [
      { around: re(String.raw`\bhace (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|muchos|varios|unos) (?:anos|ano|meses)\b`) },
      { clauseBefore: re(String.raw`\bhace (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|muchos|varios|unos) (?:anos|ano|meses)\b`) },
    ],
    vetoes: ['una vez, hace 6 anos, me tome todas las pastillas de mi mama. me salvaron'],
    keeps: ['me tome todas las pastillas hace una hora'],
  },
  'figurative.es.r5-si-tomo-demasiado': {
    description: '"si tomo demasiado los fines": a drinking habit, not pills taken now.',
    when: [{ around: re(String.raw`\bsi (?:tomo|bebo|me tomo) (?:demasiado|mucho|de mas)\b|\btomo (?:demasiado|mucho|de mas) (?:los|el|en|cuando|a veces|seguido|cada)\b`) }],
    vetoes: ['nunca he pensado en hacerme dano, pero si tomo demasiado los fines'],
    keeps: ['mi papa se tomo demasiadas pastillas'],
  },
  'scope.es.r5-moreton-de-golpe': {
    description: '"ya tengo los dedos morados" after a blow: a bruise, not the blue of an overdose.',
    when: [{ around: re(String.raw`\b(?:dedos|dedo|mano|manos|pierna|piernas|brazo|brazos|ojo|rodilla|pie|pies|muneca|costilla|costillas|espalda|nalgas) (?:bien |todo |toda |todos |todas |ya )?morad[oa]s?\b`) }],
    unlessInMessage: re(String.raw`\b(?:labios|unas|boca|no respira|no despierta|no reacciona|inconsciente|frio|fria|pastillas?|pildoras|droga\w*|perico|coca|cocaina|cristal|chiva|heroina|fent\w*|xanax|percos?|percs|barras|tusi|molly|tachas?|alcohol|tomando|tomado|borrach[oa]|pisto|chupe|chupo|inyect\w*|jeringa|aguja|foco|pipa|sobredo\w*|narcan|naloxona|metadona|clonazepam|rivotril|benzos|lean|keta\w*|sustancia)\b`),
    vetoes: ['me di con el martillo y ya tengo los dedos morados'],
    keeps: ['tiene los labios morados y no despierta'],
  },
  'negation.es.r5-ya-no-sabe': {
    description: '"mi ex ya no sabe dónde vivo": the danger denied.',
    when: [{ around: re(String.raw`\b(?:ya no|no) (?:sabe|saben|conoce|conocen) (?:donde|en donde|mi)\b`) }],
    vetoes: ['no estoy en peligro, mi ex ya no sabe donde vivo'],
    keeps: ['mi ex sabe donde vivo y dijo que me va a matar'],
  },
  'scope.es.r5-me-pego-a-proposito': {
    description: '"me pego con el martillo a propósito pa no sentir": the writer hits themself on purpose (self-harm), not someone hitting them.',
    when: [{ around: re(String.raw`\bme (?:pego|golpeo|doy|pegue|golpee) (?:[^ ]+ ){0,8}(?:a proposito|adrede|pa no sentir|para no sentir|como castigo|pa castigarme|para castigarme|porque me lo merezco)\b`) }],
    unlessInMessage: re(String.raw`\b(?:esposo|esposa|marido|novio|novia|pareja|padrastro|madrastra|el me|ella me|mi ex)\b`),
    vetoes: ['me pego con el martillo en la mano a proposito pa no sentir lo otro'],
    keeps: ['me pego con el martillo en la mano'],
    handsTo: 'self-harm',
  },
  'accidental.es.r5-ruido-de-obra': {
    description: '"oigo golpes en la obra de al lado": the noise of building work, not blows to a person.',
    when: [{ around: re(String.raw`\b(?:obra|construccion|albaniles|albanil|martill\w*|taladr\w*|remodel\w*|demoli\w*|maquinas?|trabajadores)\b`) }],
    unlessInMessage: re(String.raw`\b(?:grit\w*|llor\w*|auxilio|ayuda|le pega|le pegan|amenaz\w*|pistola|cuchillo|mata\w*)\b`),
    vetoes: ['oigo golpes en la obra de al lado desde temprano'],
    keeps: ['oigo golpes en el cuarto de al lado y a mi mama gritando'],
  },
  'negation.es.r6-nadie-tuvo-sobredosis': {
    description: '"nadie tuvo sobredosis", "no, mi hermano no tiene sobredosis": a denied overdose.',
    when: [{ before: re(String.raw`(?:^| )(?:no|nadie|ninguno|ninguna|nunca)(?: [^ ]+){0,2} (?:tiene|tuvo|ha tenido|han tenido|esta en|le dio|tenia|es|fue|era)(?: una| un)?$`) }],
    vetoes: ['nadie tuvo sobredosis, solo pregunto para una amiga'],
    keeps: ['mi hermano tiene una sobredosis'],
  },
  'hypothetical.es.r6-que-pasa-si': {
    description: '"¿qué pasa si me tomo toda la caja?", "si uno se toma 30 ya no despierta?": a question about taking pills (research, the suicide patterns), not pills already taken.',
    when: [{ around: re(String.raw`\b(?:que pasa|pasa algo|me muero|se muere|uno se muere|es cierto que|es verdad que|sera que) si (?:uno |yo |alguien |una persona )?(?:me |se )?(?:toma|tomo|traga|trago|mete|meto)\b|\bsi (?:uno|alguien|una persona) se (?:toma|traga|mete)\b|\bsi me (?:tomo|trago) (?:todo|toda|todas|el|la) (?:[^ ]+ ){0,4}(?:me muero|muero|duele)\b`) }],
    vetoes: ['qué pasa si me tomo toda la caja de las de dormir de un jalón'],
    keeps: ['mi hijo se tomo un bote de pastillas'],
    handsTo: 'suicide',
  },
  'history.es.r6-casi-me-muero': {
    description: '"casi me muero en la sobredosis": an overdose survived, told as the past.',
    when: [{ before: re(String.raw`(?:^| )casi (?:me muero|me mori|se muere|se murio|me mata|lo mata|la mata) (?:en|de|por|con) (?:la|una|esa|aquella|mi|su)$`) }],
    vetoes: ['casi me muero en la sobredosis del año pasado'],
    keeps: ['mi hermano tiene una sobredosis'],
  },
  'scope.es.r6-ayer-y-dolor-de-pecho': {
    description: '"me duele el pecho ... ayer me metí mucho cristal": a drug taken yesterday, a heart or chest sign now (medical-now).',
    when: [
      { before: re(String.raw`(?:^| )(?:ayer|antier|anteayer|antenoche|el fin de semana|la otra noche)$`), message: re(String.raw`\b(?:pecho|brazo izquierdo|se me duerme el brazo|el corazon|infarto)\b`) },
      { message: re(String.raw`\b(?:(?:ayer|antier|anteayer|antenoche|la otra noche) (?:[^ ]+ ){0,2}|desde (?:que|q) )(?:me meti|consumi|use|fume|jale|se metio|consumio|fumo|jalo)\b`), around: re(String.raw`\b(?:pecho|brazo izquierdo|el corazon|infarto)\b`) },
    ],
    unlessInMessage: re(String.raw`\b(?:no respira|no despierta|no reacciona|inconsciente|azul|morad[oa]|convulsion\w*|espuma|sobredo\w*)\b`),
    vetoes: ['me duele mucho el pecho y se me duerme el brazo, ayer me meti mucho cristal'],
    keeps: ['se metió demasiada heroína'],
    handsTo: 'medical-now',
  },
  'scope.es.r6-corte-propio-sangra': {
    description: '"me volví a cortar y no para de sangrar", "tengo cortadas nuevas y no paran de sangrar": self-harm that bleeds (self-harm), not an injury.',
    when: [{ message: re(String.raw`\b(?:me volvi a cortar|me corte otra vez|me corte de nuevo|otra vez me corte|cortadas nuevas|cortes nuevos|me estoy cortando|me corto|cortarme|me (?:las|lo) hice yo|fui yo mism[oa]|fue (?:el|ella) mism[oa]|se (?:las|lo|la) hizo (?:el|ella|sol[oa])|a proposito)\b`) }],
    unlessInMessage: re(String.raw`\b(?:serrucho|vidrio|lata|cocina|cocinando|picando|sin querer|accidente|trabajando|maquina|machete|cuchillo de (?:la )?cocina)\b`),
    vetoes: ['me corté otra vez y no para de sangrar'],
    keeps: ['me corte la mano con un vidrio y no para de sangrar'],
    handsTo: 'self-harm',
  },
  'scope.es.r6-voz-manda-tomar': {
    description: '"oigo una voz que me pide que me tome todas las pastillas": a command or a wish ("que me tome"), not pills already taken (the suicide patterns).',
    when: [{ before: re(String.raw`\b(?:voz|voces|demonios?|dice|dicen|pide|piden|ordena|ordenan|grita|gritan|manda|mandan|insiste|insisten|quiere|quieren) (?:[^ ]+ ){0,3}(?:que|q)(?: me)?$`) }],
    vetoes: ['oigo una voz que me pide que me tome todas las pastillas'],
    keeps: ['me tomé todas las pastillas'],
    handsTo: 'suicide',
  },
  'history.es.r6-desde-que-me-corrieron': {
    description: '"desde que me corrieron de la casa me volví a cortar": being thrown out is the start of a story, not the danger now.',
    when: [{ before: re(String.raw`(?:^| )desde (?:que|q)$`) }],
    unlessInMessage: re(String.raw`\b(?:calle|de noche|miedo|frio|no tengo donde|donde dormir|duermo|durmiendo|afuera|carro|parque|banca)\b`),
    vetoes: ['desde que me corrieron de la casa me volvi a cortar'],
    keeps: ['me corrieron de la casa y estoy en la calle de noche'],
    handsTo: 'self-harm',
  },
  'scope.es.r6-narcan-guardado': {
    description: '"le puse narcan al botiquín del carro": naloxone stocked, not given.',
    when: [{ after: re(String.raw`^(?:a |al |en |en el |en la )(?:el |la |mi |su )?(?:botiquin|kit|bolsa|mochila|guantera|carro|cajon|lista|bolso|mandado)\b`) }],
    vetoes: ['le puse narcan al botiquín del carro por si acaso'],
    keeps: ['le di naloxona pero no reacciona'],
  },
  'scope.es.r6-se-acabo-normal': {
    description: '"el frasco de vitaminas estaba lleno y ya está vacío, hay que comprar otro": a supply used up, not swallowed at once.',
    when: [{ message: re(String.raw`\b(?:vitaminas?|jarabe|suplemento|proteina|comprar otr[oa]|comprar mas|surtir|refill|la receta|se me olvido comprar|se la comieron los ninos en el mes)\b`) }],
    unlessInMessage: re(String.raw`\b(?:no despierta|no reacciona|dormid[oa]|no responde|no contesta|inconsciente|no respira|morad[oa]|azul)\b`),
    vetoes: ['el frasco de vitaminas estaba lleno y ya esta vacio, tengo que comprar otro'],
    keeps: ['el bote de tylenol estaba completo en la mañana y ahora esta vacio'],
  },
  'scope.es.r6-ubicacion-acordada': {
    description: '"tenemos la ubicación compartida en la familia", "puse un airtag en la maleta": tracking agreed to or one\'s own.',
    when: [{ message: re(String.raw`\b(?:compartida|compartimos|por seguridad|en familia|la maleta|mis llaves|el perro|mi hijo|mi hija|los ninos|mi papa|mi mama)\b`) }],
    unlessInMessage: re(String.raw`\b(?:mi ex|miedo|me sigue|se aparece|me encuentra|amenaz\w*|me pega|me golpea|no me deja|refugio)\b`),
    vetoes: ['le pusieron un gps a mi papá para saber dónde anda, por seguridad, tiene alzheimer'],
    keeps: ['me puso una aplicacion para rastrearme y sabe donde estoy'],
  },
  'figurative.es.r6-de-infarto': {
    description: '"ese partido estuvo de infarto", "un final de infarto": thrilling, not a heart attack.',
    when: [{ around: re(String.raw`\b(?:estuvo|esta|fue|un final|un partido|una pelicula|un juego|una carrera|precios?) de infarto\b`) }],
    unlessInMessage: re(String.raw`\b(?:pecho|brazo|no respira|dolor|desmay\w*|ambulancia)\b`),
    vetoes: ['parce ese partido estuvo de infarto'],
    keeps: ['siento que me da un infarto'],
  },
  'info-seeking.es.r7-que-senales': {
    description:
      '"¿qué señales tiene una sobredosis?", "¿cuáles son los síntomas de un derrame?": a question about the signs to ' +
      'watch for, not an emergency. Off when the message also speaks of someone in trouble now.',
    when: [
      {
        before: re(String.raw`\b(?:que|cuales son las|cuales son los|cuales|como se ven las|como reconocer las|como reconocer los) (?:senales|sintomas|signos)(?: (?:tiene|de|hay en|da|tienen))?(?: (?:una|un|la|el))?$`),
      },
    ],
    unlessInMessage: re(URGENT_NOW_ES),
    vetoes: ['que señales tiene una sobredosis? mi esposa es enfermera y quiero saber que vigilar'],
    keeps: ['mi hermano tiene una sobredosis'],
  },
  'history.es.r7-embarazo-anterior': {
    description: '"cuando estaba embarazada de mi primer hijo sangré mucho": an earlier pregnancy, told as history.',
    when: [{ message: re(String.raw`\b(?:cuando (?:yo )?estaba embarazada|en (?:mi|el) (?:otro|primer|anterior|ultimo) embarazo|cuando (?:estuve|quede) embarazada)\b`) }],
    unlessInMessage: re(String.raw`\b(?:ahorita|ahora mismo|hoy|esta noche|estoy embarazada|tengo \d+ (?:semanas|meses)|otra vez|de nuevo)\b`),
    vetoes: ['cuando estaba embarazada de mi primer hijo sangre mucho, ahora estoy bien'],
    keeps: ['estoy embarazada y sangro mucho'],
  },
  'scope.es.r7-despedida-no-responde': {
    description: '"se despidió y no responde": no reply after a goodbye, not a body that does not respond (the suicide patterns catch it).',
    when: [{ message: re(String.raw`\b(?:mensaje|audio|carta|nota|video) de despedida\b|\bse (?:despidio|despide|esta despidiendo)\b`) }],
    unlessInMessage: re(String.raw`\b(?:pastillas?|droga\w*|fent\w*|heroina|sobredo\w*|tomo|tomando|respira\w*|inconsciente|tirad[oa]|en el piso|morad[oa])\b`),
    vetoes: ['se despidio muy contento y no responde porque ya se durmio'],
    keeps: ['mi esposo no responde'],
  },
  'figurative.es.r7-seguidores-en-redes': {
    description: '"me vienen siguiendo en redes muchos desconocidos": followers on social media, not someone on my heels.',
    when: [{ after: re(String.raw`^(?:[^ ]+ )?en (?:insta\w*|tiktok|face\w*|twitter|redes|youtube|twitch|x)\b`) }],
    vetoes: ['me vienen siguiendo en redes muchos desconocidos, que padre'],
    keeps: ['me vienen siguiendo desde el metro'],
  },
  'scope.es.r8-cosa-tirada': {
    description:
      '"encontré una jeringa tirada en el parque": the gear is what lies there, not a person (the sign "tirado" read ' +
      'beside a drug word). Off when a person is plainly unresponsive.',
    when: [{ around: re(String.raw`\b(?:jeringas?|agujas?|jeringuillas?|pipas?|bolsitas?|focos?|botellas?|latas?|colillas?|papeles?) tirad[oa]s?\b`) }],
    unlessInMessage: re(String.raw`\b(?:no (?:respira|despierta|reacciona|responde|se mueve)|inconsciente|azul|morad[oa]|sin pulso|convulsi\w*)\b`),
    vetoes: ['encontre una jeringa tirada en el parque y la reporte'],
    keeps: ['encontre a mi hijo tirado con una jeringa y no respira'],
  },
} as const satisfies Record<string, Guard>;
