/**
 * Pieces of Spanish pattern sources shared by patterns.es.ts and patterns.es.emergencies.ts: guard
 * sets and word classes. Sources are written against normalizeText() output.
 */
import type { GuardId } from './guards';
import { anyOf } from './pattern';

export const STATEMENT: readonly GuardId[] = ['negation', 'history'];
export const TOPIC: readonly GuardId[] = ['negation', 'history', 'hypothetical', 'info-seeking'];
export const NOW: readonly GuardId[] = ['negation', 'history-recent', 'hypothetical'];

export const SUICIDE = String.raw`su[iy]?[cs]{1,2}[iy]?d(?:arme|arse|arte|arnos|ar|io|ios|a|as|o|al|ando|ado)`;
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
  'vecino', 'vecina', 'jefe', 'jefa', 'amigo', 'amiga', 'companero', 'companera',
);
