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
          String.raw`\b(?:mori\w*|muer\w*|muri\w*|matar|matarme|mato) de (?:la |el )?(?:verguenza|risa|aburrimiento|ganas|hambre|sueno|frio|calor|miedo|envidia|amor|curiosidad|pena|nervios|cansancio|sed|viej[oa]|viejit[oa]|ancian[oa]|causas naturales)\b`,
        ),
      },
    ],
    vetoes: ['me quiero morir de la vergüenza', 'siento que me muero de hambre'],
    keeps: ['me quiero morir', 'siento que me muero'],
  },
  'figurative.es.vivir-asi': {
    description: '"ya no quiero vivir así": the wish to change, as "live like this" in English.',
    when: [{ after: re(String.raw`^(?:[^ ]+ )?(?:asi|de esta (?:manera|forma)|de este modo|como estoy|como vivo|con (?:esta|este) (?:adiccion|vicio))\b`) }],
    unlessInMessage: re(
      String.raw`\b(?:navaja|pistola|soga|cuerda|arma|escopeta|pastillas|cuchillo|fusca|gillette) (?:ya )?(?:list[oa]|aqui|en la mano|cargad[oa]|contadas)\b|\b(?:despedida|esta noche se acaba|ultima noche)\b`,
    ),
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
    when: [
      { after: re(String.raw`^(?:la cabeza|contra|yo mism[oa]|a mi mism[oa]|sol[oa])\b`) },
      { after: re(String.raw`^(?:[^ ]+ ){0,4}(?:yo mism[oa]|yo sol[oa]|a proposito|adrede)\b`) },
    ],
    vetoes: ['siempre me golpeo sola con los muebles'],
    keeps: ['me golpeó otra vez', 'me golpeo la cabeza contra la pared', 'me pego con el cinturón yo sola'],
  },

  'history.es.recovered': {
    description:
      'A long-past attempt or self-harm told with how it ended: "hace años intenté ..., ahorita estoy bien", "antes me ' +
      'cortaba pero ya tengo años sin hacerlo". Needs both a distant-past marker near the match and a recovery in the message; ' +
      'off when the message also says it is happening again.',
    when: [
      {
        around: re(
          String.raw`\b(?:hace (?:como |unos |mas de |muchos |varios )?(?:\d+ |un |dos |tres |cuatro |cinco |diez |muchos |varios )?(?:anos?|tiempo|mucho)|antes(?! de| que| q\b)|cuando (?:yo )?(?:era|tenia|estaba|andaba|vivia)|en la (?:secundaria|prepa|escuela|universidad|high school)|de (?:nin[oa]|ninit[oa]|joven|jovencit[oa]|chamac[oa]|chamaquit[oa]|chav[oa]|chaval[oa]|chavit[oa]|adolescente|morr[oa]|morrit[oa]|plebe|chiquit[oa]|pequen[oa]|escuincle|cipot[oa]|cabro chico)|en (?:el )?(?:19|20)\d\d|el ano pasado|ya fue hace|cuando (?:estuve|estaba|anduve) (?:en|encerrad[oa]|pres[oa]|adentro)|en la (?:correccional|carcel|juvenil|pinta|cana)|en (?:la|plena) pandemia|durante (?:la )?pandemia|en (?:la )?cuarentena|en el covid)\b`,
        ),
        message: re(
          String.raw`\b(?:(?:ya |ahorita |ahora |hoy )?(?:estoy|ando|me siento|me encuentro) (?:bien|mejor|estable|tranquil[oa])(?! (?:mal|triste|deprimid[oa]|jodid[oa]|mal de)\b)|(?:anos|meses|tiempo) sin (?:hacerlo|cortarme|intentarlo|hacerme)|ya no lo hago|no lo hago desde|(?:hace|tiene) (?:muchos )?anos (?:que|q) no|(?:ya )?(?:hace|tiene) (?:mucho|muchisimo|bastante|rato|tiempo|mucho tiempo|un buen|anos|meses) (?:que|q) (?:ya )?no (?:lo hago|me corto|me lastimo|me hago dano|lo intento)|ya fue hace|sali adelante|en tratamiento|en terapia|(?:yendo|voy|ando) (?:a|en) terapia|con (?:terapia|medicina|medicamento)|ya no soy asi|(?:ya )?(?:quedo|lo deje) atras|lo trabaje (?:con|en)|con (?:una|un|mi) (?:terapeuta|psicolog[oa]|consejer[oa])|y ya no(?= \.|$))\b`,
        ),
      },
    ],
    unlessInMessage: re(
      String.raw`\b(?:otra vez|de nuevo|volvi a|esta noche|todavia (?:pienso|quiero|tengo ganas|me corto)|sigo (?:pensando|queriendo|cortandome)|ganas de (?:morir|matarme|cortarme|suicidarme)|quiero (?:morir|morirme|matarme|suicidarme|cortarme)|me quiero (?:morir|matar|cortar)|(?:pienso|pensando) en (?:matarme|suicidarme|morir|cortarme))\b`,
    ),
    vetoes: [
      'hace años traté de matarme, ahorita estoy bien con terapia',
      'antes me cortaba pero ya tengo meses sin hacerlo',
    ],
    keeps: ['hace años traté de matarme y otra vez tengo ganas de morir', 'traté de matarme anoche, ya estoy bien'],
  },
  'figurative.es.algo-me-mato': {
    description: '"ese ejercicio me mató", "el final de la novela me mató": a thing that "killed me", not "me mato" (I kill myself).',
    when: [
      {
        before: re(
          String.raw`^(?!(?:[^ ]+ )*(?:si|sigue|sigo|asi|ya|mejor|yo|o|noche|vez|semana|fin|dia|rato|mes|tarde)(?: |$))(?:[^ ]+ )?(?:el|la|ese|esa|este|esta|esos|esas|los|las|tu|su|sus|tus|eso|esto) [^ ]+(?: [^ ]+){0,6}$`,
        ),
      },
    ],
    vetoes: ['esa clase de spinning me mató', 'el capitulo de anoche me mato'],
    keeps: ['si esto sigue asi me mato', 'hoy me mato', 'ya no aguanto, me mato', 'esta noche me mato'],
  },
  'figurative.es.jaja': {
    description: 'A joke: "ya me quiero tirar por la ventana jaja", unless the person says it is no joke.',
    when: [{ after: re(String.raw`^(?:[^ ]+ ){0,8}(?:ja(?:ja)+j?|je(?:je)+|xd+|lol|jsjs\w*)\b`) }],
    unlessInMessage: re(String.raw`\b(?:no es broma|no estoy bromeando|no es chiste|en serio|de verdad|neta|enserio)\b`),
    vetoes: ['esta tarea me tiene harto, me voy a tirar por la ventana jaja'],
    keeps: ['me voy a tirar por la ventana jaja no es broma'],
  },
  'negation.es.ni-loco': {
    description: '"ni loca me mato", "ni muerto lo hago": an emphatic no.',
    when: [{ before: re(String.raw`(?:^| )ni (?:loc[oa]|muert[oa]|de broma|de chiste|pensarlo|borrach[oa]|en sueno)$`) }],
    vetoes: ['ni loco me mato, tengo a mi familia'],
    keeps: ['me mato hoy'],
  },
  'figurative.es.matar-de-susto': {
    description: '"la voy a matar de un susto", "lo mata de coraje": worry and anger, not violence.',
    when: [{ after: re(String.raw`^de (?:un |una |la |los )?(?:susto|sustos|coraje|corajes|disgusto|disgustos|preocupacion|infarto|nervios|risa|verguenza|tristeza|hambre|aburrimiento|cansancio)\b`) }],
    vetoes: ['mi abuela dice que la voy a matar de un susto'],
    keeps: ['la voy a matar de un balazo'],
  },
  'figurative.es.commute': {
    description: '"estoy en el puente, voy tarde": traffic and errands, not standing on a bridge.',
    when: [{ message: re(String.raw`\b(?:trafico|trafic|llego tarde|voy tarde|voy llegando|en camino|manejando|tapado|atorad[oa]|cerrado|carril|bus|autobus|parada de|de camino|camino a|rumbo a|voy saliendo|arreglar|limpiar|reparar|instalar|antena|gotera|techando|impermeabilizar|uber|raite|ride|trabajo de|chamba|construccion|pintando|arreglando|reparando)\b`) }],
    vetoes: ['estoy en el puente y hay mucho trafico, llego tarde'],
    keeps: ['estoy en el puente y no se que hacer'],
  },
  'figurative.es.sol': {
    description: '"tengo los brazos quemados del sol": sunburn.',
    when: [{ around: re(String.raw`\b(?:del sol|por el sol|de sol|el sol|este sol|la playa|bronceado|asoleado|asolead[oa]s)\b`) }],
    vetoes: ['tengo los brazos todos quemados del sol'],
    keeps: ['tengo los brazos todos quemados y quiero mas'],
  },
  'scope.es.someone-else-hits': {
    description: '"mi esposo me pegó en la cara" is abuse: "me pego en la cara" is self-harm only without another person as subject.',
    when: [
      {
        before: re(
          String.raw`(?:(?:^| )(?:el|ella|ellos|ellas|alguien|quien|que|q)$|\b(?:esposo|esposa|marido|mujer|pareja|novio|novia|ex|papa|mama|padre|madre|padrastro|madrastra|hermano|hermana|hijo|hija|tio|tia|primo|prima|suegro|suegra|vecino|vecina|jefe|jefa|amigo|amiga|jevo|jeva|viejo|vieja|senor|senora|tipo|tipa|wey|vato|compa|chavo|chava|maestro|maestra|abuelo|abuela|policia|hombre)s?\b)`,
        ),
      },
    ],
    vetoes: ['la pelota que me pegó en la cabeza'],
    keeps: ['cuando me dan ganas me pego en la cara'],
  },
  'scope.es.aimed-at-other': {
    description: '"ya tengo la fusca cargada, ese cabrón me las paga": a weapon at hand aimed at someone else (harm to others), not at oneself.',
    when: [
      {
        message: re(
          String.raw`\b(?:(?:tengo|ya tengo|consegui) su (?:direccion|domicilio|ubicacion)\b|buscando (?:a|al|a la|a los|a ese|a esa) (?:[^ ]+ )?(?:que|q) (?:me|le|nos|les) |buscando a (?:ese|esa|mi ex|el wey|ese wey)\b|me (?:las|la) (?:paga|pagan|pagas|va a pagar|van a pagar)|(?:lo|la|los|las|le|les) (?:voy a|vamos a) (?:matar|balear|dar|meter|buscar|esperar|encontrar)|venganza|vengarme|a buscar(?:lo|la|los|las)?|(?:pa|para) (?:el|ella|ellos|ese|esa|ese wey|ese cabron)(?: \.|$)|esperando (?:a )?(?:que|q) (?:salga|llegue|venga)|(?:lo|la|los|las) (?:estoy|ando|estamos|andamos) esperando|(?:lo|la|los|las) (?:mato|matare|quiebro|balaceo|tumbo)(?= \.|$| ya| hoy| ahorita| de una vez| y))\b`,
        ),
      },
    ],
    vetoes: ['tengo la escopeta aquí conmigo, mi compadre viene a buscarla para ir de cacería'],
    keeps: ['ya tengo la pistola cargada aquí conmigo', 'ya tengo la pistola cargada y me la voy a poner en la cabeza'],
  },
  'accidental.es.golpe': {
    description: '"me pegué en la cabeza con la puerta": bumping into something, not hitting oneself.',
    when: [
      {
        around: re(
          String.raw`\bcon (?:la|el|una|un) (?:puerta|mueble|alacena|mesa|esquina|ventana|cajon|techo|repisa|closet|carro|escalon|escalera|gabinete|regadera|pelota|balon)\b|\b(?:sin querer|por accidente|me cai|resbale|tropece|jugando|en el trabajo|en el fut|en el partido)\b`,
        ),
      },
    ],
    vetoes: ['me pegué en la cabeza con la puerta del carro'],
    keeps: ['me pego en la cabeza con el puño cuando me dan ganas'],
  },
  'figurative.es.juego': {
    description: '"me las vas a pagar en el dominó": a game, not a threat.',
    when: [{ around: re(String.raw`\b(?:en el|en la|al) (?:domino|juego|partido|fut|futbol|basket|cartas|xbox|play|videojuego|fifa|billar|loteria|baraja|revancha)\b|\bjugando\b`) }],
    vetoes: ['me las vas a pagar en el dominó, primo'],
    keeps: ['me las vas a pagar, ya sé dónde vives'],
  },
  'figurative.es.dosis-pregunta': {
    description: '"tengo las pastillas en la mano, ¿cuántas me tomo?", "me las tomo a sus horas": taking a medicine as meant.',
    when: [
      {
        message: re(
          String.raw`\b(?:cuantas (?:me tomo|tomo|debo|puedo|me toca)|me toca(?:n)? tomar|(?:que|q) me (?:recetaron|receto|dio el doctor)|a sus horas|como (?:me las|las) tomo|como dice el doctor|como me (?:dijo|indico) el doctor|con comida)\b`,
        ),
      },
    ],
    vetoes: ['tengo las pastillas en la mano, ¿cuántas me tomo de suboxone?'],
    keeps: ['tengo las pastillas en la mano y no sé si tomármelas todas'],
  },
  'accidental.es.corte': {
    description: '"me corté con una hoja de papel", "tengo los brazos quemados del trabajo en la cocina": accidents at work or home.',
    when: [
      {
        around: re(
          String.raw`\b(?:hoja de papel|con (?:un |una |el |la )?papel|con (?:una |la )?lata|en la cocina|del trabajo|en la chamba|en la fabrica|en el campo|con la estufa|con el comal|con (?:el )?aceite|picando|pelando|rebanando|partiendo|abriendo (?:una|la|el|un) (?:lata|caja|paquete|bote|frasco)|destapando|lavando (?:los )?(?:trastes|platos)|rasurando\w*|afeitando\w*)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:a proposito|adrede|queriendo|(?:pa|para) sentir (?:algo|dolor)|(?:pa|para) castigarme)\b`),
    vetoes: ['me corté con una hoja de papel'],
    keeps: ['me corté en el baño con una navaja'],
  },
  'figurative.es.matar-cosa': {
    description: '"voy a matar a mi hambre", "voy a matar el tiempo": not a person.',
    when: [{ after: re(String.raw`^(?:hambre|sed|tiempo|rato|antojo|aburrimiento|sueno|cucarachas?|ratas?|ratones?|moscas?|mosquitos?|bichos?|plagas?|venados?|la bateria)\b`) }],
    vetoes: ['voy a matar a mi hambre con unos tacos'],
    keeps: ['voy a matar a mi ex con un cuchillo'],
  },
  'accidental.es.caida': {
    description: '"se cayó y se pegó contra el piso", "me resbalé y me di contra la pared": a fall, not blows on purpose.',
    when: [
      {
        message: re(
          String.raw`\b(?:se cayo|me cai|se cae|me caigo|cayendose|cayendome|al caer|se resbalo|resbale|se tropezo|tropece|se desmayo|me desmaye|convulsion\w*|accidente|jugando|corriendo|sin querer|por accidente)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:a proposito|adrede|no (?:para|paro|puedo parar|puede parar)|para castigar\w*|pa castigar\w*|cuando (?:me|se) (?:enoja|enojo|desespera|desespero))\b`),
    vetoes: ['mi abuelo se cayó y se golpeó contra el piso'],
    keeps: ['mi hijo se está golpeando la cabeza contra la pared'],
  },
  'history.es.cuando-yo-era': {
    description:
      '"mi papá se suicidó cuando yo tenía 12", "a los 15 me cortaba": an event fixed in childhood or youth. Off when the ' +
      'message also says it is happening now or again.',
    when: [
      {
        around: re(
          String.raw`\b(?:cuando (?:yo )?(?:tenia|era|estaba en|iba en|vivia con|andaba en) (?:\d+|nin[oa]|chic[oa]|chiquit[oa]|joven|adolescente|la (?:secundaria|prepa|primaria|escuela|universidad)|el (?:kinder|colegio)|morr[oa]|chamac[oa]|plebe|chav[oa]|bebe)|a (?:mis|los) \d+(?: anos)? (?:me|se|intente|trate|mi)|cuando (?:yo )?(?:tenia|era) (?:\d+|nin[oa]|chic[oa]))\b`,
        ),
      },
    ],
    unlessInMessage: re(
      String.raw`\b(?:otra vez|de nuevo|(?<!(?:nunca|no|jamas) )volvi a|(?<!(?:nunca|no|jamas) )vuelvo a|esta noche|ahorita|ahora mismo|hoy|todavia (?:pienso|quiero|tengo ganas|me corto)|sigo (?:pensando|queriendo|cortandome)|ganas de (?:morir|matarme|cortarme|suicidarme)|quiero (?:morir|morirme|matarme|suicidarme|cortarme)|me quiero (?:morir|matar|cortar)|(?:pienso|pensando) en (?:matarme|suicidarme|morir|cortarme))\b`,
    ),
    vetoes: ['mi papá se suicidó cuando yo tenía 12, lo pongo porque preguntan antecedentes'],
    keeps: ['mi papá se suicidó cuando yo tenía 12 y ahora yo también quiero suicidarme'],
  },
  'question.es.programa': {
    description:
      '"¿el programa ayuda con la depresión y los pensamientos suicidas?", "¿atienden a gente con ideas suicidas?": a question ' +
      'about what the program treats, the topic word as its subject. Off when the message also speaks of now.',
    when: [
      {
        message: re(
          String.raw`\b(?:el|su|este|ese|tu|la) (?:programa|clinica|centro|tratamiento|grupo|servicio|terapia|doctor|psicologo|psiquiatra) (?:[^ ]+ )?(?:ayuda|atiende|trata|acepta|maneja|ve|cubre|incluye|sirve|trabaja)\b|^(?:(?:hola|buenas|buenos dias|buenas tardes|una pregunta|pregunta|oigan|disculpen) (?:\. )?)*(?:ustedes )?(?:atienden|tratan|aceptan|ayudan|manejan|reciben|trabajan|ven) (?:a |con |tambien |casos )`,
        ),
      },
    ],
    unlessInMessage: re(
      String.raw`\b(?:(?<!(?:estable|bien|tranquil[oa]|sobri[oa]|limpi[oa]) )ahorita|ahora mismo|esta noche|hoy|tengo|estoy|me siento|ando|quiero (?:morir|matarme|suicidarme)|me quiero|otra vez|todavia)\b`,
    ),
    vetoes: ['el programa ayuda con la depresión y los pensamientos suicidas o solo con drogas?'],
    keeps: ['el programa ayuda? tengo pensamientos suicidas ahorita'],
  },
  'figurative.es.me-mato-cosa': {
    description: '"me mató el examen", "me mata el tráfico": a thing, named after the verb, that "killed me" (not "me mato", I kill myself).',
    when: [
      {
        after: re(
          String.raw`^(?:el|la|los|las|ese|esa|este|esta|esos|esas|mi|tu|su) (?:[^ ]+ )?(?:examen|examenes|trabajo|chamba|jale|turno|clase|tarea|entrenamiento|ejercicio|gym|partido|juego|capitulo|final|pelicula|serie|novela|cancion|video|meme|chiste|calor|frio|trafico|cruda|resaca|desvelo|viaje|precio|renta|cuenta|papeleo|burocracia|seguro|espalda|cabeza|rodilla|dolor|hambre|sueno|risa|cansancio)\b`,
        ),
      },
    ],
    vetoes: ['me mató el examen de hoy'],
    keeps: ['me mato esta noche'],
  },
  'figurative.es.a-besos': {
    description: '"los voy a matar a besos", "te la voy a partir a cosquillas": affection, not violence.',
    when: [{ after: re(String.raw`^(?:[^ ]+ )?a (?:besos|besitos|abrazos|cosquillas|apapachos|carcajadas|mordiditas)\b`) }],
    vetoes: ['los voy a matar a besos cuando lleguen'],
    keeps: ['los voy a matar a todos'],
  },
  'accidental.es.animal-o-planta': {
    description: '"tiene cortes en los brazos de jugar con el gato", "me arañé con el rosal": scratches from a pet or a plant.',
    when: [
      {
        around: re(
          String.raw`\b(?:(?:el|la|un|una|mi|su|del|de la) (?:gato|gata|gatito|gatita|perro|perra|perrito|perrita|mascota|cachorro|rosal|nopal|cactus|alambre|alambre de pua|zarza|espinas|monte)|jugando con (?:el|la|los|las) (?:gato|gatos|perro|perros|mascotas?))\b`,
        ),
      },
    ],
    vetoes: ['mi hijo tiene cortes en los brazos de jugar con el gato'],
    keeps: ['mi hija tiene cortes en los brazos y no quiere hablar'],
  },
  'negation.es.respuesta-no': {
    description:
      '"¿pensamientos de muerte? no, nunca", "me preguntó si tengo pensamientos de muerte y le dije que no": the phrase ' +
      'quoted from a question and answered no. Off when the answer is yes or "a veces".',
    when: [
      { before: re(String.raw`\b(?:pregunt\w+|preguntan|preguntaron) (?:[^ ]+ )?si(?: [^ ]+){0,3}$`) },
      { after: re(String.raw`^$`), message: re(String.raw`^(?:[^ ]+ ){0,6}(?:pensamientos|ideas) de (?:muerte|morir|morirme|matarme) (?:\. )+(?:no|nunca|para nada|jamas|nop|nel|cero)\b`) },
    ],
    unlessInMessage: re(String.raw`\b(?:y si|pero si|le dije (?:que )?si|la verdad si|a veces si|pues si|si a veces)\b`),
    vetoes: ['¿pensamientos de muerte? no, nunca', 'el doctor me preguntó si tengo pensamientos de muerte y le dije que no'],
    keeps: ['tengo pensamientos de muerte todos los días'],
  },
  'negation.es.ni-se-me-pasa': {
    description: '"ni se me pasa por la mente quitarme la vida", "nunca se me ha cruzado por la cabeza": an emphatic no.',
    when: [{ before: re(String.raw`(?:^| )(?:ni|no|nunca|jamas) (?:se me )?(?:pasa|paso|ha pasado|cruza|cruzo|ha cruzado|ocurre|ocurriria|ocurrio|ha ocurrido)(?: por (?:la mente|la cabeza))?$`) }],
    vetoes: ['ni se me cruza por la cabeza quitarme la vida, quiero ver crecer a mi nieta'],
    keeps: ['a veces se me pasa por la mente quitarme la vida'],
  },
  'negation.es.no-es': {
    description: '"no es sobredosis ni nada", "dice que no fue pa matarse": the phrase named and denied.',
    when: [
      {
        before: re(
          String.raw`(?:^| )(?:no|ni) (?:es|era|fue|fuera|sea|sera|seria)(?: (?:una|un|el|la|nada de|pa|para|por|con (?:la )?intencion de|con ganas de|(?:que|q) (?:quiera|quisiera)))?$`,
        ),
      },
    ],
    unlessAfter: re(String.raw`^[^.]{0,50}\b(?:pero|sino|aunque) (?:si|ahora|esta vez|creo que si)\b`),
    vetoes: ['no fue para matarse, dice mi hermana'],
    keeps: ['fue para matarse, dice mi hermana'],
  },
  'figurative.es.que-oso': {
    description:
      '"qué oso, me quiero morir", "qué roche, me quiero morir": embarrassment, said in passing ("qué vergüenza" and ' +
      '"qué pena" only when the message laughs: after a relapse, shame can be meant). Off when the message speaks of a relapse or of not coping.',
    when: [
      { before: re(String.raw`\b(?:que|q) (?:oso|osote|roche|plancha|bochorno|palo)\b(?: [^ ]+){0,3}$`) },
      { before: re(String.raw`\btierra tragame\b(?: [^ ]+){0,3}$`) },
      { clauseBefore: re(String.raw`^(?:ay |uy |no |ay no )?(?:que|q) (?:oso|osote|roche|plancha|bochorno|palo)(?: [^ ]+){0,2}$`), before: re(String.raw`^(?:[^ ]+(?: [^ ]+)?)?$`) },
      { before: re(String.raw`\b(?:que|q) (?:verguenza|pena)\b(?: [^ ]+){0,3}$`), message: re(String.raw`\b(?:ja(?:ja)+j?|je(?:je)+|xd+|lol|jsjs\w*)\b`) },
    ],
    unlessInMessage: re(String.raw`\b(?:no es broma|no estoy bromeando|en serio ya no|de verdad ya no|pastillas|navaja|pistola|reca[iy]\w*|ya no aguanto|ya no puedo|otra vez)\b`),
    vetoes: ['que oso me quiero morir, me cai enfrente de todos'],
    keeps: ['que verguenza, recai otra vez, me quiero morir'],
  },
  'figurative.es.quemarse-estudiando': {
    description: '"me quemé el cerebro estudiando", "me quemo las pestañas": studying hard.',
    when: [{ after: re(String.raw`^(?:el |los |las |la |mis |mi )?(?:cerebro|pestanas|neuronas|sesos|coco)\b`) }],
    vetoes: ['me queme las pestanas toda la semana con el examen'],
    keeps: ['me queme el brazo con el encendedor a proposito'],
  },
  'scope.es.carta-ordinaria': {
    description:
      'A letter for an occasion, for a judge, or written as a therapy exercise ("le escribí una carta a mi mamá por su ' +
      'cumpleaños", "en terapia les escribí una carta a mis hijos"): not a farewell. Off when the message also says goodbye.',
    when: [
      {
        around: re(String.raw`\b(?:carta|cartas|cartita|cartitas|nota|notas)\b`),
        message: re(
          String.raw`\b(?:terapia|terapeuta|consejer[oa]|psicolog[oa]|ejercicio|tarea|el grupo|cumple\w*|navidad|dia de las madres|dia del padre|aniversario|carcel|juez|corte|recomendacion|san valentin|de amor|graduacion|felicitar|agradecer|agradeciendoles)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:despedida|adios|perdon\w*|ya no este|me vaya para siempre|me muera|no me busquen|morir|matarme|suicid\w*)\b`),
    vetoes: ['en terapia les escribi una carta a mis hijos, fue muy bonito'],
    keeps: ['les escribi una carta a mis hijos, perdonenme'],
  },
  'scope.es.viaje-o-internamiento': {
    description:
      '"no voy a necesitar la chamarra a donde voy, hace calor", "a donde voy (rehab, la cárcel) no lo voy a necesitar": a trip, ' +
      'a move, or going in for treatment or time, not a farewell.',
    when: [
      {
        around: re(String.raw`\bdonde (?:voy|me voy|voy a estar)\b`),
        message: re(
          String.raw`\b(?:vacaciones|viaje|playa|calor|frio|mudanza|me mudo|me voy a mudar|rehab|programa|internarme|internamiento|internad[oa]|detox|carcel|la pinta|prision|anexo|clinica|centro|ejercito|army|militar|mision|campamento|retiro)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:matarme|morir|morirme|suicid\w*|despedida|adios para siempre|ya no voy a estar|ya no voy a volver)\b`),
    vetoes: ['le regale mi play a mi primo, no lo voy a necesitar a donde voy, me interno en rehab el lunes'],
    keeps: ['le regale mi play a mi primo, no lo voy a necesitar a donde voy'],
  },
  'scope.es.amenaza-contra-mi': {
    description:
      '"mi esposo dice que me va a matar a mí y a los niños": a threat against the writer (abuse or danger, caught ' +
      'there), not the writer threatening someone.',
    when: [{ before: re(String.raw`(?:^| )(?:que|q|el|ella|ellos|ellas|esposo|esposa|marido|mujer|pareja|novio|novia|ex|papa|mama|padrastro|madrastra|hermano|hermana|tio|vecino|jefe|suegro|suegra) (?:me|nos)$`) }],
    vetoes: ['mi marido dice que me va a matar a mi y a mi mama si me voy'],
    keeps: ['voy a matar a mi marido si me pega otra vez', 'me voy a ir a golpear a mi cunado'],
    handsTo: 'abuse-danger',
  },
  'accidental.es.cirugia': {
    description: '"se me abrieron los puntos de la cirugía", "las cortadas de la operación": a wound from surgery, not self-harm.',
    when: [{ around: re(String.raw`\b(?:cirugia|operacion|operaron|cesarea|puntos|sutura|suturas|grapas|del parto|del doctor|el doctor)\b`) }],
    unlessInMessage: re(String.raw`\b(?:me corte|cortarme|navaja|navajita|cuchilla|gillette|a proposito|adrede)\b`),
    vetoes: ['se me abrieron las cortadas de la cirugia'],
    keeps: ['las cortadas se abrieron otra vez'],
  },
  'figurative.es.r5-trabajo-en-altura': {
    description: '"parado en el borde del techo arreglando las tejas": work at a height, not a person at the edge.',
    when: [{ around: re(String.raw`\b(?:arreglando|reparando|pintando|limpiando|trabajando|impermeabilizando|instalando|tejas|lamina|laminas|antena|albanil|albaniles|obra|construccion|andamio|arnes|tinaco|foto|fotos|selfie)\b`) }],
    unlessInMessage: re(String.raw`\b(?:aventarme|tirarme|saltar|brincar|acabar con|matarme|ya no puedo|no quiero vivir)\b`),
    vetoes: ['el albanil esta parado en el borde del techo arreglando las tejas'],
    keeps: ['estoy sentado en el borde del techo del edificio'],
  },
  'figurative.es.r5-ficcion': {
    description: '"en la novela el villano mató a todos": a story on the screen or in a book.',
    when: [{ around: re(String.raw`\b(?:la novela|la telenovela|la serie|la pelicula|el capitulo|el villano|la villana|el protagonista|la protagonista|en la tele|el libro|el personaje|el anime)\b`) }],
    vetoes: ['la novela de anoche, el villano mato a todos, que coraje'],
    keeps: ['voy a matar a todos los de mi trabajo'],
  },
  'info-seeking.es.r5-senales': {
    description: '"¿cuáles son las señales de que alguien está pensando en suicidarse?": a question about signs in general.',
    when: [{ around: re(String.raw`\b(?:senales|sintomas|signos|como (?:saber|reconocer|detectar|identificar|darme cuenta)) (?:de )?(?:que|si) (?:alguien|una persona|un amigo|una amiga|un familiar|un adolescente|alguno|un joven)\b`) }],
    vetoes: ['cuales son las senales de que alguien esta pensando en suicidarse? quiero saber'],
    keeps: ['estoy pensando en suicidarme'],
  },
  'scope.es.r5-arma-de-otro': {
    description: '"me puso la pistola en la cabeza": someone else held the weapon to me (abuse or danger), not a wish to die.',
    when: [{ around: re(String.raw`\b(?:me|le|nos|les) (?:puso|pone|ponia|apunto|apunta|apuntaba|encano|encana|pego|puso) (?:con )?(?:la|el|una|un|su) (?:pistola|arma|cuchillo|navaja|cuete|fusca|revolver|escopeta|machete|cuchilla)\b`) }],
    vetoes: ['anoche me puso la pistola en la cabeza de broma'],
    keeps: ['tengo la pistola en la cabeza'],
    handsTo: 'abuse-danger',
  },
  'accidental.es.r5-rasurar': {
    description: '"me rasuré con máquina para no usar el rastrillo": shaving, not holding off self-harm.',
    when: [{ message: re(String.raw`\b(?:rasur\w*|afeit\w*|depil\w*|barba|bigote|irrita\w*)\b`) }],
    unlessInMessage: re(String.raw`\b(?:cortarme|cortadas|cortes|ganas|urge|sangr\w*|lastimarme|hacerme dano)\b`),
    vetoes: ['me rasure con maquina para no usar el rastrillo, me irrita la piel'],
    keeps: ['me puse una liga para no buscar las cuchillas'],
  },
  'scope.es.r6-mudanza': {
    description: '"el lunes ya no voy a estar aquí porque me mudo", "vendí la troca, allá no la voy a necesitar": a move or a trip.',
    when: [
      {
        message: re(
          String.raw`\b(?:me mudo|me voy a mudar|nos mudamos|nos vamos a mudar|mudanza|me cambio de (?:casa|ciudad|estado|clinica|trabajo)|me voy de viaje|salgo de viaje|(?:un|el|de) viaje|de vacaciones|me regreso a mi pais|me voy a (?:mexico|texas|california|otro estado|otra ciudad|vivir)|me transfieren|me trasladan)\b`,
        ),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:matarme|morir|morirme|suicid\w*|despedida|ya no aguanto|pastillas|soga|pistola)\b`),
    vetoes: ['el lunes ya no voy a estar aquí porque me mudo a Texas con mi tía'],
    keeps: ['si nadie me contesta esta noche ya no voy a estar pa mañana'],
  },
  'info-seeking.es.r6-seguro-tramite': {
    description: '"¿el seguro de vida cubre a mis hijos?", "estoy pagando el seguro de vida": paperwork about a policy.',
    when: [{ message: re(String.raw`\b(?:cubre|cubriria|cuanto cuesta|como (?:saco|contrato|cobro)|pagando el seguro|poliza|beneficiari[oa]s?|quiero saber si)\b`) }],
    unlessInMessage: re(String.raw`\b(?:mejor (?:sin mi|muert[oa])|valgo mas|me mato|matarme|ya no quiero vivir|suicid\w*)\b`),
    vetoes: ['quiero saber si mi familia estaria mejor con el seguro de vida del trabajo o el del banco'],
    keeps: ['mis hijos estarían mejor cobrando mi seguro de vida'],
  },
  'negation.es.r6-voces-no-mandan': {
    description: '"oigo voces pero no me dicen que haga nada malo": voices that do not command harm.',
    when: [{ message: re(String.raw`\b(?:no|nunca|nada) (?:me )?(?:dicen|piden|mandan|ordenan) (?:que|q) (?:haga|me haga) (?:nada|algo malo)|no (?:me )?(?:dicen|piden|mandan) nada malo|(?:no son|nunca son) (?:voces )?(?:malas|de hacer dano)\b|\bpregunt\w+ (?:[^ ]+ ){0,3}si (?:[^ ]+ ){0,10}(?:le|les) (?:dije|conteste|respondi) (?:que )?no\b`) }],
    vetoes: ['escucho voces a veces pero no me dicen q haga nada malo'],
    keeps: ['las voces me dicen q me avente del puente'],
  },
  'accidental.es.r6-herida-de-trabajo': {
    description: '"la herida me la hice yo solo picando cebolla", "me las hice en el trabajo": an accident owned, not self-harm.',
    when: [{ message: re(String.raw`\b(?:picando|cocinando|trabajando|en el trabajo|en la chamba|jugando|con la lamina|con la maquina|arreglando|sin querer|por accidente|nada grave (?:fue|de) (?:la|el) (?:cocina|trabajo))\b`) }],
    unlessInMessage: re(String.raw`\b(?:no fue (?:un )?accidente|a proposito|adrede|pa sentir|para sentir|castigarme)\b`),
    vetoes: ['la cortada del brazo fui yo con la lámina, trabajando'],
    keeps: ['tengo la pierna sangrando y no fue accidente, fui yo'],
  },
  'scope.es.r6-manga-larga-por-otra-razon': {
    description: '"uso manga larga en verano porque trabajo en el campo": the sun, the cold, work clothes.',
    when: [{ message: re(String.raw`\b(?:el sol|del sol|frio|uniforme|en el campo|la obra|mosquitos|zancudos|alergia|la moda|me queda|se ve bonit[oa]|porque trabajo)\b`) }],
    unlessInMessage: re(String.raw`\b(?:marcas|cortadas|cortes|cicatrices|heridas|lo de anoche|ustedes saben|no es broma|navaja)\b`),
    vetoes: ['uso manga larga en pleno verano porque trabajo en el campo y el sol quema'],
    keeps: ['mangas largas en pleno agosto otra vez jaja... no es broma, ayer y hoy'],
  },
  'figurative.es.r6-lo-va-a-matar-cosa': {
    description: '"dice que el calor la va a matar", "dice que ese examen lo va a matar": a thing, not a person, is the killer.',
    when: [{ around: re(String.raw`\b(?:que|q) (?:el|la|ese|esa|este|esta|tanto|tanta|su|sus|tantos|tantas|los|las) (?:calor|frio|examen|trabajo|chamba|tarea|dieta|trafico|renta|cansancio|tos|gripa|dolor|estres|comida|pelicula|serie|novela|cuenta|azucar|presion|cigarro|cigarros|vicio|diabetes|cancer|corazon|higado|alcohol|droga|drogas|refresco|grasa|colesterol|enfermedad|preocupacion|soledad|tristeza|angustia|tomadera|borrachera|vino|cerveza|trago|pisto|chupe|tequila|mezcal|whisky|ron|copa|copita|cafe|refresco|refrescos|sal|tabaco|fumadera|vicio)(?: [^ ]+){0,3} (?:lo|la|los|las) (?:va|van) a matar\b`) }],
    vetoes: ['mi suegra dice que el calor la va a matar un día de estos'],
    keeps: ['mi tío anda borracho gritando que a su mujer la va a matar'],
  },
  'scope.es.r6-recado-cotidiano': {
    description: '"dile a mi hija que la quiero y que llego a las 6": an everyday message passed on, not a farewell.',
    when: [{ message: re(String.raw`\b(?:llego|paso por (?:ella|el|ellos)|regreso|vuelvo|nos vemos|la veo|lo veo|los veo|salgo|voy para alla|voy pa alla) (?:a las|en la|en el|al rato|manana|hoy|ahorita|temprano|pronto|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|en un rato)\b|\bya (?:llegue|llego|estoy (?:aqui|en casa|bien))\b|\b(?:que|q) (?:ya )?(?:llegue|llego) (?:bien|a casa)\b`) }],
    unlessInMessage: re(String.raw`\b(?:adios|despedida|perdon\w*|ya no (?:voy a estar|estare)|me voy a matar|carta|ultima)\b`),
    vetoes: ['dile a mi hija que la quiero y que llego a las 6'],
    keeps: ['díganle a mis hijos que los amo'],
  },
  'accidental.es.r6-cambiar-hoja': {
    description: '"saqué la cuchilla del rastrillo para cambiarla": changing or cleaning a blade.',
    when: [{ after: re(String.raw`^(?:[^ ]+ ){0,4}(?:pa|para) (?:cambiar\w*|limpiar\w*|afilar\w*|arreglar\w*|componer\w*|reparar\w*|destapar\w*|ponerle otra|poner otra|tirar\w*|rasurar\w*|afeitar\w*|cortar (?:el|la|las|los|un|una) (?:carne|pan|cinta|caja|cajas|papel|tela|hilo|cuerda))\b`) }],
    unlessInMessage: re(String.raw`\b(?:cortarme|lastimarme|ganas|sangr\w*|hacerme dano|brazos|piernas)\b`),
    vetoes: ['saqué la cuchilla del rastrillo para cambiarla por una nueva'],
    keeps: ['agarre mi navaja y no se que hacer'],
  },
  'figurative.es.r6-jaja-antes': {
    description: '"jajaja me mató el consejero con su chiste": laughter before the words, or killed by a joke.',
    when: [
      { before: re(String.raw`(?:^| )(?:ja(?:ja)+j?|je(?:je)+|xd+|lol|jsjs\w*)(?: [^ ]+){0,2}$`) },
      { after: re(String.raw`^(?:[^ ]+ ){0,4}con (?:su|sus|el|la|ese|esa|tu|tus) (?:chiste|chistes|broma|bromas|ocurrencia|ocurrencias|comentario|cara|baile)\b`) },
    ],
    unlessInMessage: re(String.raw`\b(?:no es broma|no estoy bromeando|no es chiste|en serio|de verdad|enserio)\b`),
    vetoes: ['jajaja me mato el consejero con su chiste'],
    keeps: ['me mato hoy, ya no aguanto'],
  },
  'scope.es.r6-me-va-a': {
    description: '"dice que me va a sacar lo gay a golpes": the threat is against the writer (abuse or danger), not the writer threatening.',
    when: [{ before: re(String.raw`(?:^| )me (?:va|van|iba|iban) a$`) }],
    vetoes: ['mi papá encontró mis cosas y dice que me va a sacar lo gay a golpes cuando llegue'],
    keeps: ['hoy se lo cobro a machetazos'],
    handsTo: 'abuse-danger',
  },
  'scope.es.r6-no-lo-necesito-alla': {
    description: '"vendí mi carro porque ya no lo voy a necesitar en la ciudad": not needed somewhere or for a while, not a farewell.',
    when: [{ around: re(String.raw`\bno (?:lo|la|los|las) (?:voy a )?(?:necesitar|necesito|ocupar|ocupo|usar|uso) (?:mas )?(?:en (?:la|el|esta|este|mi|su)|alla|aca|mientras|hasta|este (?:ano|mes|verano|invierno)|esta (?:temporada|semana)|ahora que|desde que|por (?:un|unos|ahora))\b`) }],
    unlessInMessage: re(String.raw`\b(?:ya no (?:voy a estar|estare)|me voy a matar|matarme|morirme|despedida|adios|donde voy)\b`),
    vetoes: ['vendi mi carro porque ya no lo voy a necesitar en la ciudad'],
    keeps: ['ya regalé mis cosas, total ya no las voy a necesitar'],
  },
  'figurative.es.r6-amenaza-laboral': {
    description: '"mi jefe me amenaza con correrme si llego tarde": a threat about a job, a phone or a grade, not danger.',
    when: [{ after: re(String.raw`^con (?:correrme|despedirme|descontarme|reportarme con (?:el|la|recursos|mi)|bajarme el sueldo|quitarme (?:el|la|mi) (?:trabajo|chamba|celular|cel|carro|tele|internet|tablet|mesada|domingo)|demandarme|ponerme (?:falta|un reporte)|acusarme con|castigarme|no pagarme)\b`) }],
    unlessInMessage: re(String.raw`\b(?:migra|inmigracion|ice|deport\w*|golpe\w*|pega|matar\w*|sexo|acuest\w*|cama|pistola|arma|cuchillo)\b`),
    vetoes: ['mi jefe me amenaza con correrme si llego tarde otra vez'],
    keeps: ['mi jefe me amenaza con llamar a inmigración si no salgo con él'],
  },
  'figurative.es.r6-esperando-transporte': {
    description: '"estoy en la vía esperando que pase el tren para cruzar": waiting to cross or to ride, not to be hit.',
    when: [{ message: re(String.raw`\b(?:pa|para) (?:cruzar|subirme|subir|tomarlo|agarrarlo|irme en el|llegar al trabajo|ir al trabajo|ir a la chamba)\b|\b(?:estacion|anden|boleto|parada)\b`) }],
    unlessInMessage: re(String.raw`\b(?:aventarme|tirarme|matarme|morir|no aguanto|despedida|adios)\b`),
    vetoes: ['estoy en la via esperando que pase el tren para cruzar'],
    keeps: ['estoy en la vía del tren esperando que pase'],
  },
  'figurative.es.r6-paseo-mirador': {
    description: '"fuimos al mirador a ver la ciudad, qué bonito se ve pa abajo": a view enjoyed, not a drop considered.',
    when: [{ message: re(String.raw`\b(?:bonit[oa]|hermos[oa]|la vista|fotos?|paseo|turistas?|atardecer|la ciudad|me da miedo|vertigo|fuimos|con mi familia|con los ninos)\b`) }],
    unlessInMessage: re(String.raw`\b(?:decidi|saltar|brincar|aventarme|tirarme|dejarme caer|no aguanto|matarme|morir|adios)\b`),
    vetoes: ['fuimos al mirador con los niños viendo pa abajo, qué bonito'],
    keeps: ['llevo media hora en la azotea de la plaza viendo pa abajo, ya me decidi'],
  },
  'scope.es.r6-me-buscan-para-matarme': {
    description: '"me andan buscando para matarme": someone else hunting the writer (abuse or danger), not a wish to die.',
    when: [{ before: re(String.raw`\b(?:me|nos) (?:andan|anda|estan|esta|vienen|viene|van|va|quieren|quiere|mandaron|mando) (?:a )?(?:buscar|buscando|siguiendo|cazando|esperando)$`) }],
    vetoes: ['recien sali de la carcel y los de mi antiguo barrio me andan buscando para matarme'],
    keeps: ['quiero matarme'],
    handsTo: 'abuse-danger',
  },
  'scope.es.r6-ausencia-cotidiana': {
    description: '"ya no voy a estar cuando llegues, salgo temprano al trabajo": away for a shift, a class or an appointment, not gone.',
    when: [
      {
        around: re(String.raw`\b(?:ya no (?:voy a|va a) estar|no (?:creo|creo que|pienso) (?:estar|este) aqui)\b`),
        message: re(String.raw`\b(?:salgo (?:temprano|tarde|a trabajar|al trabajo|a la chamba)|al trabajo|de turno|de horario|de sucursal|tengo (?:turno|cita|clase|junta|chamba|trabajo)|me toca (?:turno|trabajar|la chamba)|de compras|al doctor|con el doctor|la escuela|me voy a trabajar|de vacaciones|de viaje)\b`),
      },
    ],
    unlessInMessage: re(String.raw`\b(?:matarme|morir|morirme|despedida|adios|no aguanto|pastillas|soga|pistola|vivir|para siempre|pa siempre|perdon\w*)\b`),
    vetoes: ['ya no voy a estar cuando llegues, salgo temprano al trabajo', 'ya no voy a estar para el cumple de mi sobrino porque tengo turno'],
    keeps: ['si nadie me contesta esta noche ya no voy a estar pa mañana'],
  },
  'scope.es.r6-ya-no-me-queda': {
    description: '"regalé la cuna, ya no la voy a necesitar porque el bebé ya creció": outgrown or replaced, not a farewell.',
    when: [
      {
        message: re(String.raw`\bno (?:lo|la|los|las) (?:voy a )?(?:necesitar|ocupar|usar)(?: mas)? (?:\. )?(?:porque|pq|xq|ya que) (?:el bebe|la bebe|los ninos|mi hij\w+|ya (?:crecio|crecieron|tengo|compre|me compre|me dieron)|me (?:compre|dieron|regalaron)|tengo otr[oa]s?|ya no me (?:queda|quedan)|me cambie|ya no (?:trabajo|juego|toco|manejo|estudio))\b`),
      },
    ],
    vetoes: ['regalé la cuna, ya no la voy a necesitar porque el bebé ya creció'],
    keeps: ['ya regalé mis cosas, total ya no las voy a necesitar'],
  },
  'figurative.es.r6-voz-de-aparato': {
    description: '"la voz del gps me dice que me tire a la derecha": a device or a person giving directions.',
    when: [{ message: re(String.raw`\b(?:gps|waze|maps|navegador|a la derecha|a la izquierda|la radio|el locutor|alexa|siri)\b`) }],
    unlessInMessage: re(String.raw`\b(?:puente|vias|azotea|edificio|matarme|morir|muera|ahorque|cuelgue)\b`),
    vetoes: ['la voz del gps me dice que me tire a la derecha'],
    keeps: ['la voz me sigue diciendo que me mate y ya no la aguanto'],
  },
  'figurative.es.r6-motor-calentando': {
    description: '"dejé el carro prendido en la cochera un ratito mientras abría el portón": warming up the engine, the door open.',
    when: [{ around: re(String.raw`\b(?:garage|garaje|cochera)\b`), message: re(String.raw`\b(?:un ratito|calentando|a calentar|se caliente|mientras (?:abria|abro|saco|subo|cargo|bajo|abrian)|(?:porton|puerta) abiert[oa]|abri el porton|abri la puerta)\b`) }],
    unlessInMessage: re(String.raw`\b(?:cerre|cerrad[oa]|sellad[oa]|encerr\w+|no quiero|despedida|adios|ya no aguanto|dormir)\b`),
    vetoes: ['dejé el carro prendido en la cochera un ratito mientras abría el portón'],
    keeps: ['estoy en el carro con el motor prendido en el garage'],
  },
  'scope.es.r6-es-para-otra-cosa': {
    description: '"compré una soga y no es pa colgar ropa, es para el columpio": the use is named right after.',
    when: [{ message: re(String.raw`\bno (?:es|son) (?:pa|para) (?:[^ ]+ ){0,4}\. (?:es|son) (?:pa|para|del|de la|de los)\b`) }],
    unlessInMessage: re(String.raw`\b(?:es (?:pa|para) mi|son (?:pa|para) mi|matarme|morir|colgarme|ahorcarme)\b`),
    vetoes: ['compré cloro y no es para limpiar, es para la alberca'],
    keeps: ['compre veneno pa ratas y no es pa las ratas'],
  },
  'scope.es.r6-botiquin': {
    description: '"tengo las pastillas guardadas en el botiquín para cuando me duela la cabeza": medicine kept for its use.',
    when: [{ message: re(String.raw`\b(?:botiquin|(?:pa|para) cuando me (?:duela|de|den|pique)|(?:pa|para) el dolor|(?:pa|para) la (?:presion|tos|gripa|fiebre)|(?:pa|para) que (?:los ninos|el nino|la nina|mi hijo) no)\b`) }],
    unlessInMessage: re(String.raw`\b(?:ya no aguante|no pueda mas|matarme|morir|despedida|no despertar|todas juntas)\b`),
    vetoes: ['tengo las pastillas guardadas en el botiquín para cuando me duela la cabeza'],
    keeps: ['tengo las pildoras guardadas en el cajon'],
  },
  'figurative.es.r6-quehacer-en-altura': {
    description: '"estoy en la azotea tendiendo la ropa": a chore on the roof, not a person at a height to fall.',
    when: [{ around: re(String.raw`\b(?:tendiendo|tender|colgando la ropa|la ropa|regando|las plantas|asoleando\w*|tomando el sol|carne asada|la fiesta|el tinaco|el boiler|la antena|el tanque|barriendo|lavando)\b`) }],
    unlessInMessage: re(String.raw`\b(?:aventarme|tirarme|saltar|brincar|dejarme caer|matarme|ya no puedo|no quiero vivir|decidi|viendo pa abajo)\b`),
    vetoes: ['estoy en la azotea tendiendo la ropa'],
    keeps: ['estoy arriba del edificio para tirarme'],
  },
  'figurative.es.r6-tatuaje': {
    description: '"me hice un tatuaje de código de barras en el brazo": ink, not cuts.',
    when: [{ message: re(String.raw`\b(?:tatuaje|tatuajes|tatue|tatuar\w*|tatuad[oa]|henna|calcomania|pintura|plumon|marcador)\b`) }],
    unlessInMessage: re(String.raw`\b(?:cortes|cortadas|navaja\w*|cuchilla\w*|cortarme|sangr\w*|gillette|exacto)\b`),
    vetoes: ['me hice un tatuaje de código de barras en el brazo'],
    keeps: ['me hice barcode en el brazo otra vez'],
  },
  'scope.es.r7-me-mudo-o-trabajo': {
    description: '"me voy a vivir con mi hermana, ya no me van a tener que mantener": a move or a new job, not a farewell.',
    when: [{ message: re(String.raw`\b(?:a vivir (?:con|a|en)|me mudo|me voy a mudar|nos mudamos|consegui (?:trabajo|chamba|empleo|jale)|ya tengo (?:trabajo|chamba|empleo|jale)|me cambio (?:a|de) (?:casa|ciudad|estado))\b`) }],
    unlessInMessage: re(String.raw`\b(?:despedida|perdon\w*|matarme|morir\w*|suicid\w*|ya no (?:puedo|aguanto)|pastillas|soga|pistola)\b`),
    vetoes: ['me voy para siempre a vivir con mi hermana a texas, ya no me van a tener que mantener'],
    keeps: ['ya no me van a tener que mantener, me voy para siempre'],
  },
  'history.es.r8-duelo': {
    description: '"mi prima murió por suicidio hace 3 años": a loss to suicide told as grief, not the writer at risk.',
    when: [{ message: re(String.raw`\b(?:(?:murio|fallecio|se nos fue|se fue) |perdi a (?:[^ ]+ ){1,3}|perdimos a (?:[^ ]+ ){1,3})(?:por|de|en un) suicidio\b|\bse suicido hace\b`) }],
    unlessInMessage: re(String.raw`\b(?:yo tambien|quiero (?:morir|morirme|matarme|suicidarme|irme con)|me quiero (?:morir|matar|ir con)|ganas de (?:morir|matarme|suicidarme)|pienso en (?:matarme|suicidarme|morir)|ya no aguanto)\b`),
    vetoes: ['mi prima murió por suicidio hace 3 años y todavía me duele'],
    keeps: ['mi prima murió por suicidio y yo también quiero suicidarme'],
  },
  'scope.es.r8-afuera-de-mi-puerta': {
    description: '"mi ex está afuera de la puerta gritando y trae un cuchillo": someone armed at the writer\'s door (abuse or danger), not the writer threatening.',
    when: [{ message: re(String.raw`\b(?:esta|estan|anda|andan|sigue|siguen) (?:aqui )?(?:afuera|enfrente|fuera) de (?:la puerta|mi (?:puerta|casa|depa|cuarto|ventana|trabajo|carro)|nuestra (?:puerta|casa)|la casa(?= \.|$| gritando| golpeando| tocando))`) }],
    unlessInMessage: re(String.raw`\b(?:voy|vamos|ire|me voy) (?:a|pa|para) (?:salir|buscar\w*|matar\w*|darle)|(?:lo|la|los|las) (?:voy a|vamos a) (?:matar|balear|picar)\b`),
    vetoes: ['mi ex está afuera de la puerta gritando y trae un cuchillo'],
    keeps: ['mi papá sacó la escopeta y está gritando'],
    handsTo: 'abuse-danger',
  },
} as const satisfies Record<string, Guard>;
