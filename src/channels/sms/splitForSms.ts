import { countSmsSegments } from './smsSegments';

/** Long concatenated SMS arrive out of order or not at all on some phones; three parts is our ceiling. */
export const maxSmsSegments = 3;

/** Boundaries to split at, best first: paragraphs, lines, sentences, words, and characters as a last resort. */
const levels: readonly { split: (text: string) => string[]; joiner: string }[] = [
  { split: (t) => t.split(/\n\s*\n/), joiner: '\n\n' },
  { split: (t) => t.split('\n'), joiner: '\n' },
  { split: (t) => t.split(/(?<=[.!?…:;])\s+/u), joiner: ' ' },
  { split: (t) => t.split(/\s+/), joiner: ' ' },
  { split: (t) => [...t], joiner: '' },
];

/**
 * One text → the SMS messages to send, in order, each within `maxSegments` segments and none
 * empty. Pieces are packed greedily so a short text stays one message.
 */
export function splitForSms(text: string, maxSegments = maxSmsSegments): string[] {
  const fits = (t: string) => countSmsSegments(t).segments <= maxSegments;
  const pack = (chunk: string, level: number): string[] => {
    const spec = levels[level];
    if (!spec) return [chunk];
    const out: string[] = [];
    let current = '';
    for (const part of spec.split(chunk).map((p) => (spec.joiner === '' ? p : p.trim())).filter((p) => p.trim() !== '')) {
      if (!fits(part)) {
        if (current) out.push(current);
        current = '';
        out.push(...pack(part, level + 1));
        continue;
      }
      const candidate = current ? `${current}${spec.joiner}${part}` : part;
      if (fits(candidate)) {
        current = candidate;
      } else {
        out.push(current);
        current = part;
      }
    }
    if (current) out.push(current);
    return out;
  };
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (fits(trimmed)) return [trimmed];
  return pack(trimmed, 0)
    .map((m) => m.trim())
    .filter((m) => m !== '');
}
