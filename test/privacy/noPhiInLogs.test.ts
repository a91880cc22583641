import pino from 'pino';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/logging/logger';
import { conversationWith, staffToken, startBot } from '../support/botHarness';
import { mondayMorning } from '../support/contentText';
import { answerScreening, startScreening } from '../support/intakeScript';

/**
 * Substance-use records are protected health information: whatever a person types, and the
 * name and number they give, must never reach the logs, at any level.
 */
it('a whole intake, with crisis language, a name and a phone number, leaves no PHI in the logs', async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = pino({ level: 'trace' }, sink);
  const h = await startBot({ logger, now: mondayMorning });
  try {
    const c = conversationWith(h);
    await startScreening(c);
    await c.say('honestly i just want to die');
    await c.say('no');
    await answerScreening(c, { substances: 'fentanyl and xanax', overdose: 'yes' });
    await c.say('Marisol');
    await c.say('617-555-0188');
    await c.say('yes');
    await c.say('no');
    await c.say('asap');
    await c.say('yes');
    await fetch(`${h.botUrl}/api/handoffs`, { headers: { authorization: `Bearer ${staffToken}` } });
  } finally {
    await h.close();
  }
  const logs = lines.join('');
  expect(lines.length).toBeGreaterThan(20);
  expect(logs).toContain('crisis language detected');
  // The number in every form it could take (a bare "617" would also match timestamps).
  for (const secret of ['want to die', 'Marisol', '617-555-0188', '(617) 555-0188', '555-0188', '6175550188', 'fentanyl', 'xanax', staffToken]) {
    expect(logs).not.toContain(secret);
  }
});

it('the logger redacts PHI-named fields even if a log call passes them by mistake', () => {
  const lines: string[] = [];
  const logger = createLogger('info', new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) }));
  logger.info({ text: 'i want to die', contact: { phoneE164: '+16175550188' }, firstName: 'Ana', answers: { Q1: 'yes' } }, 'a careless call');
  const written = lines.join('');
  expect(written).toContain('a careless call');
  expect(written).not.toMatch(/want to die|6175550188|Ana|Q1/);
});
