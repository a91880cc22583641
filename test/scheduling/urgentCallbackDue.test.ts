import { urgentCallbackDue } from '../../src/scheduling/urgentCallbackDue';
import { profile } from '../support/contentText';

// The default profile: New York; Mon–Thu 8–20, Fri 8–18, Sat 9–13, closed Sunday.
const at = (local: string) => new Date(`${local}-05:00`);

describe('an urgent callback is due the same day, or the next day with admissions hours after hours', () => {
  it.each([
    ['Monday 09:00, open', '2026-11-23T09:00:00', true, '2026-11-23T20:00:00-05:00'],
    ['Monday 06:30, before opening: still today', '2026-11-23T06:30:00', true, '2026-11-23T20:00:00-05:00'],
    ['Monday 21:00, closed: Tuesday', '2026-11-23T21:00:00', false, '2026-11-24T20:00:00-05:00'],
    ['Friday 19:00, closed: Saturday, which closes at 13:00', '2026-11-27T19:00:00', false, '2026-11-28T13:00:00-05:00'],
    ['Saturday 14:00, closed: no Sunday hours, so Monday', '2026-11-28T14:00:00', false, '2026-11-30T20:00:00-05:00'],
    ['Sunday noon: Monday', '2026-11-29T12:00:00', false, '2026-11-30T20:00:00-05:00'],
  ])('%s', (_case, local, sameDay, dueBy) => {
    expect(urgentCallbackDue(at(local), profile)).toEqual({ sameDay, dueBy });
  });

  it('has no deadline to give when the profile has no admissions hours at all', () => {
    expect(urgentCallbackDue(at('2026-11-23T09:00:00'), { ...profile, admissionsHours: {} })).toBeUndefined();
  });
});
