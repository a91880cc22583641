import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ARTIFACTS_DIR = resolve(__dirname, '../../test-artifacts/webchat');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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

export interface TranscriptLine {
  from: 'bot' | 'user';
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
  /** Screenshot file names start with this, so several tests can share the folder. */
  name?: string;
}

/**
 * Drives the chat page the way a person would: types, clicks suggested actions by their
 * label, waits for what the bot says. Written so the intake flows can reuse it unchanged.
 */
export class WebChatDriver {
  /** CSP violations and page errors seen so far; a healthy page has none. */
  readonly problems: string[] = [];
  private step = 0;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly baseUrl: string,
    private readonly name: string,
  ) {
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`);
    });
  }

  static async open(browser: Browser, baseUrl: string, options: OpenOptions = {}): Promise<WebChatDriver> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1000, height: 760 },
      locale: options.locale ?? 'en-US',
    });
    const page = await context.newPage();
    const driver = new WebChatDriver(context, page, baseUrl, options.name ?? 'chat');
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
    await this.page.locator('[data-id="webchat-sendbox-input"]').waitFor({ state: 'visible', timeout: 15_000 });
    await this.page.locator('#chat-status').waitFor({ state: 'hidden', timeout: 15_000 });
    await this.page.locator('.webchat__connectivityStatus').waitFor({ state: 'detached', timeout: 15_000 });
  }

  async sendText(text: string): Promise<void> {
    const input = this.page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(text);
    await input.press('Enter');
    await this.waitForUserMessage(text);
  }

  /** Clicks the suggested action (quick reply) whose visible label is `label`. */
  async clickSuggestedAction(label: string): Promise<void> {
    await this.page.locator('.webchat__suggested-actions').getByRole('button', { name: label, exact: true }).click();
  }

  async suggestedActionLabels(): Promise<string[]> {
    return (await this.page.locator('.webchat__suggested-actions button').allInnerTexts()).map((t) => t.trim());
  }

  async waitForBotMessage(containing: string | RegExp, timeoutMs = 10_000): Promise<void> {
    await this.page.locator(BOT_BUBBLE).filter({ hasText: containing }).last().waitFor({ timeout: timeoutMs });
  }

  async waitForUserMessage(containing: string | RegExp, timeoutMs = 10_000): Promise<void> {
    await this.page.locator(USER_BUBBLE).filter({ hasText: containing }).last().waitFor({ timeout: timeoutMs });
  }

  /** The transcript as a person sees it, top to bottom. */
  async transcript(): Promise<TranscriptLine[]> {
    return this.page.locator('.webchat__bubble').evaluateAll((bubbles) =>
      bubbles.map((bubble) => ({
        from: bubble.classList.contains('webchat__bubble--from-user') ? ('user' as const) : ('bot' as const),
        text: (bubble.querySelector('.webchat__bubble__content')?.textContent ?? '').trim(),
      })),
    );
  }

  /** Writes `test-artifacts/webchat/<name>-<nn>-<step>.png` and returns its path. */
  async screenshot(step: string): Promise<string> {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    this.step += 1;
    const file = join(ARTIFACTS_DIR, `${this.name}-${String(this.step).padStart(2, '0')}-${step.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    await this.page.screenshot({ path: file });
    return file;
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
    await this.context.close();
  }
}

const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user)';
const USER_BUBBLE = '.webchat__bubble.webchat__bubble--from-user';
