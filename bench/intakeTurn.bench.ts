/**
 * What one intake turn costs end to end, against an echo bot on the same stack (restify +
 * CloudAdapter + the same local connector), so the figure says what the intake itself adds:
 * crisis check, Cosmos read and ETag write (embedded server over HTTPS), machine, render, handoff.
 *
 *   npx tsx bench/intakeTurn.bench.ts
 */
import { randomUUID } from 'node:crypto';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import pino from 'pino';
import restify from 'restify';
import { createActor } from 'xstate';
import { createApp } from '../src/app';
import { AppConfig } from '../src/config/appConfig';
import { intakeMachine } from '../machines/intake/intakeMachine';
import { startTestChannel } from '../test/support/testChannel';

const CONVERSATIONS = 20;
const SCRIPT = ['see if it fits', 'me', 'no', 'no', 'no', 'no', 'no', 'alcohol', "that's all", 'no', 'no', 'no', 'no', 'no', 'yes', '34'];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function timeTurns(botUrl: string, serviceUrl: string, script: string[]): Promise<number[]> {
  const times: number[] = [];
  for (let n = 0; n < CONVERSATIONS; n++) {
    const conversation = { id: `bench-${randomUUID()}` };
    for (const [i, text] of [['', ''] as const, ...script.map((t) => ['message', t] as const)].entries()) {
      const activity = i === 0
        ? { type: 'conversationUpdate', membersAdded: [{ id: 'u' }] }
        : { type: 'message', text: text[1] };
      const started = process.hrtime.bigint();
      await fetch(`${botUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, id: randomUUID(), channelId: 'test', serviceUrl, conversation, from: { id: 'u' }, recipient: { id: 'b' } }),
      });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return times;
}

async function echoBot(): Promise<{ url: string; close: () => Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler().onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text}`);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: server.url.replace('[::]', '127.0.0.1'), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function machineStep(): number {
  const input = { locale: 'en' as const, program: { minimumAge: 18, adolescentTrack: false } };
  const actor = createActor(intakeMachine, { input });
  actor.start();
  actor.send({ type: 'user.choose', value: 'checkFit' });
  actor.send({ type: 'user.choose', value: 'self' });
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  const iterations = 2000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const a = createActor(intakeMachine, { snapshot, input });
    a.start();
    a.send({ type: 'user.choose', value: 'no' });
    a.getPersistedSnapshot();
    a.stop();
  }
  return Number(process.hrtime.bigint() - started) / 1e3 / iterations;
}

export async function benchIntakeTurn(): Promise<{ name: string; figures: Record<string, number | string> }> {
  const channel = await startTestChannel();
  const echo = await echoBot();
  const echoTimes = await timeTurns(echo.url, channel.serviceUrl, SCRIPT);
  await echo.close();

  const app = await createApp({ config: AppConfig.parse({ LOG_LEVEL: 'silent' }), logger: pino({ level: 'silent' }) });
  await app.listen(0, '127.0.0.1');
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const intakeTimes = await timeTurns(app.url(), channel.serviceUrl, SCRIPT);
  global.gc?.();
  const memory = process.memoryUsage();
  await app.close();
  await channel.close();

  return {
    name: `intake turn over HTTP (${CONVERSATIONS} conversations × ${SCRIPT.length + 1} turns, embedded Cosmos)`,
    figures: {
      'echo bot p50 ms': +percentile(echoTimes, 50).toFixed(2),
      'echo bot p95 ms': +percentile(echoTimes, 95).toFixed(2),
      'intake p50 ms': +percentile(intakeTimes, 50).toFixed(2),
      'intake p95 ms': +percentile(intakeTimes, 95).toFixed(2),
      'intake mean ms': +mean(intakeTimes).toFixed(2),
      'machine step (restore + event + persist) µs': +machineStep().toFixed(1),
      'heap growth over the run MB': mb(memory.heapUsed - heapBefore),
      'rss MB (bot + embedded Cosmos + channel, one process)': mb(memory.rss),
    },
  };
}

if (require.main === module) {
  benchIntakeTurn().then((r) => console.log(r.name, r.figures));
}
