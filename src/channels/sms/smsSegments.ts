/**
 * How many SMS segments a text costs (3GPP TS 23.038 / 23.040). A message that fits the GSM-7
 * alphabet is sent in 7-bit septets; one character outside it makes the whole message UCS-2.
 * Long messages are concatenated, and the header (UDH) of each part takes 7 septets / 3 units.
 */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSegmentCount {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  /** 0 for an empty text: there is nothing to send. */
  segments: number;
}

export const smsLimits: Record<SmsEncoding, { single: number; perPart: number }> = {
  'GSM-7': { single: 160, perPart: 153 },
  'UCS-2': { single: 70, perPart: 67 },
};

/** The GSM 03.38 default alphabet (ESC at 0x1B left out: it is not a character). */
const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** The extension table: each costs ESC + the character, two septets. */
const gsmExtension = new Set('\f^{}\\[~]|€');

export function smsEncoding(text: string): SmsEncoding {
  for (const ch of text) if (!gsmBasic.has(ch) && !gsmExtension.has(ch)) return 'UCS-2';
  return 'GSM-7';
}

/** Units one character (code point) costs in the given encoding. */
function unitsOf(ch: string, encoding: SmsEncoding): number {
  if (encoding === 'UCS-2') return ch.length; // a surrogate pair (emoji) is two UTF-16 units
  return gsmExtension.has(ch) ? 2 : 1;
}

export function countSmsSegments(text: string): SmsSegmentCount {
  const encoding = smsEncoding(text);
  const limits = smsLimits[encoding];
  const chars = [...text];
  const units = chars.reduce((n, ch) => n + unitsOf(ch, encoding), 0);
  if (units === 0) return { encoding, units, segments: 0 };
  if (units <= limits.single) return { encoding, units, segments: 1 };
  // Phones split between characters: an escape pair or a surrogate pair never straddles two parts,
  // so a part can hold one unit less than its maximum. Count by packing, not by dividing.
  let segments = 1;
  let used = 0;
  for (const ch of chars) {
    const u = unitsOf(ch, encoding);
    if (used + u > limits.perPart) {
      segments += 1;
      used = 0;
    }
    used += u;
  }
  return { encoding, units, segments };
}
