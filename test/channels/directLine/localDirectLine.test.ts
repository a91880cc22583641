import { ConnectionStatus } from 'botframework-directlinejs';
import { startBotServer, type BotServer } from './botServer';
import { DirectLineSession } from './directLineClient';
import { EchoBot } from './echoBot';

async function generateToken(server: BotServer): Promise<{ token: string; conversationId: string }> {
  const res = await fetch(`${server.directLineDomain}/tokens/generate`, { method: 'POST' });
  expect(res.status).toBe(200);
  return (await res.json()) as { token: string; conversationId: string };
}

describe('the local Direct Line, driven by the real DirectLineJS client against a real CloudAdapter bot', () => {
  let server: BotServer;
  const sessions: DirectLineSession[] = [];
  const open = (options: ConstructorParameters<typeof DirectLineSession>[0]): DirectLineSession => {
    const session = new DirectLineSession(options);
    sessions.push(session);
    return session;
  };

  beforeEach(async () => {
    server = await startBotServer();
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) session.end();
    await server.close();
  });

  it('starts a conversation, and the bot greets the user it was told joined', async () => {
    const { token, conversationId } = await generateToken(server);
    const session = open({ domain: server.directLineDomain, token });

    const greeting = await session.waitForBotText(EchoBot.greeting);

    expect(session.conversationId).toBe(conversationId);
    expect(greeting.conversation?.id).toBe(conversationId);
    expect(greeting.id).toMatch(new RegExp(`^${conversationId}\\|\\d{7}$`));
    expect(server.turnErrors).toEqual([]);
  });

  it('posts a message: the user sees it echoed with an id, then typing, then the reply', async () => {
    const { token } = await generateToken(server);
    const session = open({ domain: server.directLineDomain, token });
    await session.waitForBotText(EchoBot.greeting);

    const id = await session.sendText('I would like to start a program');

    const own = await session.waitFor((a) => a.id === id);
    expect(own).toMatchObject({ type: 'message', text: 'I would like to start a program', channelId: 'webchat' });
    expect(own.from).toMatchObject({ role: 'user' });
    expect(own.from.id).toMatch(/^dl_/); // from the token, not the "ignored-by-server" the client claimed
    const reply = await session.waitForBotText('Echo: I would like to start a program');
    const { replyToId, suggestedActions } = reply as { replyToId?: string; suggestedActions?: { actions: Array<{ title?: string }> } };
    expect(replyToId).toBe(id);
    expect(suggestedActions?.actions.map((a) => a.title)).toEqual([EchoBot.suggestion, EchoBot.longSuggestion]);
    const order = session.received.map((a) => a.id);
    const typing = session.received.find((a) => a.type === 'typing');
    expect(typing).toBeDefined();
    expect(order.indexOf(typing!.id)).toBeGreaterThan(order.indexOf(id));
    expect(order.indexOf(typing!.id)).toBeLessThan(order.indexOf(reply.id));
  });

  it('resumes an existing conversation with its token and id, replaying the transcript (a page reload)', async () => {
    const { token, conversationId } = await generateToken(server);
    const first = open({ domain: server.directLineDomain, token });
    await first.sendText('first message');
    await first.waitForBotText('Echo: first message');
    first.end();

    const resumed = open({ domain: server.directLineDomain, token, conversationId });
    await resumed.waitForBotText('Echo: first message');
    expect(resumed.received.filter((a) => a.type === 'message').map((a) => a.text)).toEqual([
      EchoBot.greeting,
      'first message',
      'Echo: first message',
    ]);
    await resumed.sendText('second message');
    await resumed.waitForBotText('Echo: second message');
    expect(resumed.conversationId).toBe(conversationId);
  });

  it('ends the client session when resuming a conversation the server no longer has', async () => {
    const { token, conversationId } = await generateToken(server);
    const session = open({ domain: server.directLineDomain, token, conversationId });
    await session.waitForStatus(ConnectionStatus.FailedToConnect);
  });

  it('keeps message text out of the logs', async () => {
    const { token } = await generateToken(server);
    const session = open({ domain: server.directLineDomain, token });
    await session.sendText('my private detail 4471');
    await session.waitForBotText('Echo: my private detail 4471');

    expect(server.logs.length).toBeGreaterThan(0);
    expect(server.logs.join('\n')).not.toContain('4471');
  });
});

describe('the local Direct Line on a server without a global body parser', () => {
  it('still reads request bodies itself', async () => {
    const server = await startBotServer({ globalBodyParser: false });
    const { token } = await generateToken(server);
    const session = new DirectLineSession({ domain: server.directLineDomain, token });
    try {
      await session.sendText('hello');
      await session.waitForBotText('Echo: hello');
    } finally {
      session.end();
      await server.close();
    }
  });
});
