import { z } from 'zod';
import en from './webContent.en.json';
import es from './webContent.es.json';

/** The page's own words (not the bot's). `{name}` and `{phone}` are filled from the program profile. */
export const WebContent = z.object({
  lang: z.string().min(2),
  webChatLocale: z.string().min(2),
  languageName: z.string().min(1),
  page: z.object({
    title: z.string(),
    heading: z.string(),
    intro: z.string(),
    chatLabel: z.string(),
    connecting: z.string(),
    connectionFailed: z.string(),
    noScript: z.string(),
    privacyNotice: z.string(),
    callUs: z.string(),
    languageSwitchLabel: z.string(),
  }),
  helpNow: z.object({
    button: z.string(),
    heading: z.string(),
    crisisLine: z.string(),
    call988: z.string(),
    text988: z.string(),
    emergency: z.string(),
    call911: z.string(),
    callProgram: z.string(),
  }),
  launcher: z.object({
    open: z.string(),
    close: z.string(),
    frameTitle: z.string(),
  }),
});
export type WebContent = z.infer<typeof WebContent>;

export const webLanguages = ['en', 'es'] as const;
export type WebLanguage = (typeof webLanguages)[number];

// Parsed at load, so a bad edit to either file fails at startup rather than on a visitor's screen.
const contents: Record<WebLanguage, WebContent> = { en: WebContent.parse(en), es: WebContent.parse(es) };

export function webContent(language: WebLanguage): WebContent {
  return contents[language];
}

/** `?lang=` wins, then the browser's Accept-Language preferences in q order, then English. */
export function chooseLanguage(queryLang: string | null, acceptLanguage: string | undefined): WebLanguage {
  const supported = (tag: string): WebLanguage | undefined =>
    webLanguages.find((language) => tag.trim().toLowerCase().split('-')[0] === language);
  const fromQuery = queryLang ? supported(queryLang) : undefined;
  if (fromQuery) return fromQuery;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { tag, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const language = supported(tag);
    if (language) return language;
  }
  return 'en';
}

/** Fills `{name}`-style placeholders; unknown ones are left as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
