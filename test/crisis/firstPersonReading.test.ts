import { firstPersonReadings } from '../../src/crisis/firstPersonReading';
import { lexiconCrisisDetector, THIRD_PERSON_SUFFIX } from '../../src/crisis/lexiconDetector';
import { normalizeText } from '../../src/crisis/normalizeText';

const readings = (raw: string): readonly string[] => firstPersonReadings(normalizeText(raw));

describe('firstPersonReadings: a message about a loved one, read as if they had written it', () => {
  it.each([
    ["my son says he doesn't want to be alive anymore", 'my son says i dont wanna be alive anymore'],
    ['she hates her life and her kids would be better off without her', 'i hate my life and my kids would be better off without me'],
    ["he's been saving his pills", 'ive been saving my pills'],
    ['she cries every night', 'i cry every night'],
    ['he really wishes he was dead', 'i really wish i was dead'],
    ['she passes out', 'i pass out'],
    ["he'll end it tonight", 'ill end it tonight'],
    ["she'd rather be dead", 'id rather be dead'],
    ['he keeps hurting himself', 'i keep hurting myself'],
  ])('%j reads %j', (raw, reading) => {
    expect(readings(raw)).toEqual([reading]);
  });

  it('reads each person apart, so "he" hurting "her" stays a threat to her', () => {
    expect(readings("he said he's going to hurt her")).toEqual(['i said im gonna hurt her']);
    expect(readings('he says she wants to die')).toEqual(['i say she wants to die', 'he says i wanna die']);
  });

  it('leaves alone a message with no "he" or "she", and nouns that look like contractions', () => {
    expect(readings('my brother went through a program like this and it helped him')).toEqual([]);
    expect(readings('we went through hell last year')).toEqual([]);
    expect(readings('the tools are in the shed')).toEqual([]);
  });

  it('folds a reflexive only after "he" or "she" in the same clause: a pet, or a death reported, is not read as the writer', () => {
    expect(readings('my son keeps scratching himself until he bleeds')).toEqual(['my son keeps scratching himself until i bleed']);
    expect(readings('the cat keeps scratching himself until he bleeds')).toEqual([]);
    expect(readings('my older brother killed himself in 2012. he was 30')).toEqual(['my older brother killed himself in 2012 . i was 30']);
  });
});

describe('the detector and the readings', () => {
  it('hears the first-person rules in a message about someone else, and says so in the pattern id', () => {
    const match = lexiconCrisisDetector.detect('my little brother just told me he doesnt want to be alive anymore');
    expect(match).toEqual({ kind: 'suicide', lang: 'en', patternId: `en.suicide.dont-want-to-live${THIRD_PERSON_SUFFIX}` });
  });

  it('keeps the guards: a reading that is negated, past or figurative stays silent', () => {
    expect(lexiconCrisisDetector.detect("she says she isn't suicidal, she just needs help with drinking")).toBeUndefined();
    expect(lexiconCrisisDetector.detect('my uncle wanted to die after the divorce in 2009, he is doing great now')).toBeUndefined();
  });

  it('prefers a rule that matches the message as written', () => {
    expect(lexiconCrisisDetector.detect('he is going to kill himself tonight')?.patternId.endsWith(THIRD_PERSON_SUFFIX)).toBe(false);
  });
});
