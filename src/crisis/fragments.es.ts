/**
 * Pieces of Spanish pattern sources shared by patterns.es.ts and patterns.es.emergencies.ts: guard
 * sets and word classes. Sources are written against normalizeText() output.
 */
import type { GuardId } from './guards';
import { anyOf } from './pattern';

export const STATEMENT: readonly GuardId[] = ['negation', 'history'];
export const TOPIC: readonly GuardId[] = ['negation', 'history', 'hypothetical', 'info-seeking'];
export const NOW: readonly GuardId[] = ['negation', 'history-recent', 'hypothetical'];

/** "suicidarme" and its misspellings, and voice-to-text splitting it ("sui sidar"). */
export const SUICIDE = String.raw`(?:su[iy]?[cs]{1,2}[iy]?d(?:arme|arse|arte|arnos|ar|io|ios|a|as|o|al|ando|ado)|sui [cs]id(?:arme|arse|ar|io|a|al|ando))`;
/** First-person wish, plan or attempt, before an infinitive. */
export const I_WANT = anyOf(
  'quiero', 'quisiera', 'voy a', 'pienso en', 'pensando en', 'pense en', 'ganas de', 'intente', 'trate de',
  'he intentado', 'intentar', 'planeo', 'planeando', 'necesito', 'deseo', 'a punto de', 'para', 'como', 'plan para',
  'deberia', 'podria', 'tengo que', 'solo quiero', 'prefiero', 'preferiria', 'me gustaria', 'estoy list[oa] para',
  'list[oa] para', 'ojala',
);
export const PEOPLE_ES = anyOf(
  'esposo', 'esposa', 'marido', 'mujer', 'pareja', 'novio', 'novia', 'ex', 'papa', 'mama', 'padre', 'madre', 'padrastro',
  'madrastra', 'hermano', 'hermana', 'hijo', 'hija', 'hijos', 'hijas', 'tio', 'tia', 'primo', 'prima', 'suegro', 'suegra',
  'vecino', 'vecina', 'jefe', 'jefa', 'amigo', 'amiga', 'companero', 'companera', 'ama', 'apa', 'mami', 'papi',
  'abuelo', 'abuela', 'nieto', 'nieta', 'sobrino', 'sobrina', 'cunado', 'cunada', 'nuera', 'yerno', 'padrino', 'madrina',
  'compadre', 'comadre', 'carnal', 'carnala', 'bebe', 'familia',
);

/** People a threat can be aimed at: PEOPLE_ES, babies and children, and strangers named by slang. */
export const TARGETS_ES = anyOf(
  PEOPLE_ES, 'bebe', 'nene', 'nena', 'nenes', 'nino', 'nina', 'ninos', 'ninas', 'chamaco', 'chamaca', 'morro', 'morra',
  'cipote', 'cipota', 'escuincle', 'criatura', 'tipo', 'tipa', 'wey', 'guey', 'vato', 'maje', 'bato', 'cabron', 'pendejo',
  'dealer', 'vendedor', 'trabajadora social', 'trabajador social', 'maestro', 'maestra', 'jeva', 'jevo', 'vieja', 'viejo',
  'suegra', 'suegro', 'cunado', 'cunada', 'todos', 'todas', 'alguien', 'la gente', 'gente', 'escuela', 'pandilla',
  'pandilleros', 'idiota', 'imbecil', 'maldito', 'maldita', 'desgraciado', 'desgraciada', 'hijo de puta', 'hdp', 'culero',
  'culera', 'cabrona', 'baboso', 'contrarios', 'de enfrente', 'roommate', 'companero de cuarto', 'companera de cuarto', 'manager', 'supervisor', 'encargado', 'encargada', 'capataz', 'mayordomo', 'foreman', 'mayora', 'troquero',
  'mamabicho', 'hijueputa', 'hijoeputa', 'malparido', 'malparida', 'gonorrea', 'mamaguevo', 'mamahuevo', 'huevon', 'puto',
  'perra', 'zorra', 'ojete', 'malnacido', 'infeliz', 'soplon', 'chota', 'policia', 'patron', 'patrona', 'carnal', 'compa',
  'pana', 'broder', 'cabrones', 'pendejos', 'hijos de puta', 'mocoso', 'mocosa',
);
/** Weapons and means that can be at hand. */
export const WEAPONS_ES = anyOf(
  'pistola', 'arma', 'escopeta', 'rifle', 'fusca', 'cuete', 'cohete', 'fierro', 'revolver', 'cuchillo', 'machete',
  'navaja', 'bat', 'bate', 'tubo', 'palo', 'martillo', 'hacha', 'cuerno', 'cuerno de chivo', 'ak', 'glock', 'cuchilla',
  'filero', 'punal', 'picahielo', 'verduguillo', 'chaira', 'metralleta', 'escuadra', 'varilla', 'desarmador', 'pistolon',
);
/** Blades and other things people hurt themselves with. */
export const SH_TOOLS_ES = anyOf(
  'navaja', 'navajita', 'cuchilla', 'gillette', 'rastrillo', 'hoja', 'hojita', 'cutter', 'exacto', 'vidrio', 'encendedor',
  'cerillo', 'cigarro', 'plancha', 'tijeras', 'clip', 'alfiler', 'aguja', 'algo filoso', 'algo con filo', 'blade', 'blades', 'sacapuntas',
  'navaja del sacapuntas', 'navajas', 'navajitas', 'cuchillas', 'hojas', 'hojitas', 'gillettes',
);
/** STATEMENT plus the Spanish history and emphatic-no guards, for the suicide, self-harm and harm-to-others patterns. */
export const STATEMENT_ES: readonly GuardId[] = [
  ...STATEMENT, 'history.es.recovered', 'negation.es.ni-loco', 'history.es.cuando-yo-era', 'negation.es.ni-se-me-pasa', 'negation.es.no-es',
  'figurative.es.que-oso',
];
