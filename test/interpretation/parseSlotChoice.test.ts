import { parseSlotChoice, timeWindows } from '../../src/interpretation/parseSlotChoice';

const zone = 'America/New_York';
const mondayNine = new Date('2026-11-23T14:00:00Z');
const offered = ['2026-11-23T10:00:00-05:00', '2026-11-23T10:30:00-05:00', '2026-11-24T13:30:00-05:00'].map((start) => ({ start }));

describe('a call time typed in words', () => {
  it.each([
    ['10:30', '2026-11-23T10:30:00-05:00'],
    ['1:30', '2026-11-24T13:30:00-05:00'],
    ['tomorrow afternoon', '2026-11-24T13:30:00-05:00'],
    ['el martes a la 1:30 de la tarde', '2026-11-24T13:30:00-05:00'],
  ])('"%s" picks the offered call it names', (text, start) => {
    const locale = /martes/.test(text) ? 'es' : 'en';
    expect(parseSlotChoice(text, offered, locale, zone, mondayNine)).toBe(start);
  });

  it('a time no offered call fits names a window to look in, in the program time zone', () => {
    expect(parseSlotChoice('wednesday morning', offered, 'en', zone, mondayNine)).toBeUndefined();
    expect(timeWindows('wednesday morning', 'en', zone, mondayNine)[0]).toEqual({ from: '2026-11-25T08:00:00-05:00', to: '2026-11-25T12:00:00-05:00' });
  });

  it('never names a window that is already over', () => {
    expect(timeWindows('yesterday afternoon', 'en', zone, mondayNine)).toEqual([]);
  });
});
