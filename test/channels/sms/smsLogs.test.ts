import pino from 'pino';
import { Writable } from 'node:stream';
import { conversationWith, startBot } from '../../support/botHarness';
import { mondayMorning } from '../../support/contentText';

/**
 * On SMS the conversation id is the person's phone number. Opting out, opting in, HELP and
 * crisis language from an opted-out number must log what happened, never the number or the words.
 */
it('keywords and an opted-out crisis leave neither the phone number nor the message in the logs', async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const h = await startBot({ logger: pino({ level: 'trace' }, sink), now: mondayMorning });
  try {
    const c = conversationWith(h, { channelId: 'sms', conversationId: '+16175550188' });
    await c.say('hi there from Marisol');
    await c.say('HELP');
    await c.say('STOP');
    await c.say('still there Marisol?');
    await c.say('honestly i just want to die');
    await c.say('START');
  } finally {
    await h.close();
  }
  const logs = lines.join('');
  expect(logs).toContain('SMS keyword recorded');
  expect(logs).toContain('crisis language detected');
  for (const secret of ['6175550188', '617555', 'Marisol', 'want to die', 'still there']) expect(logs).not.toContain(secret);
});
