import { z } from 'zod';
import en from '../../content/en.json';
import es from '../../content/es.json';
import type { Locale } from '../../machines/intake/intakeContext';

const ContentFile = z.object({
  strings: z.record(z.string(), z.string()),
  choices: z.record(z.string(), z.string().max(40)),
  substances: z.record(z.string(), z.string()),
  synonyms: z.record(z.string(), z.array(z.string())),
  intents: z.record(z.string(), z.array(z.string())),
  faq: z.record(z.string(), z.object({ keywords: z.array(z.string()).min(1), answer: z.string() })),
  format: z.record(z.string(), z.string()),
});
export type ContentFile = z.infer<typeof ContentFile>;

export type Params = Record<string, string | number>;

export class ContentError extends Error {
  readonly code = 'CONTENT_MISSING';
}

/** All user-facing text, by locale and id. Missing ids are errors, never silently English. */
export class ContentCatalog {
  constructor(private readonly files: Record<Locale, ContentFile>) {}

  file(locale: Locale): ContentFile {
    return this.files[locale];
  }

  has(locale: Locale, key: string): boolean {
    return Object.hasOwn(this.files[locale].strings, key);
  }

  text(locale: Locale, key: string, params: Params = {}): string {
    const template = this.files[locale].strings[key];
    if (template === undefined) throw new ContentError(`No ${locale} text for "${key}"`);
    return fill(template, params);
  }

  choice(locale: Locale, id: string): string {
    const label = this.files[locale].choices[id];
    if (label === undefined) throw new ContentError(`No ${locale} label for choice "${id}"`);
    return label;
  }

  faqAnswer(locale: Locale, id: string, params: Params): string {
    const entry = this.files[locale].faq[id];
    if (!entry) throw new ContentError(`No ${locale} FAQ "${id}"`);
    return fill(entry.answer, params);
  }
}

/** `{name}` placeholders; an unknown placeholder is a content bug, so it fails loudly. */
export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new ContentError(`Missing value for placeholder {${name}}`);
    return String(value);
  });
}

export function loadContentCatalog(): ContentCatalog {
  return new ContentCatalog({ en: ContentFile.parse(en), es: ContentFile.parse(es) });
}
