import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { fill as fillIn, webContent } from '../../src/web/webContent';
import type { BotServer } from '../channels/directLine/botServer';
import { EchoBot } from '../channels/directLine/echoBot';
import { startChatServer, testProfile } from './chatTestServer';
import { browserTestsEnabled, launchChromium, WebChatDriver, type OpenOptions } from './webChatDriver';

/*
 * The page's own mechanics, apart from the intake: what happens when the chat cannot
 * connect, and embed.js on a center's site of another origin. The echo stand-in bot keeps
 * them independent of the intake's wording; webChat.e2e.test.ts drives the real intake.
 */

const gate = browserTestsEnabled();
const describeInBrowser = gate.run ? describe : describe.skip;
const title = gate.run ? 'the chat page in headless Chromium, with the echo stand-in bot' : `the chat page in headless Chromium (${gate.reason})`;

const words = webContent('en');
const fill = (template: string) => fillIn(template, { name: testProfile.name, phone: testProfile.phone });

jest.setTimeout(60_000);

describeInBrowser(title, () => {
  let server: BotServer;
  let browser: Browser;
  const drivers: WebChatDriver[] = [];
  const open = async (scenario: string, options: Omit<OpenOptions, 'screenshots'> = {}) => {
    const driver = await WebChatDriver.open(browser, server.origin, { ...options, screenshots: `webchat-page/${scenario}` });
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

  it('"Get help now" is the first thing the keyboard reaches and shows 988 and 911, even when the chat cannot connect', async () => {
    const driver = await open('help-without-chat');
    await driver.page.route('**/v3/directline/**', (route) => route.abort());
    await driver.page.evaluate(() => sessionStorage.clear());
    await driver.page.reload();
    await driver.page.locator('#chat-status').filter({ hasText: fill(words.page.connectionFailed) }).waitFor();

    await driver.page.keyboard.press('Tab');
    await expect(driver.page.locator(':focus').textContent()).resolves.toBe(words.helpNow.button);
    await driver.page.keyboard.press('Enter');

    const panel = driver.page.locator('.help-now__panel');
    await panel.waitFor({ state: 'visible' });
    await expect(panel.getByRole('link', { name: words.helpNow.call988 }).getAttribute('href')).resolves.toBe('tel:988');
    await expect(panel.getByRole('link', { name: words.helpNow.text988 }).getAttribute('href')).resolves.toBe('sms:988');
    await expect(panel.getByRole('link', { name: words.helpNow.call911 }).getAttribute('href')).resolves.toBe('tel:911');
    await driver.page.keyboard.press('Tab');
    await expect(driver.page.locator(':focus').getAttribute('href')).resolves.toBe('tel:988');
    await driver.screenshot('open-chat-down');

    await driver.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await expect(driver.page.locator(':focus').textContent()).resolves.toBe(words.helpNow.button);
  });

  it('follows a Spanish browser (Accept-Language) when there is no ?lang=', async () => {
    const driver = await open('spanish-browser', { locale: 'es-MX' });
    await expect(driver.page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(driver.page.locator('h1').textContent()).resolves.toBe(fill(webContent('es').page.heading));
    await driver.screenshot('page');
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
      const driver = await open('embed', { path: siteUrl, waitForChat: false });
      const launcher = driver.page.getByRole('button', { name: words.launcher.open });
      await launcher.waitFor();
      await driver.screenshot('closed');
      const style = await launcher.evaluate((el) => ({ position: getComputedStyle(el).position, right: getComputedStyle(el).right }));
      expect(style).toEqual({ position: 'fixed', right: '20px' }); // styled despite the site's strict style-src

      await driver.page.keyboard.press('Tab');
      await expect(launcher.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).resolves.toBe(true);
      await driver.page.keyboard.press('Enter');
      await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('true');

      const chat = driver.page.frameLocator(`iframe[title="${fill(words.launcher.frameTitle)}"]`);
      await chat.locator('.webchat__bubble').filter({ hasText: EchoBot.greeting }).waitFor({ timeout: 15_000 });
      const input = chat.locator('[data-id="webchat-sendbox-input"]');
      await input.fill('Hello from the embed');
      await input.press('Enter');
      await chat.locator('.webchat__bubble').filter({ hasText: 'Echo: Hello from the embed' }).waitFor();
      await driver.screenshot('open');

      await driver.page.getByRole('button', { name: words.launcher.close }).click();
      await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(launcher.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).resolves.toBe(true);

      await launcher.click();
      await driver.page.getByRole('button', { name: words.launcher.close }).focus(); // keys typed inside the iframe stay there
      await driver.page.keyboard.press('Escape');
      await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
      expect(driver.problems).toEqual([]);
    });

    it('shows the chat inline instead when the page has <div id="iop-chat">', async () => {
      const driver = await open('embed-inline', { path: `${siteUrl}inline`, waitForChat: false });
      const chat = driver.page.frameLocator(`#iop-chat iframe[title="${fill(words.launcher.frameTitle)}"]`);
      await chat.locator('.webchat__bubble').filter({ hasText: EchoBot.greeting }).waitFor({ timeout: 15_000 });
      await expect(driver.page.getByRole('button', { name: words.launcher.open }).count()).resolves.toBe(0);
      await chat.locator('.webchat__connectivityStatus').waitFor({ state: 'detached' });
      await driver.screenshot('inline');
    });
  });
});
