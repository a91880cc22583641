import { countSmsSegments, smsEncoding } from '../../../src/channels/sms/smsSegments';
import { toGsmPunctuation } from '../../../src/channels/sms/gsmPunctuation';

const x = (n: number, ch = 'a') => ch.repeat(n);

describe('SMS segment counting (3GPP TS 23.038 / 23.040)', () => {
  it.each([
    // text, encoding, units, segments
    ['nothing', '', 'GSM-7', 0, 0],
    ['one GSM-7 character', 'a', 'GSM-7', 1, 1],
    ['160 GSM-7 characters fit one SMS', x(160), 'GSM-7', 160, 1],
    ['161 need two parts of 153', x(161), 'GSM-7', 161, 2],
    ['306 fill two parts exactly', x(306), 'GSM-7', 306, 2],
    ['307 need a third', x(307), 'GSM-7', 307, 3],
    ['459 fill three parts exactly', x(459), 'GSM-7', 459, 3],
    ['460 need a fourth', x(460), 'GSM-7', 460, 4],
    ['extension characters count two septets', x(80, '€'), 'GSM-7', 160, 1],
    ['… so 81 euro signs are two parts', x(81, '€'), 'GSM-7', 162, 2],
    ['every extension character', '^{}\\[~]|€\f', 'GSM-7', 20, 1],
    ['an escape pair is never split across parts', `${x(152)}€${x(10)}`, 'GSM-7', 164, 2],
    // 459 septets would divide into three parts, but the pair cannot straddle the first boundary.
    ['an escape pair at a part boundary can cost a part', `${x(152)}€${x(151)}${x(154)}`, 'GSM-7', 459, 4],
    ['Spanish letters that are GSM-7: é ñ ü ¿ ¡ É Ñ Ü', '¿Qué año? ¡Pingüino! É Ñ Ü', 'GSM-7', 26, 1],
    ['Spanish á is not GSM-7', 'Sí, mañana está bien', 'UCS-2', 20, 1],
    ['í, ó, ú each force UCS-2', 'í', 'UCS-2', 1, 1],
    ['70 UCS-2 units fit one SMS', `á${x(69)}`, 'UCS-2', 70, 1],
    ['71 need two parts of 67', `á${x(70)}`, 'UCS-2', 71, 2],
    ['201 UCS-2 units fill three parts', `ó${x(200)}`, 'UCS-2', 201, 3],
    ['202 need a fourth', `ó${x(201)}`, 'UCS-2', 202, 4],
    ['an emoji is a surrogate pair: two units', '😀', 'UCS-2', 2, 1],
    ['35 emoji fill one SMS', x(35, '😀'), 'UCS-2', 70, 1],
    ['36 emoji need two parts', x(36, '😀'), 'UCS-2', 72, 2],
    ['a surrogate pair is never split across parts', `${x(66)}😀${x(10)}`.replace(/^a/, 'ú'), 'UCS-2', 78, 2],
    ['a surrogate pair at a part boundary can cost a part', `ú${x(65)}😀${x(65)}${x(68)}`, 'UCS-2', 201, 4],
    ['curly quotes are not GSM-7', 'It’s okay', 'UCS-2', 9, 1],
    ['an en dash is not GSM-7', 'Mon–Thu', 'UCS-2', 7, 1],
    ['ç is not GSM-7 (only Ç is)', 'ç', 'UCS-2', 1, 1],
  ] as const)('%s', (_, text, encoding, units, segments) => {
    expect(smsEncoding(text)).toBe(encoding);
    expect(countSmsSegments(text)).toEqual({ encoding, units, segments });
  });
});

describe('typographic punctuation becomes GSM-7 for SMS', () => {
  it('turns dashes, curly quotes, ellipses and odd spaces into their plain forms', () => {
    const text = 'Mon–Thu 8:00\u202FAM—“it’s fine”…';
    expect(toGsmPunctuation(text)).toBe('Mon-Thu 8:00 AM-"it\'s fine"...');
    expect(smsEncoding(toGsmPunctuation(text))).toBe('GSM-7');
  });

  it('never touches letters: Spanish accents stay', () => {
    expect(toGsmPunctuation('Está bien, aquí y allá')).toBe('Está bien, aquí y allá');
  });
});
