/*
 * Takes the README's pictures of the web chat: docs/webchat-desktop.png (1280×800) and
 * docs/webchat-phone.png (390×844), mid-conversation with the real intake bot, at the
 * substances question, whose many answer choices show how suggested actions wrap.
 *
 *   npx tsx test/web/docScreenshots.ts
 *
 * Not a test (jest runs *.test.ts only): the pictures change only when someone decides to.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { startBot } from '../support/botHarness';
import { choice, en, mondayMorning } from '../support/contentText';
import { DESKTOP, launchChromium, PHONE, WebChatDriver } from './webChatDriver';

const DOCS = resolve(__dirname, '../../docs');

async function picture(browser: Browser, baseUrl: string, viewport: { width: number; height: number }, file: string) {
  const chat = await WebChatDriver.open(browser, baseUrl, { viewport, screenshots: 'docs-screenshots' });
  const answer = async (act: () => Promise<void>, next: string) => {
    const mark = await chat.mark();
    await act();
    await chat.waitForBotMessage(next, { after: mark });
  };
  await chat.waitForBotMessage(en('welcome.prompt'));
  await answer(() => chat.clickSuggestedAction(choice('checkFit')), en('forWhom.prompt'));
  await answer(() => chat.clickSuggestedAction(choice('self')), en('q.MED-E1.self'));
  await answer(() => chat.sendText('no'), en('q.Q1.self'));
  await answer(() => chat.clickSuggestedAction(choice('no')), en('q.Q2.self'));
  await answer(() => chat.sendText('no'), en('q.Q6.self'));
  await answer(() => chat.clickSuggestedAction(choice('no')), en('q.HTO1.self'));
  await answer(() => chat.sendText('nope'), en('q.substances.self'));
  await chat.page.mouse.move(0, 0); // no hover highlight on a suggested action
  await chat.sendBox.blur();
  const path = resolve(DOCS, file);
  await chat.screenshot('docs', { path });
  await chat.close();
  return path;
}

async function main() {
  const bot = await startBot({ now: mondayMorning });
  const browser = await launchChromium();
  try {
    console.log(await picture(browser, bot.botUrl, DESKTOP, 'webchat-desktop.png'));
    console.log(await picture(browser, bot.botUrl, PHONE, 'webchat-phone.png'));
  } finally {
    await browser.close();
    await bot.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
