import type { Browser, BrowserContext } from 'playwright-core';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import { formatPhone } from '../../src/rendering/textParams';
import { webContent } from '../../src/web/webContent';
import { staffToken, startBot, type Harness } from '../support/botHarness';
import { catalog, choice, en, es, mondayMorning } from '../support/contentText';
import { asDisplayed, browserTestsEnabled, DESKTOP, launchChromium, PHONE, severe, WebChatDriver, type OpenOptions } from './webChatDriver';

/*
 * The website channel end to end: the real intake bot (createApp, with the embedded Cosmos
 * server) serves the page, the local Direct Line and the bot on one loopback port, and
 * headless Chromium uses the page the way a person would. Every expected word comes from
 * the content files; screenshots of every step go to test-artifacts/webchat-intake/<scenario>/.
 */

const gate = browserTestsEnabled();
const describeInBrowser = gate.run ? describe : describe.skip;
const title = gate.run ? 'the intake in Web Chat, in headless Chromium' : `the intake in Web Chat, in headless Chromium (${gate.reason})`;

const pageText = webContent('en');
const yes = choice('yes');
const no = choice('no');

jest.setTimeout(60_000);

describeInBrowser(title, () => {
  let bot: Harness;
  let browser: Browser;
  let english: BrowserContext;
  const drivers: WebChatDriver[] = [];

  /** A new visitor on the real bot's page: a tab of its own, so a conversation of its own. */
  const visit = async (scenario: string, options: Omit<OpenOptions, 'screenshots'> = {}) => {
    const where = options.locale ? browser : english; // one English context: Web Chat loads from its cache
    const driver = await WebChatDriver.open(where, bot.botUrl, { ...options, screenshots: `webchat-intake/${scenario}` });
    drivers.push(driver);
    return new Visitor(driver);
  };

  beforeAll(async () => {
    browser = await launchChromium(); // first: if it fails, nothing else is left running
    english = await browser.newContext({ locale: 'en-US', viewport: DESKTOP });
    bot = await startBot({ now: mondayMorning }); // no MicrosoftAppId: the app runs its local Direct Line
  });
  afterEach(async () => {
    const used = drivers.splice(0);
    for (const driver of used) await driver.close();
    // In every scenario the page ran clean: no CSP violation, no script error.
    expect(used.flatMap((driver) => driver.problems)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('a person books an assessment call by clicking and typing, and sees a reference code that admissions also has', async () => {
    const person = await visit('booking');
    const chat = person.chat;

    await chat.waitForBotMessage(en('welcome.prompt'));
    expect((await chat.transcript())[0]).toEqual({ from: 'bot', text: asDisplayed(en('welcome')) });
    expect(await chat.suggestedActionLabels()).toEqual([choice('learn'), choice('checkFit')]);
    await chat.screenshot('welcome');

    await person.clicks(choice('checkFit'), en('forWhom.prompt'), 'for-whom');
    expect(await chat.suggestedActionLabels()).toEqual([choice('self'), choice('other')]);
    await person.clicks(choice('self'), en('q.MED-E1.self'), 'emergency-question');
    await person.types('no', en('q.Q1.self'), 'cssrs-wish-to-be-dead');
    await person.clicks(no, en('q.Q2.self'), 'cssrs-thoughts');
    await person.types('nope', en('q.Q6.self'), 'cssrs-behavior');
    await person.types('2', en('q.HTO1.self'), 'harm-to-others'); // "2": the second choice, No
    await person.clicks(no, en('q.substances.self'), 'substances');
    await person.types('alcohol', en('substances.sofar', { selected: catalog.file('en').substances.alcohol ?? '' }), 'substances-so-far');
    await person.clicks(choice('done'), en('q.WD-1.self'), 'withdrawal-history');
    await person.clicks(no, en('q.WD-3a.self'), 'daily-drinking');
    await person.clicks(no, en('q.FLAG-OD.self'), 'overdose');
    await person.clicks(no, en('q.FLAG-PREG.self'), 'pregnancy');
    await person.clicks(no, en('q.FLAG-MED.self'), 'medical');
    await person.clicks(no, en('q.FLAG-HOME.self'), 'home');
    await person.clicks(yes, en('q.age.self'), 'age');
    await person.types('34', en('firstName.prompt'), 'first-name');
    await chat.waitForBotMessage(en('route.assessment'));

    await person.types('Ana', en('phone.prompt'), 'phone');
    await person.types('617-555-0123', en('textOk.prompt'), 'texting-ok');
    await person.clicks(yes, en('voicemail.prompt'), 'voicemail');
    await person.clicks(no, en('slot.prompt'), 'call-times');

    const offered = await chat.suggestedActionLabels();
    expect(offered.at(-1)).toBe(choice('asap'));
    const slot = offered[2] ?? '';
    expect(offered.slice(0, -1)).toHaveLength(4);
    const format = catalog.file('en').format;
    const details = { firstName: 'Ana', phoneNumber: formatPhone('+16175550123'), when: slot, textOk: format.yes ?? '', voicemail: format.no ?? '' };
    await person.clicks(slot, en('confirmBooking.prompt', details), 'confirm');
    expect(await chat.suggestedActionLabels()).toEqual([choice('confirm'), choice('change')]);

    const booked = await person.clicks(choice('confirm'), en('finished.prompt'), 'booked');
    const reference = referenceIn(booked.slice(0, -1).map((line) => line.text).join(' '));
    expect(reference).toMatch(/^[A-Z0-9]{6}$/);

    const handoffs = (await (await fetch(`${bot.botUrl}/api/handoffs`, { headers: { authorization: `Bearer ${staffToken}` } })).json()) as HandoffRecord[];
    expect(handoffs.find((h) => h.booking?.reference === reference)).toMatchObject({ route: 'assessment', contact: { firstName: 'Ana', phoneE164: '+16175550123' } });

    // Everything, Web Chat included, came from this one server: no CDN.
    const origin = bot.botUrl;
    const socketOrigin = origin.replace('http:', 'ws:');
    expect(chat.requested.filter((url) => !url.startsWith(origin) && !url.startsWith(socketOrigin) && !/^(data|blob):/.test(url))).toEqual([]);
  });

  it('after a reload in the middle of the C-SSRS questions, the transcript comes back and the next answer carries on from there', async () => {
    const person = await visit('reload');
    const chat = person.chat;
    await person.startScreening();
    await person.types('no', en('q.Q1.self'), 'cssrs-wish-to-be-dead');
    await person.clicks(no, en('q.Q2.self'), 'cssrs-thoughts');
    const before = await chat.transcript();
    const conversation = await person.savedConversationId();

    await chat.reload();
    await chat.waitForBotMessage(en('q.Q2.self'));
    await chat.screenshot('after-reload');
    expect(await chat.transcript()).toEqual(before);
    expect(await person.savedConversationId()).toBe(conversation);
    expect(await chat.suggestedActionLabels()).toEqual([yes, no, choice('declined')]);

    // The answer goes to the question that was on screen: the bot's state lives server-side.
    await person.types('no', en('q.Q6.self'), 'next-question');
    expect((await chat.transcript()).filter((line) => line.text === asDisplayed(en('welcome')))).toHaveLength(1);
  });

  it('crisis language typed while booking gets 988 and a confirming question before any call time is offered', async () => {
    const person = await visit('crisis-while-booking');
    const chat = person.chat;
    await person.startScreening();
    await person.answersTheRestOfTheScreeningByTyping();
    await person.types('Ana', en('phone.prompt'), 'phone');
    await person.types('617-555-0123', en('textOk.prompt'), 'texting-ok');
    await person.clicks(yes, en('voicemail.prompt'), 'voicemail');

    const mark = await chat.mark();
    await person.types('i want to kill myself', en('crisisConfirm.suicide'), 'crisis-acknowledged');
    await chat.waitForBotMessage(en('crisis.ack.suicide'), { after: mark });
    // Calls are links; texting 988 is in the words (other Web Chat hosts render sms: links dead).
    expect(await chat.botLinks(mark)).toEqual(expect.arrayContaining(['tel:988', 'tel:911']));
    // Phone links dial or text in place: no empty new window left behind.
    await expect(chat.page.locator('.webchat__bubble a[href^="tel:"][target], .webchat__bubble a[href^="sms:"][target]').count()).resolves.toBe(0);
    expect(await chat.suggestedActionLabels()).toEqual([yes, no, choice('declined')]);

    await person.clicks(yes, en('callbackOffer.prompt'), 'crisis-route');
    await chat.waitForBotMessage(en('route.crisis'), { after: mark });
    const said = (await chat.transcript()).map((line) => line.text);
    expect(said.some((text) => text.includes(asDisplayed(en('slot.prompt'))))).toBe(false);
    expect(await chat.suggestedActionLabels()).toEqual([yes, no]);
  });

  it('"Get help now" works with the keyboard alone at any time: first on the page, and from the middle of the chat', async () => {
    const person = await visit('help-now');
    const chat = person.chat;
    const help = chat.page.locator('summary');
    const panel = chat.page.locator('.help-now__panel');

    await chat.page.keyboard.press('Tab');
    expect(await chat.hasFocus(help)).toBe(true);
    expect(await help.textContent()).toBe(pageText.helpNow.button);
    await chat.page.keyboard.press('Enter');
    await panel.waitFor({ state: 'visible' });
    await person.expectHelpLinks();
    await chat.screenshot('open-at-start');
    await chat.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });

    await person.startScreening();
    await chat.sendBox.focus();
    await chat.tabTo(help);
    await chat.page.keyboard.press('Enter');
    await panel.waitFor({ state: 'visible' });
    await person.expectHelpLinks();
    await chat.page.keyboard.press('Tab');
    expect(await chat.focusedDescription()).toContain(pageText.helpNow.call988);
    await chat.screenshot('open-mid-conversation');
    await chat.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await chat.hasFocus(help)).toBe(true);

    await person.types('no', en('q.Q1.self'), 'chat-carries-on'); // the conversation is where it was
  });

  it('has no serious or critical accessibility violations (axe-core) with the intake running, with help open, and on a resources screen', async () => {
    const person = await visit('axe');
    const chat = person.chat;
    await person.startScreening();
    await person.types('no', en('q.Q1.self'), 'cssrs');
    const duringScreening = await chat.runAxe();

    await chat.page.locator('summary').click();
    const withHelpOpen = await chat.runAxe();
    await chat.page.locator('summary').click();

    await person.clicks(yes, en('q.Q2.self'), 'cssrs-thoughts');
    await person.clicks(yes, en('q.Q3.self'), 'cssrs-method');
    await person.clicks(yes, en('q.Q4.self'), 'cssrs-intent');
    const mark = await chat.mark();
    await person.clicks(yes, en('callbackOffer.prompt'), 'crisis-route-with-resources');
    await chat.waitForBotMessage(en('route.crisis'), { after: mark });
    expect(await chat.botLinks(mark)).toEqual(expect.arrayContaining(['tel:988', 'tel:911']));
    const onResources = await chat.runAxe();

    expect(severe(duringScreening)).toEqual([]);
    expect(severe(withHelpOpen)).toEqual([]);
    expect(severe(onResources)).toEqual([]);
  });

  it('can be used with the keyboard alone: Tab to the send box, type and Enter, then reach and press a suggested action', async () => {
    const person = await visit('keyboard-only');
    const chat = person.chat;
    await chat.waitForBotMessage(en('welcome.prompt'));

    await chat.tabTo(chat.sendBox);
    await chat.page.keyboard.type('book a call');
    let mark = await chat.mark();
    await chat.page.keyboard.press('Enter');
    await chat.waitForBotMessage(en('forWhom.prompt'), { after: mark });
    await chat.screenshot('typed-with-keyboard');

    const forMyself = chat.suggestedAction(choice('self'));
    await chat.tabTo(forMyself, { backwards: true });
    await chat.screenshot('suggested-action-focused');
    mark = await chat.mark();
    await chat.page.keyboard.press('Enter');
    await chat.waitForBotMessage(en('q.MED-E1.self'), { after: mark });

    // Suggested actions are one tab stop; the arrow keys move between them.
    await chat.tabTo(chat.suggestedAction(yes), { backwards: true });
    await chat.page.keyboard.press('ArrowRight');
    expect(await chat.hasFocus(chat.suggestedAction(no))).toBe(true);
    await chat.screenshot('arrow-to-no');
    mark = await chat.mark();
    await chat.page.keyboard.press('Enter');
    await chat.waitForMessage('user', no, { after: mark });
    await chat.waitForBotMessage(en('q.Q1.self'), { after: mark });
    await chat.screenshot('answered-with-keyboard');
  });

  it('speaks Spanish with ?lang=es: the page, the welcome and the choices', async () => {
    const person = await visit('spanish', { path: '/?lang=es', locale: 'es-ES' });
    const chat = person.chat;
    const textoDePagina = webContent('es');
    await expect(chat.page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(chat.page.locator('summary').textContent()).resolves.toBe(textoDePagina.helpNow.button);

    await chat.waitForBotMessage(es('welcome.prompt'));
    expect((await chat.transcript())[0]).toEqual({ from: 'bot', text: asDisplayed(es('welcome')) });
    expect(await chat.suggestedActionLabels()).toEqual([choice('learn', 'es'), choice('checkFit', 'es')]);
    await chat.screenshot('welcome');

    await person.clicks(choice('checkFit', 'es'), es('forWhom.prompt'), 'for-whom');
    expect(await chat.suggestedActionLabels()).toEqual([choice('self', 'es'), choice('other', 'es')]);
  });

  it('fits a phone screen: long questions and many answer choices wrap, nothing sticks out sideways, help opens in view', async () => {
    const person = await visit('phone', { viewport: PHONE });
    const chat = person.chat;
    await person.startScreening();
    await person.types('no', en('q.Q1.self'), 'long-question');
    await person.clicks(no, en('q.Q2.self'), 'cssrs-thoughts');
    await person.types('no', en('q.Q6.self'), 'cssrs-behavior');
    await person.types('no', en('q.HTO1.self'), 'harm-to-others');
    await person.types('no', en('q.substances.self'), 'many-choices');

    const substances = catalog.file('en').substances;
    expect(await chat.suggestedActionLabels()).toEqual(expect.arrayContaining(Object.values(substances)));
    expect(await person.overflowingElements()).toEqual([]);

    await chat.page.locator('summary').click();
    await chat.page.locator('.help-now__panel').waitFor({ state: 'visible' });
    await chat.screenshot('help-open');
    expect(await person.overflowingElements()).toEqual([]); // 988 and 911 are on screen, not off its edge
  });
});

/** One person at the page: each step acts, waits for the bot's next prompt and takes the step's screenshot. */
class Visitor {
  constructor(readonly chat: WebChatDriver) {}

  /** Clicks a suggested action; returns what the bot said in answer. */
  async clicks(label: string, next: string, step: string) {
    const mark = await this.chat.mark();
    await this.chat.clickSuggestedAction(label);
    return this.answered(mark, next, step);
  }

  /** Types into the send box and presses Enter; returns what the bot said in answer. */
  async types(text: string, next: string, step: string) {
    const mark = await this.chat.mark();
    await this.chat.sendText(text);
    return this.answered(mark, next, step);
  }

  private async answered(mark: number, next: string, step: string) {
    await this.chat.waitForBotMessage(next, { after: mark });
    await this.chat.screenshot(step);
    return (await this.chat.transcript()).slice(mark).filter((line) => line.from === 'bot');
  }

  /** From the welcome to the first screening question, for oneself. */
  async startScreening() {
    await this.chat.waitForBotMessage(en('welcome.prompt'));
    await this.chat.screenshot('welcome');
    await this.clicks(choice('checkFit'), en('forWhom.prompt'), 'for-whom');
    await this.clicks(choice('self'), en('q.MED-E1.self'), 'emergency-question');
  }

  /** From the first screening question to the first booking question, typing "no" where a person with no risk would. */
  async answersTheRestOfTheScreeningByTyping() {
    await this.types('no', en('q.Q1.self'), 'cssrs-wish-to-be-dead');
    await this.types('no', en('q.Q2.self'), 'cssrs-thoughts');
    await this.types('no', en('q.Q6.self'), 'cssrs-behavior');
    await this.types('no', en('q.HTO1.self'), 'harm-to-others');
    await this.types('no', en('q.substances.self'), 'substances');
    await this.types('alcohol', en('q.substances.self'), 'substances-so-far');
    await this.types("that's all", en('q.WD-1.self'), 'withdrawal-history');
    await this.types('no', en('q.WD-3a.self'), 'daily-drinking');
    await this.types('no', en('q.FLAG-OD.self'), 'overdose');
    await this.types('no', en('q.FLAG-PREG.self'), 'pregnancy');
    await this.types('no', en('q.FLAG-MED.self'), 'medical');
    await this.types('no', en('q.FLAG-HOME.self'), 'home');
    await this.types('yes', en('q.age.self'), 'age');
    await this.types('34', en('firstName.prompt'), 'first-name');
  }

  async savedConversationId(): Promise<string | undefined> {
    const saved = await this.chat.page.evaluate(() => sessionStorage.getItem('iop-chat:local'));
    return (JSON.parse(saved ?? '{}') as { conversationId?: string }).conversationId;
  }

  /** The open "Get help now" panel offers 988 by call and text, and 911. */
  async expectHelpLinks() {
    const panel = this.chat.page.locator('.help-now__panel');
    const words = webContent('en').helpNow;
    await expect(panel.getByRole('link', { name: words.call988 }).getAttribute('href')).resolves.toBe('tel:988');
    await expect(panel.getByRole('link', { name: words.text988 }).getAttribute('href')).resolves.toBe('sms:988');
    await expect(panel.getByRole('link', { name: words.call911 }).getAttribute('href')).resolves.toBe('tel:911');
  }

  /** Visible parts of the page that stick out past either side of the screen, and whether the page scrolls sideways. */
  async overflowingElements(): Promise<string[]> {
    return this.chat.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth}px wide`);
      const parts = document.querySelectorAll<HTMLElement>('.webchat__bubble, .webchat__suggested-action, .webchat__send-box, .site-header *, .site-footer *');
      for (const el of Array.from(parts)) {
        const box = el.getBoundingClientRect();
        if (el.checkVisibility() && (box.right > width + 0.5 || box.left < -0.5)) {
          out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> ${Math.round(box.left)}..${Math.round(box.right)}`);
        }
      }
      return out;
    });
  }
}

/** The reference code in the booking confirmation, found by the confirmation's own wording. */
function referenceIn(said: string): string | undefined {
  const template = asDisplayed(en('booking.confirmed', { reference: '\u0001', when: '\u0002' }));
  const pattern = template
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace('\u0001', '([A-Z0-9]+)')
    .replace('\u0002', '.+?');
  return new RegExp(pattern).exec(said)?.[1];
}
