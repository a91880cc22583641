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
import type { GuardId } from './guards';
import { anyOf, definePatterns, gap } from './pattern';

const STATEMENT: readonly GuardId[] = ['negation', 'history'];
const TOPIC: readonly GuardId[] = ['negation', 'history', 'hypothetical', 'info-seeking'];
const NOW: readonly GuardId[] = ['negation', 'history-recent', 'hypothetical'];

const SUICIDE = String.raw`su[iy]?[cs]{1,2}[iy]?d(?:arme|arse|arte|arnos|ar|io|ios|a|as|o|al|ando|ado)`;
/** First-person wish, plan or attempt, before an infinitive. */
const I_WANT = anyOf(
  'quiero', 'quisiera', 'voy a', 'pienso en', 'pensando en', 'pense en', 'ganas de', 'intente', 'trate de',
  'he intentado', 'intentar', 'planeo', 'planeando', 'necesito', 'deseo', 'a punto de', 'para', 'como', 'plan para',
  'deberia', 'podria', 'tengo que', 'solo quiero', 'prefiero', 'preferiria', 'me gustaria', 'estoy list[oa] para',
  'list[oa] para', 'ojala',
);
const PEOPLE_ES = anyOf(
  'esposo', 'esposa', 'marido', 'mujer', 'pareja', 'novio', 'novia', 'ex', 'papa', 'mama', 'padre', 'madre', 'padrastro',
  'madrastra', 'hermano', 'hermana', 'hijo', 'hija', 'hijos', 'hijas', 'tio', 'tia', 'primo', 'prima', 'suegro', 'suegra',
  'vecino', 'vecina', 'jefe', 'jefa', 'amigo', 'amiga', 'companero', 'companera',
);

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

  // ============================== overdose now ==============================
  {
    id: 'es.overdose-now.sobredosis', kind: 'overdose-now', guards: [...NOW, 'info-seeking', 'intent-not-yet'],
    source: String.raw`sobredosis`,
    examples: ['mi hermano tiene una sobredosis', 'creo que tengo una sobredosis', 'creo que es una sobredosis', 'esta en sobredosis', 'SOBREDOSIS AYUDA'],
  },
  {
    id: 'es.overdose-now.no-respira', kind: 'overdose-now', guards: NOW,
    source: String.raw`no respira|no esta respirando|dejo de respirar|casi no respira|apenas respira|respira (?:muy |bien )?(?:lento|poco|raro|despacio)`,
    examples: ['no respira', 'mi hijo no respira', 'no está respirando', 'respira muy lento'],
  },
  {
    id: 'es.overdose-now.no-despierta', kind: 'overdose-now', guards: [...NOW, 'figurative.es.no-responde-mensajes'],
    source: String.raw`no (?:despierta|reacciona|responde|se despierta)|no (?:lo|la|los|las) (?:puedo|podemos) despertar|no (?:puedo|podemos) despertarl[oa]s?|sigue sin (?:despertar|reaccionar|responder)|inconsciente`,
    examples: ['no despierta', 'mi esposo no despierta', 'no lo puedo despertar', 'está inconsciente después de drogarse', 'le di naloxona pero no reacciona', 'mi hermano tomó muchas pastillas y no despierta'],
  },
  {
    id: 'es.overdose-now.morado', kind: 'overdose-now', guards: NOW,
    source: String.raw`(?:labios|cara|piel|unas|dedos) (?:[^ ]+ )?(?:morad[oa]s?|azul(?:es)?)|(?:se esta poniendo|se puso|esta|se ve) (?:azul|morad[oa])|espuma por la boca`,
    examples: ['tiene los labios morados', 'se está poniendo azul', 'echa espuma por la boca'],
  },
  {
    id: 'es.overdose-now.se-tomo-las-pastillas', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet'],
    source: String.raw`(?:me tome|se tomo|tome|tomo|se trago|me trague|trago|ingirio|acabo de tomar|me acabo de tomar|se acaba de tomar) (?:todas (?:las|mis|sus)|un frasco|un bote|una caja|toda la botella|una botella entera|demasiad[oa]s?|un monton de|un punado de)|(?:me tome|se tomo|tome|tomo|se trago) muchas (?:pastillas|pildoras|tabletas|medicinas)|(?:se metio|me meti|metio) (?:demasiad[oa]|mucha|mucho)`,
    examples: ['me tomé todas las pastillas', 'se tomó muchas pastillas', 'tomé demasiadas pastillas', 'se metió demasiada heroína', 'mi hijo tomó muchas pastillas', 'me acabo de tomar un frasco entero de pastillas'],
  },
  {
    id: 'es.overdose-now.naloxona', kind: 'overdose-now', guards: [...NOW, 'info-seeking'],
    source: String.raw`(?:le di|le dimos|le puse|le pusimos|darle|ponerle|necesito|necesitamos|use|usamos) (?:[^ ]+ )?(?:naloxona|narcan)`,
    examples: ['le di naloxona pero no reacciona'],
  },

  {
    id: 'es.overdose-now.todo-el-frasco', kind: 'overdose-now', guards: [...NOW, 'intent-not-yet'],
    source: String.raw`(?:me tome|se tomo|tome|tomo|se trago|me trague|trago|se comio|me comi|ingirio) (?:tod[oa] )?(?:el|la|mi|su|un|una) (?:frasco|bote|caja|botella|tira|paquete|bolsa|blister) (?:enter[oa] )?de`,
    examples: ['mi hijo se tomo un bote de pastillas', 'se comio toda la bolsa de gomitas de mota', 'me tome todo mi frasco de clonazepam'],
  },

  // ============================== medical now ==============================
  {
    id: 'es.medical-now.dolor-de-pecho', kind: 'medical-now', guards: [...TOPIC, 'history-recent'],
    source: String.raw`(?:dolor|dolores|presion|opresion|punzada) (?:en el|de|del|en mi) pecho|(?:me|le) duele (?:[^ ]+ )?(?:el pecho|el corazon)|pecho me duele`,
    examples: ['me duele el pecho', 'tengo dolor en el pecho', 'dolor de pecho y sudor', 'tengo dolor en el pecho y no puedo respirar'],
  },
  {
    id: 'es.medical-now.infarto', kind: 'medical-now', guards: [...TOPIC, 'history-recent'],
    source: String.raw`infarto|ataque al corazon|ataque cardiaco|derrame(?: cerebral)?|embolia`,
    examples: ['siento que me da un infarto', 'creo que me está dando un derrame'],
  },
  {
    id: 'es.medical-now.no-puedo-respirar', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'figurative.es.ahogarse-en'],
    source: String.raw`(?:no puedo|no puede|no podemos|me cuesta|le cuesta|dificultad para|problemas para) respirar|(?:me|le) falta (?:el )?aire|me ahogo|se ahoga|no me entra (?:el )?aire`,
    examples: ['no puedo respirar', 'me falta el aire', 'me cuesta respirar'],
  },
  {
    id: 'es.medical-now.convulsion', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'worry-not-yet'],
    source: String.raw`convulsi\w*|ataque (?:epileptico|de epilepsia)`,
    examples: ['estoy convulsionando', 'tiene convulsiones', 'le está dando una convulsión'],
  },
  {
    id: 'es.medical-now.alucinaciones', kind: 'medical-now', guards: [...TOPIC, 'history-recent'],
    source: String.raw`alucin\w*|(?:veo|ve|escucho|oigo|escucha|oye|siento|viendo|escuchando|oyendo|sintiendo) ${gap(2)}(?:voces|bichos|cosas que no (?:estan|hay|existen|son reales)|gente que no|animales|aranas|insectos)|delirium(?: tremens)?|bichos ${gap(2)}(?:piel|paredes|encima)`,
    examples: ['estoy alucinando', 'veo cosas que no están', 'veo gente que no hay', 'escucho voces', 'oigo voces que no son reales', 'estoy viendo cosas raras y escuchando voces desde que dejé el alcohol', 'veo bichos en las paredes', 'tiene delirium tremens', 'siento bichos debajo de la piel'],
  },
  {
    id: 'es.medical-now.desmayo', kind: 'medical-now', guards: [...STATEMENT, 'history-recent'],
    source: String.raw`(?:me voy a|se va a|me estoy|se esta|me siento|creo que me) (?:a )?desmay\w*|se desmayo|desmayad[oa]|desmayando`,
    examples: ['me voy a desmayar', 'se desmayó'],
  },
  {
    id: 'es.medical-now.sangre', kind: 'medical-now', guards: [...STATEMENT, 'history-recent'],
    source: String.raw`(?:vomitando|vomito|vomita|escupiendo|tosiendo) sangre|sangrando mucho|no (?:deja|para) de sangrar`,
    examples: ['estoy vomitando sangre'],
  },
  {
    id: 'es.medical-now.me-muero', kind: 'medical-now', guards: [...STATEMENT, 'figurative.es.morir-de'],
    source: String.raw`siento que me (?:muero|voy a morir|estoy muriendo)|me estoy muriendo|creo que me muero`,
    examples: ['siento que me muero'],
  },
  {
    id: 'es.medical-now.emergencia', kind: 'medical-now', guards: [...STATEMENT, 'hypothetical', 'history-recent'],
    source: String.raw`(?:es|tengo|tenemos|hay) una emergencia|emergencia medica|(?:llamen|llame|llamar|llamo|necesito|necesitamos|manden) (?:[^ ]+ )?(?:una ambulancia|ambulancia|al 911|911|paramedicos)`,
    examples: ['es una emergencia', 'llamen a una ambulancia'],
  },

  {
    id: 'es.medical-now.golpe-y-confusion', kind: 'medical-now', guards: [...STATEMENT, 'history-recent'],
    source: String.raw`se (?:cayo|callo) ${gap(5)}cabeza|se (?:pego|golpeo|dio un golpe|dio) (?:en|con|contra) la cabeza|(?:esta|estoy|sigue|anda) sangrando|no (?:sabe|se) (?:donde (?:esta|estoy)|quien (?:es|soy))|(?:esta|anda|estoy) (?:muy )?(?:confundid[oa]|desorientad[oa]|delirando)`,
    examples: ['mi abuelo se cayo y se golpeo la cabeza', 'mi papa no sabe donde esta y habla raro', 'esta sangrando de la cabeza', 'anda muy desorientada despues de tomar'],
  },

  // ============================== abuse / danger now ==============================
  {
    id: 'es.abuse-danger.me-pega', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.me-pega-substance', 'figurative.es.me-va-a-matar-si', 'scope.es.self-directed'],
    source: String.raw`me (?:pega|pegan|pego|pegaba|golpea|golpean|golpeo|golpeaba|maltrata|maltrato|maltrataba|amenaza|amenazo|amenazan|amenazaba|viola|violo|violaron|ahorca|estrangula|estrangulo|patea|pateo|cachetea|cacheteo|empuja|empujo|jalonea|lastima|hace dano|hizo dano|quiere matar|va a matar|quiere pegar|tiene encerrad[oa]|encerro|encierra|persigue|acosa|esta siguiendo|anda siguiendo)|(?:quiere|quieren|va a|van a|amenaza con|amenazo con|trato de|intento) matarme`,
    examples: ['mi esposo me pega', 'mi marido me golpea', 'mi novio me pegó anoche', 'me amenaza con matarme', 'me quiere matar', 'me va a matar', 'mi pareja me maltrata', 'me violó', 'me tiene encerrada', 'me estranguló anoche', 'mi ex me está siguiendo y tengo miedo', 'me golpeó otra vez', 'mi esposo me hace daño', 'mi esposo me pega y tengo miedo'],
  },
  {
    id: 'es.abuse-danger.abusa-de-mi', kind: 'abuse-danger', guards: STATEMENT,
    source: String.raw`abus(?:a|an|aba|o|aron) de (?:mi|nosotros|mis hij\w+)|no me deja (?:salir|ir|irme|usar el telefono|llamar)|(?:le|les) (?:pega|golpea|pego|golpeo|hace dano|pegaba) a (?:mis|mi|los|nuestros) (?:hij\w+|nin\w+|bebe)`,
    examples: ['abusa de mí', 'mi padrastro abusa de mí', 'no me deja salir de la casa', 'le pega a mis hijos'],
  },
  {
    id: 'es.abuse-danger.miedo-en-casa', kind: 'abuse-danger', guards: STATEMENT,
    source: String.raw`miedo (?:de |a )?(?:volver|regresar|ir|llegar|estar) (?:a|en) (?:mi |la )?casa|tengo miedo (?:de|a) (?:mi [^ ]+|el|ella)\b|no (?:me siento|estoy|estamos) (?:a salvo|segur[oa]s?) (?:en (?:mi |la )?casa|aqui|con el|con ella)|no me siento (?:a salvo|segur[oa])|(?:estoy|estamos|mi vida esta|mis hijos estan|corro|corremos) (?:en )?peligro`,
    examples: ['tengo miedo de volver a casa', 'me da miedo regresar a la casa', 'no me siento segura en mi casa', 'estoy en peligro', 'mi esposo me pega y tengo miedo de el'],
  },
  {
    id: 'es.abuse-danger.violencia', kind: 'abuse-danger', guards: TOPIC,
    source: String.raw`violencia (?:domestica|familiar|intrafamiliar)|(?:tiene|saco) (?:una |un )?(?:pistola|arma|cuchillo|navaja) y me`,
    examples: ['sufro violencia doméstica', 'tiene una pistola y me amenazó'],
  },
  {
    id: 'es.abuse-danger.peligro-ahora', kind: 'abuse-danger', guards: STATEMENT,
    // Amenazas en curso, encierro, amenazas de muerte relatadas, abuso sexual de un menor.
    source: String.raw`me (?:esta|estan|anda|andan|sigue|siguen) (?:amenazando|golpeando|pegando|pateando|ahorcando|persiguiendo|lastimando|acosando)|(?:estoy|estamos) encerrad[oa]s?|me (?:dijo|dice|dijeron|amenazo|amenaza|mando decir) (?:que )?${gap(8)}(?:me|nos) (?:mata|matan|matara|mataran|va a matar|van a matar)|(?:si no|si) ${gap(4)}(?:me|nos) (?:mata|matan) a (?:mi|nosotros|todos)|(?:padrastro|tio|primo|abuelo|papa|padre|novio|esposo|vecino|hermano|maestro|entrenador|pareja) ${gap(3)}(?:la|lo|me|las|los) (?:toca|toco|tocaba|manosea|manoseo|manoseaba)`,
    examples: ['mi pareja me anda persiguiendo con el carro', 'nos tiene encerrados y estamos encerrados en la casa', 'mi ex me mando decir que si lo denuncio me mata', 'el novio de mi mama me manosea cuando ella no esta'],
  },
]);
