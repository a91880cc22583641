/**
 * Spanish crisis lexicon for emergencies happening now: an overdose, a medical emergency, abuse or
 * danger. Same conventions as patterns.es.ts (sources over normalizeText() output, stable ids, bump
 * `version` in lexiconVersion.ts with every change).
 */
import { STATEMENT, TOPIC, NOW } from './fragments.es';
import { gap, definePatterns } from './pattern';

export const esEmergencyPatterns = definePatterns('es', [
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
