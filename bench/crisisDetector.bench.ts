/**
 * Cost of one crisis check, the work added to every inbound message before the machine sees it.
 *
 *   npx tsx bench/crisisDetector.bench.ts
 *
 * Mean, median and 99th percentile, in microseconds per detect(), on realistic 2,000-character messages
 * (benign and crisis, English and Spanish, a rotating pool so no single string is measured), on a
 * typical short chat message, and on adversarial inputs (the cap keeps only 6,000 characters of them).
 * The same again for the lexicon with the n-gram model beside it (CRISIS_MODEL=true), with the
 * model's load time and the memory its weights take.
 */
import { combineDetectors, type CrisisDetector } from '../src/crisis/crisisDetector';
import { lexiconCrisisDetector } from '../src/crisis/lexiconDetector';
import { createNgramDetector } from '../src/crisis/ngramDetector';
import { loadNgramModel } from '../src/crisis/ngramModel';

const MESSAGE_CHARS = 2000;
const ITERATIONS = 5000;
const ADVERSARIAL_ITERATIONS = 1000;
const WARMUP = 500;

const EN_SENTENCES = [
  'I have been drinking about a bottle of wine every night for the last two years.',
  'My wife is worried and my doctor told me my liver numbers are not good.',
  'I work days at a warehouse, so I would need evening groups if possible.',
  'Does my insurance cover the program, and how many weeks does it usually last?',
  'I tried to cut back on my own but I always end up drinking again by Friday.',
  'My kids are 8 and 11 and I want to be there for them.',
  'I used to smoke weed too but I stopped that last year.',
  'Can I keep my job while I do this, and will my employer find out?',
  'I am nervous about talking in a group but I know I need help.',
  'My brother went through a program like this and it helped him a lot.',
];
/** Written for a loved one: every message gets the first-person readings of "he" and "she" (firstPersonReading.ts). */
const FAMILY_SENTENCES = [
  'My son is 19 and he has been using pills since his football injury.',
  'He says he can stop whenever he wants but he keeps missing work.',
  'My daughter worries about him and she asks me every night if he is okay.',
  'She thinks he needs a program with evening groups because he works days.',
  'He lost his license last year and he gets rides from his sister now.',
  'His dad and I are divorced but she and I both want him to get help.',
  'Does the program let parents join a family session if he agrees?',
  'He is nervous about groups, he is shy, but he knows he needs something.',
];
const ES_SENTENCES = [
  'Tomo cerveza casi todos los días desde hace tres años.',
  'Mi esposa está preocupada y mi doctor dice que tengo el azúcar alta.',
  'Trabajo de día en una bodega, necesito grupos en la tarde.',
  '¿Mi seguro cubre el programa y cuántas semanas dura?',
  'He intentado dejarlo solo pero siempre vuelvo a tomar el fin de semana.',
  'Tengo dos hijos y quiero estar bien para ellos.',
  '¿Puedo seguir trabajando mientras hago el programa?',
  'Me da miedo hablar en grupo pero sé que necesito ayuda.',
];
const EN_CRISIS = [
  'Honestly I just want to die.',
  'My son took too many pills and he wont wake up.',
  'I have been cutting myself again.',
  'He hits me when he drinks and I am scared to go home.',
];
const ES_CRISIS = ['Ya no quiero vivir.', 'Mi hermano no respira.', 'Mi esposo me pega.', 'Me quiero morir.'];

/** Small deterministic PRNG (mulberry32), so every run measures the same messages. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function message(sentences: readonly string[], random: () => number, crisis?: string): string {
  let text = '';
  while (text.length < MESSAGE_CHARS) text += `${sentences[Math.floor(random() * sentences.length)]} `;
  if (!crisis) return text.slice(0, MESSAGE_CHARS);
  // The crisis sentence lands somewhere in the middle, as it would in a long message.
  const body = text.slice(0, MESSAGE_CHARS - crisis.length - 1);
  const at = body.indexOf('. ', Math.floor(random() * body.length * 0.8)) + 2 || body.length;
  return `${body.slice(0, at)}${crisis} ${body.slice(at)}`.slice(0, MESSAGE_CHARS + 1);
}

function pool(count: number, make: (random: () => number, i: number) => string): string[] {
  const random = prng(20_26);
  return Array.from({ length: count }, (_, i) => make(random, i));
}

interface Timing {
  meanUs: number;
  p50Us: number;
  p99Us: number;
}

function warmUp(detector: CrisisDetector, inputs: readonly string[]): void {
  for (let i = 0; i < WARMUP; i += 1) detector.detect(inputs[i % inputs.length] ?? '');
}

function measure(detector: CrisisDetector, inputs: readonly string[], iterations: number): Timing {
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i += 1) {
    const input = inputs[i % inputs.length] ?? '';
    const start = process.hrtime.bigint();
    detector.detect(input);
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  samples.sort();
  const mean = samples.reduce((a, b) => a + b, 0) / iterations;
  const at = (q: number): number => Math.round((samples[Math.min(iterations - 1, Math.floor(iterations * q))] ?? 0) * 10) / 10;
  return { meanUs: Math.round(mean * 10) / 10, p50Us: at(0.5), p99Us: at(0.99) };
}

export const ADVERSARIAL: Readonly<Record<string, string>> = {
  'kill-x10000': 'kill '.repeat(10_000),
  'a-x50000': 'a'.repeat(50_000),
  'mixed-whitespace': ' \t \n  \u00a0'.repeat(10_000),
  'i-want-to-x5000': 'i want to '.repeat(5_000),
  'negated-phrase-x3000': "I'm not suicidal. ".repeat(3_000),
  'figurative-phrase-x2000': 'my mom will kill me if she finds out. '.repeat(2_000),
  'spaced-letters': 'k i l l '.repeat(5_000),
  'combining-marks': 'e\u0301\u0301\u0301'.repeat(10_000),
};

export async function benchCrisisDetector(): Promise<{ name: string; figures: Record<string, number | string> }> {
  const sets: Record<string, { inputs: string[]; iterations: number }> = {
    'benign-2000-en': { inputs: pool(16, (r) => message(EN_SENTENCES, r)), iterations: ITERATIONS },
    'benign-2000-en-family': { inputs: pool(16, (r) => message(FAMILY_SENTENCES, r)), iterations: ITERATIONS },
    'benign-2000-es': { inputs: pool(16, (r) => message(ES_SENTENCES, r)), iterations: ITERATIONS },
    'crisis-2000-en': { inputs: pool(16, (r, i) => message(EN_SENTENCES, r, EN_CRISIS[i % EN_CRISIS.length])), iterations: ITERATIONS },
    'crisis-2000-es': { inputs: pool(16, (r, i) => message(ES_SENTENCES, r, ES_CRISIS[i % ES_CRISIS.length])), iterations: ITERATIONS },
    'short-chat-80': { inputs: pool(16, (r) => message(EN_SENTENCES, r).slice(0, 80)), iterations: ITERATIONS },
  };
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    sets[`adversarial-${name}`] = { inputs: [text], iterations: ADVERSARIAL_ITERATIONS };
  }

  global.gc?.();
  const before = process.memoryUsage();
  const loadStart = process.hrtime.bigint();
  const withModel = combineDetectors(lexiconCrisisDetector, createNgramDetector(loadNgramModel()));
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  global.gc?.();
  const after = process.memoryUsage();
  const detectors: Record<string, CrisisDetector> = { lexicon: lexiconCrisisDetector, 'with-model': withModel };

  // A bench that measured the wrong thing would be worse than none: check the inputs first. The
  // model may flag a benign input (it has a false-positive rate by design): that is a figure.
  const flagged: Record<string, string> = {};
  for (const [label, detector] of Object.entries(detectors)) {
    for (const [name, { inputs }] of Object.entries(sets)) {
      const detected = inputs.filter((t) => detector.detect(t)).length;
      if (name.startsWith('crisis') && detected !== inputs.length) throw new Error(`${detector.version} ${name}: not every input is a crisis`);
      if (name.startsWith('benign') && detected !== 0) {
        if (label === 'lexicon') throw new Error(`${detector.version} ${name}: a benign input was detected`);
        flagged[`${label}.${name}.flagged`] = `${detected}/${inputs.length}`;
      }
    }
  }

  const figures: Record<string, number | string> = {
    version: lexiconCrisisDetector.version,
    'with-model.version': withModel.version,
    'with-model.load-ms': Math.round(loadMs),
    'with-model.weights-mb': Math.round(((after.arrayBuffers - before.arrayBuffers) / 1024 / 1024) * 10) / 10,
    node: process.version,
    iterations: ITERATIONS,
    'adversarial-iterations': ADVERSARIAL_ITERATIONS,
    ...flagged,
  };
  for (const [label, detector] of Object.entries(detectors)) {
    // Every input is seen before anything is timed, so no figure pays for the first regex compilations.
    for (const { inputs } of Object.values(sets)) warmUp(detector, inputs);
    const prefix = label === 'lexicon' ? '' : `${label}.`;
    for (const [name, { inputs, iterations }] of Object.entries(sets)) {
      const t = measure(detector, inputs, iterations);
      figures[`${prefix}${name}.mean-us`] = t.meanUs;
      figures[`${prefix}${name}.p50-us`] = t.p50Us;
      figures[`${prefix}${name}.p99-us`] = t.p99Us;
    }
  }
  return { name: 'crisis-detector', figures };
}

if (require.main === module) {
  benchCrisisDetector().then(
    ({ name, figures }) => {
      console.log(name);
      for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(44)} ${value}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
