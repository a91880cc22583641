import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import restify from '../../src/http/restify';
import pino from 'pino';
import { registerWebChat } from '../../src/web';
import { chooseLanguage, webContent, webLanguages } from '../../src/web/webContent';
import { brandPalette, contrastRatio } from '../../src/web/webChatStyle';
import type { BotServer } from '../channels/directLine/botServer';
import { startChatServer, testProfile } from './chatTestServer';

const PUBLIC_DIR = join(__dirname, '../../src/web/public');
const BUNDLE = join(__dirname, '../../node_modules/botframework-webchat/dist/webchat.js');

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The config chat.js reads, as embedded in the page. */
function clientConfig(html: string): Record<string, unknown> {
  const json = /<script type="application\/json" id="iop-chat-config">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json ?? 'null') as Record<string, unknown>;
}

describe('GET / (the chat page)', () => {
  let server: BotServer;
  beforeAll(async () => {
    server = await startChatServer();
  });
  afterAll(() => server.close());

  it('is an accessible HTML page named for the program, with landmarks and the Get help now links in the HTML itself', async () => {
    const page = await get(`${server.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain(`<title>Chat with ${testProfile.name}</title>`);
    expect(page.text).toMatch(/<h1>Talk with Riverside Recovery IOP<\/h1>/);
    for (const landmark of ['<header', '<main', '<footer', '<nav']) expect(page.text).toContain(landmark);
    for (const href of ['tel:988', 'sms:988', 'tel:911', 'tel:5550100199']) expect(page.text).toContain(`href="${href}"`);
  });

  it('sends a strict CSP whose nonce matches the page, and no inline script to need one', async () => {
    const page = await get(`${server.origin}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(page.text).toContain(`<script src="/static/chat.js?v=`);
    // The only <script> with content is the JSON config, which browsers never execute.
    const inlineScripts = [...page.text.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inlineScripts).toEqual([' type="application/json" id="iop-chat-config"']);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const second = await get(`${server.origin}/`);
    expect(second.headers.get('content-security-policy')).not.toBe(csp); // a fresh nonce each time
  });

  it('points the page at the local Direct Line in local mode, with the brand in Web Chat styleOptions', async () => {
    const config = clientConfig((await get(`${server.origin}/`)).text);
    expect(config).toMatchObject({
      mode: 'local',
      tokenUrl: '/v3/directline/tokens/generate',
      directLineDomain: null,
      locale: 'en-US',
      styleOptions: { bubbleFromUserBackground: '#2E7D32', accent: '#2E7D32', suggestedActionLayout: 'flow', hideUploadButton: true },
    });
  });

  it('chooses Spanish by ?lang=es or by Accept-Language, and says it varies by it', async () => {
    const byQuery = await get(`${server.origin}/?lang=es`);
    expect(byQuery.text).toContain('<html lang="es">');
    expect(byQuery.text).toContain('Obtener ayuda ahora');
    expect(clientConfig(byQuery.text).locale).toBe('es-ES');
    const byHeader = await get(`${server.origin}/`, { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' });
    expect(byHeader.text).toContain('<html lang="es">');
    expect(byHeader.headers.get('vary')).toContain('Accept-Language');
  });

  it('escapes the program profile into the page', async () => {
    const hostile = await startChatServer({ profile: { ...testProfile, name: 'A&B <script>alert(1)</script>' } });
    try {
      const page = await get(`${hostile.origin}/`);
      expect(page.text).not.toContain('<script>alert(1)');
      expect(page.text).toContain('A&#38;B &#60;script&#62;');
    } finally {
      await hostile.close();
    }
  });
});

describe('the page in production mode', () => {
  it('gets tokens from /api/directline/token and may connect to Direct Line only', async () => {
    const server = restify.createServer();
    registerWebChat(server, { profile: testProfile, mode: 'production', logger: pino({ level: 'silent' }) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    try {
      const page = await get(`${server.url.replace('[::]', '127.0.0.1')}/`);
      expect(clientConfig(page.text)).toMatchObject({
        mode: 'production',
        tokenUrl: '/api/directline/token',
        directLineDomain: 'https://directline.botframework.com/v3/directline',
      });
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("connect-src 'self' https://directline.botframework.com wss://directline.botframework.com");
      expect(csp).toContain("frame-ancestors 'self' https:");
      expect(page.headers.get('strict-transport-security')).toContain('max-age=');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('static files', () => {
  let server: BotServer;
  beforeAll(async () => {
    server = await startChatServer();
  });
  afterAll(() => server.close());

  it('serves the Web Chat bundle from node_modules with caching headers, and gzipped when asked', async () => {
    const plain = await fetch(`${server.origin}/webchat/webchat.js`, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await plain.arrayBuffer());
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(body.equals(readFileSync(BUNDLE))).toBe(true);

    const etag = plain.headers.get('etag') ?? '';
    expect((await fetch(`${server.origin}/webchat/webchat.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);

    // Node's fetch would gunzip by itself; ask at the socket level instead.
    const { request } = await import('node:http');
    const gz = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      request(`${server.origin}/webchat/webchat.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(gz.encoding).toBe('gzip');
    expect(gz.body.length).toBeLessThan(statSync(BUNDLE).size / 2);
    expect(gunzipSync(gz.body).equals(readFileSync(BUNDLE))).toBe(true);
  });

  it('caches page assets for a year only under their current content hash', async () => {
    const page = await get(`${server.origin}/`);
    const versioned = /\/static\/chat\.js\?v=[0-9a-f]+/.exec(page.text)?.[0] ?? '';
    expect((await get(`${server.origin}${versioned}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get(`${server.origin}/static/chat.js?v=old`)).headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('serves /embed.js for other sites, with the launcher words in both languages and the brand', async () => {
    const embed = await get(`${server.origin}/embed.js`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(embed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(embed.text).toContain('"open":"Chat with us"');
    expect(embed.text).toContain('"open":"Chatee con nosotros"');
    expect(embed.text).toContain('"frameTitle":"Chat with Riverside Recovery IOP"');
    expect(() => new Function(embed.text)).not.toThrow(); // it parses
  });
});

describe('page words', () => {
  it('live only in the content JSON: no page or launcher string is hard-coded in the browser scripts', () => {
    const scripts = readdirSync(PUBLIC_DIR)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(PUBLIC_DIR, file), 'utf8'))
      .join('\n')
      .replace(/\/\*[\s\S]*?\*\//g, '') // comments may describe the UI
      .replace(/\/\/.*$/gm, '');
    const strings = webLanguages.flatMap((language) => {
      const content = webContent(language);
      return [...Object.values(content.page), ...Object.values(content.helpNow), ...Object.values(content.launcher)];
    });
    for (const text of strings) expect(scripts).not.toContain(text.replace(/\{\w+\}.*$/, ''));
  });

  it('exist in English and Spanish with the same keys', () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) => (typeof inner === 'object' ? keys(inner).map((k) => `${key}.${k}`) : [key]));
    expect(keys(webContent('es'))).toEqual(keys(webContent('en')));
  });
});

describe('chooseLanguage', () => {
  it.each([
    [null, undefined, 'en'],
    ['es', 'en-US', 'es'],
    ['fr', 'es-ES', 'es'],
    [null, 'es-419,es;q=0.9', 'es'],
    [null, 'fr-FR, es;q=0.5, en;q=0.8', 'en'],
    [null, 'fr-FR, de;q=0.9', 'en'],
    [null, 'es;q=0, en', 'en'],
  ])('?lang=%s with Accept-Language %s gives %s', (query, header, expected) => {
    expect(chooseLanguage(query, header)).toBe(expected);
  });
});

describe('brand colors', () => {
  it('are darkened until white text on them is readable (4.5:1)', () => {
    const yellow = brandPalette('#FFEB3B');
    expect(contrastRatio(yellow.brand, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(brandPalette('#2E7D32').brand).toBe('#2E7D32'); // already fine: unchanged
  });

  it('must be hex colors: anything else is refused at startup', () => {
    expect(() =>
      registerWebChat(restify.createServer(), {
        profile: { ...testProfile, brandColor: 'red;} body{display:none' },
        mode: 'local',
        logger: pino({ level: 'silent' }),
      }),
    ).toThrow();
  });
});
