import en from '../../content/en.json';
import es from '../../content/es.json';
import { questionPrompts, prompts } from '../../machines/intake/prompts';
import { catalog } from '../support/contentText';

type Tree = { [key: string]: string | string[] | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string' || Array.isArray(v)) out.set(path, v);
    else for (const [p, x] of leaves(v, path)) out.set(p, x);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('content files: every user-facing string in English and Spanish', () => {
  const enLeaves = leaves(en as unknown as Tree);
  const esLeaves = leaves(es as unknown as Tree);

  it('have the same text ids (synonym and keyword lists may differ)', () => {
    const ids = (m: Map<string, unknown>) =>
      [...m.keys()].filter((k) => !/^(synonyms|intents)\./.test(k) && !/\.keywords$/.test(k)).sort();
    expect(ids(esLeaves)).toEqual(ids(enLeaves));
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...enLeaves].filter(
      ([k, v]) => typeof v === 'string' && JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(String(esLeaves.get(k)))),
    );
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it.each(['en', 'es'] as const)('has a %s wording for every question, for the person and for a loved one', (locale) => {
    const missing = [...Object.keys(questionPrompts), 'substances', 'age'].flatMap((q) =>
      ['self', 'other'].filter((s) => !catalog.has(locale, `q.${q}.${s}`)).map((s) => `q.${q}.${s}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(['en', 'es'] as const)('has a %s label for every choice a prompt offers', (locale) => {
    const ids = new Set(Object.values(prompts).flatMap((p) => ('choices' in p ? [...p.choices] : [])));
    const file = catalog.file(locale);
    const missing = [...ids].filter((id) => !(id in file.choices) && !(id in file.substances));
    expect(missing).toEqual([]);
  });

  it('asks the C-SSRS questions verbatim in English (routing-rules.md)', () => {
    expect(en.strings['q.Q1.self']).toBe('Have you wished you were dead or wished you could go to sleep and not wake up?');
    expect(en.strings['q.Q2.self']).toBe('Have you actually had any thoughts of killing yourself?');
    expect(en.strings['q.Q3.self']).toBe('Have you been thinking about how you might do this?');
    expect(en.strings['q.Q4.self']).toBe('Have you had these thoughts and had some intention of acting on them?');
    expect(en.strings['q.Q5.self']).toBe('Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?');
    expect(en.strings['q.Q6.self']).toBe('Have you ever done anything, started to do anything, or prepared to do anything to end your life?');
    expect(en.strings['q.Q6a.self']).toBe('Was this within the past 3 months?');
  });

  it.each([
    ['en', en],
    ['es', es],
  ])('%s never says "committed suicide" and offers 988 wherever suicide is mentioned in a route', (_, file) => {
    const texts = Object.values(file.strings).join('\n');
    expect(texts).not.toMatch(/committed suicide|cometi\w* suicidio|successful attempt|failed attempt/i);
    expect(file.strings['route.crisis']).toContain('988');
    expect(file.strings['crisis.ack.suicide']).toContain('988');
  });
});
