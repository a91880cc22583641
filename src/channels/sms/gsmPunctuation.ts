/**
 * Typographic punctuation outside GSM-7 → its plain equivalent. One en dash ("Mon–Thu", from
 * date formatting) would make a whole English SMS UCS-2 and cost 2–3× the segments. Letters are
 * never touched: Spanish á, í, ó, ú stay as written, whatever they cost.
 */
const replacements: readonly [RegExp, string][] = [
  [/[\u2010-\u2015\u2212]/g, '-'], // hyphens, en/em dashes, minus
  [/[\u2018\u2019\u201A\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u2033]/g, '"'],
  [/\u2026/g, '...'],
  [/[\u00A0\u2000-\u200A\u202F\u205F]/g, ' '], // no-break and thin spaces (Intl puts U+202F before AM/PM)
  [/[\u200B-\u200D\u2060\uFEFF]/g, ''], // zero-width characters
  [/\u2022/g, '-'],
];

export function toGsmPunctuation(text: string): string {
  return replacements.reduce((t, [pattern, plain]) => t.replace(pattern, plain), text);
}
