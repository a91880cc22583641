import { capInput, HEAD_CHARS, normalizeText, TAIL_CHARS } from '../../src/crisis/normalizeText';

describe('normalizeText', () => {
  it.each([
    ["I'M   GONNA K1LL MYSELF", 'im gonna kill myself'],
    ['im goin to off my self', 'im gonna off myself'],
    ['I wanna dieeee!!!', 'i wanna die'],
    ['Want 2 die', 'wanna die'],
    ['k i l l  m y s e l f', 'killmyself'],
    ['killlll myselfffff', 'kill myself'],
    ['end it alll', 'end it all'],
    ['$uicide', 'suicide'],
    ["my friend's od'ing", 'my friends oding'],
    ['he’ll kill me', 'hell kill me'],
    ['self-harm', 'selfharm'],
    ['I do not want to live', 'i dont wanna live'],
    ['in the tub w/ a razor b/c', 'in the tub with a razor because'],
    ['better off w/o me', 'better off without me'],
    ['counted them, 40 x 10mg', 'counted them . 40 x 10mg'],
    ['idk how mch i tok', 'idk how much i took'],
    ["I'm going to end it", 'im gonna end it'],
    ['going over there with my .45', 'going over there with my 45'],
    ['going to the top of the parking garage', 'going to the top of the parking garage'],
  ])('folds how people write in English: %j → %j', (raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  });

  it.each([
    ['suicidarme', 'suicidarme'],
    ['suicídarme', 'suicidarme'],
    ['SUICÍDARME', 'suicidarme'],
    ['ｓｕｉｃｉｄａｒｍｅ', 'suicidarme'],
    ['ya no kiero bibir', 'ya no quiero vivir'],
    ['me quiero matarrr', 'me quiero matar'],
    ['¿Cuánto dura el programa?', 'cuanto dura el programa'],
    ['mi papá me pegó', 'mi papa me pego'],
    ['toy cansado de todo', 'estoy cansado de todo'],
    ['x q no contestas', 'por que no contestas'],
    ["my kid's toy gun", 'my kids toy gun'],
  ])('folds Spanish with or without accents: %j → %j', (raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  });

  it('keeps clause punctuation as a "." token, once, and never at the ends', () => {
    expect(normalizeText('No... I want to die!!')).toBe('no . i wanna die');
    expect(normalizeText('?? hello ,, there !!')).toBe('hello . there');
  });

  it('leaves numbers alone and turns symbols into letters only inside words', () => {
    expect(normalizeText('I took 20 tylenol, call 911')).toBe('i took 20 tylenol . call 911');
    expect(normalizeText('k!ll my5elf')).toBe('kill myself');
  });

  it('drops emoji and other symbols', () => {
    expect(normalizeText('me quiero morir 😭😭')).toBe('me quiero morir');
    expect(normalizeText('   ')).toBe('');
  });

  it('looks at the head and the tail of a very long message, with a clause break between', () => {
    const head = 'a'.repeat(HEAD_CHARS);
    const tail = 'b'.repeat(TAIL_CHARS);
    const capped = capInput(`${head}${'x'.repeat(50_000)}${tail}`);
    expect(capped).toBe(`${head}\n${tail}`);
    expect(capInput('short message')).toBe('short message');
  });
});
