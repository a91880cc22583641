import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ARTIFACTS_ROOT = resolve(__dirname, '../../test-artifacts');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The viewports the screenshots and layout checks use. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * Whether browser tests run here. Without Chromium they are skipped, with a reason,
 * except under CI=true, where a missing browser must fail the run instead.
 */
export function browserTestsEnabled(): { run: boolean; reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { run: true, reason: '' };
  if (process.env.CI === 'true') return { run: true, reason: '' }; // launching will fail loudly
  return { run: false, reason: `skipped: ${CHROMIUM_PATH} is missing (apt-get install -y chromium); under CI=true this fails instead` };
}

/** The Debian Chromium, headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    return Promise.reject(new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`));
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Text as a person reads it, for comparing what Web Chat shows with the content files:
 * Web Chat's markdown typographer curls quotes, it pads links with zero-width spaces,
 * and paragraphs and line breaks are layout, not words.
 */
export function asDisplayed(text: string): string {
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface TranscriptLine {
  from: 'bot' | 'user';
  /** As displayed (see `asDisplayed`). */
  text: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

export interface OpenOptions {
  /** A path on the chat server, or a full URL (e.g. a center's page that embeds the chat). */
  path?: string;
  /** Wait for Web Chat to be ready on the first page; default true. */
  waitForChat?: boolean;
  locale?: string;
  viewport?: { width: number; height: number };
  /** Where screenshots go, under test-artifacts/ (emptied first): `<screenshots>/NN-step.png`. */
  screenshots: string;
}

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const BUBBLE = '.webchat__bubble';
const SUGGESTED_ACTION = '.webchat__suggested-actions button';

/**
 * Drives the chat page the way a person would: types, clicks suggested actions by their
 * label, uses the keyboard, and waits for what the bot says.
 */
export class WebChatDriver {
  /** CSP violations and page errors seen so far; a healthy page has none. */
  readonly problems: string[] = [];
  /** Every URL the tab asked for, from the first page load on. */
  readonly requested: string[] = [];
  private step = 0;

  private constructor(
    readonly page: Page,
    private readonly baseUrl: string,
    private readonly screenshotDir: string,
    /** The browser context, when this driver made it (and so closes it). */
    private readonly ownContext: BrowserContext | undefined,
  ) {
    page.on('request', (request) => this.requested.push(request.url()));
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`);
    });
  }

  /**
   * A new tab on the chat page. Given a browser, the tab gets a browser context of its own
   * (viewport and locale as asked); given a context, it shares that context's HTTP cache,
   * which saves loading Web Chat again. Either way sessionStorage is the tab's own, so every
   * driver is a new visitor with a new conversation.
   */
  static async open(where: Browser | BrowserContext, baseUrl: string, options: OpenOptions): Promise<WebChatDriver> {
    let page: Page;
    let ownContext: BrowserContext | undefined;
    if ('newContext' in where) {
      ownContext = await where.newContext({ viewport: options.viewport ?? DESKTOP, locale: options.locale ?? 'en-US' });
      page = await ownContext.newPage();
    } else {
      if (options.locale) throw new Error('The locale belongs to the browser context: open a locale other than the context\'s with the browser');
      page = await where.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
    }
    const dir = join(ARTIFACTS_ROOT, options.screenshots);
    rmSync(dir, { recursive: true, force: true });
    const driver = new WebChatDriver(page, baseUrl, dir, ownContext);
    await driver.goto(options.path ?? '/', options.waitForChat ?? true);
    return driver;
  }

  async goto(path = '/', waitForChat = true): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).toString());
    if (waitForChat) await this.waitForChatReady();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForChatReady();
  }

  /** Web Chat has rendered its send box, and both our status line and Web Chat's "Connecting…" are gone. */
  async waitForChatReady(): Promise<void> {
    await this.sendBox.waitFor({ state: 'visible', timeout: 15_000 });
    await this.page.locator('#chat-status').waitFor({ state: 'hidden', timeout: 15_000 });
    await this.page.locator('.webchat__connectivityStatus').waitFor({ state: 'detached', timeout: 15_000 });
  }

  get sendBox(): Locator {
    return this.page.locator(SEND_BOX);
  }

  /** Types into the send box and presses Enter; resolves once the message shows in the transcript. */
  async sendText(text: string): Promise<void> {
    const mark = await this.mark();
    await this.sendBox.fill(text);
    await this.sendBox.press('Enter');
    await this.waitForMessage('user', text, { after: mark });
  }

  /** Clicks the suggested action (quick reply) whose visible label is `label`. */
  async clickSuggestedAction(label: string): Promise<void> {
    await this.suggestedAction(label).click();
  }

  suggestedAction(label: string): Locator {
    return this.page.locator('.webchat__suggested-actions').getByRole('button', { name: label, exact: true });
  }

  /** The labels of the suggested actions on screen now, once there are some. */
  async suggestedActionLabels(): Promise<string[]> {
    await this.page.locator(SUGGESTED_ACTION).first().waitFor({ timeout: 10_000 });
    return (await this.page.locator(SUGGESTED_ACTION).allInnerTexts()).map((t) => t.trim());
  }

  /** A place in the transcript: pass it as `after` to wait only for what comes later. */
  async mark(): Promise<number> {
    return this.page.locator(BUBBLE).count();
  }

  /** Waits until the bot has said something containing `text` (compared as displayed); returns that line. */
  async waitForBotMessage(text: string | RegExp, options: { after?: number; timeoutMs?: number } = {}): Promise<TranscriptLine> {
    return this.waitForMessage('bot', text, options);
  }

  async waitForMessage(from: TranscriptLine['from'], text: string | RegExp, options: { after?: number; timeoutMs?: number } = {}): Promise<TranscriptLine> {
    const matches = typeof text === 'string' ? (line: string) => line.includes(asDisplayed(text)) : (line: string) => text.test(line);
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
      const found = (await this.transcript()).slice(options.after ?? 0).find((line) => line.from === from && matches(line.text));
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = (await this.transcript()).slice(-4).map((line) => `  ${line.from}: ${line.text}`).join('\n');
        throw new Error(`The ${from} never said "${String(text)}". The transcript ends:\n${seen}`);
      }
      await this.page.waitForTimeout(50);
    }
  }

  /** The transcript as a person sees it, top to bottom. */
  async transcript(): Promise<TranscriptLine[]> {
    const lines = await this.page.locator(BUBBLE).evaluateAll((bubbles) =>
      bubbles.map((bubble) => ({
        from: bubble.classList.contains('webchat__bubble--from-user') ? ('user' as const) : ('bot' as const),
        text: (bubble.querySelector('.webchat__bubble__content') as HTMLElement | null)?.innerText ?? '',
      })),
    );
    return lines.map((line) => ({ ...line, text: asDisplayed(line.text) }));
  }

  /** The link targets in the bot's messages after `after` (a `mark()`), e.g. `tel:988`. */
  async botLinks(after = 0): Promise<string[]> {
    return this.page.locator(BUBBLE).evaluateAll(
      (bubbles, from) =>
        bubbles
          .slice(from)
          .filter((bubble) => !bubble.classList.contains('webchat__bubble--from-user'))
          .flatMap((bubble) => Array.from(bubble.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '')),
      after,
    );
  }

  /** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. Returns how many it took. */
  async tabTo(target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<number> {
    const max = options.max ?? 15;
    for (let presses = 1; presses <= max; presses++) {
      await this.page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
      if (await this.hasFocus(target)) return presses;
    }
    throw new Error(`${max} presses of ${options.backwards ? 'Shift+Tab' : 'Tab'} never reached ${String(target)}; focus is on ${await this.focusedDescription()}`);
  }

  async hasFocus(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el === document.activeElement).catch(() => false);
  }

  async focusedDescription(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `<${el.tagName.toLowerCase()} class="${el.className}"> ${(el.innerText || el.getAttribute('aria-label') || '').slice(0, 40)}` : 'nothing';
    });
  }

  /** Writes `test-artifacts/<screenshots>/NN-step.png` (or `path`) and returns its path. */
  async screenshot(step: string, options: { fullPage?: boolean; path?: string } = {}): Promise<string> {
    await this.waitForTranscriptAtBottom();
    this.step += 1;
    const file = options.path ?? join(this.screenshotDir, `${String(this.step).padStart(2, '0')}-${step.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    mkdirSync(dirname(file), { recursive: true });
    // Web Chat's caret would blink in and out of otherwise identical screenshots.
    await this.page.screenshot({ path: file, caret: 'hide', animations: 'disabled', fullPage: options.fullPage ?? false });
    return file;
  }

  /**
   * Web Chat scrolls to a new message with an animation of its own; a screenshot taken
   * mid-scroll would hide the message the step is about. Gives up quietly after a moment
   * (a person who scrolled up stays there), as this only decides when to take a picture.
   */
  async waitForTranscriptAtBottom(): Promise<void> {
    await this.page
      .waitForFunction(() => {
        const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
        return !scroller || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      }, undefined, { timeout: 3_000 })
      .catch(() => undefined);
  }

  /**
   * Runs axe-core from node_modules in the page. It is evaluated through the DevTools
   * protocol, which the page's CSP does not govern, so no policy is loosened for it.
   */
  async runAxe(): Promise<AxeViolation[]> {
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await this.page.evaluate(axeSource);
    return this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
    });
  }

  async close(): Promise<void> {
    await (this.ownContext ?? this.page).close();
  }
}

/** Only what would stop or mislead someone: axe's serious and critical findings. */
export const severe = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
