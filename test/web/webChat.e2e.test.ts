import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import type { BotServer } from '../channels/directLine/botServer';
import { EchoBot } from '../channels/directLine/echoBot';
import { startChatServer, testProfile } from './chatTestServer';
import { browserTestsEnabled, launchChromium, WebChatDriver } from './webChatDriver';

const gate = browserTestsEnabled();
const describeInBrowser = gate.run ? describe : describe.skip;
const title = gate.run ? 'the chat page in headless Chromium, with the echo stand-in bot' : `the chat page in headless Chromium (${gate.reason})`;

jest.setTimeout(60_000);

describeInBrowser(title, () => {
  let server: BotServer;
  let browser: Browser;
  const drivers: WebChatDriver[] = [];
  const open = async (options: Parameters<typeof WebChatDriver.open>[2] = {}) => {
    const driver = await WebChatDriver.open(browser, server.origin, options);
    drivers.push(driver);
    return driver;
  };

  beforeAll(async () => {
    browser = await launchChromium(); // first: if it fails, nothing else is left running
    server = await startChatServer();
  });
  afterEach(async () => {
    for (const driver of drivers.splice(0)) await driver.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads Web Chat from this server (no CDN), shows the greeting, and answers a typed message and a suggested action', async () => {
    const requested: string[] = [];
    const driver = await open({ name: 'conversation' });
    driver.page.on('request', (request) => requested.push(request.url()));
    await driver.waitForBotMessage(EchoBot.greeting);
    await driver.screenshot('greeting');

    await driver.sendText('Do you have evening groups?');
    await driver.waitForBotMessage('Echo: Do you have evening groups?');
    expect(await driver.suggestedActionLabels()).toEqual([EchoBot.suggestion, EchoBot.longSuggestion]);
    await driver.screenshot('reply-with-suggested-action');

    await driver.clickSuggestedAction(EchoBot.suggestion);
    await driver.waitForBotMessage(`Echo: ${EchoBot.suggestion}`);
    await driver.screenshot('after-suggested-action');

    expect(await driver.transcript()).toEqual([
      { from: 'bot', text: EchoBot.greeting },
      { from: 'user', text: 'Do you have evening groups?' },
      { from: 'bot', text: 'Echo: Do you have evening groups?' },
      { from: 'user', text: EchoBot.suggestion },
      { from: 'bot', text: `Echo: ${EchoBot.suggestion}` },
    ]);
    const wsOrigin = server.origin.replace('http:', 'ws:');
    expect(requested.filter((url) => !url.startsWith(server.origin) && !url.startsWith(wsOrigin) && !/^(data|blob):/.test(url))).toEqual([]);
    expect(driver.problems).toEqual([]); // no CSP violations, no script errors
  });

  it('resumes the same conversation after a reload: the transcript comes back and the chat continues', async () => {
    const driver = await open({ name: 'reload' });
    await driver.sendText('Please remember this');
    await driver.waitForBotMessage('Echo: Please remember this');
    const before = await driver.transcript();
    const saved = await driver.page.evaluate(() => sessionStorage.getItem('iop-chat:local'));

    await driver.reload();
    await driver.waitForBotMessage('Echo: Please remember this');
    await driver.screenshot('after-reload');
    expect(await driver.transcript()).toEqual(before);
    expect(JSON.parse((await driver.page.evaluate(() => sessionStorage.getItem('iop-chat:local'))) ?? '{}').conversationId).toBe(
      JSON.parse(saved ?? '{}').conversationId,
    );

    await driver.sendText('Still there?');
    await driver.waitForBotMessage('Echo: Still there?');
    expect((await driver.transcript()).filter((line) => line.text === EchoBot.greeting)).toHaveLength(1);
  });

  it('"Get help now" is the first thing the keyboard reaches and shows 988 and 911, even when the bot is down', async () => {
    const driver = await open({ name: 'help-now' });
    await driver.page.route('**/v3/directline/**', (route) => route.abort());
    await driver.page.evaluate(() => sessionStorage.clear());
    await driver.page.reload();
    await driver.page.locator('#chat-status').filter({ hasText: testProfile.phone }).waitFor(); // the chat could not connect

    await driver.page.keyboard.press('Tab');
    const focused = driver.page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Get help now');
    await driver.page.keyboard.press('Enter');

    const panel = driver.page.locator('.help-now__panel');
    await panel.waitFor({ state: 'visible' });
    await expect(panel.getByRole('link', { name: 'Call 988' }).getAttribute('href')).resolves.toBe('tel:988');
    await expect(panel.getByRole('link', { name: 'Text 988' }).getAttribute('href')).resolves.toBe('sms:988');
    await expect(panel.getByRole('link', { name: 'Call 911' }).getAttribute('href')).resolves.toBe('tel:911');
    await driver.page.keyboard.press('Tab');
    await expect(driver.page.locator(':focus').getAttribute('href')).resolves.toBe('tel:988');
    await driver.screenshot('open-bot-down');

    await driver.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await expect(driver.page.locator(':focus').textContent()).resolves.toBe('Get help now');
  });

  it('has no serious or critical accessibility violations (axe-core), with the chat running and with help open', async () => {
    const driver = await open({ name: 'axe' });
    await driver.sendText('Checking accessibility');
    await driver.waitForBotMessage('Echo: Checking accessibility');
    const withChat = await driver.runAxe();
    await driver.page.locator('summary').click();
    const withHelpOpen = await driver.runAxe();

    const severe = [...withChat, ...withHelpOpen].filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe).toEqual([]);
  });

  it('speaks Spanish with ?lang=es or a Spanish browser, page and Web Chat alike', async () => {
    const byQuery = await open({ path: '/?lang=es', name: 'spanish' });
    await expect(byQuery.page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(byQuery.page.locator('summary').textContent()).resolves.toBe('Obtener ayuda ahora');
    await expect(byQuery.page.title()).resolves.toBe(`Chat con ${testProfile.name}`);
    await byQuery.screenshot('page');

    const byBrowser = await open({ locale: 'es-MX', name: 'spanish-browser' });
    await expect(byBrowser.page.locator('h1').textContent()).resolves.toBe(`Hable con ${testProfile.name}`);
  });

  it('fits a phone screen with the help control still visible', async () => {
    const driver = await open({ viewport: { width: 390, height: 780 }, name: 'phone' });
    await driver.sendText('A long question about whether the program works around a night shift schedule');
    await driver.waitForBotMessage('Echo: A long question');
    await expect(driver.page.locator('summary').isVisible()).resolves.toBe(true);
    await driver.screenshot('conversation');
  });

  describe('embedded on a center\'s own site (another origin) with embed.js', () => {
    let site: HttpServer;
    let siteUrl: string;

    beforeAll(async () => {
      // The center's page: a strict CSP of its own that allows only our script.
      site = createServer((req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('content-security-policy', `default-src 'self'; script-src ${server.origin}; style-src 'self'; frame-src ${server.origin}`);
        // The two lines a center pastes: the script, and (for the chat inline on the page) the div.
        const inline = req.url === '/inline' ? '<div id="iop-chat"></div>' : '';
        res.end(`<!doctype html><html lang="en"><head><title>Riverside Recovery</title></head><body>
<main><h1>Riverside Recovery</h1><p>Our programs.</p>${inline}</main>
<script src="${server.origin}/embed.js" defer></script>
</body></html>`);
      });
      await new Promise<void>((resolve) => site.listen(0, 'localhost', () => resolve()));
      siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/`;
    });
    afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

    it('adds a keyboard-reachable launcher that opens the chat in an iframe, closed by its button or Escape', async () => {
      const driver = await open({ path: siteUrl, waitForChat: false, name: 'embed' });
      const launcher = driver.page.getByRole('button', { name: 'Chat with us' });
      await launcher.waitFor();
      await driver.screenshot('closed');
      const style = await launcher.evaluate((el) => ({ position: getComputedStyle(el).position, right: getComputedStyle(el).right }));
      expect(style).toEqual({ position: 'fixed', right: '20px' }); // styled despite the site's strict style-src

      await driver.page.keyboard.press('Tab');
      await expect(launcher.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).resolves.toBe(true);
      await driver.page.keyboard.press('Enter');
      await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('true');

      const chat = driver.page.frameLocator(`iframe[title="Chat with ${testProfile.name}"]`);
      await chat.locator('.webchat__bubble').filter({ hasText: EchoBot.greeting }).waitFor({ timeout: 15_000 });
      const input = chat.locator('[data-id="webchat-sendbox-input"]');
      await input.fill('Hello from the embed');
      await input.press('Enter');
      await chat.locator('.webchat__bubble').filter({ hasText: 'Echo: Hello from the embed' }).waitFor();
      await driver.screenshot('open');

      await driver.page.getByRole('button', { name: 'Close chat' }).click();
      await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(launcher.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).resolves.toBe(true);

      await launcher.click();
      await driver.page.getByRole('button', { name: 'Close chat' }).focus(); // keys typed inside the iframe stay there
      await driver.page.keyboard.press('Escape');
      await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
      expect(driver.problems).toEqual([]);
    });

    it('shows the chat inline instead when the page has <div id="iop-chat">', async () => {
      const driver = await open({ path: `${siteUrl}inline`, waitForChat: false, name: 'embed-inline' });
      const chat = driver.page.frameLocator(`#iop-chat iframe[title="Chat with ${testProfile.name}"]`);
      await chat.locator('.webchat__bubble').filter({ hasText: EchoBot.greeting }).waitFor({ timeout: 15_000 });
      await expect(driver.page.getByRole('button', { name: 'Chat with us' }).count()).resolves.toBe(0);
      await chat.locator('.webchat__connectivityStatus').waitFor({ state: 'detached' });
      await driver.screenshot('inline');
    });
  });
});
