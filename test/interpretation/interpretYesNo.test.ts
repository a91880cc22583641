import { interpretYesNo } from '../../src/interpretation/interpretYesNo';
import { catalog } from '../support/contentText';

const offered = (locale: 'en' | 'es', ids: string[]) => ids.map((id) => ({ id, label: catalog.choice(locale, id) }));
const cssrs = (locale: 'en' | 'es') => ({ offered: offered(locale, ['yes', 'no', 'declined']), consent: false });
const plain = (locale: 'en' | 'es') => ({ offered: offered(locale, ['yes', 'no']), consent: false });
const consent = (locale: 'en' | 'es') => ({ offered: offered(locale, ['yes', 'no']), consent: true });
const read = (text: string, prompt: ReturnType<typeof cssrs>, locale: 'en' | 'es' = 'en') => interpretYesNo(text, prompt, catalog.file(locale));

describe('yes/no replies are read for safety: only a clear no is a no', () => {
  it.each([
    ['no', 'no'], ['nope', 'no'], ['No.', 'no'], ['never', 'no'], ['of course not', 'no'], ['definitely not', 'no'],
    ['no, not right now', 'no'], ['i havent', 'no'], ['yes', 'yes'], ['yeah', 'yes'], ['yes i have', 'yes'], ['2', 'no'], ['1', 'yes'],
    ["I'd rather not say", 'declined'], ['i dont want to talk about it', 'declined'],
    ["I'm not sure", 'declined'], ['i dont know', 'declined'], ['idk', 'declined'], ['not really', 'declined'], ['kind of', 'declined'], ['maybe', 'declined'],
  ])('on the C-SSRS, %j → %s', (text, expected) => {
    expect(read(text, cssrs('en'))).toBe(expected);
  });

  it.each([
    ['no', 'no'], ['nunca', 'no'], ['seguro que no', 'no'], ['por supuesto que no', 'no'], ['sí', 'yes'], ['claro', 'yes'],
    ['no sé', 'declined'], ['no lo sé', 'declined'], ['no estoy segura', 'declined'], ['prefiero no decir', 'declined'],
    ['no quiero hablar de eso', 'declined'], ['más o menos', 'declined'],
  ])('en español, %j → %s', (text, expected) => {
    expect(read(text, cssrs('es'), 'es')).toBe(expected);
  });

  it.each([['not sure'], ['i dont know'], ['yes, not now'], ['banana']])('on a plain yes/no question, %j is not an answer', (text) => {
    expect(read(text, plain('en'))).toBeUndefined();
  });

  it.each([
    ['yes', 'yes'], ['sure', 'yes'], ['no', 'no'], ['not sure', 'no'], ["I'd rather not", 'no'], ['idk', 'no'],
  ])('consent to texting or a voicemail naming the program: %j → %s', (text, expected) => {
    expect(read(text, consent('en'))).toBe(expected);
  });

  it.each([['eso no'], ['no, eso no'], ['no sé']])('consent in Spanish: %j is not a yes', (text) => {
    expect(read(text, consent('es'), 'es')).not.toBe('yes');
  });
});
