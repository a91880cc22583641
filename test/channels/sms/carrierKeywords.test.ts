import { carrierKeyword } from '../../../src/channels/sms/carrierKeywords';
import { catalog } from '../../support/contentText';

describe('carrier keywords are whole messages, in any case', () => {
  it.each([
    ['STOP', 'optOut'],
    ['stop', 'optOut'],
    ['  Stop  ', 'optOut'],
    ['Stop.', 'optOut'],
    ['STOP!', 'optOut'],
    ['STOPALL', 'optOut'],
    ['unsubscribe', 'optOut'],
    ['Cancel', 'optOut'],
    ['END', 'optOut'],
    ['quit', 'optOut'],
    ['REVOKE', 'optOut'],
    ['OPTOUT', 'optOut'],
    ['opt out', 'optOut'],
    ['Opt-Out', 'optOut'],
    ['START', 'optIn'],
    ['start', 'optIn'],
    ['UNSTOP', 'optIn'],
    ['HELP', 'help'],
    ['help', 'help'],
    ['Info', 'help'],
  ])('%j is %s', (text, keyword) => {
    expect(carrierKeyword(text)).toBe(keyword);
  });

  it.each([
    'please stop asking about my drinking',
    'stop it',
    "I can't stop",
    'start over',
    'help me',
    'I need help',
    'information',
    'the end',
    'stopped',
    'ayuda',
    '',
    '1',
  ])('%j is not a keyword', (text) => {
    expect(carrierKeyword(text)).toBeUndefined();
  });
});

describe('nothing the intake offers on SMS is a carrier keyword', () => {
  it.each(['en', 'es'] as const)('no %s choice label, substance name or reply synonym for a choice would opt someone out', (locale) => {
    const file = catalog.file(locale);
    const labels = [...Object.values(file.choices), ...Object.values(file.substances)];
    expect(labels.filter((l) => carrierKeyword(l) !== undefined)).toEqual([]);
    // A synonym that is also STOP/END/QUIT/CANCEL could only ever be read as an opt-out on SMS.
    const optOutSynonyms = Object.values(file.synonyms).flat().filter((s) => carrierKeyword(s) === 'optOut');
    expect(optOutSynonyms).toEqual([]);
  });

  it.each(['en', 'es'] as const)('the %s texts ask for STOP, START or HELP only in the SMS keyword replies, or to send to another number', (locale) => {
    const strings = catalog.file(locale).strings;
    const asks = Object.entries(strings)
      .filter(([key]) => !key.startsWith('sms.'))
      .flatMap(([key, text]) =>
        [...text.matchAll(/\b(STOP|STOPALL|UNSUBSCRIBE|CANCEL|END|QUIT|REVOKE|OPTOUT|START|UNSTOP|HELP|INFO)\b/g)]
          // "text START to 88788" is the domestic violence hotline's own keyword, sent to its number.
          .filter((m) => !/^\s+(to|por mensaje de texto al|al)\s+\d/.test(text.slice((m.index ?? 0) + m[0].length)))
          .map((m) => `${key}: ${m[0]}`),
      );
    expect(asks).toEqual([]);
  });
});
