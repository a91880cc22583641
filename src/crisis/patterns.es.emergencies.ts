/**
 * Spanish crisis lexicon for emergencies happening now: an overdose, a medical emergency, abuse or
 * danger. Same conventions as patterns.es.ts (sources over normalizeText() output, stable ids, bump
 * `version` in lexiconVersion.ts with every change).
 */
import { STATEMENT, TOPIC, NOW, PEOPLE_ES } from './fragments.es';
import { gap, gapNoNeg, anyOf, definePatterns } from './pattern';

/** Guards every "now" pattern of this file adds to NOW: Spanish past events (months, seasons, "esa vez"). */
const NOW_ES = [...NOW, 'history.es.evento-pasado'] as const;
/**
 * Drugs by name and slang, and the gear, as people write them (normalized: no accents), in groups of
 * at most about twenty words: a pattern repeats its phrase once per group, so each copy has a short
 * list of required literals (requiredLiterals.ts) and runs only when one of that group's words is in
 * the message. One alternation of a hundred words has no usable literal list and would run on every
 * message.
 */
const DRUG_GROUPS_ES: readonly string[] = [
  anyOf(
    'perico', 'coca', 'cocaina', 'fenty', 'fetty', 'fent', 'fentanilo', 'fentanil', 'fenta', 'fenti', 'pills', 'cristal',
    'chiva', 'heroina', 'foco', 'piedra', 'crack', 'meth', 'metanfetamina', 'vape que tenia algo',
  ),
  anyOf(
    'pastillas', 'pastilla', 'pastis', 'pildoras', 'tabletas', 'barras', 'barritas', 'xanax', 'xanaxs', 'benzos',
    'percocet', 'percocets', 'percs', 'oxys', 'oxis', 'oxicodona', 'm30', 'm30s', 'blues', 'azulitas',
  ),
  anyOf(
    'tusi', 'molly', 'tachas', 'tacha', 'lean', 'codeina', 'jeringa', 'aguja', 'droga', 'drogas', 'clonazepam', 'clonas',
    'alprazolam', 'rivotril', 'tramadol', 'ketamina', 'keta',
  ),
  anyOf('(?:la|el|de|fume|fumo|fumamos) k2', 'spice', 'xilacina', 'tranq', 'sustancia', 'percos?'),
  anyOf(
    'morfina', 'metadona', 'gabapentinas?', 'seroquel', 'fumo algo', 'fumamos algo', 'inyect\\w+', 'se pico', 'me pique',
    'drogad[oa]', 'drogarse', 'se drogo', 'me drogue', 'dope', 'chupe con', 'alcohol con', 'pisto con', 'recai', 'recaida',
    'meterme', 'pipa', 'pipita',
  ),
  anyOf(
    `(?:jale|jalo|me meti|se metio|inhale|inhalo|esnife|esnifo|me hice|se hizo) ${gap(2)}(?:lineas?|rayas?|pases?)`,
    '(?:lineas?|rayas?) de (?:perico|coca|cristal|fenta|fentanilo|tusi|polvo|ketamina|keta|heroina)',
    '(?:me|se) acab[oa] de (?:meter|picar|inyectar|fumar|jalar)',
    'despues de (?:jalar|fumar|usar|consumir|meterse|drogarse|picarse|jalarse|inyectarse|tomarse (?:eso|algo|una|unas))',
  ),
  // Drugged by someone else: "me echaron algo en el trago".
  anyOf(
    '(?:le|me|nos) (?:dieron|echaron|pusieron|echo|puso) (?:algo|una pastilla|unas pastillas|una tacha|una molly|un papel|un gotero)',
    '(?:me|le|nos|la|lo) (?:drogaron|drogo)',
    '(?:algo|droga|una pastilla|pastillas) en (?:mi|la|su|el) (?:bebida|trago|copa|vaso|chela|cerveza|refresco)',
  ),
  anyOf(
    '(?:me meti|se metio|nos metimos|consumi|consumio|use|uso)(?! (?:a|al|en|con|de|por|para|la ropa|el carro)\\b)',
  ),
  // Mixing, and "de todo": "mezclé las pastillas con el suboxone", "me metí de todo".
  anyOf('suboxone', 'buprenorfina', 'mezcle', 'mezclo', 'mezclamos', 'mezclando', '(?:me|se|nos) (?:meti|metio|metimos|tome|tomo|tomamos) de todo'),
  // A pressed or fake pill: "una pastilla que no era".
  anyOf('pastillas? (?:que no era|que no eran|falsas?|piratas?|chafas?|prensadas?|de la calle|que le vendieron|que me vendieron)'),
];
const DRUG_ES = anyOf(...DRUG_GROUPS_ES);
const NOT_UNANSWERED = String.raw`(?!no (?:me |nos |le )?(?:contesta|responde)\b)`;
/** Heavy drinking: an overdose (alcohol poisoning) only with a strong sign (unresponsive, not breathing, seizing). */
const ALCOHOL_ES = anyOf(
  'borrach[oa]', 'bien pedo', 'bien peda', 'de peda', 'tequila', 'vodka', 'whisky', 'mezcal', 'aguardiente', 'guaro',
  'botellas', 'tomando', 'bebiendo', 'pisteando', 'chupando', '(?:tomo|tomando|tomaron|tome) (?:pisto|chupe|guaro|trago)', '(?:pisto|chupe|tomar|beber|tomando) (?:todo el dia|toda la noche|desde (?:ayer|anoche|la manana|el viernes))', 'tomo mucho', 'tomamos mucho', 'bebio mucho', 'cervezas', 'chelas',
);
/** Signs of an overdose in progress that mean it on their own: unresponsive, blue, seizing, not breathing. */
const OD_SIGN_STRONG = anyOf(
  'no abre los ojos', 'no (?:le |te )?(?:siento|encuentro|encontramos|sentimos|tiene|hay) (?:el )?pulso', 'sin pulso', '(?:se quedo|esta|se ve) como dormid[oa]',
  'no (?:me |nos |le )?(?:contesta|responde|reacciona|despierta)', 'no (?:lo|la) (?:puedo|podemos) despertar',
  'cabeceando', 'nodding', 'nodeando', 'se me cierran los ojos', '(?:me estoy|se esta|se quedo|me quede) (?:quedando )?(?:dormid[oa]|ido|ida)',
  '(?:bien|muy) (?:dormid[oa]|pesad[oa]|id[oa])', '(?:esta|se puso|se pone|se esta poniendo|me estoy poniendo|se ve) (?:azul|morad[oa]|gris|fri[oa]|helad[oa])',
  '(?:labios|unas|cara) (?:azules|morad[oa]s)', '(?:esta|se puso|se esta poniendo|se ve) (?:bien |muy )?(?:blue|grey|palid[oa])', '(?:no|not) (?:esta )?breathing',
  'se fue (?:pa ?tras|para atras|de espaldas)', 'no se (?:levanta|para|mueve)', 'ya no habla', 'no (?:lo|la|los|las) (?:despierto|despertamos)', 'no puedo respirar', 'no puede respirar', 'no respira', 'respira (?:raro|lento|poco|feo)',
  'convulsion\\w*', 'espuma', 'ojos en blanco', 'inconsc?iente', 'no se mueve', 'ronca(?:ndo)? (?:bien |muy )?(?:raro|feo|extrano|fuerte|horrible)', 'desmay\\w*',
  'se (?:nos|me) (?:esta yendo|va)', 'se desplomo', 'se (?:quedo|puso) (?:bien |toda |todo |muy )?(?:ties[oa]|rigid[oa]|guang[oa]|aguadit[oa]|como trapo|como muneco de trapo)', 'no (?:lo|la) (?:puedo|podemos) (?:levantar|despabilar|hacer reaccionar|reanimar)', '(?:se quedo|se ve|esta|se puso) como muert[oa]', 'parece muert[oa]', 'se privo(?! de)', 'se fue (?:pal|para el|al) (?:piso|suelo)', '(?:dando|haciendo) (?:respiracion|rcp|cpr|reanimacion|boca a boca|compresiones)', 'tirao', 'morao', 'desmayao',
  'no (?:lo|la) (?:puedo|podemos) desperta', 'se desvanecio', 'cayo redondo', 'haciendo (?:ruidos|sonidos) raros',
  '(?:esta|se quedo|quedo) privad[oa]', 'le (?:di|dimos|doy|damos|estoy dando) (?:respiracion|rcp|cpr|boca a boca|compresiones)', 'vomitando (?:dormid[oa]|inconsciente|sin despertar)',
  'pupilas (?:bien |muy )?(?:chiquitas|chiquititas|como (?:puntitos|un punto|alfiler))',
)
/** Signs that mean an overdose only after a drug was named: racing heart, chest, numbness, fading. */
const OD_SIGN_WEAK = anyOf(
  'no siento (?:las|los|el|la|mis|mi) (?:piernas|brazos|cuerpo|cara|manos)', 'me cuesta (?:hablar|respirar|mantenerme despiert[oa])', 'no (?:puedo|puede) mantener(?:me|se) despiert[oa]', 'no (?:me|se) (?:puedo|puede) mantener despiert[oa]',
  '(?:el )?corazon (?:se me va a salir|se me sale|a mil|me va a mil|muy rapido|bien rapido|acelerado|como loco|me late (?:muy|bien) (?:rapido|fuerte))',
  'el corazon se me', 'pecho (?:me |se me )?(?:va a|quiere) (?:explotar|esplotar|reventar)', 'me (?:explota|revienta) el pecho', '(?:siento|tengo) el pecho (?:como )?(?:que me explota|que me revienta|a reventar)', 'corazon (?:me |se me )?va a (?:explotar|esplotar|reventar)', 'corazon (?:me |se me )?(?:late|palpita|va|esta) (?:(?:muy|bien|super|re) )?(?:rapidisimo|fuertisimo|durisimo|a mil|aceleradisimo)', '(?:veo|viendo|estoy viendo) doble', 'pecho apretado', 'me duele el pecho', 'dolor (?:en el|de|del) pecho', '(?:presion|opresion) en el pecho',
  'temblando (?:mucho|todo|feo)', 'siento (?:que|k|como que) me voy', 'siento (?:que|k|como que) me va a dar (?:algo|un infarto|un paro|un ataque)', '(?:me voy a|se va a) morir', 'me estoy muriendo', 'se esta muriendo',
  `(?:veo|todo) ${gap(1)}borroso`, '(?:me siento|me estoy sintiendo) (?:(?:muy|bien|super) ){0,2}(?:raro|rara|pesad[oa]|id[oa])', 'se cayo', 'sudando frio', 'tirad[oa]', 'ahogando',
  'vomitando', 'respirando (?:muy |bien )?(?:raro|lento|feo|poquito|despacio)', 'no (?:puedo|puede) (?:ni )?(?:moverme|hablar)', 'se (?:me|le) (?:cierra|esta cerrando|cerro) (?:el pecho|la garganta)', '(?:me|le) (?:aprieta|esta apretando) (?:el pecho|la garganta)', 'babeando', 'sudando (?:mucho|a chorros|un chingo|horrible)',
  'no (?:puedo|puede) (?:ni )?(?:pararme|pararse|caminar|levantarme|levantarse)', 'no (?:me|se) (?:puedo|puede) (?:ni )?(?:parar|levantar|mover)', 'se me (?:duermen|durmieron|entumen|entumieron) (?:las|los) (?:manos|piernas|brazos)', 'hirviendo', 'ojos (?:bien |muy )?chiquitos', '(?:esta|estoy|se siente|me siento|anda|ando) (?:bien |muy |super )?(?:caliente|ardiendo|hirviendo|acalorad[oa]) y (?:temblando|sudando|convulsionando|confundid[oa]|ties[oa]|con el corazon)',
);
const OD_SIGN = anyOf(OD_SIGN_STRONG, OD_SIGN_WEAK);
/** Pills and other countable doses. */
const PILLS_GROUPS_ES: readonly string[] = [
  anyOf(
    'pastillas', 'pildoras', 'tabletas', 'capsulas', 'xanax', 'xanaxs', 'tylenol', 'tylenols', 'advil', 'advils', 'ibuprofenos?',
    'paracetamol', 'aspirinas', 'clonazepam', 'clonas', 'alprazolam', 'rivotril', 'pastis', 'de (?:esas|estas|mis|sus) pastillas',
  ),
  // Short names (oxys, m30) give this copy weaker literals: keep them in their own group.
  anyOf('oxys', 'oxis', 'm30s?', 'percs', 'percos', 'blues', 'norcos?'),
  anyOf(
    'barras', 'barritas', 'benzos', 'percocets?', 'tramadol', 'seroquel',
    'trazodona', 'gabapentinas?', 'ambien', 'valium', 'melatoninas', 'benadryl', 'antidepresivos',
  ),
];
const PILLS_ES = anyOf(...PILLS_GROUPS_ES);
/** Drinking now (not "tomando", which is also taking a medicine). */
const DRINKING_ES = anyOf(
  '(?:ando|anda|estoy|esta|andamos|estamos) (?:bien |muy |medio )?(?:pedo|peda|borrach[oa]s?|pistead[oa]s?|tomad[oa]s?|pasad[oa]s? de copas)',
  'bien (?:pedo|peda)', 'borrach[oa]s?', 'pisteando', 'chupando', 'chelas', 'cervezas?', 'tequila', 'vodka', 'whisky', 'mezcal',
  'alcohol', 'pisto', 'chupe', 'guaro', 'ron', 'tragos', 'copas', 'caguamas?', 'aguardiente',
);
/** Opioids, benzos and sleeping pills: what slows breathing, the more with drink. */
const DEPRESSANTS_ES = anyOf(
  'percocets?', 'percos?', 'percs', 'oxys?', 'oxis', 'oxicodona', 'xanax', 'xanaxs', 'clonas', 'clonazepam', 'rivotril',
  'alprazolam', 'barras', 'barritas', 'benzos', 'tramadol', 'morfina', 'metadona', 'lean', 'codeina', 'fentanilo', 'fenta',
  'valium', 'diazepam', 'lorazepam', 'gabapentinas?', 'seroquel', 'trazodona', 'ambien', 'pastillas? (?:para|pa|de) dormir',
  'norcos?', 'hidrocodona', 'm30s?',
);
/** A heavy sleep coming on that the writer finds strange. */
const HEAVY_SLEEP_ES = anyOf(
  'mucho sueno', 'un sueno (?:bien |muy )?(?:raro|pesado|feo|fuerte|horrible)', 'sueno (?:como |bien |muy )?raro',
  '(?:no aguanto|me gana|me esta ganando|me vence|me esta venciendo) el sueno', 'me estoy (?:quedando dormid[oa]|durmiendo|apagando)',
  'se me cierran los ojos', 'cabeceando', 'no me puedo mantener despiert[oa]', 'me cuesta (?:mantenerme despiert[oa]|respirar)',
);

export const esEmergencyPatterns = definePatterns('es', [
  // ============================== overdose now ==============================
  {
    id: 'es.overdose-now.sobredosis', kind: 'overdose-now', guards: [...NOW_ES, 'info-seeking', 'intent-not-yet', 'info-seeking.es.tema', 'info-seeking.es.oficio', 'info-seeking.es.r7-que-senales', 'negation.es.r6-nadie-tuvo-sobredosis', 'history.es.r6-casi-me-muero'],
    source: String.raw`sobredo(?:s|c|z|ss)is|sobredosific\w*|congestion alcoholica|intoxicacion (?:alcoholica|etilica|por (?:alcohol|pastillas|drogas))|(?:esta|estoy|se) intoxicad[oa]|(?:le dio|le dieron|tuvo|tiene|esta en|esta teniendo|hizo|le esta dando|le pego) (?:un |una |el |la )?(?:od|overdose|sobre dosis)|overdoseando|(?:se )?overdose(?:o|ando)|(?:se esta|esta|se) od ?(?:eando|eo)|overdose(?= (?:\. )?(?:creo|de|con|mi|su|ayuda|ayudenme|ahorita|ahora|aqui|urgente|porfavor|por favor|esta|tiene|no respira|no despierta)\b)|(?:es|creo que es|parece|parece que es) (?:un |una )?overdose`,
    examples: ['mi hermano tiene una sobredosis', 'creo que tengo una sobredosis', 'creo que es una sobredosis', 'esta en sobredosis', 'SOBREDOSIS AYUDA'],
  },
  {
    id: 'es.overdose-now.no-respira', kind: 'overdose-now', guards: NOW_ES,
    source: String.raw`no respira|no esta respirando|dejo de respirar|casi no (?:respira|respiro)|apenas (?:respira|respiro)|respira (?:muy |bien )?(?:lento|poco|poquito|poquitito|raro|despacio|bajito)|respira (?:como )?(?:roncando|ronquido|ahogad[oa]|con ronquidos)|(?:tiene|tengo|trae|con|su|esta con|sigue con) (?:la |una )?respiracion (?:muy |bien )?(?:lenta|debil|rara|poquita|cortita|bajita)`,
    examples: ['no respira', 'mi hijo no respira', 'no está respirando', 'respira muy lento'],
  },
  {
    id: 'es.overdose-now.no-despierta', kind: 'overdose-now', guards: [...NOW_ES, 'scope.es.desmayo-sin-droga', 'scope.es.r5-no-tomo-nada', 'figurative.es.no-responde-mensajes', 'figurative.es.no-despierta-temprano', 'hypothetical.es.r6-que-pasa-si', 'scope.es.r7-despedida-no-responde'],
    source: String.raw`no (?:despierta|reacciona|responde|se despierta)|no (?:lo|la|los|las) (?:puedo|podemos) desperta(?:r|l)?|no (?:puedo|podemos) despertarl[oa]s?|sigue sin (?:despertar|reaccionar|responder)|inconsc?iente`,
    examples: ['no despierta', 'mi esposo no despierta', 'no lo puedo despertar', 'está inconsciente después de drogarse', 'le di naloxona pero no reacciona', 'mi hermano tomó muchas pastillas y no despierta'],
  },
  {
    id: 'es.overdose-now.morado', kind: 'overdose-now', guards: [...NOW_ES, 'figurative.es.color-de-cosa', 'scope.es.r5-moreton-de-golpe'],
    source: String.raw`(?:labios|cara|piel|unas|dedos|boca) (?:[^ ]+ )?(?:morad[oa]s?|azul(?:es)?|gris(?:es)?)|(?:se esta poniendo|se puso|esta|se ve|sigue|me estoy poniendo|me puse|se quedo|poniendo|lo veo|la veo) ${gap(2)}(?:azul|morad[oa]|morao)|(?:gris|palid[oa]) y (?:fri[oa]|helad[oa])|(?:fri[oa]|helad[oa]) y (?:gris|palid[oa]|morad[oa]|azul)|espuma (?:por|en|de|saliendo de|saliendole de) (?:la|su) boca|(?:echando|echa|saca|sacando|botando|bota|le sale|le esta saliendo|le salia) espuma (?:por|de|en) (?:la|su) boca`,
    examples: ['tiene los labios morados', 'se está poniendo azul', 'echa espuma por la boca', 'ya le puse uno y sigue azul', 'me estoy poniendo frio y morado', 'esta gris y fria, ayudenme'],
  },
  {
    id: 'es.overdose-now.se-tomo-las-pastillas', kind: 'overdose-now', guards: [...NOW_ES, 'intent-not-yet', 'scope.es.r5-me-tomo-intencion', 'history.es.r5-hace-anos', 'figurative.es.r5-si-tomo-demasiado', 'hypothetical.es.r6-que-pasa-si', 'scope.es.r6-ayer-y-dolor-de-pecho', 'scope.es.r6-voz-manda-tomar'],
    source: String.raw`(?:me tome|se tomo|tome|tomo|se trago|me trague|trago|ingirio|acabo de tomar|me acabo de tomar|se acaba de tomar) (?:todas (?:las|mis|sus)|un frasco|un bote|una caja|toda la botella|una botella entera|demasiad[oa]s?|un monton de|un punado de|un puno de|un chingo de|un madral de|una bola de|un putero de|varias|bastantes|muchisimas)|(?:me tome|se tomo|tome|tomo|se trago) muchas (?:pastillas|pildoras|tabletas|medicinas)|(?:me tome|se tomo|tome|tomo|se trago|me trague|trago) (?:medio|media|la mitad (?:del|de la|de mi|de su)) (?:frasco|bote|caja|botella|tira|blister|paquete|pote|pomo) (?:de|con) (?:[^ ]{1,24} )?${PILLS_ES}|(?:se metio|me meti|metio) (?:demasiad[oa]|mucha|mucho)|(?:me tome|se tomo|me trague|se trago|me meti|se metio|me comi|se comio) (?:no se|quien sabe|ni se|sabe dios|sepa dios|vete a saber) cuant[oa]s(?! (?:al dia|diarias|diarios|por dia|cada)\b)|(?:no se|quien sabe|ni se|sabe dios|sepa dios|vete a saber) cuant[oa]s (?:[^ ]{1,24} ){0,2}(?:se tomo|se trago|se metio|me tome|me trague|me meti|se comio|se empino)`,
    examples: ['me tomé todas las pastillas', 'se tomó muchas pastillas', 'tomé demasiadas pastillas', 'se metió demasiada heroína', 'mi hijo tomó muchas pastillas', 'me acabo de tomar un frasco entero de pastillas'],
  },
  {
    id: 'es.overdose-now.naloxona', kind: 'overdose-now', guards: [...NOW_ES, 'scope.es.r6-narcan-guardado'],
    source: String.raw`(?:le di|le dimos|le puse|le pusimos|le pusieron|le dieron|le aplique|le aplicamos|le eche|le echamos|le inyecte|darle|ponerle|necesito|necesitamos|use(?! the)|usamos|aplique|aplicamos|gaste|ya le di|ya le puse) (?:[^ ]+ )?(?:naloxona|narcan)|(?:narcan|naloxona) ${gapNoNeg(6)}(?:sigue (?:sin|igual|azul|morad[oa]|dormid[oa])|todavia no|no (?:reacciona|despierta|responde|respira|hizo nada)|apenas|apenitas|y nada)|(?:narcan|naloxona) ${gapNoNeg(10)}(?:le|les) (?:puse|pusimos|di|dimos|eche|echamos|aplique|aplicamos|pusieron|dieron) (?:uno|una|dos|tres|otro|otra|la segunda|el segundo|la otra|el otro) (?:y|pero) (?:nada|sigue|no)|(?:le|les) (?:puse|pusimos|di|dimos|eche|echamos|aplique|aplicamos|pusieron|dieron) (?:uno|una|dos|tres|otro|otra|la segunda|el segundo) (?:y|pero) (?:nada|sigue|no) ${gap(10)}(?:narcan|naloxona)|cuant[oa]s? (?:narcan|naloxona) le|(?:narcan|naloxona) le (?:pongo|doy|ponemos|damos|vuelvo)|cuant[oa]s? (?:narcan|naloxona|dosis de (?:narcan|naloxona)) (?:se )?(?:le|les) (?:puedo|podemos|puede|pueden|pongo|doy|damos|ponemos)|(?:narcan|naloxona) ${gapNoNeg(8)}(?:se (?:le |me )?(?:esta )?(?:pasando|quitando|bajando|acabando) el efecto|(?:otra vez|de nuevo) (?:esta |se esta |anda |se puso |sigue )?(?:mal|dormid[oa]|cabeceando|azul|morad[oa]|con sueno|sin respirar)|(?:ya )?me siento mal (?:otra vez|de nuevo)|se (?:esta )?(?:volviendo a|vuelve a) (?:dormir|poner azul|poner morad[oa]|ir)|volvio a (?:caer|cabecear|dormirse|ponerse azul|ponerse morad[oa]|quedarse dormid[oa]))|(?:se le|se me) (?:esta )?(?:pasando|quitando|acabando) el (?:efecto del? )?(?:narcan|naloxona)`,
    examples: ['le di naloxona pero no reacciona', 'cuanto narcan le pongo, no despierta', 'ya use el narcan y respira apenitas', 'le aplicamos naloxona y sigue sin despertar'],
  },

  {
    id: 'es.overdose-now.todo-el-frasco', kind: 'overdose-now', guards: [...NOW_ES, 'intent-not-yet', 'scope.es.r5-me-tomo-intencion', 'hypothetical.es.r6-que-pasa-si', 'scope.es.r6-voz-manda-tomar'],
    source: String.raw`(?:me tome|se tomo|tome|tomo|se trago|me trague|trago|se comio|me comi|ingirio|se acabo|me acabe|acabo con|me empine|se empino|me zampe|se zampo|(?:se |me )?(?:ha|he|han) (?:tomado|tragado|comido|acabado)) (?:tod[oa] )?(?:el|la|mi|su|un|una) (?:frasco|bote|caja|botella|tira|paquete|bolsa|blister|pote|pomo|potecito|frasquito|botecito)(?: enter[oa])?(?: de(?! (?:vino|agua|refresco|jugo|leche|soda|cafe|gatorade|suero|electrolitos|pan|galletas|papas|dulces|chicles)\b)|(?= \.|$| y| ahora| hace| completo))`,
    examples: ['mi hijo se tomo un bote de pastillas', 'se ha tomao to el frasco, ta pasao', 'se comio toda la bolsa de gomitas de mota', 'me tome todo mi frasco de clonazepam'],
  },

  {
    id: 'es.overdose-now.droga-y-senal', kind: 'overdose-now', guards: [...NOW_ES, 'scope.es.r8-cosa-tirada', 'intent-not-yet', 'scope.es.abstinencia', 'figurative.es.no-responde-mensajes', 'info-seeking.es.pregunta-general', 'hypothetical.es.r6-que-pasa-si', 'scope.es.r6-ayer-y-dolor-de-pecho'],
    // A drug (by name, slang or gear) and a sign of a body failing, in either order, within a few words.
    source: [
      ...DRUG_GROUPS_ES.map((drug) => `${drug} ${gapNoNeg(12)}${OD_SIGN}`),
      String.raw`(?:me meti(?! (?:a|al|en|con|de|por|para)\b)|me inyecte|me fume|jale|consumi|me pique|(?:use|consumi|recai) (?:hace (?:rato|un rato|poco)|otra vez|de nuevo|ahorita|hoy)) ${gapNoNeg(5)}(?:me siento|me estoy sintiendo) (?:(?:muy|bien|super) ){0,2}mal`,
      ...DRUG_GROUPS_ES.map((drug) => `${OD_SIGN_STRONG} ${gapNoNeg(10)}${drug}`),
      ...DRUG_GROUPS_ES.map((drug) => `${OD_SIGN_WEAK} ${gapNoNeg(6)}${drug}`),
      // "anda tomando y no contesta" is most often a phone not answered: not a sign after drinking.
      `${ALCOHOL_ES} ${gapNoNeg(12)}${NOT_UNANSWERED}${OD_SIGN_STRONG}`,
      `${NOT_UNANSWERED}${OD_SIGN_STRONG} ${gapNoNeg(8)}${ALCOHOL_ES}`,
    ].join('|'),
    examples: [
      'mezcle perico con pastillas y siento que el corazon se me va a salir',
      'se inyecto en el baño y ahora no abre los ojos',
      'creo que la chiva traia fentanilo, esta cabeceando y no contesta',
      'se fumo un foco toda la noche y esta convulsionando',
      'me meti unas barras y siento que me voy',
      'no despierta despues de fumar cristal',
    ],
  },
  {
    id: 'es.overdose-now.dosis-de-mas', kind: 'overdose-now', guards: [...NOW_ES, 'intent-not-yet', 'negation.es.no-tomo-de-mas'],
    // Too much of a dose: a count of pills, "de más", "me pasé de la dosis", the month's prescription at once.
    source: [
      ...PILLS_GROUPS_ES.map((pills) => `(?:me|se|nos|le) (?:tome|tomo|tomamos|meti|metio|metimos|trague|trago|comi|comio|di|dio|dieron) (?:como |unas |unos |mas de |casi |hasta |otras |otros )?(?:[4-9]|[1-9][0-9]{1,2}|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta) ${pills}`),
      // "tomé 40 clonas": no pronoun, a count of ten or more, not a daily dose.
      ...PILLS_GROUPS_ES.map((pills) => `(?:tome|trague|meti) (?:como |mas de |casi |hasta )?(?:[1-9][0-9]{1,2}|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta) ${pills}(?! (?:de )?(?:vitamina\\w*|hierro|calcio|fibra|magnesio|omega\\w*|menta|zinc)\\b)(?! (?:al dia|diarias|diarios|por dia|cada|a la semana|en el dia|en la semana|al mes|por semana|en total|en todo|en toda)\\b)`),
      String.raw`(?:[2-9]|[1-9][0-9]|dos|tres|cuatro|cinco|seis|diez) (?:lineas|rayas|pases|bolsas|bolsitas|gramos|globos|puntas|jeringas) (?:seguid[oa]s|de golpe|juntas|en una hora|al hilo)|${PILLS_ES} de mas|(?:droga|dosis|pastillas|metadona|heroina|chiva|perico|fentanilo) (?:mas|muy) (?:fuerte|pura) de lo (?:normal|que)|mas de lo (?:normal|que (?:acostumbro|uso|usaba))|(?:se le|se me|se nos) (?:fue|paso) la mano con (?:el |la |las |los )?${DRUG_ES}|(?:me|se|nos|le) (?:pase|paso|pasamos) (?:de|con) (?:la|mi|su|las|mis|sus|tanta) dosis|(?:me|se|nos) (?:pase|paso|pasamos) de (?:verga|vergas|lanza|rosca|tueste|vueltas) (?:con|de) (?:el |la |las |los )?${DRUG_ES}|(?:me|se|nos) (?:pase|paso|pasamos) (?:de la raya con|(?:con|de) (?:el |la |las |los )?${DRUG_ES})|(?:un|una) (?:gramo|bolsa|grapa|bola|eightball|ocho|onza) (?:enter[oa]|complet[oa])|(?:me|se) (?:tome|tomo|trague|trago|meti|metio|inyecte|inyecto|fume|fumo) (?:todo )?lo que (?:me|le) (?:quedaba|quedaban|sobraba|sobraban)|(?:tome|tomo|trago|trague|meti|metio|acabe|acabo|me acabe|se acabo) (?:con )?(?:toda )?(?:la|mi|su) receta (?:complet[ao]|enter[ao]|del mes|de todo el mes)|(?:doble|triple) (?:de )?dosis|(?:el )?(?:doble|triple) de (?:la|mi|su|lo que) (?:dosis|receta|normal|acostumbr\w+)|(?:se|me) (?:trago|trague|comio|comi) (?:la|una|toda la) (?:bolsa|bolsita|bolsa entera|grapa|papeleta)|(?:tome|tomo|trago|meti|metio|tomaba) (?:el|la|las|los|mi|su|mis|sus) [^ ]{1,24} de (?:todo el mes|toda la semana|la semana|todo el frasco|la receta)|(?:me|se) (?:tome|tomo|trague|trago|meti|metio) ${gap(3)}${PILLS_ES} (?:para|pa) (?:ya no despertar|no despertar|no volver a despertar|morir|morirme|matarme|suicidarme|dormir para siempre|acabar con todo|terminar con todo)|(?:me estoy|estoy|se esta|ya me estoy) (?:tomando|tragando|metiendo) (?:las|mis|sus|todas las|todas mis) (?:pastillas|pildoras|tabletas|clonas|barras|pastis) (?:una (?:por|tras) (?:una|otra)|de a una)|(?:me tome|se tomo|me trague|se trago|me meti|se metio|me tire|se tiro|me eche|se echo|me zampe|se zampo|me empine|se empino) ${gap(6)}(?:todas|todos|todo) (?:las|los|lo) (?:que|q) (?:quedaban|me quedaban|le quedaban|habia|tenia|traia|venian|quedaba|me quedaba|le quedaba) (?:en|del|de la|de el) (?:el |la |mi |su )?(?:pomo|frasco|bote|pote|caja|botella|tira|blister|paquete|bolsa|bolsita|receta)`,
    ].join('|'),
    examples: [
      'me tome como 15 pastillas y me siento rara',
      'mi tio se tomo 30 tylenol hace rato',
      'me jale 4 lineas seguidas y no paro de sudar',
      'mi hermano tomo pastillas de mas y no abre los ojos',
      'me pase con el perico esta noche',
      'se tomo el clonazepam de todo el mes con cerveza',
      'me tome unas pastillas para no despertar',
    ],
  },
  {
    id: 'es.overdose-now.escena', kind: 'overdose-now', guards: NOW_ES,
    // The scene of an injection overdose: the needle still in, asleep with the syringe.
    source: String.raw`(?:botella|frasco|bote|caja|tira|blister|paquete)s? (?:de|con) (?:[^ ]{1,24} )?(?:pastillas|pildoras|tabletas|capsulas|medicina|medicinas) vaci[oa]s?|(?:botella|frasco|bote|caja|blister)s? vaci[oa]s? de (?:pastillas|pildoras|tabletas|capsulas|medicina)|(?:aguja|jeringa|jeringuilla) ${gap(3)}(?:en el brazo|en la vena|en la mano|en el cuello|clavada|puesta)|(?:dormid[oa]|dormi[oa]|dormio|tirad[oa]|desmayad[oa]|inconsciente|con los ojos en blanco) con (?:la|una) (?:jeringa|aguja|pipa|liga)|(?:encontre|encontramos|halle|hallamos|esta|estaba|lo vi|la vi) ${gap(6)}con (?:la|una|el) (?:liga|jeringa|aguja|cinto|cinturon|agujita) (?:todavia |aun |puest[oa] |amarrad[oa] |clavad[oa] )?(?:en|de) (?:el|su) (?:brazo|vena|pierna|cuello|mano)`,
    examples: ['la encontre con la aguja todavia en el brazo', 'se quedo dormido con la jeringa en la mano'],
  },

  {
    id: 'es.overdose-now.veneno', kind: 'overdose-now', guards: [...NOW_ES, 'intent-not-yet'],
    // A poison swallowed (bleach, rat poison, antifreeze), or a child who ate pills or an edible.
    source: String.raw`(?:me|se|le) (?:tome|tomo|trague|trago|bebi|bebio|comi|comio|dio|dieron) ${gap(3)}(?:cloro|veneno|raticida|matarratas|insecticida|anticongelante|lejia|thinner|gasolina|pinol|fabuloso|destapacanos|acido|pesticida)|(?:bebe|nino|nina|nene|nena|hij[oa]|nieto|nieta|sobrin[oa]) ${gap(4)}se (?:comio|trago|tomo|metio a la boca) ${gap(3)}(?:pastillas?|pildoras?|gomitas?|mota|cloro|detergente|capsulas?|pods|jabon|pila|pilas|bateria|cigarros?|imanes|iman)|(?:bebe|nino|nina|nene|nena|hij[oa]|nieto|nieta|sobrin[oa]) ${gap(4)}se (?:tomo|trago|acabo|bebio) (?:tod[oa] )?(?:el|la|un|una|su|mi) (?:jarabe|botella|frasco|bote|medicina|vitaminas)(?: [^ ]{1,24}){0,3} (?:complet[oa]|enter[oa])|(?:bebe|nino|nina|nene|nena|hij[oa]|nieto|nieta|sobrin[oa]) ${gap(4)}se (?:tomo|trago|acabo|bebio|comio) tod[oa]s? (?:el|la|los|las|su|sus|mi|mis) (?:jarabe|botella|frasco|bote|medicina|medicinas|vitaminas|pastillas)`,
    examples: ['mi hermano se tomo medio litro de cloro', 'el nino se comio unas gomitas de mota de mi primo', 'me tome veneno para ratas'],
  },

  // ============================== medical now ==============================
  {
    id: 'es.medical-now.dolor-de-pecho', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'history.es.evento-pasado', 'figurative.es.dolor-explicado', 'hypothetical.es.si-tengo'],
    source: String.raw`(?:dolor|dolores|presion|opresion|punzada|ardor) ${gap(2)}(?:en el|de|del|en mi) pecho|me (?:arde|aprieta|oprime) el pecho|pecho (?:bien |muy )?apretado|(?:brazo|lado) izquierdo ${gap(2)}(?:dormido|adormecido|entumido|entumecido)|se me (?:durmio|entumio|adormecio|entumecio) el (?:brazo|lado) izquierdo|(?:brazo|lado) izquierdo se me (?:durmio|entumio|adormecio|entumecio)|(?:me|le) duele (?:[^ ]+ )?(?:el pecho|el corazon)|pecho me duele|(?:me|le) duele (?:mucho |bien feo |horrible )?(?:el brazo izquierdo|la quijada|la mandibula) ${gap(6)}(?:sudando|sudor|sudo|pecho|maread[oa]|mareo|me falta el aire|le falta el aire|vomit\w*)|(?:sudando frio|sudor frio|sudo frio) ${gap(8)}(?:brazo izquierdo|quijada|mandibula|pecho)`,
    examples: ['me duele el pecho', 'tengo dolor en el pecho', 'dolor de pecho y sudor', 'tengo dolor en el pecho y no puedo respirar'],
  },
  {
    id: 'es.medical-now.infarto', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'history.es.evento-pasado', 'figurative.es.casi-me-da', 'history.es.secuela', 'hypothetical.es.si-tengo', 'info-seeking.es.tema', 'figurative.es.r5-ojala-infarto', 'figurative.es.r6-de-infarto'],
    source: String.raw`infarto|ataque al corazon|ataque cardiaco|paro (?:cardiaco|cardiorespiratorio|respiratorio)|(?:dar|dando|dio|da) un paro|derrame(?: cerebral)?|embolia`,
    examples: ['siento que me da un infarto', 'creo que me está dando un derrame'],
  },
  {
    id: 'es.medical-now.no-puedo-respirar', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'history.es.evento-pasado', 'figurative.es.ahogarse-en', 'hypothetical.es.si-tengo', 'resolved.es.ya-esta-bien'],
    source: String.raw`(?:me|se) (?:esta |estoy |estaba )?ahog(?:a|o|ando|aba) (?:en|con) (?:su|mi|el|la) (?:propio |propia )?(?:vomito|vomitada|guacara|saliva|sangre|flemas)|(?:no puedo|no puede|no podemos|me cuesta|le cuesta|dificultad para|problemas para) respirar|(?:me|le) falta (?:el )?aire|me ahogo|se ahoga|se esta ahogando|me estoy ahogando|se atraganto|atragantad[oa]|ahogando con (?:su|el|la|mi) (?:vomito|comida|saliva)|no me entra (?:el )?aire|(?:me estoy|se esta) quedando sin (?:aire|respirar)|no (?:puede|puedo) jalar aire|respira(?:ndo)? (?:bien |muy |super )?(?:rapido|rapidisimo|agitad[oa]) ${gap(4)}(?:no (?:puede|puedo) (?:ni )?hablar|(?:labios|unas) morad[oa]s|se le hunde|silba|chifla)|(?:silba|chifla|le silba|me silba) el pecho`,
    examples: ['no puedo respirar', 'me falta el aire', 'me cuesta respirar'],
  },
  {
    id: 'es.medical-now.convulsion', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'history.es.evento-pasado', 'worry-not-yet', 'history.es.mensaje-pasado', 'info-seeking.es.tema'],
    source: String.raw`convulsi\w*|ataque (?:epileptico|de epilepsia)`,
    examples: ['estoy convulsionando', 'tiene convulsiones', 'le está dando una convulsión'],
  },
  {
    id: 'es.medical-now.alucinaciones', kind: 'medical-now', guards: [...TOPIC, 'history-recent', 'history.es.evento-pasado', 'history.es.mensaje-pasado', 'info-seeking.es.tema', 'hypothetical.es.si-veo', 'negation.es.r6-voces-no-mandan'],
    source: String.raw`alucin\w*|(?:ver|oir|escuchar|sentir|veo|ve|vi|vio|veia|escucho|escuche|oigo|oi|oyo|escucha|oye|siento|senti|viendo|escuchando|oyendo|sintiendo) ${gap(2)}(?:voces(?! (?:de|del) (?:mis|mi|los|las|la|el|sus|su|unos|unas|afuera|la calle)\b)|bichos|bichitos|cosas que no (?:estan|hay|existen|son reales)|gente que no|personas que no|animales|animalitos|aranas|insectos|ratas|culebras|sombras que|gusanos|serpientes|viboras)|delirium(?: tremens)?|(?:estoy|esta|anda|ando) (?:viendo|oyendo|escuchando) cosas(?! (?:para|de|en|sobre|del|por|que)\b)|bichos ${gap(2)}(?:piel|paredes|encima)|(?:hormigas|hormiguitas|bichos|bichitos|gusanos|aranas|aranitas|insectos) ${gap(4)}(?:debajo de la piel|bajo la piel|en la piel|por todo el cuerpo|por (?:mi|su) piel|por encima de (?:mi|el|ella))`,
    examples: ['estoy alucinando', 'veo cosas que no están', 'veo gente que no hay', 'escucho voces', 'oigo voces que no son reales', 'estoy viendo cosas raras y escuchando voces desde que dejé el alcohol', 'veo bichos en las paredes', 'tiene delirium tremens', 'siento bichos debajo de la piel'],
  },
  {
    id: 'es.medical-now.desmayo', kind: 'medical-now', guards: [...STATEMENT, 'history.es.evento-pasado', 'history-recent', 'figurative.es.casi-me-da', 'hypothetical.es.si-tengo', 'resolved.es.ya-esta-bien', 'history.es.mensaje-pasado'],
    source: String.raw`(?:me voy a|se va a|me estoy|se esta|me siento|creo que me) (?:a )?desmay\w*|se (?:privo(?! de)|quedo privad[oa])|me prive|(?:me|le) dio (?:el|un) (?:patatus|soponcio|desmayo)|se desmayo|me desmaye|desmayad[oa]|(?:se|me) (?:desvanecio|desvaneci)|desmayando|(?:perdio|perdi) el conocimiento`,
    examples: ['me voy a desmayar', 'se desmayó'],
  },
  {
    id: 'es.medical-now.sangre', kind: 'medical-now', guards: [...STATEMENT, 'history.es.evento-pasado', 'history-recent', 'history.es.mensaje-pasado', 'scope.es.r5-hasta-que-sangra', 'scope.es.r6-corte-propio-sangra'],
    source: String.raw`(?:vomitando|vomito|vomite|vomita|escupiendo|escupo|tosiendo|toso|cagando|orinando|hago popo con) sangre|sangrando (?:mucho|un chingo|demasiado|sin parar|bastante|a chorros)|no (?:deja|para|paro|dejo|deja de) de sangrar|no (?:para|se para|se detiene|para de salir) la sangre|no (?:para|deja) de salir (?:la )?sangre|no (?:puedo|puede) ver (?:de un ojo|de este ojo|nada de repente)|no (?:veo|ve) (?:nada )?(?:de un ojo|de este ojo|del ojo (?:izquierdo|derecho))|(?:perdi|perdio) la vista|(?:sale|saliendo|echando|chorreando|brota) (?:mucha |harta |bastante )?sangre|sangre (?:sale |saliendo |me sale |le sale )?(?:a chorros|sin parar)|sangre en (?:el|mi|su) (?:vomito|popo|excremento|orina|pipi)|vomito con sangre|hemorragia|la sangre no (?:para|se para|se detiene|se quita|deja de salir|se corta)|(?:le|me) (?:sangra|esta sangrando|sale sangre de) (?:la|su|mi) nariz (?:sin parar|a chorros|un chingo|y no (?:para|se para|se detiene))|(?:sangre|sangrando|sangra) ${gap(8)}(?:empape|empapo|empapamos|empapando|llene|lleno|llenamos) (?:ya )?(?:dos|tres|cuatro|varias|[2-9]) (?:toallas|trapos|camisas|vendas|gasas|toallitas|curitas)|(?:no paro|no para|no puedo parar|no deja|no dejo) de vomitar|vomitando (?:todo|sin parar|cada rato)`,
    examples: ['estoy vomitando sangre', 'vomite sangre y sigo vomitando', 'me mordio un perro y sale mucha sangre', 'no paro de vomitar desde anoche'],
  },
  {
    id: 'es.medical-now.me-muero', kind: 'medical-now', guards: [...STATEMENT, 'figurative.es.morir-de', 'figurative.es.me-muero-jaja'],
    source: String.raw`siento que me (?:muero|voy a morir|estoy muriendo)|me estoy muriendo|creo que me muero`,
    examples: ['siento que me muero'],
  },
  {
    id: 'es.medical-now.emergencia', kind: 'medical-now', guards: [...STATEMENT, 'history.es.evento-pasado', 'hypothetical', 'history-recent'],
    source: String.raw`(?:es|tengo|tenemos|hay) una emergencia|emergencia medica|(?:llamen|llame|llamar|llamo|necesito|necesitamos|manden) (?:[^ ]+ )?(?:una ambulancia|ambulancia|al 911|911|paramedicos)|(?:le )?(?:estoy|estamos|estan) (?:dando|haciendo) (?:respiracion|rcp|cpr|reanimacion|boca a boca|compresiones)|presion (?:en|de) (?:1[89][0-9]|2[0-9][0-9])|presion (?:muy|bien|super) (?:alta|baja)|no (?:le |te )?(?:siento|encuentro|encontramos|sentimos|tiene|hay) (?:el )?pulso|(?:esta|quedo|se quedo) sin pulso`,
    examples: ['es una emergencia', 'llamen a una ambulancia'],
  },

  {
    id: 'es.medical-now.golpe-y-confusion', kind: 'medical-now', guards: [...STATEMENT, 'history.es.evento-pasado', 'history-recent', 'figurative.es.confundido-con', 'history.es.mensaje-pasado', 'scope.es.sangra-poco', 'scope.es.r6-corte-propio-sangra'],
    source: String.raw`se (?:cayo|callo) ${gap(5)}cabeza|se (?:pego|golpeo|dio un golpe|dio|lastimo) (?:en |con |contra )?la cabeza|habla(?:ndo)? (?:puras |pura )?(?:incoherencias|cosas sin sentido)|dice (?:puras )?incoherencias|no (?:me|nos|la|lo) reconoce ${gap(6)}(?:de repente|desde hace rato|ahorita|incoheren\w*)|veo doble|vision doble|(?:esta|estoy|sigue|anda) sangrando|no sabe (?:donde esta|quien es)|no se (?:donde estoy|quien soy)|(?:esta|anda|estoy) (?:muy |bien )?(?:confundid[oa]|desorientad[oa]|delirando)`,
    examples: ['mi abuelo se cayo y se golpeo la cabeza', 'mi papa no sabe donde esta y habla raro', 'esta sangrando de la cabeza', 'anda muy desorientada despues de tomar'],
  },

  {
    id: 'es.medical-now.derrame-senales', kind: 'medical-now', guards: [...STATEMENT, 'history-recent', 'history.es.evento-pasado', 'history.es.secuela', 'hypothetical.es.si-tengo', 'history.es.mensaje-pasado'],
    // Signs of a stroke or a spinal injury: a drooping face, one side numb, can't speak or move.
    source: String.raw`(?:cara|boca) ${gap(2)}(?:caida|chueca|torcida|colgada|dormida|entumida|paralizada)|(?:se le|se me) (?:cayo|entumio|entumecio|paralizo|chueco|torcio) (?:toda )?(?:la cara|el brazo|la mitad|un lado|medio cuerpo|la boca)|(?:se le|se me) (?:durmio|adormecio) (?:toda )?(?:la cara|la mitad|un lado|medio cuerpo|la boca)|(?:de|del) un (?:solo )?lado (?:de la cara|del cuerpo)|se (?:me|le) (?:duerme|adormece|entume|entumece|paraliza|durmio|adormecio|entumio|entumecio|paralizo|esta durmiendo|esta entumiendo) (?:todo |toda )?(?:el lado (?:derecho|izquierdo)|la mitad del cuerpo|medio cuerpo|un lado del cuerpo)|(?:tengo|tiene) (?:dormid[oa]|entumid[oa]|adormecid[oa]|entumecid[oa]|paralizad[oa]) (?:todo |toda )?(?:el lado (?:derecho|izquierdo)|la mitad (?:de la cara|del cuerpo)|medio cuerpo|un lado (?:de la cara|del cuerpo))|no (?:siento|siente) (?:el|mi|su|todo el) lado (?:derecho|izquierdo)|el lado (?:derecho|izquierdo) (?:del cuerpo |de la cara )?no (?:lo |la )?(?:siento|siente|puedo mover|puede mover|responde)|no (?:siento|siente|puedo mover|puede mover) (?:la mitad|un lado|el lado (?:izquierdo|derecho)) (?:de la cara|del cuerpo|de mi cuerpo|de su cuerpo|de la boca)|no (?:puede|puedo|podia) (?:hablar bien|levantar (?:el|un|los|su|mi) (?:brazo|brazos|pierna)|mover (?:el|la|los|las|un|medio|mi|mis|su|sus) [^ ]{1,24})|no (?:mueve|siente|siento) (?:las piernas|los brazos|el brazo|la pierna|un lado|medio cuerpo|la mitad del cuerpo|nada del cuello)|(?:el )?peor dolor de cabeza|cabeza ${gap(6)}peor dolor de (?:mi|su|toda mi|toda su) vida|peor dolor de (?:mi|su|toda mi|toda su) vida ${gap(4)}cabeza|dolor de cabeza (?:insoportable|como nunca|bien fuerte y de repente|horrible de repente)|me (?:duele|explota|va a explotar) la cabeza (?:como nunca|(?:horrible|muchisimo|bien fuerte) de repente)|de repente (?:un )?dolor de cabeza (?:horrible|insoportable|bien fuerte|muy fuerte)|habla (?:raro|chueco|arrastrado|arrastrando)|arrastra (?:las palabras|la lengua)`,
    examples: ['mi abuela tiene la cara caida y habla raro', 'se me entumio la cara de un lado', 'se cayo del techo y no puede mover las piernas', 'mi papa no puede hablar bien de repente'],
  },
  {
    id: 'es.medical-now.ataque-temblores', kind: 'medical-now', guards: [...STATEMENT, 'history-recent', 'history.es.evento-pasado', 'hypothetical.es.si-tengo', 'history.es.mensaje-pasado'],
    // Seizure slang ("me dio un ataque", bit my tongue) and the shakes of a dangerous withdrawal.
    source: String.raw`(?:me|le|nos) (?:dio|dieron|esta dando|estan dando|va a dar|vino) (?:un |otro |unos )?ataques?(?! (?:de (?:panico|ansiedad|risa|nervios|celos|tos|hambre|sueno|ira|coraje|llanto)|al corazon))|(?:me|se) (?:mordi|mordio) la lengua|(?:se le|se me) (?:pusieron|voltearon|ponen|van|fueron) los ojos (?:en blanco|(?:para|pa) (?:atras|arriba))|temblorina|(?:esta|estaba|se esta|anda|estoy|ando) (?:sacudiendose|brincando|retorciendose|temblando) (?:en el (?:piso|suelo|cama)|toda|todo|sin parar)|se (?:sacude|retuerce) (?:todo|toda|sin parar)|(?:tiemblo|tiembla) (?:todo|toda|entero|entera|sin parar|muchisimo)|temblores (?:muy )?(?:fuertes|horribles|feos)|(?:temblando|temblores|tiemblo) ${gapNoNeg(8)}(?:sin|dejar|deje|dejo) (?:el |la |los |las )?(?:pisto|chupe|alcohol|guaro|trago|tomar|beber|benzos|xanax|clonazepam|alprazolam)|(?:sin|dejar|deje|dejo) (?:el |la |los |las )?(?:pisto|chupe|alcohol|guaro|trago|tomar|beber|benzos|xanax|clonazepam|alprazolam) ${gapNoNeg(8)}(?:temblando (?:mucho|todo|toda|sin parar|feo)|temblores (?:fuertes|feos)|tiemblo (?:todo|toda|mucho))|(?:no paro|no para|no puedo dejar|no deja) de temblar|todo el cuerpo (?:me |le )?(?:tiembla|temblando)|ataque de asma|crisis (?:de )?asma\w*|(?:no encuentro|no tengo|se me acabo|perdi) (?:el|mi) (?:inhalador|bomba|pump)`,
    examples: ['hoy me dio un ataque y me mordi la lengua', 'ahorita tengo una temblorina', 'siento que me va a dar un ataque, tiemblo todo', 'tengo un ataque de asma y no encuentro el inhalador'],
  },
  {
    id: 'es.medical-now.fiebre-infeccion', kind: 'medical-now', guards: [...STATEMENT, 'history-recent', 'history.es.evento-pasado', 'hypothetical', 'hypothetical.es.si-tengo', 'history.es.mensaje-pasado'],
    // High fever, an infected wound or injection site, jaundice, a limp baby.
    source: String.raw`fiebre (?:muy |bien |super |re )?(?:alta|altisima|fuertisima)|(?:ardiendo|volando|hirviendo) (?:en|de) (?:fiebre|calentura)|(?:fiebre|calentura) ${gap(8)}(?:como id[oa]|como perdid[oa]|no (?:me |nos |le )?(?:contesta|responde|reacciona|habla)|(?:dice|habla) (?:cosas sin sentido|incoherencias|puras incoherencias))|muchisima fiebre|mucha (?:fiebre|calentura)|(?:fiebre|calentura|temperatura) de (?:10[0-9]|39|40|41)|(?:10[2-9]|39|40|41)(?: grados)? de (?:fiebre|temperatura|calentura)|(?:fiebre|calentura) y escalofrios|escalofrios y (?:mucha )?(?:fiebre|calentura)|se (?:me |le )?infecto|(?:herida|llaga|absceso|brazo|pierna) ${gap(6)}(?:pus|huele (?:horrible|feo|mal|a podrido)|negr[oa]|infectad[oa])|(?:esta|se puso) (?:roj[oa]|hinchad[oa]) (?:y )?(?:caliente|con pus)|(?:hinchad[oa]|inflamad[oa]|roj[oa]|morad[oa]|negr[oa]|caliente|con pus|dur[oa]|llen[oa] de pus) ${gap(4)}donde (?:me|se|le) (?:inyecto|inyecta|inyectaba|pico|pica|picaba|pinche|pincho)|donde (?:me|se|le) (?:inyecto|inyecta|inyectaba|pico|pica|picaba|pinche|pincho) ${gap(4)}(?:hinchad[oa]|inflamad[oa]|roj[oa]|morad[oa]|negr[oa]|caliente|pus|dur[oa]|bola|bolita)|(?:ojos|piel) amarill(?:os|a|o)|se (?:puso|esta poniendo|ve) (?:todo |toda |bien |muy )?amarill[oa]|(?:bebe|nena|nene|recien nacid[oa]) ${gap(6)}(?:aguadit[oa]|flojit[oa]|no (?:quiere )?(?:comer|despierta|reacciona|llora))|(?:esta|se puso|lo veo|la veo) (?:bien |muy )?(?:aguadit[oa]|flojit[oa]|como trapo)`,
    examples: ['mi bebe tiene 104 de fiebre', 'se me infecto el brazo y tengo fiebre y escalofrios', 'tengo los ojos amarillos', 'la herida de la xilacina huele horrible'],
  },
  {
    id: 'es.medical-now.corazon-acelerado', kind: 'medical-now', guards: [...STATEMENT, 'history-recent', 'history.es.evento-pasado', 'hypothetical', 'figurative.es.corazon-emocion', 'hypothetical.es.si-tengo'],
    source: String.raw`(?:el )?corazon ${gap(3)}(?:a mil|se me va a salir|se me sale|me va a explotar|(?:bien|muy) (?:rapido|acelerado)|acelerad[oa]|como loco|brincando|desbocado)|taquicardia|palpitaciones (?:muy )?fuertes`,
    examples: ['siento el corazon a mil', 'el corazon se me va a salir y tengo fiebre'],
  },
  {
    id: 'es.medical-now.accidente-parto-alergia', kind: 'medical-now', guards: [...STATEMENT, 'history.es.r7-embarazo-anterior', 'hypothetical.es.si-le-pego-un-tiro', 'history-recent', 'history.es.evento-pasado', 'hypothetical', 'intent-not-yet', 'hypothetical.es.si-tengo', 'resolved.es.ya-esta-bien', 'history.es.mensaje-pasado'],
    // A fall from a height, a crash with an injury, labour, an allergic reaction, diabetes, someone down and unresponsive.
    source: String.raw`(?:se|me) (?:cayo|callo|cai) (?:de la|de el|del|de un|de una|desde (?:la|el|un|una)) (?:andamio|techo|escalera|moto|motocicleta|segundo piso|tercer piso|ventana|balcon|arbol|puente|caballo|azotea)|(?:accidente|choque|chocamos|choco|atropellaron|atropello|volcamos|se volco) ${gapNoNeg(10)}(?:cabeza|sangr\w*|mover|doble|inconsciente|desmay\w*|hueso|atrapad[oa]|no responde)|se me rompio la fuente|(?:se le|le) rompio la fuente|(?:estoy|esta) (?:de parto|pariendo|dando a luz)|(?:embarazada|\d+ semanas) ${gap(8)}(?:sangr\w*|contracciones|no se mueve|no siento al bebe|se me nubla|vista (?:nublada|borrosa)|veo (?:borroso|lucecitas|estrellitas)|desmay\w*)|(?:sangr\w*|contracciones|se me nubla la vista|vista (?:nublada|borrosa)|veo (?:borroso|lucecitas|estrellitas)|desmay\w*) ${gap(8)}(?:embarazada|\d+ semanas)|no (?:puedo|puede) (?:ni )?(?:tomar|retener) (?:ni )?agua(?! de (?:la llave|la pila|aqui|la casa))|no (?:retengo|retiene) (?:ni )?(?:el )?agua|reaccion alergica|golpe de calor|insolacion|hipotermia|(?:me|le|lo|la) (?:pico|mordio) (?:una|un) (?:abeja|avispa|alacran|escorpion|vibora|serpiente|culebra|arana viuda|viuda negra|cascabel)|(?:se|me) (?:ahogo|esta ahogando|estaba ahogando|ahogaba|cayo) (?:en|a) (?:la|el) (?:alberca|piscina|rio|lago|mar|tina|pileta|canal)|quemaduras? (?:grave|graves|grande|grandes|fuerte|de (?:tercer|segundo) grado)|me queme con (?:aceite|agua) (?:hirviendo|caliente)|(?:se me|se le) (?:esta )?(?:cerrando|cierra|cerro|hinchando|hincha|hincho) (?:toda )?(?:la garganta|los labios|la lengua|la cara|los ojos)|(?:labios|lengua|garganta) ${gap(2)}hinchad[oa]s?|se (?:me|le) (?:hincharon|hincho|hinchan|estan hinchando) (?:los labios|la lengua|la garganta|los ojos|la cara)|anafila\w*|epipen|(?:es|soy) diabetic[oa] ${gap(8)}(?:no (?:contesta|responde|reacciona)|desmay\w*|tirad[oa]|confundid[oa]|temblando)|(?:no (?:contesta|responde|reacciona)|desmayad[oa]|tirad[oa]|confundid[oa]|sudando|temblando) ${gap(8)}diabetic[oa]|(?:azucar|glucosa) (?:muy|bien|super|demasiado) (?:alta|baja)|se (?:cayo|callo) ${gap(6)}no (?:se )?(?:puede|podia) (?:parar|levantar|mover)|se (?:quebro|rompio|fracturo) (?:la cadera|el cuello|la espalda|el craneo|la cabeza)|se (?:le |me )?(?:salio|ve) el hueso|(?:me|se|le) (?:quebre|quebro|rompi|rompio|fracture|fracturo) (?:la|el) (?:pierna|cadera|cuello|espalda|craneo|brazo)|(?:(?:me|le|lo|la|nos) (?:pegaron|dieron|metieron|dio|pego) (?:un|una|unos|unas|dos|tres|varios|varias|[2-9]) (?:balazos?|tiros?|plomazos?|punaladas?|cuchilladas?|navajazos?|filerazos?|machetazos?|fogonazos?)(?! (?:de practica|de esquina|libre|libres|de tres|de campo|al blanco)\b)|(?:tiene|tengo|recibio|recibi) (?:un|una|unos|unas|dos|tres|varios|varias|[2-9]) (?:balazos?|tiros?|plomazos?|punaladas?|cuchilladas?|navajazos?|filerazos?|machetazos?)(?! (?:de practica|de esquina|libre|libres|de tres|de campo|al blanco)\b)|(?:le|me|lo|nos) (?:metieron|metio|llenaron|llenaron de) plomo|balacearon|me dispararon|le dispararon|lo dispararon|herida de bala|apunalaron|acuchillaron|me picaron con|lo picaron con)|hueso (?:de fuera|salido|expuesto)|no (?:me puedo|se puede|puedo|puede) (?:ni )?(?:mover|moverme|moverse|caminar|pararme|pararse|respirar) del dolor|dolor (?:insoportable|que no aguanto|que no aguanta)|(?:azucar|glucosa) (?:en|de) \d{2,3}|(?:le|me) (?:bajo|subio) (?:mucho )?(?:el azucar|la glucosa|la presion)|(?:tirad[oa]|desmayad[oa]|inconsciente|esta|se quedo|quedo|cayo|se cayo|sigue) en el (?:piso|suelo|bano|carro|cuarto) ${gap(3)}no (?:contesta|responde|reacciona|se mueve|despierta)|(?:se|me|le) (?:quemo|queme|cayo|cai) ${gap(4)}(?:aceite|agua|caldo|cafe|sopa) hirviendo|(?:se le|se me) (?:esta )?(?:pelando|cayendo|levantando) la piel|(?:incendio|humo|fuego|llamas) ${gap(6)}(?:no (?:puede|pueden|podemos|puedo) salir|atrapad[oa]s?)|(?:se esta|se estan) (?:quemando|incendiando) (?:la|mi|nuestra) (?:casa|cocina|apartamento|depa|edificio|traila)`,
    examples: ['mi pana se cayo del andamio', 'choque el carro y me pegue en la cabeza', 'tengo 34 semanas y se me rompio la fuente', 'se me esta cerrando la garganta', 'mi mama esta tirada en el piso y no contesta, es diabetica'],
  },

  // ============================== abuse / danger now ==============================
  {
    id: 'es.abuse-danger.me-pega', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.me-pega-substance', 'figurative.es.r6-amenaza-laboral', 'figurative.es.me-va-a-matar-si', 'scope.es.self-directed', 'history.es.ya-no', 'figurative.es.me-va-a-matar-cosa', 'figurative.es.pegar-cuernos', 'scope.es.me-pego-yo', 'scope.es.r5-me-pego-a-proposito', 'figurative.es.ahorcar-con'],
    source: String.raw`me (?:pega|pegan|pego|pegaba|persigue|golpea|golpean|golpeo|golpeaba|maltrata|maltrato|maltrataba|amenaza|amenazo|amenazan|amenazaba|amarro|amarra|jalo del pelo|jalonea)|me (?:viola|violo|violaron|ahorca|ahorco|ahorcaba|estrangula|estrangulo|esta siguiendo|tiene acorralad[oa]|tiene (?:amenazad[oa]|secuestrad[oa]|amarrad[oa])|tiene encerrad[oa]|secuestro|secuestraron|patea|pateo|cachetea|cacheteo|lastima|hace dano)|me (?:asfixia|asfixio|empuja|empujo|hizo dano|quiere matar|quiere pegar|va a matar|va a pegar|va a golpear|van a pegar|van a golpear|va a madrear)|me (?:arrastro|encerro|encierra)|me (?:agarro del cuello|agarra del cuello)|me (?:acorralo|acosa)|me (?:avienta|avento)(?! (?:la|el|las|los) (?:pelota|balon|bola|llaves|toalla|ropa|cobija|comida|almohada)\b)|me (?:anda siguiendo)|(?:quiere|quieren|va a|van a|amenaza con|amenazo con|trato de|intento) matarme|me (?:jalo|jala|jalaron|jalaba|agarro|agarra) (?:del|de los|de las) (?:pelo|pelos|cabello|cabellos|grenas)|me (?:tiro|tiraron|avento|aventaron|azoto|azota|estrello|estrella) (?:al piso|al suelo|contra (?:la|el) (?:pared|piso|suelo|puerta|mesa|carro|ropero))`,
    examples: ['mi esposo me pega', 'mi marido me golpea', 'mi novio me pegó anoche', 'me amenaza con matarme', 'me quiere matar', 'me va a matar', 'mi pareja me maltrata', 'me violó', 'me tiene encerrada', 'me estranguló anoche', 'mi ex me está siguiendo y tengo miedo', 'me golpeó otra vez', 'mi esposo me hace daño', 'mi esposo me pega y tengo miedo'],
  },
  {
    id: 'es.abuse-danger.abusa-de-mi', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no'],
    source: String.raw`abus(?:a|an|aba|o|aron) de (?:mi|nosotros|mis hij\w+)|no me deja (?:salir|ir|irme|usar el telefono|llamar)|(?:le|les) (?:pega|golpea|pego|golpeo|hace dano|pegaba|golpeaba|maltrata|madrea|patea|ahorca|quema) a (?:mis|mi|los|nuestros|su|sus) (?:hij\w+|nin\w+|bebes?|herman\w+|mama|mami|abuel\w+|sobrin\w+|nena|nene|chiquit\w+)|(?:padrastro|madrastra|papa|padre|mama|madre|tio|tia|abuelo|novio de (?:mi|su) mama|esposo de (?:mi|su) mama|pareja de (?:mi|su) mama|esposo|marido|novio|pareja|hermano|hermanastro|primo) (?:lo|la|los|las) (?:golpea|golpean|pega|pegan|maltrata|maltratan|madrea|patea|ahorca|quema|lastima|encierra|amarra)`,
    examples: ['abusa de mí', 'mi padrastro abusa de mí', 'no me deja salir de la casa', 'le pega a mis hijos'],
  },
  {
    id: 'es.abuse-danger.miedo-en-casa', kind: 'abuse-danger', guards: STATEMENT,
    source: String.raw`miedo (?:de |a )?(?:volver|regresar|ir|llegar|estar) (?:a|en) (?:mi |la )?casa|tengo miedo (?:de|a) (?:mi [^ ]+|el|ella)\b|le tengo (?:mucho |tanto )?(?:miedo|panico|terror) a (?:mi [^ ]+|el|ella)\b|tengo (?:panico|terror) (?:de|a) (?:mi [^ ]+|el|ella)\b|(?:no puedo|no podemos|no me atrevo a) (?:volver|regresar) a (?:la|mi) casa(?! de)|no (?:me siento|estoy|estamos) (?:a salvo|segur[oa]s?) (?:en (?:mi |la )?casa|aqui|con el|con ella)|no me siento (?:a salvo|segur[oa])|(?:estoy|estamos|mi vida esta|mis hijos estan|corro|corremos) (?:en )?peligro`,
    examples: ['tengo miedo de volver a casa', 'me da miedo regresar a la casa', 'no me siento segura en mi casa', 'estoy en peligro', 'mi esposo me pega y tengo miedo de el'],
  },
  {
    id: 'es.abuse-danger.violencia', kind: 'abuse-danger', guards: [...TOPIC, 'info-seeking.es.tema'],
    source: String.raw`violencia (?:domestica|familiar|intrafamiliar)|(?:tiene|saco|trae|agarro) (?:una pistola|un arma|una arma|un cuchillo|una navaja|un machete|la pistola|el arma|el cuchillo|la navaja|el machete|su pistola|su arma|su cuchillo|su navaja|pistola|cuchillo|navaja|machete) y me`,
    examples: ['sufro violencia doméstica', 'tiene una pistola y me amenazó'],
  },
  {
    id: 'es.abuse-danger.peligro-ahora', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.r7-seguidores-en-redes', 'figurative.es.me-va-a-matar-cosa', 'figurative.es.buscando-para', 'scope.es.encerrado-solo'],
    // Amenazas en curso, encierro, amenazas de muerte relatadas, abuso sexual de un menor.
    source: String.raw`me (?:esta|estan|anda|andan|sigue|siguen|viene|vienen) (?:amenazando|golpeando|pegando|pateando|ahorcando|persiguiendo|siguiendo|vigilando|rondando|lastimando|acosando|cazando)|me (?:anda|andan) buscando|(?:anda|andan|esta|estan|vienen|viene|andan) (?:buscandome|siguiendome|persiguiendome|vigilandome|cazandome|buscandonos)|(?:estoy|estamos) encerrad[oa]s?|(?:me|nos|la|lo|las|los) (?:dejo|dejaron|encerro|encerraron) (?:encerrad[oa]s?|bajo llave|con llave)(?! (?:la|las|el|los|mi|mis) (?:llave|llaves|carro|coche|celular|perro))|(?:me|la|lo|nos|los|las) (?:tiene|tienen) encerrad[oa]s?|me (?:dijo|dice|dijeron|amenazo|amenaza|mando decir) (?:que )?${gap(8)}(?:me|nos) (?:mata|matan|matara|mataran|va a matar|van a matar)|(?:si no|si) ${gap(4)}(?:me|nos) (?:mata|matan) a (?:mi|nosotros|todos)|si (?:me|nos) (?:oye|oyen|escucha|escuchan|encuentra|encuentran|descubre|descubren|cacha|cachan|halla|hallan|ve hablando|ve escribiendo) ${gap(4)}(?:me|nos) (?:mata|matan|va a matar|van a matar|mataria|matarian)|si no ${gapNoNeg(4)}(?:me|nos) (?:mata|matan|parte|parten|rompe|rompen|quiebra|quiebran|levantan|desaparecen|va a pasar|van a hacer algo)|(?:va|van) a (?:quemar|balacear|balear|tumbar|rafaguear) (?:la|mi|nuestra) (?:casa|carro|troca|puerta)|(?:padrastro|tio|primo|abuelo|papa|padre|novio|esposo|vecino|hermano|maestro|entrenador|pareja) ${gap(3)}(?:la|lo|me|las|los) (?:toca|toco|tocaba|manosea|manoseo|manoseaba)`,
    examples: ['mi pareja me anda persiguiendo con el carro', 'nos tiene encerrados y estamos encerrados en la casa', 'mi ex me mando decir que si lo denuncio me mata', 'el novio de mi mama me manosea cuando ella no esta'],
  },

  {
    id: 'es.abuse-danger.en-la-puerta', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'negation.es.r5-ya-no-sabe', 'figurative.es.recogida', 'scope.es.sujeto-cosa'],
    // Someone at the door, outside the house, parked in front, trying to get in; following; "I know where you are".
    source: String.raw`(?:esta|estan|anda|andan|se quedo|sigue|siguen|se estaciono) ${gap(3)}(?:afuera|enfrente|en frente|frente a|fuera|en la puerta) (?:de )?(?:mi|la|nuestra|nuestro|mis) (?:casa|puerta|cuarto|apartamento|apa|depa|trabajo|escuela|ventana|edificio|carro|traila|yarda)|(?:golpeando|tocando fuerte|pateando|tumbando|forzando|rompiendo|aporreando) (?:la|mi|nuestra) (?:puerta|ventana)|(?:trata|tratando|intenta|intentando|quiere|quieren|quiso|trato) (?:de )?(?:abrir|entrar|meterse|tumbar|forzar) (?:a |en )?(?:mi|la|nuestra) (?:puerta|casa|cuarto|ventana|carro|apartamento)|me (?:siguio|siguieron|persiguio|persiguieron) (?:hasta|desde|otra vez|de nuevo|en)|me (?:sigue|siguen) (?:a todos lados|por todos lados|a todas partes|hasta|desde|en (?:un|el|su) (?:carro|coche|troca|camioneta))|ya (?:se|sabe|sabemos|saben) (?:donde|en donde) (?:estas|vives|trabajas|duermes|estudias|te escondes|te quedas)|ya (?:sabe|saben) (?:donde|en donde) (?:vivo|estoy|me quedo|trabajo|me escondo|duermo|estamos|vivimos)|(?:hoy|esta noche|ahorita|ya|manana|al rato) (?:viene|vienen|va a venir|van a venir|vendra|vendran|pasa|pasan) (?:por mi|por nosotros|a buscarme|a buscarnos|a matarme|por mis hijos)|(?:dealer|cartel|narcos|pandilla|pandilleros|mafia|tipos|vatos|cobrador(?:es)?|agresor|abusador|ex|expareja|exnovio|exesposo|padrastro) ${gap(3)}(?:sabe|saben|ya sabe|ya saben|averiguo|averiguaron|descubrio|descubrieron) (?:donde|en donde) (?:vivo|estoy|me quedo|trabajo|vivimos|estamos|me escondo|duermo)|miedo (?:de )?que me (?:encuentre|encuentren|halle|mate|maten|lastime)|(?:hay|andan|estan) unos (?:tipos|vatos|batos|manes|weyes|hombres) ${gap(2)}(?:rondando|afuera|vigilando|siguiendome|esperando)|(?:ya )?(?:vinieron|llegaron|fueron) (?:a|hasta) (?:mi|la) (?:casa|puerta|trabajo) (?:a buscarme|buscandome|por mi)|me mando fotos de (?:mi|la) (?:casa|carro|trabajo|puerta)|(?:rompio|tumbo|forzo|pateo|quebro|rompieron|tumbaron|forzaron) (?:la|mi) (?:puerta|ventana|chapa|cerradura) ${gap(2)}(?:se metio|entro|se metieron|entraron|me agarro|me pego)|(?:ex|expareja|exnovio|exnovia|exesposo|exesposa|exmarido|padrastro) se (?:metio|mete|esta metiendo) (?:a|en) (?:mi|la|nuestra) (?:casa|cuarto|apartamento|depa|traila)|(?:esta|estan) afuera (?:mi|el|la) (?:ex|expareja|exnovio|exnovia|exesposo|exesposa|padrastro|esposo|marido|novio|pareja|papa)|gritando que (?:salga|le abra|abra la puerta)|(?:me|nos|lo|la|los) (?:(?:esta|estan|anda|andan) )?extorsion(?:ando|an|a|aron|o)|(?:cobrando|cobran|cobrar) (?:el )?piso|(?:sabe|saben) donde (?:viven|vive) (?:mis|mi) (?:hijos|familia|mama|papas|ninos)|(?:alguien|un tipo|un hombre|unos tipos|un ladron|unos ladrones) (?:se )?(?:metio|metieron|esta metiendo|estan metiendo|entro|entraron|esta entrando) (?:a|en) (?:mi|la|nuestra) (?:casa|cuarto|apartamento|depa|traila)|hay (?:alguien|un tipo|un hombre|unos tipos) (?:adentro de|dentro de|en) (?:mi|la|nuestra) (?:casa|cuarto|apartamento|depa)(?! (?:que|quien|con quien) )|(?:se mete|se metio|entra|entro|se mete) (?:a|en) (?:mi|nuestro) (?:cuarto|cama|bano) (?:en las noches|de noche|en la noche|cuando|mientras|y me)|(?:tiene|tienen|se quedo con|se quedaron con|guarda|guardan) (?:mi|mis) (?:pasaporte|papeles|documentos|identificacion|mica)|(?:esta|anda|estan) (?:rompiendo|aventando|tirando|quebrando) (?:todo|las cosas|cosas|los platos)|(?:aventando|aventandome|quebrando|rompiendo) (?:cosas|todo|los platos|las cosas|sillas)|(?:esposo|marido|pareja|novio|novia|esposa|ex|papa|padre|padrastro|suegro|suegra|hermano|tio|cunado|borracho|el) ${gap(4)}(?:empezo|empieza|comenzo|se puso|ya empezo|esta empezando) a (?:aventar|aventarme|tirar|tirarme|romper|quebrar|patear|madrear|golpear) (?:cosas|todo|las cosas|los platos|sillas|la puerta|las puertas|los muebles|la pared)|me tiene sin (?:celular|cel|telefono|dinero|comer|comida|salir|papeles)|no me deja (?:ver|hablar con|hablarle a) (?:a )?(?:mi familia|nadie|mis amigas|mis amigos|mis hijos|mi mama)|(?:ex|expareja|exnovio|exnovia|exesposo|exesposa|exmarido|agresor|abusador) ${gap(6)}(?:viene|va) (?:para aca|en camino|pa ca|para aqui|por mi|a buscarme|a mi casa)|escondid[oa]s? de (?:mi|el|ella|su|ese|esa)\b(?! (?:familia|papas|mama|papa))|(?:me|nos|la|lo|los) ${gap(4)}a la fuerza|(?:esta|estan|anda|andan|sigue|siguen|se quedo|llego|vino|se paro) ${gap(3)}(?:afuera|enfrente|en la puerta|en la entrada) (?:del|de la) (?:albergue|refugio|shelter|casa de (?:seguridad|refugio|acogida))|(?:afuera|enfrente|aqui|en la puerta|gritando|vino|llego) ${gap(6)}(?:y )?(?:tiene|tengo|le pusieron|me dieron|con|hay) (?:una )?orden de restriccion|orden de restriccion ${gap(8)}(?:esta afuera|esta aqui|vino|viene|llego|se acerco|la violo|no la respeta|me encontro)|(?:el|ella|mi ex|el agresor|ex|expareja|exnovio|exnovia|exesposo|exesposa|exmarido|padrastro|agresor|abusador) (?:esta|sigue|anda|estan|siguen) (?:afuera|en la puerta|en mi puerta|en la ventana|en la entrada|en el patio|tocando la puerta|tocando el timbre)|(?:siguiendome|persiguiendome|siguiendonos)(?! en (?:instagram|tiktok|facebook|face|redes|ig|twitter|x)\b)|(?:le|les) (?:esta|estan) dando con (?:el|la|un|una) (?:cinto|cinturon|palo|cable|chancla|manguera|fajo)`,
    examples: ['los tipos a los que les debo estan afuera de mi casa', 'mi padrastro esta golpeando la puerta borracho', 'alguien esta tratando de abrir mi puerta', 'mi ex me siguio hasta el trabajo otra vez', 'me escribio ya se donde estas', 'hay unos tipos rondando el carro'],
  },
  {
    id: 'es.abuse-danger.amenaza-ahora', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'scope.es.sujeto-cosa', 'figurative.es.quitado-por-regla', 'figurative.es.buscando-para', 'figurative.es.ahorcar-con', 'figurative.es.pegarle-a-cosa', 'accidental.es.r5-ruido-de-obra'],
    // A threat relayed, someone being beaten now, cries for help heard, forced use or work, phone or papers taken.
    source: String.raw`(?:dice|dijo|dijeron|dicen|amenaza|amenazo|amenazaron|advirtio|mando decir|me puso|me escribio) ${gap(8)}(?:me|nos) (?:va|van) a (?:pasar algo|levantar|desaparecer|quebrar|balear|madrear|partir|encontrar|matar|golpear|apunalar|disparar|secuestrar)|(?:hoy|esta noche|manana|ahorita) (?:me|nos) (?:levantan|matan|quiebran|desaparecen|madrean)|(?:le|les) (?:esta|estan) (?:pegando|golpeando|pateando|ahorcando|madreando) (?:a|al(?! (?:balon|pelota|costal|saco|tambor|clavo|clavos|piso|muro|trago|vicio|juego|gym|gimnasio|foco|cristal|perico|estudio|libro|libros)\b))\b|(?:esta|estan) (?:golpeando|pegandole|madreando|ahorcando|pateando) a (?:mi|su|la|el|los|las)|gritando (?:que (?:la|lo|los) (?:suelten|suelte|dejen)|auxilio|que (?:la|lo) ayuden)|(?:oigo|escucho|se oyen|se escuchan) ${gap(4)}golpes|(?:me|le|nos|les) (?:quito|quitaron|quita|quitan|escondio|esconde|rompio) (?:el|la|los|las|mi|mis|su|sus) (?:celular|cel|telefono|phone|fono|papeles|documentos|pasaporte|llaves|identificacion|mica|green card)|(?:me|nos|la|lo) (?:obliga|obligan|obligo|obligaron|forza|forzo|fuerzan) a (?:usar|drogarme|drogarnos|consumir|trabajar|tener (?:sexo|relaciones)|acostarme|prostituirme|vender|estar con|hacer cosas)|(?:quiso|queria|quiere|trato de|intento) (?:golpear|pegar|ahorcar|matar)(?:me|nos)|(?:me|nos) (?:quiso|queria|quiere|trato de|intento|acaba de) (?:golpear|pegar|ahorcar|matar|ahogar|acuchillar|apunalar|quemar|atropellar|violar|patear|empujar|amenazar)|(?:cartel|narcos|mafia|pandilla|banda|clica|mareros|dealer|tipos|vatos|ex) ${gap(3)}(?:me|nos) (?:esta|estan|anda|andan) (?:buscando|cazando|vigilando)|nos (?:queria|quiso|quiere|queria) (?:golpear|pegar|matar|ahorcar)|(?:estoy|estamos) escondid[oa]s?(?! de (?:la vista|todos|mi familia|mis papas|la gente))|escondiendo(?:me|nos) de(?! (?:la vista|todos|mi familia|mis papas|la gente))|(?:esta|anda|se puso|viene|llego) ${gapNoNeg(3)}(?:violent[oa]|agresiv[oa]|fuera de (?:si|control)|armad[oa])|me (?:puso|tiene) (?:un )?(?:gps|rastreador|localizador)|me (?:rastrea|tiene rastread[oa]|tiene ubicad[oa])|(?:me|nos) (?:esta|anda|estan|andan) (?:rastreando|localizando|espiando)|rastreando (?:mi|el) (?:celular|cel|telefono|carro|ubicacion)|(?:le|me|nos|les|la|lo) (?:apunto|apunta|apuntaba|esta apuntando|apuntaron|puso|pone) (?:con )?(?:la|el|una|un|su) (?:pistola|arma|cuete|fusca|escopeta|rifle|cuchillo|navaja|machete|cuerno|bate|bat|tubo|martillo|hacha|cuchilla|filero|punal|fierro)|(?:me|nos|la|lo|los|las|les|le) (?:amenaza|amenazo|amenazaba|amenazan|amenazaron|esta amenazando|anda amenazando|estan amenazando) con (?:una|un|el|la|su) (?:pistola|arma|cuete|fusca|escopeta|rifle|cuchillo|navaja|machete|cuerno|bate|bat|tubo|martillo|hacha|cuchilla|filero|punal|fierro)|(?:dijo|dice|dijeron|puso|escribio|mando) (?:que )?(?:ya )?(?:estas|eres|estoy|soy) (?:(?:hombre|mujer) )?muert[oa]|ya (?:estas|eres) (?:(?:hombre|mujer) )?muert[oa]|(?:afuera|en la puerta|enfrente|aqui|en la casa) (?:con|armad[oa] con) (?:una|un) (?:pistola|arma|cuchillo|machete|navaja|cuerno|rifle|escopeta|bat|bate|cuete)|(?:esta|anda|estan|andan|llego|llegaron|viene|vienen|vino|vinieron|entro|entraron) ${gapNoNeg(4)}con (?:una|un|su|el|la) (?:pistola|arma|cuchillo|machete|navaja|cuerno|rifle|escopeta|bat|bate|cuete)(?! de (?:juguete|plastico|carton|agua))|me (?:dejo|dejaron|saco|sacaron) (?:afuera|en la calle) (?:y|con|sin)|me (?:escondi|tuve que esconder)|nos (?:escondimos|tuvimos que esconder)`,
    examples: ['dijeron que hoy me levantan', 'el dealer dice que si no le pago me va a pasar algo', 'el novio de mi mama le esta pegando a mi hermanito', 'oigo a la vecina gritando que la suelten', 'mi pareja me quito el celular', 'me tienen encerrada y me obligan a trabajar', 'nos salimos porque nos queria golpear', 'estoy escondida en casa de una amiga'],
  },
  {
    id: 'es.abuse-danger.sin-techo', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.es.evento-pasado', 'figurative.es.recogida', 'history.es.r6-desde-que-me-corrieron'],
    // Thrown out, on the street with children, nowhere to go tonight.
    source: String.raw`(?:me|nos) (?:botaron|boto|corrieron|corrio|sacaron|saco|echaron|echo|corren|sacan) (?:de la casa|de mi casa|de su casa|de la traila|del shelter|del refugio|del albergue|del apartamento|del depa|del cuarto|a la calle)|(?:estoy|estamos) (?:en la calle|durmiendo en (?:el carro|la calle|un parque)) (?:con|y) (?:mi|mis) (?:hij\w+|bebe|nin\w+)|(?:durmiendo|dormir|duermo|dormimos) en (?:el carro|la calle|un parque) con (?:mis|mi) (?:hij\w+|bebe|nin\w+)|no (?:tengo|tenemos) (?:a )?(?:donde|adonde) (?:ir|dormir|quedarme|quedarnos)`,
    examples: ['me botaron de la casa y estoy en la calle con mi bebe', 'el casero nos saco a la calle', 'no tenemos a donde ir esta noche'],
  },
  {
    id: 'es.abuse-danger.me-toca', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.me-toca-turno'],
    // Sexual abuse said plainly: "él me toca", "me manosea".
    source: String.raw`(?:el|ese|ese senor|ese tipo|novio de mi mama|esposo de mi mama|padrastro|tio|abuelo|primo|vecino|hermanastro) me (?:toca|tocaba|toco|manosea|manoseo|manoseaba)|me (?:obliga|obligo|forzo|forza) a (?:tocarlo|chuparsela|tener sexo|acostarme)`,
    examples: ['mi mama me dejo con su novio y el me toca', 'mi padrastro me toca cuando ella sale'],
  },
  // ---- round 3: a diabetic low, alcohol withdrawal with shaking or seeing people ----
  {
    id: 'es.medical-now.azucar-abstinencia', kind: 'medical-now', guards: [...STATEMENT, 'hypothetical', 'history.es.evento-pasado', 'history.es.mensaje-pasado', 'info-seeking.es.tema', 'info-seeking.es.pregunta-general'],
    // Diabetes with shaking, blurred sight, confusion; stopping drink days ago with shaking, sweats, seeing people.
    source: String.raw`(?:diabetic[oa]|azucar|glucosa|insulina) ${gap(12)}(?:temblando|tiemblo|tiembla|casi no veo|ya no veo|veo borroso|todo borroso|sudando frio|confundid[oa]|desorientad[oa]|no (?:puedo|puede) (?:pensar|hablar bien)|me voy a desmayar|se esta desmayando|mareadisim[oa])|(?:dejo|deje|dejamos|dejaste) (?:el alcohol|de tomar|de beber|el trago|el pisto|la bebida|la botella|el chupe|el guaro) ${gap(4)}(?:y )?(?:(?:esta|anda|sigue) )?(?:todo )?(?:temblando|sudad[oa]|sudando|alucinando|convulsionando|viendo cosas|ve bichos|ve gente|oye voces|gritando|desorientad[oa]|fuera de si)|(?:temblando|sudad[oa]|sudando|alucinando|convulsionando|viendo cosas|ve bichos|no hay nadie|oye voces|desorientad[oa]|fuera de si) ${gap(10)}(?:dejo|deje|dejamos) (?:el alcohol|de tomar|de beber|el trago|el pisto|la bebida|la botella|el chupe|el guaro)|(?:hay|ve|ver|veo|viendo) (?:gente|personas|alguien|hombres|ninos|animales|bichos|aranas|sombras) ${gap(5)}y no hay nadie`,
    examples: ['soy diabetica, no he comido y estoy temblando y veo borroso', 'mi papa dejo de tomar hace tres dias y esta todo sudado y temblando', 'dice que hay gente en la cocina y no hay nadie'],
  },

  // ---- round 4: withdrawal confusion, liver and wound signs, a head knock with vomiting; danger at the door now ----
  {
    id: 'es.medical-now.r4-abstinencia-confusion', kind: 'medical-now', guards: [...STATEMENT, 'history-recent', 'history.es.evento-pasado', 'hypothetical', 'hypothetical.es.si-tengo', 'history.es.mensaje-pasado', 'figurative.es.confundido-con', 'figurative.es.jaja', 'hypothetical.es.si-veo'],
    // Days without drink or benzos, or a home detox, and confusion: does not know the day, talks to people who are not there, rigid with eyes rolled up.
    source: (() => {
      const withdraw = String.raw`(?:detox|desintox\w*|abstinencia|malilla|sin (?:el |la |los |las |sus |mis |su |mi )?(?:tomar|beber|alcohol|ron|guaro|trago|pisto|chupe|cerveza|tequila|benzos|pastillas|clonas|xanax|clonazepam|rivotril|alprazolam)|(?:dejo|deje|dejamos|dejar) (?:de (?:tomar|beber)|el (?:alcohol|ron|guaro|trago|pisto|chupe)|las (?:benzos|pastillas|clonas)|los (?:xanax|benzos)))`;
      const confused = String.raw`(?:no (?:se|sabe|sabia) (?:ni )?(?:que|en que) dia (?:es|estamos)|no (?:sabe|se) (?:ni )?(?:donde|en donde) (?:esta|estoy|estamos)|no (?:me|nos|la|lo|los) reconoce|no reconoce a (?:nadie|su|sus|mi|mis)|no sabe (?:ni )?quien (?:soy|es|somos)|habla(?:ndo)? con (?:gente|personas|alguien) (?:que|q) no (?:esta|estan|hay|existe)|todo (?:me|le) da vueltas|se (?:quedo|puso) ties[oa]|ojos (?:pa|para) (?:arriba|atras)|delirando|desvariando|dice cosas sin sentido|(?:esta|anda|estoy|ando) (?:bien |muy |todo |toda )?(?:confundid[oa]|desorientad[oa]|perdid[oa])|delir(?:a|aba|ando|ante)|(?:dice|decia|dijo) (?:que|q) (?:hay|habia) (?:hombres|gente|personas|alguien|ninos|animales|bichos|aranas|sombras)|no (?:sabe|se) (?:ni )?como se llama|(?:viendo|ve|veo) (?:cosas|bichos|gente|aranas|animales)|(?:oyendo|oye|oigo) voces|temblando (?:y|todo|toda|mucho|sin parar))`;
      return `${withdraw} ${gap(14)}${confused}|${confused} ${gap(14)}${withdraw}`;
    })(),
    examples: ['mi tío lleva dos días sin tomar y ya no sabe ni qué día es', 'estoy haciendo detox solo y todo me da vueltas', 'mi mamá no me reconoce, lleva tres días sin el trago'],
  },
  {
    id: 'es.medical-now.r4-higado-heridas', kind: 'medical-now', guards: [...STATEMENT, 'history.es.evento-pasado', 'hypothetical', 'hypothetical.es.si-tengo', 'history.es.mensaje-pasado', 'scope.es.sujeto-cosa', 'figurative.es.jaja', 'figurative.es.color-por-comida'],
    // Liver signs (black vomit, a swollen belly in a drinker, black stool), a heart that skips or stops, a wound to the bone,
    // a knock on the head with vomiting or confusion.
    source: String.raw`vomit\w* (?:cosas |algo )?(?:negr[oa]s?|como (?:pozo|asiento|borra) de cafe|oscur[oa]s? como cafe)|(?:panza|barriga|estomago|abdomen|pansa|vientre) (?:bien |muy |toda |todo )?(?:hinchad[oa]|inflad[oa]|como (?:de )?embarazad[oa]|dur[oa] como piedra|como (?:globo|tambor|pelota)) ${gap(10)}(?:vomit\w*|amarill\w*|sangre|cirrosis|higado|alcoholic[oa]|toma mucho|bebe mucho|no puede respirar|fiebre|confundid[oa])|(?:cirrosis|higado|alcoholic[oa]|vomit\w*|amarill\w*) ${gap(10)}(?:panza|barriga|estomago|abdomen) (?:bien |muy |toda )?(?:hinchad[oa]|inflad[oa]|como (?:globo|tambor|pelota))|(?:popo|heces|caca|evacuaciones|excremento) (?:bien |muy )?(?:negra|negras|como chapopote)|(?:el )?corazon (?:se me |me |le |se le )?(?:(?:esta|anda) )?(?:salta|brinca|se salta|se brinca|se para|se detiene|saltando|brincando|parando|saltandose|se salta latidos|late raro|late chueco|late feo|late (?:bien |muy )?lento|da brincos|da saltos)(?! de (?:emocion|alegria|gusto|felicidad|nervios)\b)|(?:herida|llaga|absceso|hoyo|agujero|piquete) ${gap(6)}(?:hasta el hueso|se (?:ve|le ve|me ve) el hueso|(?:se puso|esta|se esta poniendo) negr[oa]|apesta|huele (?:a muerto|a podrido|horrible))|(?:me|le) duele la cabeza (?:horrible|muchisimo|como nunca|bien fuerte|demasiado|horriblemente) ${gap(6)}(?:vomit\w*|presion alta|no ve|veo borroso|ve borroso|confundid[oa]|desmay\w*|se le duerme|no puede hablar|se me duerme)|(?:me cai|se cayo|me pegue|se pego|me golpee|se golpeo|me di un golpe|se dio un golpe|choque|chocamos|me pego|le pego|me golpeo|le golpeo|me golpearon|le golpearon|me pegaron|le pegaron|me dio|le dio|me aventaron) ${gap(8)}cabeza ${gap(8)}(?:vomit\w*|mare\w*|confundid[oa]|desmay\w*|no veo bien|veo doble|no me acuerdo|mucho sueno)`,
    examples: ['mi esposo está vomitando algo negro', 'tiene la barriga bien hinchada y los ojos amarillos, es alcohólico', 'hago popo negra desde ayer', 'el corazón se me salta y me mareo', 'la herida del brazo ya está hasta el hueso', 'se cayó y se pegó en la cabeza y está vomitando'],
  },
  {
    id: 'es.abuse-danger.r4-ahora', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'scope.es.sujeto-cosa', 'accidental.es.animal-o-planta', 'figurative.es.juego', 'figurative.es.recogida', 'figurative.es.me-va-a-matar-cosa', 'figurative.es.pegarle-a-cosa', 'figurative.es.la-vida-me-da', 'scope.es.lo-dice-el-medico'],
    // Someone armed outside, a beating heard, a belt or cord used now, held by a smuggler until paid, photos of the house,
    // things thrown, the door broken down right now.
    source: String.raw`hay (?:un|una|unos|unas|dos|tres|varios) (?:tipo|tipos|hombre|hombres|senor|vato|vatos|bato|batos|man|manes|persona|personas|desconocido|desconocidos|cobrador|cobradores|pandillero|pandilleros|loco|borracho) ${gap(2)}(?:afuera|enfrente|en frente|frente a|en la puerta|en la ventana|rondando|merodeando) ${gap(4)}(?:con (?:un |una |el |la |su |sus |unas |unos )?(?:armas?|pistolas?|cuchillos?|machetes?|navajas?|bates?|bat|cuetes?|fuscas?|rifles?|escopetas?|fierros?|cuernos?)|diciendo (?:que|q)|gritando|amenazando|golpeando|pateando|queriendo (?:entrar|meterse)|que no conozco|que no se va)|(?:afuera|enfrente|en la puerta|frente a|en la entrada) (?:de )?(?:mi|la|nuestra) (?:casa|puerta|apartamento|apa|depa|cuarto|traila|edificio|trabajo) (?:con|armad[oa] con) (?:un|una|el|la|su) (?:arma|pistola|cuchillo|machete|navaja|bate|bat|cuete|fusca|rifle|escopeta)(?! de (?:juguete|plastico|agua))|(?:le|les) (?:esta|estan) (?:pegando|golpeando|pateando|ahorcando|madreando|cacheteando)(?= \.|$| (?:fuerte|feo|horrible|otra vez|ahorita|duro|bien feo|con)\b)|(?:le|les|me|nos) (?:esta|estan|anda|andan) (?:dando|pegando|golpeando) con (?:el|la|un|una|su) (?:cinto|cinturon|correa|faja|fajo|palo|cable|chancla|manguera|vara|fuete|cuarta|reata|mecate|extension|cordon|gancho|zapato|sarten|escoba|tabla|hebilla)|(?:coyote|coyotes|pollero|polleros|tratante|tratantes|enganchador|enganchadores) ${gap(8)}(?:no (?:nos|me|la|lo|los|las) (?:deja|dejan|quiere dejar|quieren dejar) (?:salir|ir|irnos|irme)|(?:nos|me|la|lo|los|las) (?:tiene|tienen) (?:encerrad\w*|amenazad\w*|secuestrad\w*)|(?:nos|me) (?:quito|quitaron) (?:los|el|mis|nuestros) (?:papeles|pasaporte|documentos|celular|telefono))|no (?:nos|me|la|lo|los|las) (?:deja|dejan) (?:salir|irnos|irme|ir) ${gap(6)}hasta (?:que|q) (?:paguemos|pague|le paguemos|les paguemos|juntemos|pagues|terminemos de pagar|le pague|les pague)|me (?:manda|mando|envia|envio|esta mandando|sigue mandando|mandan|mandaron) (?:fotos|una foto|foto|videos|un video|video) (?:de|desde) (?:mi|nuestra|mis) (?:casa|carro|trabajo|puerta|ventana|cuarto|escuela|hijos|hija|hijo|depa|apartamento|troca)|(?:sabe|saben) (?:que|q) (?:estoy|estamos|me quede|me quedo) sol[oa]s?(?= \.|$| (?:hoy|esta noche|ahorita|en la casa|en casa|con)\b)|me (?:tira|avienta|arroja|lanza) (?:cosas|platos|sillas|lo que (?:encuentra|sea|agarra|tiene)|botellas|vasos|zapatos|el celular)|me (?:arana|rasguna|cachetea|jalonea|escupe)(?! (?:el|la|mi) (?:gato|gata|perro|perra|perrito|gatito|mascota|bebe)\b)|(?:ahorita|ahora mismo|acaba de|en este momento) (?:mismo )?(?:rompio|tumbo|pateo|quebro|rompieron|tumbaron|romper|tumbar|patear) (?:la|mi) puerta|(?:dijo|dice|amenazo|amenaza|me dijo|me dice|me grito|me escribio|me mando decir) (?:que|q) si (?:me voy(?! a (?:la|una|el|un) )|lo dejo|la dejo|me salgo|lo denuncio|la denuncio|le digo a alguien|hablo|llamo a la policia|me llevo a los ninos|me separo) ${gap(3)}(?:me|nos) (?:mata|matan|va a matar|mataria|desaparece|quema)|(?:ex|expareja|exnovio|exnovia|exesposo|exesposa|exmarido|agresor|abusador|padrastro) ${gap(2)}(?:me )?(?:esta|anda|sigue) (?:esperando|vigilando|rondando) (?:afuera|enfrente|en la puerta|a la salida) (?:de|del) (?:mi |la |el )?(?:casa|trabajo|chamba|escuela|depa|apartamento|cuarto|iglesia|clinica|programa|junta|shelter|albergue)|se (?:mete|metio|quiere meter|trata de meter) (?:en la noche|de noche|en las noches|cuando duermo|mientras duermo) (?:a|en) (?:mi|nuestro) (?:cuarto|cama|bano|recamara)|(?:me|nos) (?:da|dio|daba|esta dando|anda dando|sigue dando) (?:de )?(?:punetazos|punos|golpes|cachetadas|bofetadas|patadas|trancazos|madrazos|chingadazos|putazos|cintarazos|cinturonazos|cachetazos)(?! de )|(?:padrastro|tio|primo|abuelo|novio de mi mama|esposo de mi mama|vecino|hermanastro|senor) ${gap(3)}se (?:mete|metio|quiere meter) a (?:banar|banarse|la regadera|la ducha|mi cama|dormir) conmigo|si no ${gap(5)}(?:me|nos) (?:va|van) a (?:cortar|quemar|romper|quebrar|mochar|tronar) (?:los|las|la|el|mis|mi) (?:dedos|manos|piernas|brazos|cara|cuello|cabeza|patas|rodillas|orejas|lengua)|(?:me estoy|nos estamos|estoy|estamos) escondiendo de (?:mi|el|ella|su|ese|esa|los|las)\b(?! (?:familia|papas|mama|papa|jefe|jefa|suegra)\b)`,
    examples: ['hay un tipo afuera de mi casa con un cuchillo', 'oigo que le están pegando. ayuda', 'mi tío le está dando con la correa a mi primo', 'el coyote nos tiene encerrados en un cuarto', 'no nos dejan salir hasta que paguemos', 'mi ex me manda fotos de mi carro', 'sabe que estoy sola esta noche', 'mi pareja me avienta cosas', 'ahorita mismo tumbó la puerta'],
  },

  {
    id: 'es.overdose-now.r4-escena', kind: 'overdose-now', guards: [...NOW_ES, 'info-seeking.es.tema', 'figurative.es.juego', 'figurative.es.color-de-cosa'],
    // The scene without the word: foil and a straw beside someone on the floor, eyes rolled back and snoring strangely.
    source: String.raw`(?:(?:lo|la|los|las) (?:encontre|encontramos|halle|hallamos|vi) |(?:esta|sigue|se quedo|quedo) )(?:tirad[oa]s?|en el piso|en el suelo|inconsciente|sin reaccionar) ${gap(8)}(?:aluminio|foil|popote|popotito|billete enrollado|jeringa|aguja|pipa|liga)|no (?:despierta|reacciona|responde) ${gap(8)}(?:aluminio|foil|popote|popotito|billete enrollado|jeringa|aguja|pipa|liga)|(?:papel aluminio|aluminio|foil|popote|popotito|billete enrollado) ${gap(8)}(?:(?:esta|sigue|se quedo|quedo|lo encontre|la encontre) (?:tirad[oa]|en el piso|en el suelo)|no (?:despierta|reacciona|responde))|(?:se puso|se esta poniendo|se ve|se quedo) (?:bien |muy |todo |toda )?(?:gris|grisaceo|grisacea|cenizo|cenizo)|(?:ojos en blanco|labios morados|no reacciona) ${gap(4)}(?:ronca|roncando)|(?:ronca|roncando) (?:bien |muy )?(?:raro|feo|extrano|horrible|como ahogad[oa]) ${gap(4)}(?:ojos en blanco|no reacciona|no despierta|morad[oa]|azul)`,
    examples: ['lo encontré en el piso con papel aluminio y un popote', 'está tirado junto a la jeringa', 'tiene los ojos en blanco y está roncando', 'ronca bien raro y no reacciona'],
  },

  // ============================== round 5: by class ==============================
  {
    id: 'es.abuse-danger.r5-amenaza-recibida', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'negation.es.r5-ya-no-sabe', 'figurative.es.jaja', 'figurative.es.juego'],
    // A threat received: knows where I live or work and says what he will do, "se cobra con mi hija", they came asking for
    // me and said they'll be back, "me desaparece", kept under threat.
    source: String.raw`(?:sabe|saben|ya sabe|ya saben|conoce|conocen) (?:donde|en donde|onde|mi|la) (?:vivo|trabajo|vivimos|estudia|estudian|duermo|me quedo|esta mi|viven mis|vive mi|casa|direccion|escuela de) ${gap(8)}(?:me|nos|le|les|te) (?:va|van) a (?:romper|partir|matar|quebrar|madrear|golpear|pegar|levantar|desaparecer|quemar|hacer algo|hacer dano|pasar algo|caer|llegar|buscar|tronar|chingar|cobrar)|(?:si no|sino) (?:le |les )?(?:pago|pagamos|pague|paguemos|doy el dinero|devuelvo) ${gap(6)}(?:se cobra|se cobran|se las cobra|se la cobra|me las cobra|la paga|lo paga|las paga|lo pagan) (?:con|en) (?:mi|mis)|(?:vinieron|fueron|llegaron|vino|fue|llego) ${gap(4)}(?:a |pa |para )?(?:preguntar por mi|buscarme|cobrarme|preguntar|buscar)\b ${gap(10)}(?:vuelven|van a volver|regresan|van a regresar|volveran|regresaran|que vuelve|que regresa|va a volver)|(?:me|nos|la|lo|los|las) (?:va|van) a desaparecer|(?:me|la|lo|nos) (?:desaparece|desaparecen)(?= \.|$| si| a mi| y)|(?:me|la|lo|nos|las|los) (?:tiene|tienen) (?:bien )?amenazad[oa]s?|(?:me|le|les|nos) (?:va|van) a pasar algo (?:malo )?(?:si|a mi|a mis|a los)|(?:dijo|dice|me dijo|me mando decir|me escribio|amenazo) (?:que|q) (?:me|nos) (?:va|van) a (?:quitar|robar) (?:a )?(?:los|mis) (?:ninos|hijos|nenes|chamacos|hijas)`,
    examples: ['mi hermano me manda audios que sabe donde trabajo y que me va a romper la cara', 'si no le pago el viernes se cobra con mi hija', 'hoy fueron dos a preguntar por mí a casa de mi mamá, dijeron que vuelven en la noche', 'su marido la tiene amenazada'],
  },
  {
    id: 'es.abuse-danger.r5-ninos-o-mayores-solos', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'figurative.es.jaja'],
    // Children or an old person left alone, locked in, unfed, bruised: neglect happening now.
    source: String.raw`(?:deja|dejan|dejo|dejaron|tiene|tienen|dejaba) (?:sol[oa]s?|encerrad[oa]s?) (?:a )?(?:su |sus |la |el |los |las |mi |mis )?(?:nin[oa]s?|bebes?|nenes?|nenas?|chiquit[oa]s?|hij[oa]s?|abuel[oa]s?|abuelit[oa]s?|criaturas?|chamac[oa]s?|nin[oa] chiquit[oa]) ${gap(4)}(?:dias|todo el dia|toda la noche|noches|desde|llorando|sin comer|encerrad\w*|hambre|no (?:le|les) (?:da|dan|dio) (?:de )?comer)|(?:nin[oa]s|bebes?|nenes|chiquitos|chamacos|criaturas) (?:estan |siguen |se quedaron )?(?:sol[oa]s?|encerrad[oa]s?) ${gap(6)}(?:llorando|desde|dias|sin comer|encerrad\w*|moreton\w*|golpead\w*)|no (?:le|les) (?:da|dan|dio|han dado) (?:de )?comer (?:a )?(?:la |el |mi |su |los |las |sus )?(?:abuel\w*|nin[oa]s?|bebes?|nenes?|chiquit\w*|hij[oa]s?|viejit\w*)|(?:le|les) (?:quita|quitan|quito|agarra|agarran) (?:la|su|el) (?:pension|dinero|cheque|comida|apoyo) ${gap(4)}(?:no (?:le|les) (?:da|dan) (?:de )?comer|la tiene encerrad\w*|moreton\w*|golpe\w*)|(?:moreton\w*|golpes|marcas) (?:en la cara|en los brazos|en el cuerpo)? ${gap(6)}(?:dice|dijo) (?:que|q) se cayo pero`,
    examples: ['la vecina deja sola a su niña chiquita días enteros', 'mi tío le quita la pensión y no le da de comer', 'la vecina deja a los niños solos y están llorando encerrados'],
  },
  {
    id: 'es.abuse-danger.r5-violento-ahora', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'figurative.es.jaja', 'figurative.es.juego', 'scope.es.sujeto-cosa'],
    // Violence starting now: banging on the door and won't leave, turning violent and throwing things, men circling
    // the car where we sleep.
    source: String.raw`(?:sigue|siguen|esta|estan|lleva|llevan) (?:[^ ]+ )?(?:[^ ]+ )?(?:tocando|golpeando|pateando|aporreando|forzando|tumbando) (?:la |el |mi )?(?:puerta|ventana|reja|porton|ventanas) ${gap(8)}(?:ex\b|expareja|exnovio|exesposo|borracho|agresor|padrastro|gritando|grita|amenaz\w*|armado|miedo|escondid\w*|temblando|no (?:le|les) (?:abro|abrimos|voy a abrir)|rompio|quiere entrar|que abra|nos van a|me van a)|(?:se pone|se esta poniendo|se puso|anda|esta) (?:bien |muy |todo |otra vez )?(?:violento|agresivo|agresiva|violenta|loco|pesado) ${gap(12)}(?:avent\w*|tir(?:o|a|ando)\b|romp\w*|quebr\w*|empuj\w*|amenaz\w*|llorando|escondid\w*|cuchillo|pistola)|(?:dando vueltas?|rondando|merodeando|vigilando) (?:al|el|alrededor del|alrededor de la|la|mi|a la) (?:carro|coche|troca|casa|depa|camioneta|carpa|cuarto)`,
    examples: ['sigue tocando la puerta, es el ex de mi hija', 'se pone violento cuando toma y ya aventó un plato', 'unos tipos tan dando vuelta al carro hace rato'],
  },
  {
    id: 'es.overdose-now.r5-algo-nuevo', kind: 'overdose-now', guards: [...NOW_ES, 'info-seeking.es.tema', 'figurative.es.jaja'],
    // Took too much or something unknown, with the body answering: heart racing, cold sweat, can't breathe.
    source: String.raw`(?:algo nuevo|algo raro|algo cortado|me dio algo|me dieron algo|le dio algo|le dieron algo|lo que me vendio|lo que me dieron|se metio algo|me meti algo|creo que me pase|ya me pase|me pase de (?:la )?dosis|me pase con (?:el|la|los|las) [^ ]+|probe algo) ${gap(12)}(?:corazon (?:me |le )?(?:late|va|palpita|esta|anda) (?:rarisimo|raro|muy rapido|rapidisimo|a mil|bien rapido|como loco|bien fuerte)|corazon a mil|sudo frio|sudando frio|suda frio|no (?:puedo|puede) respirar|pecho apretado|me estoy desmayando|se esta desmayando|veo borroso|no siento (?:las|los)|labios morados|todo me da vueltas|(?:bien|muy) palid[oa])`,
    examples: ['el que me vende me dio algo nuevo y creo que me pase, el corazon me late rarisimo y sudo frio', 'me dieron algo en la fiesta y el corazón me late a mil'],
  },
  {
    id: 'es.overdose-now.r5-tomando-y-tirado', kind: 'overdose-now', guards: [...NOW_ES, 'info-seeking.es.tema', 'figurative.es.jaja', 'history.es.ya-no'],
    // Drinking for hours and now down: on the floor, vomiting, not talking, not waking.
    source: String.raw`(?:lleva|llevo|llevamos|llevan|estuvo|estuvimos|estuvieron|ha estado|paso) (?:[^ ]+ )?(?:[^ ]+ )?(?:tomando|bebiendo|chupando|pisteando|echando trago|empinando) ${gap(10)}(?:tirad[oa]|en el piso|en el suelo|inconsciente|no (?:habla|responde|reacciona|despierta|se mueve|contesta)|sin (?:responder|reaccionar|moverse)|vomitando (?:y|sangre)|ahogando|morad[oa]|convulsion\w*|roncando raro)`,
    examples: ['mi papá lleva tomando guaro desde la mañana y ahora está tirado en el patio vomitando y no habla', 'mi compa estuvo chupando toda la tarde y está tirado en el baño'],
  },
  {
    id: 'es.medical-now.r5-plaguicida', kind: 'medical-now', guards: [...STATEMENT, 'history.es.evento-pasado', 'history-recent', 'hypothetical', 'info-seeking.es.tema'],
    // Poisoned at work by farm or household chemicals: fumigating without a mask, then dizzy, vomiting, shaking, drooling.
    source: String.raw`(?:fumig\w*|rocie|rociando|rociaba|rociar|insecticida|pesticida|herbicida|plaguicida|gramoxone|paraquat|quimicos del campo|los quimicos|el quimico|veneno (?:pa|para) (?:la plaga|las plagas|los bichos)) ${gap(12)}(?:mare\w*|vomit\w*|me tiemblan|le tiemblan|tiembl\w*|no (?:puedo|puede) respirar|convuls\w*|babea\w*|desmay\w*|sudando mucho|se desvanec\w*)`,
    examples: ['estaba fumigando sin máscara y ahora estoy bien mareado, vomitando', 'mi hijo tocó el herbicida sin guantes y ahora está convulsionando'],
  },
  {
    id: 'es.abuse-danger.r5-en-la-calle-de-noche', kind: 'abuse-danger', guards: [...STATEMENT, 'hypothetical', 'history.es.evento-pasado', 'figurative.es.recogida'],
    // Thrown out tonight with the children and nowhere to go, sleeping in the car where it is not safe.
    source: String.raw`(?:me|nos) (?:corrio|corrieron|saco|sacaron|echo|echaron|desalojaron|corre|corren|aventaron) ${gap(8)}(?:estamos|estoy|quedamos|quede|dormimos|durmiendo|dormir|andamos|ando) ${gap(3)}(?:en la calle|en el carro|en la troca|afuera|sin donde|en la banqueta|en un parque|en la estacion|en la central)|(?:estamos|estoy|andamos|ando) (?:en la calle|durmiendo en el carro|durmiendo en la calle|durmiendo en la troca|en la banqueta) ${gap(10)}(?:de noche|es de noche|ya oscurecio|no (?:tengo|tenemos) (?:a )?donde|sin donde|mucho frio|tengo miedo|unos tipos|no conozco a nadie)`,
    examples: ['mi suegra me corrió con mis dos hijos y estamos en la calle, es de noche', 'el dueño nos sacó hoy y estamos durmiendo en el carro'],
  },
  {
    id: 'es.abuse-danger.r5-menor-y-adulto', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'figurative.es.jaja'],
    // A minor gone with, or groomed by, an adult met online.
    source: String.raw`(?:hij[oa]|nieta|nieto|sobrin[oa]|hermanit[oa]|nin[oa]|chamac[oa]|nena|nene) (?:de )?(?:[5-9]|1[0-7])(?: anos)?\b ${gap(14)}(?:se (?:fue|salio|escapo|va a ver|iba a ver) ${gap(3)}con (?:un|una) (?:senor|hombre|tipo|adulto|muchacho|chavo|senora|vato)|conocio (?:en|por) |(?:le|les) (?:pide|pidio|manda|mando|esta pidiendo) (?:fotos|videos|mensajes raros)|que se vean|a escondidas)|(?:conocio|conocieron) (?:en|por) (?:internet|face|facebook|tiktok|instagram|insta|el juego|roblox|free fire|fortnite|snap|snapchat|discord|una app) ${gap(10)}(?:no contesta|no llego|se fue|le (?:pide|pidio|esta pidiendo|anda pidiendo) fotos|le manda (?:mensajes|fotos|videos)|quiere verl[oa]|quedaron de verse|se van a ver|no (?:ha )?regres\w*)|(?:le|les) (?:pide|pidio|esta pidiendo|anda pidiendo) (?:fotos|videos) (?:desnud\w*|sin ropa|intimas|encuerad\w*)`,
    examples: ['mi hija de 16 se fue con un señor mayor que conoció en internet y no contesta', 'un señor que mi hijo conoció en el juego le está pidiendo fotos'],
  },
  {
    id: 'es.abuse-danger.r5-arma-contra-mi', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'figurative.es.juego', 'figurative.es.jaja'],
    // A weapon held to me by someone else: the gun to my head, the knife at my throat, aimed at me with the shotgun.
    source: String.raw`(?:me|nos) (?:puso|pone|ponia|apunto|apunta|apuntaba|encano|encana|encanaba|pego|pega|paso|pasa) (?:con )?(?:la|el|una|un|su) (?:pistola|arma|cuchillo|navaja|cuete|fusca|revolver|escopeta|machete|cuchilla|rifle|fierro)(?! de (?:agua|juguete|plastico))`,
    examples: ['anoche me puso la pistola en la cabeza', 'mi papá me apuntó con la escopeta', 'mi novio me pone el cuchillo en el cuello cuando se enoja'],
  },
  {
    id: 'es.abuse-danger.r5-papeles-retenidos', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'history.es.evento-pasado'],
    // Labour trafficking: passports or papers taken, can't leave, threatened with immigration.
    source: String.raw`(?:quito|quitaron|tiene|tienen|guardo|guardaron|retiene|retienen|agarro|agarraron) (?:los|mis|nuestros|sus|el|mi|las|nuestras) (?:pasaportes?|papeles|documentos|identificaciones|micas|visas?) ${gap(12)}(?:no (?:nos|me|los|las) (?:deja|dejan|dejaba) (?:salir|ir|irnos|irme)|no (?:podemos|puedo) (?:salir|irnos|irme)|migra|inmigracion|ice|deport\w*|encerrad\w*|si (?:hablamos|hablo|decimos|digo|nos vamos|me voy))`,
    examples: ['el patrón nos quitó los pasaportes y dice que si hablamos llama a la migra', 'el contratista guardó nuestros documentos y no podemos irnos'],
  },
  {
    id: 'es.abuse-danger.r5-se-oyen-golpes', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'figurative.es.juego', 'figurative.es.jaja'],
    // Violence heard through the wall: screaming or crying, and blows.
    source: String.raw`(?:oigo|escucho|se oyen|se escuchan|oimos|escuchamos|se oye|se escucha) ${gap(8)}(?:gritando|gritos|llorando|llorar|pidiendo ayuda|auxilio) ${gap(8)}(?:golpes|cachetadas|trancazos|madrazos|le pega|le pegan|le esta pegando)|(?:oigo|escucho|se oyen|se escuchan|oimos|escuchamos|se oye|se escucha) ${gap(8)}(?:golpes|cachetadas|trancazos|madrazos|como le pega|que le pega|que le pegan|como le pegan) ${gap(8)}(?:gritando|gritos|llorando|llorar|pidiendo ayuda|auxilio|no me pegues|ya no)`,
    examples: ['oigo a la niña de arriba gritando y golpes cada noche', 'se escuchan golpes y a la vecina llorando'],
  },
  {
    id: 'es.abuse-danger.r5-no-me-llames', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.jaja'],
    // A coded message from someone watched: "no me llames, él revisa todo".
    source: String.raw`no me (?:llames|marques|escribas|hables|mandes mensajes?) ${gap(4)}(?:el|ella|mi esposo|mi marido|mi pareja|mi novio|mi novia|mi esposa) (?:me )?(?:revisa|checa|lee|vigila|esta viendo|ve mi|ve mis|se da cuenta|se entera|me quita el)`,
    examples: ['mi hermana me escribió no me llames él revisa todo', 'no me escribas, él checa mi cel'],
  },
  {
    id: 'es.abuse-danger.r5-mayor-maltratado', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'history.es.evento-pasado'],
    // An old person bruised and robbed by the one caring for them: bruises, and the cheque or pension taken.
    source: String.raw`(?:moreton\w*|golpes|marcas|rasgunos) ${gap(10)}(?:le quita\w*|le quitan|le agarra\w*|se queda con|le roba\w*) (?:su|la|el|sus) (?:cheque|pension|dinero|estampillas|cupones|food stamps|comida|tarjeta)|(?:le quita\w*|le quitan|se queda con|le roba\w*|le agarra\w*) (?:su|la|el|sus) (?:cheque|pension|dinero|estampillas|tarjeta|comida) ${gap(10)}(?:moreton\w*|golpe\w*|le pega|lo encierra|la encierra|la tiene encerrada|lo tiene encerrado|encerrad[oa]|sin comer|no le da de comer)`,
    examples: ['a mi abuelo lo tienen lleno de moretones en los brazos y le quitan su cheque', 'mi tía le quita la pensión a mi abuela y la tiene encerrada'],
  },

  // ============================== round 6: by class ==============================
  {
    id: 'es.overdose-now.r6-mezcla-y-se-apaga', kind: 'overdose-now', guards: [...NOW_ES, 'intent-not-yet'],
    // Depressants mixed (methadone, Suboxone, benzos, sleeping pills with drink) and fading now: "me estoy apagando",
    // "no puedo mantener los ojos abiertos".
    source: String.raw`(?:mezcl\w+|tome|tomo|me tome|se tomo|me meti|se metio|con) ${gap(8)}(?:alcohol|cerveza|chelas|vino|tequila|pisto|trago|guaro|benzos|clonas|clonazepam|xanax|pastillas (?:de|pa|para) dormir|metadona|suboxon\w*|rivotril|alprazolam|seroquel|gabapentina) ${gap(8)}(?:(?:me estoy|se esta|me voy|se va) (?:apagando|desconectando|yendo|desvaneciendo)|me desconecto|se desconecta|no (?:puedo|puede) (?:mantener|tener|abrir) los ojos(?: abiertos)?|no (?:puedo|puede) mantener(?:me|se) despiert[oa]|se me cierran los ojos|se le cierran los ojos)`,
    examples: ['me tome la suboxona con alcohol y pastillas pa dormir y me estoy apagando', 'mezcle clonazepam con alcohol y no puedo mantener los ojos abiertos', 'tomé suboxone y luego clonas, siento que me desconecto'],
  },
  {
    id: 'es.overdose-now.r6-narcan-y-respira-raro', kind: 'overdose-now', guards: NOW_ES,
    // Naloxone given (voice-to-text "nar can", "narkan") and breathing still wrong; breathing odd after a drug.
    source: String.raw`(?:nar can|narkan|narcam|narcan|naloxona|naloxone|nalox) ${gap(8)}(?:respirando|respira) (?:(?:bien|muy|super|re) )?(?:raro|feo|lento|despacio|despacito|poquito|extrano|ronco)|(?:le|les) (?:puse|pusimos|di|dimos|eche|echamos|aplique) (?:el |la |un |una )?(?:nar can|narkan|narcam|nalox)\b|(?:chiva|fenta|fentanilo|heroina|pastillas|perico|cristal|droga|percos|metadona) ${gap(6)}(?:respirando|respira) (?:(?:bien|muy|super) )?(?:raro|feo|lento|despacio|despacito|extrano)|(?:respirando|respira) (?:(?:bien|muy|super) )?(?:raro|feo|lento|despacio|despacito|extrano) ${gap(3)}despues de (?:la |el |las |los |unas |unos )?(?:chiva|fenta|fentanilo|heroina|pastillas|perico|cristal|droga|percos|metadona|inyectarse|picarse|fumar)`,
    examples: ['ya le puse el nar can a mi hermano pero sigue respirando bien raro', 'le puse narkan y respira bien feo', 'mi hermano está respirando bien raro después de la chiva'],
  },
  {
    id: 'es.medical-now.r6-sin-insulina', kind: 'medical-now', guards: [...STATEMENT, 'hypothetical', 'history.es.evento-pasado', 'info-seeking.es.tema'],
    // Insulin ran out and the body failing: fast breathing, vomiting, dizzy, very sick, thirst, confused.
    source: String.raw`(?:se me acabo|se le acabo|me quede sin|se quedo sin|no tengo|no tiene|sin|no me he puesto|no se ha puesto) (?:la |mi |su )?insulina ${gap(12)}(?:respiro (?:muy |bien )?(?:rapido|rapidisimo|raro|agitad[oa])|respira (?:muy |bien )?(?:rapido|raro)|respirando (?:muy |bien )?(?:rapido|raro)|vomit\w*|mareadisim[oa]|muy maread[oa]|estoy maread[oa]|confundid[oa]|me siento (?:muy |bien |super )?mal|se siente (?:muy |bien )?mal|mucha sed|no (?:puedo|puede) (?:ni )?(?:pararme|pararse|levantarme|levantarse)|aliento (?:a fruta|raro|dulce))`,
    examples: ['se me acabo la insulina hace 2 dias y ahora me siento muy mal, respiro rapido y estoy mareada', 'me quedé sin insulina desde el sábado, estoy mareado y me siento muy mal'],
  },
  {
    id: 'es.abuse-danger.r6-sexo-o-me-echa', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.jaja'],
    // Sex demanded under a threat: eviction, firing, la migra.
    source: String.raw`si no (?:me acuesto|se acuesta|me meto|se mete|tengo sexo|tiene sexo|duermo|duerme|salgo|sale|hago lo que (?:quiere|pide)|hace lo que (?:quiere|pide)|le doy|le da|le pago con (?:el|mi) cuerpo|le paga con (?:el|su) cuerpo|le pago con sexo|le paga con sexo|me dejo|se deja) ${gap(4)}(?:(?:me|la|lo|le) (?:echa|corre|saca|despide|deporta|reporta|denuncia|quita)|(?:llama|le habla|va a llamar) a (?:inmigracion|la migra|ice|la policia)|me (?:va|van) a (?:echar|correr|sacar|deportar|reportar|denunciar))|(?:pague|pagarle|pagar|pago) (?:la renta |el cuarto )?con (?:sexo|mi cuerpo) (?:o|si no)|(?:duerma|me acueste|tenga sexo) con el o (?:me|nos) (?:echa|saca|corre|deporta)|(?:amenaza|amenazo|amenazando) con (?:llamar a |hablarle a |reportarme (?:a|con) )?(?:inmigracion|la migra|ice|deportarme) si no (?:me acuesto|salgo|duermo|tengo sexo|hago)`,
    examples: ['el dueno del trailer dice q si no me acuesto con el me echa hoy mismo y llama a inmigracion', 'mi jefe me amenaza con llamar a inmigración si no salgo con él'],
  },
  {
    id: 'es.abuse-danger.r6-nino-con-el-agresor', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.jaja'],
    // A child kept by the dangerous parent now: not returned, bruises, drunk, armed.
    source: String.raw`(?:no me (?:la|lo|los|las) (?:quiere|quiso) (?:devolver|regresar|entregar)|no me (?:la|lo|los|las) (?:devuelve|regresa|entrega)) ${gap(10)}(?:moretones|golpead[oa]|borrach[oa]|bebiendo|tomando|drogad[oa]|pasad[oa]|pistola|arma|le (?:pego|pega|dejo)|amenaz\w+|marcas)|(?:moretones|golpead[oa]|borrach[oa]|bebiendo|tomando|drogad[oa]|pistola|arma|le (?:pego|pega|dejo)|marcas) ${gap(10)}(?:no me (?:la|lo|los|las) (?:quiere|quiso) (?:devolver|regresar|entregar)|no me (?:la|lo|los|las) (?:devuelve|regresa|entrega))|(?:mi|mis) (?:hij[oa]s?|nin[oa]s?|bebe|nene|nena|chiquit[oa]s?) (?:esta|estan|se quedo|se quedaron|anda|andan) con (?:el|ella|su papa|su mama|mi ex|su padrastro|el papa|su padre) ${gap(6)}(?:esta|anda|sigue) (?:tomando|bebiendo|borracho|drogad[oa]|pasad[oa]|armad[oa])`,
    examples: ['mi hija de 3 anos tiene moretones y el papa no me la quiere devolver, esta con el ahora y esta bebiendo', 'mi ex se llevó a los niños y no me los quiere regresar, anda bien borracho'],
  },
  {
    id: 'es.abuse-danger.r6-no-puedo-hablar', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.jaja'],
    // Watched and unable to talk: "no puedo hablar, revisa mi cel", "si no contesto llamen a la policía".
    source: String.raw`no (?:puedo|podemos|puede) (?:hablar|llamar|contestar) ${gap(8)}(?:revisa|revisan|(?:me|le|la) revisa|(?:me|le|la) vigila|(?:me|le|la) vigilan|esta (?:aqui|al lado|junto)|(?:me|la|lo) (?:oye|escucha|esta (?:viendo|escuchando|oyendo)|esta checando)|si no (?:contesto|respondo|escribo|contesta|responde)|llamen a|manden a|llamemos a)|si (?:en [^ ]+ (?:[^ ]+ )?)?no (?:contesto|respondo|escribo|aparezco|regreso|te escribo) ${gap(6)}(?:llamen|llama|manden|mandes|avisen|avisa) (?:a (?:alguien|la policia|el 911|al 911|la patrulla|mi)|la policia|al 911|el 911|una patrulla)|si desaparezco (?:avisen|avisa|llamen|llama|busquen)`,
    examples: ['no puedo hablar, revisa mi cel. si no contesto llamen a alguien', 'si en una hora no contesto llamen a la policía, ando con él en el carro'],
  },
  {
    id: 'es.abuse-danger.r6-si-voy-me-mata', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.jaja', 'figurative.es.me-va-a-matar-si'],
    // A conditional threat received: "dijo que si voy al programa me mata", "si hablo me desaparece", beaten "cuando llegue".
    source: String.raw`(?:dijo|dice|me dijo|amenazo|amenaza|me amenazo|jura|juro|me grito) (?:que |q )?si (?:voy|me voy|lo dejo|la dejo|hablo|denuncio|llamo|le digo|me salgo|me separo|vuelvo|regreso|entro|busco ayuda|digo algo|cuento|me escapo) ${gap(6)}(?:me mata|me va a matar|me pega|me va a pegar|me desaparece|me quita a (?:los|mis)|me parte la madre|me busca y me|me encuentra|me quema|me raja)|(?:dijo|dice|me dijo|amenazo|amenaza|me grito) (?:que |q )?me (?:va|van) a (?:quitar|sacar) (?:lo|la) [^ ]+ a (?:golpes|putazos|madrazos|chingadazos|cintarazos|palos)`,
    examples: ['dijo que si voy al programa me mata, y esta vez lo dice en serio', 'mi papa encontro mis cosas y dice q me va a quitar lo joto a golpes cuando llegue'],
  },
  {
    id: 'es.overdose-now.r6-escena-y-frasco-vacio', kind: 'overdose-now', guards: [...NOW_ES, 'scope.es.r6-se-acabo-normal'],
    // The scene without the drug's name: foil, a straw, a burnt spoon beside someone who does not move; a bottle full
    // this morning and empty now.
    source: String.raw`(?:papel aluminio|aluminio quemado|pedazo de aluminio|popote|cuchara quemada|billete enrollado|liga en el brazo|pipa|jeringa|aguja) ${gap(8)}(?:no se mueve|no reacciona|no despierta|no responde|no contesta|inconsciente|esta morad[oa]|esta azul|no respira|casi no respira)|(?:tirad[oa]|no se mueve|no reacciona|no despierta|inconsciente) ${gap(6)}(?:papel aluminio|aluminio quemado|popote|cuchara quemada|billete enrollado|pipa|jeringa)|(?:frasco|bote|caja|botella|blister) (?:de |con )?(?:[^ ]+ ){0,4}(?:estaba|era|tenia|venia) (?:lleno|llena|nuevo|nueva|complet[oa]|sin abrir) ${gap(6)}(?:vacio|vacia|no queda ninguna|no quedan|ya no hay|no hay nada)`,
    examples: ['encontre a mi hermano en el bano con papel aluminio y un popote, no se mueve', 'el frasco de pastillas de mi mama estaba lleno y ahora esta vacio y ella esta dormida'],
  },
  {
    id: 'es.abuse-danger.r6-me-rastrea', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.jaja', 'scope.es.r6-ubicacion-acordada'],
    // Tracked: an app, a GPS or a tag put on me or my car, and he turns up where I am.
    source: String.raw`(?:me|le) (?:puso|instalo|metio|pusieron|instalaron) (?:una |un )?(?:aplicacion|app|gps|rastreador|localizador|airtag|chip) ${gap(5)}(?:rastrear\w*|vigilar\w*|seguir\w*|saber donde|sabe donde|me sigue|me encuentra)|(?:me|la|lo) (?:esta|anda|tiene) (?:rastreando|rastreada|rastreado|localizada|ubicada)|(?:encontre|halle|tengo) (?:un |una )?(?:airtag|rastreador|localizador|gps) (?:en|debajo de|dentro de) (?:mi|la|el) (?:bolsa|carro|mochila|coche|chamarra|maleta|troca)`,
    examples: ['me puso una aplicacion para rastrearme y sabe donde estoy', 'encontré un airtag en mi bolsa, mi ex me está rastreando'],
  },
  // ---- round 7 ----
  {
    id: 'es.overdose-now.r7-uso-y-no-respiro', kind: 'overdose-now', guards: [...NOW_ES, 'intent-not-yet', 'info-seeking.es.tema'],
    // A depressant taken or mixed, and breathing or waking going wrong now.
    source: String.raw`(?:me inyecte|me meti|me puse|me tome|me fume|me esnife|inhale|consumi|me aplique|use|me pegue) ${gap(6)}(?:parches? de fentanilo|parches|fentanilo|fenta|heroina|chiva|morfina|oxicodona|oxy|dilaudid|hidromorfona|propofol|ketamina|metadona|opioides?|percocet|xanax|clonazepam|rivotril|alprazolam|diazepam|valium|lorazepam|ativan) ${gap(10)}(?:no respiro bien|no puedo respirar|me cuesta respirar|respiro (?:muy )?(?:lento|raro)|se me cierran los ojos|no me puedo mantener despiert[oa]|me estoy apagando|me voy a desmayar|tengo los labios morados)|(?:mezcle|combine|junte|revolvi|me tome) ${gap(2)}(?:alcohol|chupe|pisto|trago|cerveza|tequila|vino|xanax|clonazepam|rivotril|alprazolam|diazepam|fentanilo|heroina|metadona|pastillas|lean|codeina|pregabalina|gabapentina|morfina|opioides) (?:con|y) ${gap(2)}(?:alcohol|chupe|pisto|trago|cerveza|tequila|vino|xanax|clonazepam|rivotril|alprazolam|diazepam|fentanilo|heroina|metadona|pastillas|lean|codeina|pregabalina|gabapentina|morfina|opioides) ${gap(6)}(?:me siento (?:muy )?(?:mal|raro|rara|pesad[oa]|mareadi?[oa])(?= \.|$| y)|no (?:respiro|puedo respirar)|me estoy (?:apagando|durmiendo)|me cuesta respirar|me voy a desmayar)`,
    examples: ['me inyecte lo que quedaba del fentanilo y siento que no respiro bien', 'mezcle alcohol con clonazepam y me siento mal', 'junte xanax con tequila y me estoy apagando'],
  },
  {
    id: 'es.medical-now.r7-abstinencia-delirio', kind: 'medical-now', guards: [...STATEMENT, 'history-recent', 'history.es.evento-pasado', 'hypothetical', 'hypothetical.es.si-tengo', 'history.es.mensaje-pasado'],
    // Days after stopping drink or benzos: shaking, seeing things, racing heart (delirium tremens).
    source: String.raw`(?:dejo|deje|dejamos|dejaste) de (?:tomar|beber|chupar|pistear|las pastillas|el clonazepam|el xanax|el rivotril) ${gap(20)}(?:(?:empezo|empece|comenzo) a (?:temblar|ver cosas|alucinar|convulsionar)|ve cosas|viendo cosas|alucin\w+|animales en las paredes|bichos en las paredes|gente en el cuarto|gente que no esta|no sabe donde esta|(?:corazon|pecho) (?:le |me )?(?:late|va) (?:rapidisimo|muy rapido|a mil))|(?:temblando|tiembla|temblar) ${gap(6)}(?:ve cosas|ver cosas|viendo cosas|alucin\w+) ${gap(15)}(?:desde que|porque) (?:dejo|deje) de (?:tomar|beber|chupar)`,
    examples: ['mi esposo dejo de tomar hace 3 dias y esta noche empezo a temblar y a ver cosas', 'deje de beber el lunes y veo bichos en las paredes'],
  },
  {
    id: 'es.medical-now.r7-embarazo-sangrado', kind: 'medical-now', guards: [...STATEMENT, 'history.es.r7-embarazo-anterior', 'history-recent', 'history.es.evento-pasado', 'hypothetical', 'hypothetical.es.si-tengo', 'history.es.mensaje-pasado'],
    // Pregnant and bleeding heavily or in strong pain.
    source: String.raw`(?:embarazada|embarazo|semanas de embarazo|meses de embarazo) ${gap(15)}(?:sangr\w+ (?:mucho|muchisimo|bastante|a chorros|sin parar)|empece a sangrar|estoy sangrando|llene (?:dos|tres|varias|\d+) toallas|dolores? (?:muy )?fuertes? (?:en|de) (?:la )?(?:panza|vientre|barriga|abdomen)|se me rompio la fuente|no siento (?:al bebe|que se mueva))|(?:sangr\w+ (?:mucho|muchisimo|a chorros)|llene (?:dos|tres|varias|\d+) toallas) ${gap(12)}embaraz\w+|sangr\w+ (?:mucho|muchisimo|a chorros|sin parar) ${gap(8)}(?:llene (?:dos|tres|varias|\d+) (?:toallas|toallitas)|dolores? (?:muy )?fuertes? (?:en|de) (?:la )?(?:panza|vientre|barriga|abdomen))`,
    examples: ['tengo 10 semanas de embarazo y hoy empece a sangrar mucho', 'estoy embarazada y tengo dolores muy fuertes en la panza'],
  },
  {
    id: 'es.abuse-danger.r7-me-siguen-o-me-echaron', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'figurative.es.jaja', 'history.es.evento-pasado', 'history-recent'],
    // Followed now on the street; thrown out of home, alone outside.
    source: String.raw`(?:alguien|un (?:tipo|carro|hombre|senor|vato|wey|coche|camioneta)|unos (?:tipos|hombres|vatos|weyes)) (?:me )?(?:sigue|viene siguiendo|vienen siguiendo|esta siguiendo|estan siguiendo|anda siguiendo|va siguiendo|me sigue|me siguen)(?! en (?:insta\w*|tiktok|face\w*|twitter|redes|x|youtube)\b)(?= \.|$| (?:ahorita|ahora|desde|en (?:la calle|el carro|un carro|una camioneta)|por la calle|a pie|y (?:tengo|no|estoy))\b)|me (?:vienen|viene|estan|esta|anda|andan|van|va) siguiendo(?! en (?:insta\w*|tiktok|face\w*|twitter|redes|x|youtube)\b)(?= \.|$| (?:desde|en (?:la calle|el carro|un carro|una camioneta|una moto)|por la calle|ahorita|y (?:tengo|no|estoy))\b)|me (?:sigue|siguen) (?:un|una|unos|unas) (?:tipo|tipos|carro|camioneta|moto|hombre|hombres|vato|vatos|senor)\b(?! en (?:insta\w*|tiktok|face\w*|twitter|redes|x|youtube)\b)|me (?:echaron|corrieron|sacaron|botaron|echo|corrio|saco) de (?:la )?casa(?! (?:a los|a mis|cuando|hace|de chic\w*|de nin\w*)\b) ${gap(5)}(?:sol[oa] en la calle|en la calle|sin donde (?:dormir|quedarme)|no tengo (?:a )?donde (?:ir|dormir))|(?:alguien|carro|coche|camioneta|troca|moto|tipo|tipos|vato|vatos|wey|weyes|hombre|hombres|senor|ex|patrulla|migra) ${gap(3)}(?:siguiendome|persiguiendome|siguiendonos|persiguiendonos)(?! en (?:insta\w*|tiktok|face\w*|twitter|redes|x|youtube)\b)|(?:esta|estan|anda|andan|viene|vienen|va|van|sigue|siguen) (?:siguiendome|persiguiendome|siguiendonos|persiguiendonos) (?:desde|por la calle|en (?:un|una|el|la|su) (?:carro|coche|camioneta|troca|moto)|hasta)|me (?:viene|vienen|esta|estan|anda|andan|va|van) persiguiendo(?! en (?:insta\w*|tiktok|face\w*|twitter|redes|x|youtube)\b)`,
    examples: ['hay una camioneta siguiendome desde que sali del trabajo', 'alguien me sigue ahorita', 'un carro me viene siguiendo desde la parada', 'me echaron de casa, sola en la calle'],
  },
  {
    id: 'es.medical-now.r8-calor-quimicos-azucar', kind: 'medical-now', guards: [...STATEMENT, 'figurative.es.jaja', 'history-recent', 'history.es.evento-pasado', 'hypothetical', 'hypothetical.es.si-tengo', 'history.es.mensaje-pasado', 'resolved.es.ya-esta-bien'],
    // Work and home emergencies: heat illness in the field, a chemical in the eyes, a sugar low that does not answer,
    // someone caught in a machine or under a load.
    source: String.raw`(?:le|me|nos) (?:dio|pego|esta dando|esta pegando|agarro) (?:el|un|una|la) (?:calor|caloron|sol|insolacion|calorona) ${gap(8)}(?:vomit\w*|confundid[oa]|desmay\w*|maread[oa]|no (?:responde|contesta|reacciona|suda|sudo|sudamos)|ya no (?:suda|sudo)|convulsi\w*|delir\w*|habla (?:raro|incoherencias)|dice incoherencias|se cayo|no (?:se )?(?:puede|puedo) (?:parar|levantar))|(?:quimicos?|cloro|acido|muriatico|sosa|lejia|cal viva|solvente|thinner|pesticida|veneno|fertilizante|pintura|cemento) ${gap(4)}(?:en|a|dentro de) (?:los|el|mis|sus|un) ojos?|(?:bajon|baja|bajada|bajo) (?:de|del|el) (?:azucar|glucosa) ${gap(6)}(?:no (?:contesta|responde|reacciona|despierta|se mueve)|desmay\w*|confundid[oa]|convulsi\w*|tirad[oa]|no sabe (?:donde|quien))|(?:atrapad[oa]|atorad[oa]|prensad[oa]|machucad[oa]) (?:en|con|debajo|abajo|bajo) (?:de |del |de la )?(?:la |el |una |un )?(?:maquina|banda|tractor|montacargas|troca|carro|escombros|zanja|prensa|viga|barda)|(?:se|me|le|lo) (?:electrocuto|electrocute|electrocutaron|esta electrocutando)|electrocutad[oa]|(?:le|me) (?:dio|pego|dieron) (?:una|un) (?:descarga|toque) (?:electrica|electrico|de (?:alta|la luz|luz|220|110))|(?:le|me) cayo (?:una|un|la|el) (?:viga|barda|pared|tabla|tractor|montacargas|carga|tarima|piedra|arbol) (?:encima|en la cabeza)`,
    examples: ['a mi compa le pego el sol en el field y esta vomitando y confundido', 'le cayo cloro en los ojos y no ve', 'le dio un bajon de azucar y no contesta', 'se quedo atrapado en la maquina de la planta'],
  },
  {
    id: 'es.abuse-danger.r8-grita-que-la-matan', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'figurative.es.juego', 'figurative.es.jaja'],
    // Someone heard screaming that they are being killed or choked, or begging for help, now.
    source: String.raw`(?:grita|gritan|gritando|gritaba|se oye|se escucha|oigo|escucho|oimos|escuchamos) ${gap(4)}(?:que )?(?:la|lo|los|las|me|nos) (?:estan|esta) (?:matando|ahorcando|golpeando|ahogando|violando)|(?:oigo|escucho|se oye|se escucha|oimos|escuchamos) ${gap(7)}(?:gritando|gritar|pidiendo) (?:auxilio|ayuda|que (?:la|lo) (?:suelte|suelten|dejen|deje))`,
    examples: ['mi vecina grita que la estan matando', 'escucho a la senora de al lado gritando auxilio', 'oigo a mi tia pidiendo que la suelte'],
  },
  {
    id: 'es.abuse-danger.r8-entra-rompe-persigue', kind: 'abuse-danger', guards: [...STATEMENT, 'history.es.ya-no', 'history.es.evento-pasado', 'figurative.es.juego', 'figurative.es.jaja'],
    // Danger arriving: breaking windows or doors, getting into the house, chasing me with a belt or a blade, a blow and
    // "it will be worse later".
    source: String.raw`(?:esta|estan|anda|andan|sigue|siguen) (?:rompiendo|quebrando|tumbando|pateando|golpeando|madreando) (?:las |la |el |los |mis |mi )?(?:ventanas?|puertas?|vidrios?|cristales|chapa|chapas)(?! (?:del? (?:carro|coche|troca) (?:viejo|del? taller)|del? juego)\b)|(?:se (?:metio|metieron|esta metiendo|estan metiendo|quiere meter|quieren meter)|(?:entro|entraron|se brinco|se brincaron|se esta brincando)) (?:a|en|por|dentro de) (?:mi|la|nuestra|el|mis) (?:casa|cuarto|recamara|depa|departamento|apartamento|apa|traila|patio|ventana|barda)|me (?:esta|anda|viene|vienen|estan|andan) (?:correteando|persiguiendo|siguiendo|buscando) con (?:el|un|una|la|su) (?:cinto|cinturon|cuchillo|machete|palo|bate|pistola|fierro|tubo|martillo|navaja|cuerno|arma|cuete|fusca)|me (?:corretea|correteo|persigue|persiguio) con (?:el|un|una|la|su) (?:cinto|cinturon|cuchillo|machete|palo|bate|pistola|fierro|tubo|martillo|navaja|arma)|(?:cachetadas?|golpes?|me pego|me golpeo|me empujo|me jalo|patadas?|punetazos?|madrazos?|chingadazos?|cintarazos?|trancazos?) ${gap(10)}(?:me|nos) va a ir (?:peor|mas mal|bien mal|muy mal)`,
    examples: ['esta rompiendo las ventanas de mi casa', 'se metio a mi casa por la ventana', 'mi marido llego bien pedo y me esta correteando con el cinto', 'mi viejo me dio una cachetada y dice que al rato me va a ir peor'],
  },
  {
    id: 'es.medical-now.r8-deshidratacion-lesiones', kind: 'medical-now', guards: [...STATEMENT, 'figurative.es.jaja', 'history-recent', 'history.es.evento-pasado', 'hypothetical', 'hypothetical.es.si-tengo', 'history.es.mensaje-pasado', 'resolved.es.ya-esta-bien'],
    // A child drying out (sunken soft spot, no wet diaper, no tears), a dog tearing flesh, furniture fallen on a child,
    // a finger cut off.
    source: String.raw`mollera (?:hundida|sumida|caida)|(?:bebe|nene|nena|nin[oa]|hij[oa]|chiquit[oa]) ${gap(8)}(?:ya )?no (?:hace pipi|ha hecho pipi|orina|ha orinado|moja (?:el|los) panal(?:es)?|ha mojado (?:el|los) panal(?:es)?)|(?:diarrea|vomit\w*|vomito) ${gap(8)}(?:ya )?no (?:orina|ha orinado|hace pipi|ha hecho pipi|moja (?:el|los) panal(?:es)?)|llora sin lagrimas ${gap(6)}(?:floj(?:it)?[oa]|aguad(?:it)?[oa]|hundid[oa]|no orina|vomit\w*|diarrea|dormid[oa])|(?:vomit\w*|diarrea) ${gap(8)}llora sin lagrimas|(?:me|le|lo|la|nos) (?:mordio|ataco|atacaron|mordieron) ${gap(3)}(?:perro|perros|pitbull|animal|caballo|coyote) ${gap(6)}(?:arranco|arrancaron|pedazo|hueso|no para de sangrar|mucha sangre|la cara|el cuello)|(?:se le|se me|le|me) (?:cayo|vino) (?:la|el|una|un) (?:tele|television|tv|mueble|ropero|comoda|librero|refri|refrigerador|estufa|lavadora) encima|casi (?:me|se|le) (?:lo|la) (?:vole|volo|vuelo|vuela|arranque|arranco|cerce|cerceno|corte|corto)|(?:me|se|le) (?:cerce|cerceno|volo|vole|arranco|arranque|amputo|mocho|moche) (?:el|un|los|la|dos|medio|la punta del) (?:dedo|dedos|mano|pie|oreja)|dedo (?:colgando|cercenado|volado|mochado)`,
    examples: ['mi bebe tiene la mollera hundida y no hace pipi', 'el nino tiene diarrea y vomito desde ayer y ya no orina', 'me mordio un perro y me arranco un pedazo', 'se le cayo la tele encima al nino', 'me corte el dedo con la maquina y casi me lo vuelo'],
  },
  // ---- round 8 ----
  {
    id: 'es.overdose-now.r8-pastillas-ajenas-y-senal', kind: 'overdose-now', guards: [...NOW_ES, 'intent-not-yet', 'hypothetical.es.r6-que-pasa-si', 'scope.es.r6-voz-manda-tomar'],
    // Someone else's pills taken, or several taken together, and a body failing: "me tomé las de mi mamá y las mías
    // juntas y ya no siento las manos".
    source: [
      `(?:me tome|se tomo|tome|tomo|me trague|se trago|me meti|se metio|me comi|se comio) (?:tod[oa]s )?(?:las|los|unas|unos) (?:pastillas |pildoras |medicinas |medicamentos |tabletas |pastis )?(?:de|del) (?:mi |su |la |el |mis |sus )?${PEOPLE_ES} ${gapNoNeg(14)}${OD_SIGN}`,
      `(?:me tome|se tomo|me trague|se trago|me meti|se metio) ${gap(8)}(?:juntas|juntos|revueltas|revueltos|todas de (?:un|una) (?:jalon|vez|golpe)) ${gapNoNeg(10)}${OD_SIGN}`,
    ].join('|'),
    examples: [
      'me tome las pastillas de mi abuela con las mias y ya no siento los brazos',
      'me trague las de mi tia y las mias juntas y me cuesta respirar',
      'mi hermana se tomo las medicinas de mi mama y no se puede mantener despierta',
    ],
  },
  {
    id: 'es.overdose-now.r8-alcohol-y-depresor', kind: 'overdose-now', guards: [...NOW_ES, 'intent-not-yet', 'info-seeking.es.tema', 'hypothetical.es.r6-que-pasa-si'],
    // Drinking and an opioid, a benzo or a sleeping pill together, and a heavy, strange sleep coming on.
    source: [
      `${DRINKING_ES} ${gapNoNeg(10)}${DEPRESSANTS_ES} ${gapNoNeg(10)}${HEAVY_SLEEP_ES}`,
      `${DEPRESSANTS_ES} ${gapNoNeg(10)}${DRINKING_ES} ${gapNoNeg(10)}${HEAVY_SLEEP_ES}`,
    ].join('|'),
    examples: [
      'ando pisteando y me meti una xanax, ya no aguanto el sueno',
      'me tome unas barras con las chelas y me esta ganando el sueno bien feo',
      'estoy bien peda y me tome dos clonas, tengo un sueno bien pesado',
    ],
  },
  {
    id: 'es.abuse-danger.r8-no-me-llames', kind: 'abuse-danger', guards: [...STATEMENT, 'figurative.es.jaja'],
    // "Don't call me, he checks my phone": watched now, the contact itself a danger.
    source: String.raw`no me (?:llame|llames|llamen|marque|marques|marquen|escriba|escribas|escriban|mande mensajes?|mandes mensajes?|manden mensajes?|hables|hable|texteas|textees) ${gap(8)}(?:(?:me |le )?(?:revisa|revisan|checa|checan|esculca|lee|ve) (?:el |mi |mis |todo |todos mis |todos los )?(?:cel|celular|telefono|fon|phone|mensajes|whatsapp|llamadas)|(?:me|la|lo) (?:vigila|vigilan|oye|escucha|esta (?:viendo|vigilando|oyendo|escuchando))|(?:el|ella) (?:esta|anda) (?:aqui|aca|en la (?:sala|casa|cocina|recamara)|en el cuarto|al lado|junto a mi))`,
    examples: ['no me marques porfa, el revisa mi telefono y esta en el cuarto de al lado', 'no me escribas, mi esposo lee todos mis mensajes', 'no me llamen, el esta aqui y me vigila'],
  },
]);
