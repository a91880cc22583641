/**
 * Spanish crisis lexicon. Sources are matched against normalizeText() output: lowercase, accents
 * removed ("suicidó" → "suicido", "daño" → "dano", "mí" → "mi"), SMS spellings folded
 * ("kiero" → "quiero", "bibir" → "vivir", "q" → "que"). Removing accents merges a few pairs of
 * words: "me golpeó" (he hit me) and "me golpeo" (I hit myself), "tomó" (took) and "tomo" (I take);
 * where that matters, a guard or a narrower phrase decides.
 *
 * Ids are stable (they reach the handoff record): add new ids rather than renaming, and bump
 * `version` in lexiconVersion.ts with every change to this file.
 */
import { STATEMENT, TOPIC, SUICIDE, I_WANT, PEOPLE_ES } from './fragments.es';
import { gap, definePatterns } from './pattern';

export const esPatterns = definePatterns('es', [
  // ============================== suicide ==============================
  {
    id: 'es.suicide.suicidarme', kind: 'suicide', guards: STATEMENT,
    source: String.raw`${I_WANT} ${gap(1)}${SUICIDE}|me (?:quiero|voy a|pienso|quisiera) ${SUICIDE}|(?:tengo|estoy teniendo|he tenido|sigo teniendo|me vienen|me llegan) (?:[^ ]+ )?(?:pensamientos|ideas) ${SUICIDE}s?|(?:me siento|soy|estoy) ${SUICIDE}`,
    examples: ['quiero suicidarme', 'me quiero suicidar', 'voy a suicidarme', 'estoy pensando en suicidarme', 'tengo pensamientos suicidas', 'me siento suicida', 'estoy pensando en el suicidio'],
  },
  {
    id: 'es.suicide.suicide-word', kind: 'suicide', guards: TOPIC,
    source: SUICIDE,
    examples: ['SUICIDARME', 'suicídarme', 'mi hijo quiere suicidarse', 'he intentado suicidarme'],
  },
  {
    id: 'es.suicide.matarme', kind: 'suicide', guards: STATEMENT,
    source: String.raw`${I_WANT} ${gap(1)}matarme|me (?:quiero|voy a|quisiera|tengo que|deberia|puedo) matar|matarme ya`,
    examples: ['quiero matarme', 'me voy a matar', 'me quiero matar', 'tengo ganas de matarme', 'estoy pensando en matarme', 'tengo un plan para matarme', 'kiero matarme', 'me quiero matarrr'],
  },
  {
    id: 'es.suicide.me-mato', kind: 'suicide', guards: [...STATEMENT, 'figurative.es.me-mato-trabajando'],
    source: String.raw`me mato|me matare|me mataria`,
    examples: ['si esto sigue así me mato', 'hoy me mato'],
  },
  {
    id: 'es.suicide.se-quiere-matar', kind: 'suicide', guards: STATEMENT,
    source: String.raw`se (?:quiere|va a|puede|piensa|intento|trato de) (?:matar|suicidar|quitar la vida)|matarse|quitarse la vida`,
    examples: ['MI HIJA DICE QUE SE QUIERE MATAR', 'mi esposa dice que se va a matar', 'mi hermano habla de quitarse la vida'],
  },
  {
    id: 'es.suicide.quitarme-la-vida', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:quitarme|quitar|quito|quite|quitarte) (?:la|mi) (?:propia )?vida|(?:acabar|terminar|acabo|termino|acabaria|terminaria) con (?:mi vida|mi existencia|todo)`,
    examples: ['voy a quitarme la vida', 'me voy a quitar la vida', 'quiero acabar con mi vida', 'voy a terminar con todo', 'quiero acabar con todo'],
  },
  {
    id: 'es.suicide.quiero-morir', kind: 'suicide', guards: [...STATEMENT, 'figurative.es.morir-de'],
    source: String.raw`${I_WANT} ${gap(1)}(?:morir|morirme|estar muert[oa]s?|desaparecer (?:para siempre|de este mundo)|dejar de existir|dejar de vivir|no despertar(?:me)?|no existir|irme de este mundo|irme para siempre)|me quiero (?:morir|ir de este mundo)|dormir (?:y|para) (?:no|nunca) (?:volver a )?despertar|dormir para siempre|(?:ojala|quisiera|quiero|prefiero|deseo) (?:[^ ]+ )?no (?:despert\w*|despierte|amanec\w*|amanezca|volver a despertar)|(?:estuviera|estuviese) muert[oa]`,
    examples: ['quiero morir', 'quiero morirme', 'me quiero morir ya', 'QUIERO MORIR YA NO PUEDO', 'kiero morirme', 'ojalá estuviera muerto', 'prefiero estar muerta', 'quiero dormir y no despertar', 'quiero dejar de existir', 'estoy listo para morir', 'me quiero ir de este mundo', 'quiero desaparecer para siempre', 'ojalá no amanezca mañana', 'quisiera no despertar nunca'],
  },
  {
    id: 'es.suicide.no-quiero-vivir', kind: 'suicide', guards: [...STATEMENT, 'figurative.es.vivir-asi'],
    source: String.raw`no (?:quiero|deseo|tengo ganas de) (?:seguir )?(?:vivir|viviendo|estar viv[oa]|estar aqui|existir|despertar(?:me)?|seguir con vida)(?: mas)?`,
    examples: ['ya no quiero vivir', 'no quiero seguir viviendo', 'no quiero vivir mas', 'ya no quiero estar aqui', 'ya no kiero bibir', 'ya no quiero despertar'],
  },
  {
    id: 'es.suicide.cansado-de-vivir', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:cansad[oa]s?|hart[oa]s?|me canse|me cansa) (?:[^ ]+ )?de (?:vivir|la vida|existir|estar viv[oa])`,
    examples: ['estoy cansado de vivir', 'ya me cansé de vivir'],
  },
  {
    id: 'es.suicide.sin-sentido', kind: 'suicide', guards: STATEMENT,
    source: String.raw`(?:no|sin|ningun|ninguna|que|cual es el) ${gap(3)}(?:sentido|caso|razon|razones|motivo|motivos) ${gap(2)}(?:vivir|la vida|seguir viviendo|seguir viv[oa]|seguir aqui)|(?:la vida|vivir|seguir viviendo) no vale la pena|no vale la pena (?:vivir|seguir viviendo)`,
    examples: ['no tiene sentido vivir', 'no tengo razones para vivir', 'no le veo sentido a seguir vivo', 'ya no tiene caso vivir', 'la vida no vale la pena', 'no vale la pena seguir viviendo'],
  },
  {
    id: 'es.suicide.mejor-sin-mi', kind: 'suicide', guards: STATEMENT,
    source: String.raw`mejor sin mi|mejor si (?:yo )?(?:no estuviera|me muero|muero|me muriera|desapareciera|no existiera)|no haber nacido|no hubiera nacido`,
    examples: ['estarían mejor sin mí', 'mis hijos estarían mejor sin mi', 'quisiera no haber nacido'],
  },
  {
    id: 'es.suicide.despedida', kind: 'suicide', guards: STATEMENT,
    source: String.raw`cartas? de despedida|nota suicida|me despido de (?:todos|ustedes|ti)|adios para siempre|(?:este|es) (?:es )?mi ultimo mensaje`,
    examples: ['ya escribí mi carta de despedida'],
  },
  {
    id: 'es.suicide.metodos', kind: 'suicide', guards: STATEMENT,
    source: String.raw`ahorcarme|colgarme|me voy a (?:ahorcar|colgar)|(?:tirarme|tirar|aventarme|aventar|lanzarme|lanzar|arrojarme|arrojar) (?:de|del|desde|por|a|al|bajo) (?:un |una |el |la |los |las )?(?:[^ ]+ )?(?:puente|edificio|techo|azotea|ventana|balcon|vias|metro|tren|carro|coche|camion|precipicio|barranco|acantilado|piso)|(?:pegarme|darme|me voy a pegar|me voy a dar|me pego|me doy) un (?:tiro|balazo|disparo)|(?:cortarme|cortar|me corto|me corte) las venas|(?:tomarme|voy a tomar|quiero tomar|voy a tomarme|quiero tomarme|me voy a tomar) (?:todas|un monton de|muchas) (?:las |mis |de )?(?:pastillas|pildoras|medicinas)`,
    examples: ['voy a ahorcarme', 'me voy a colgar', 'me voy a tirar de un edificio', 'quiero aventarme del puente', 'me voy a pegar un tiro', 'me voy a tomar todas las pastillas', 'me voy a cortar las venas'],
  },

  {
    id: 'es.suicide.preparativos', kind: 'suicide', guards: STATEMENT,
    // Despedidas, regalar las cosas, medios juntados, un arma contra uno mismo.
    source: String.raw`(?:regale|regalo|regalando|regalar|regalado) (?:todas )?(?:mis|sus) (?:cosas|pertenencias|ropa)|(?:me|se) (?:despedi|despidio|despido|estoy despidiendo|esta despidiendo|despedire) de (?:todos|ustedes|ti|(?:mi|mis|su|sus) (?:familia|seres queridos|${PEOPLE_ES}s?))|(?:pastillas|pildoras|medicinas|tabletas) (?:ya )?(?:juntadas|guardadas|ahorradas|contadas|listas|preparadas)|(?:juntando|guardando|ahorrando|junte|guarde) ${gap(2)}(?:pastillas|pildoras|tabletas)|(?:usar(?:la|lo|las|los)?|usare|usaria|apuntarme|dispararme|disparar(?:me)?) ${gap(2)}(?:en|contra) mi mism[oa]|(?:en|contra) mi mism[oa] (?:con )?(?:la|el|una|un) (?:pistola|arma|cuchillo|navaja)`,
    examples: ['estoy regalando mis cosas a mis amigos', 'ya me despedí de mis hijos', 'tengo las pildoras guardadas en el cajon', 'llevo semanas guardando pastillas', 'tengo un arma y quiero usarla contra mi mismo'],
  },

  // ============================== self-harm ==============================
  {
    id: 'es.self-harm.me-corto', kind: 'self-harm', guards: [...STATEMENT, 'accidental'],
    source: String.raw`(?:me|estoy|sigo) ${gap(2)}cortando|cortandome|me cort(?:o|e|aba)|me he cortado|cortarme`,
    examples: ['me corto', 'me corto los brazos', 'me estoy cortando otra vez', 'me corté anoche', 'volví a cortarme', 'quiero cortarme', 'me corto para sentir algo', 'tengo ganas de cortarme'],
  },
  {
    id: 'es.self-harm.hacerme-dano', kind: 'self-harm', guards: [...STATEMENT, 'accidental'],
    source: String.raw`(?:hacerme|me hago|me hice) (?:[^ ]+ )?dano|lastimarme|me lastim(?:o|e)|autolesion\w*|me autolesiono|quemarme|me quem(?:o|e)|golpearme|me golpeo (?:la cabeza|contra|yo mism[oa]|a mi mism[oa])|rasgunarme|me rasguno`,
    examples: ['me hago daño a propósito', 'quiero hacerme daño', 'me lastimo a mí misma', 'me autolesiono', 'tengo autolesiones', 'me quemo con el encendedor', 'me golpeo la cabeza contra la pared', 'me rasguño hasta sangrar', 'me dan ganas de lastimarme'],
  },

  {
    id: 'es.self-harm.lastimarse', kind: 'self-harm', guards: [...STATEMENT, 'accidental'],
    // Otra persona que se corta, golpes contra la pared, la navaja en la mano.
    source: String.raw`se (?:esta|sigue|anda) cortando|cortandose|cortadas (?:nuevas|frescas|recientes)|(?:brazos|piernas|munecas) (?:llen[oa]s? de|con) (?:cortadas|cortes)|me (?:estoy )?(?:pegando|golpeando|doy|di|pego|pegue|golpeo|golpee) ${gap(3)}contra (?:la pared|el piso|la puerta|el suelo)|(?:pegandome|golpeandome) ${gap(2)}(?:cabeza|pared)|(?:saque|saco|agarre|agarro|tengo lista) (?:la|mi|una) (?:navaja|cuchilla|hoja|gillette|rastrillo)|me (?:voy a|quiero|vuelvo a|puedo|necesito) (?:volver a )?(?:lastimar|cortar|quemar|golpear)(?! (?:el|la|los|las) (?:pelo|cabello|unas))`,
    examples: ['mi hijo se anda cortando otra vez', 'tiene las munecas llenas de cortes', 'me golpeo la cabeza contra el piso hasta sangrar', 'agarre mi navaja y no se que hacer', 'hoy me voy a volver a cortar'],
  },

  // ============================== harm to others ==============================
  {
    id: 'es.harm-others.lo-voy-a-matar', kind: 'harm-others', guards: STATEMENT,
    source: String.raw`(?:lo|la|los|las|le|les) (?:voy a|vamos a|quiero|pienso|tengo ganas de|podria) (?:matar|apunalar|balear|ahorcar|estrangular|golpear|pegar|madrear|lastimar|herir|hacer dano|dar un tiro|partir la madre)|(?:si [^ ]+ (?:[^ ]+ )?)?(?:lo|la) mato`,
    examples: ['lo voy a matar', 'la voy a matar', 'le voy a pegar a mi hijo', 'si vuelve lo mato', 'le voy a dar un tiro'],
  },
  {
    id: 'es.harm-others.matarlo', kind: 'harm-others', guards: [...STATEMENT, 'figurative.es.pegarle-al-trago'],
    source: String.raw`(?:matar|apunalar|balear|golpear|ahorcar|estrangular|lastimar)(?:lo|la|los|las|le)|hacerle(?:s)? dano|pegarle(?:s)?`,
    examples: ['voy a apuñalarlo', 'quiero golpearlo hasta matarlo', 'quiero hacerle daño a mi pareja', 'tengo pensamientos de hacerle daño a mis hijos', 'voy a matarlos a todos'],
  },
  {
    id: 'es.harm-others.matar-a', kind: 'harm-others', guards: STATEMENT,
    source: String.raw`(?:matar|apunalar|balear|golpear|lastimar|herir) a (?:alguien|todos|el|ella|ellos|la gente|cualquiera|(?:mi|mis|ese|esa|este|esta) (?:[^ ]+ )?${PEOPLE_ES}s?)`,
    examples: ['voy a matar a mi esposo', 'quiero matar a alguien', 'tengo ganas de matar a mi padrastro', 'voy a lastimar a alguien'],
  },

  {
    id: 'es.harm-others.amenaza-con-arma', kind: 'harm-others', guards: STATEMENT,
    // Amenazas con arma o de venganza contra otra persona.
    source: String.raw`(?:va a|voy a|vamos a|van a|quiere|quiero|piensa|pienso) (?:ir a )?(?:matar|apunalar|balear|acuchillar|machetear|disparar|golpear|herir)(?:lo|la|los|las|le|les)? (?:al|a la|a los|a las|a su|a sus|a mi|a mis|a ese|a esa) |(?:agarro|saco|trae|anda con) (?:un|una|el|la|su) (?:machete|cuchillo|pistola|arma|escopeta|rifle)|(?:buscar|ir por|ir a buscar|esperar) ${gap(6)}con (?:la|una|mi|el|un) (?:pistola|arma|cuchillo|machete|escopeta|navaja)|me (?:las|la) (?:pagan|pagas|paga|van a pagar|va a pagar|vas a pagar)(?! (?:la|el) (?:renta|cuenta))`,
    examples: ['mi primo dice que va a balear a los de enfrente', 'mi papa saco la escopeta y esta gritando', 'voy a esperar a ese tipo afuera con el cuchillo', 'esos me las van a pagar hoy'],
  },

]);
