import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { renderPage } from './pageHtml';
import { commonSecurityHeaders, newNonce, pageSecurityHeaders } from './securityHeaders';
import { memoryAsset, publicDir, sendMemoryAsset, WebChatBundle } from './staticAssets';
import { chooseLanguage, fill, webContent, webLanguages, type WebLanguage } from './webContent';
import { brandPalette, webChatStyleOptions } from './webChatStyle';

export interface WebChatProfile {
  name: string;
  phone: string;
  /** `#RRGGBB`; darkened automatically if too light for white text. */
  brandColor?: string;
  privacyNoticeUrl?: string;
}

export interface WebChatDeps {
  profile: WebChatProfile;
  /** local: the page talks to our local Direct Line; production: to Azure Direct Line via /api/directline/token. */
  mode: 'local' | 'production';
  logger: Logger;
  /** Sites allowed to frame the page (embed.js); CSP frame-ancestors sources. Default: any https site (and http in local mode). */
  frameAncestors?: string[];
  /** Production only: the Direct Line domain, e.g. a regional one. Default https://directline.botframework.com/v3/directline. */
  directLineDomain?: string;
}

const Profile = z.object({
  name: z.string().trim().min(1).max(120),
  phone: z.string().trim().min(3).max(40).regex(/\d/),
  brandColor: z.string().regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/).optional(),
  privacyNoticeUrl: z.url({ protocol: /^https?$/ }).optional(),
});

const DEFAULT_DIRECT_LINE_DOMAIN = 'https://directline.botframework.com/v3/directline';
const SAFE_HOST = /^[A-Za-z0-9.:[\]-]{1,255}$/;

/**
 * The website channel's pages: `GET /` (the chat page), its static files, the Web Chat
 * bundle from node_modules, and `GET /embed.js` (the launcher for a center's own site).
 */
export function registerWebChat(server: Server, deps: WebChatDeps): void {
  const profile = Profile.parse(deps.profile);
  const local = deps.mode === 'local';
  const palette = brandPalette(profile.brandColor);
  const styleOptions = webChatStyleOptions(palette);
  const directLineDomain = (deps.directLineDomain ?? DEFAULT_DIRECT_LINE_DOMAIN).replace(/\/+$/, '');
  const frameAncestors = deps.frameAncestors ?? (local ? ["'self'", 'http:', 'https:'] : ["'self'", 'https:']);
  const baseHeaders = commonSecurityHeaders(!local);

  const chatJs = memoryAsset('chat.js');
  const chatCss = memoryAsset('chat.css');
  const bundle = new WebChatBundle();
  const embedJs = memoryAsset('embed.js', Buffer.from(embedScript(profile.name, palette)));

  const connectOrigins = (req: Request): string[] => {
    if (!local) {
      const { host } = new URL(directLineDomain);
      return [`https://${host}`, `wss://${host}`];
    }
    const host = req.headers.host ?? '';
    return SAFE_HOST.test(host) ? [`ws://${host}`, `wss://${host}`] : [];
  };

  server.get('/', async (req: Request, res: Response) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const language = chooseLanguage(url.searchParams.get('lang'), req.headers['accept-language']);
    const embedded = url.searchParams.get('embed') === '1';
    const content = webContent(language);
    const other = webContent(webLanguages.find((l) => l !== language) as WebLanguage);
    const values = { name: profile.name, phone: profile.phone };
    const nonce = newNonce();

    const html = renderPage({
      content,
      profile,
      nonce,
      embedded,
      assets: {
        chatJs: `/static/chat.js?v=${chatJs.hash}`,
        chatCss: `/static/chat.css?v=${chatCss.hash}`,
        webChatJs: `/webchat/webchat.js?v=${bundle.version}`,
      },
      brand: { color: palette.brand, onColor: palette.onBrand },
      otherLanguage: { lang: other.lang, name: other.languageName, href: `?lang=${other.lang}${embedded ? '&embed=1' : ''}` },
      clientConfig: {
        mode: deps.mode,
        tokenUrl: local ? '/v3/directline/tokens/generate' : '/api/directline/token',
        directLineDomain: local ? null : directLineDomain,
        locale: content.webChatLocale,
        styleOptions,
        strings: { connectionFailed: fill(content.page.connectionFailed, values) },
      },
    });
    res.writeHead(200, {
      ...pageSecurityHeaders({ nonce, connectOrigins: connectOrigins(req), frameAncestors, https: !local }),
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store', // carries a per-response nonce
      Vary: 'Accept-Language',
    });
    res.end(html);
  });

  server.get('/static/chat.js', async (req: Request, res: Response) => sendMemoryAsset(req, res, chatJs, baseHeaders));
  server.get('/static/chat.css', async (req: Request, res: Response) => sendMemoryAsset(req, res, chatCss, baseHeaders));
  server.get('/webchat/webchat.js', async (req: Request, res: Response) => bundle.send(req, res, baseHeaders));
  server.get('/webchat/webchat.js.LICENSE.txt', async (_req: Request, res: Response) => bundle.sendLicense(res, baseHeaders));
  // Loaded by other sites, so readable cross-origin.
  server.get('/embed.js', async (req: Request, res: Response) =>
    sendMemoryAsset(req, res, embedJs, { ...baseHeaders, 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' }),
  );

  deps.logger.info({ component: 'web-chat', mode: deps.mode, webChat: bundle.version }, 'web chat page mounted');
}

/** public/embed.js (a function expression) called with its config: the launcher's words in both languages and the brand colors. */
function embedScript(programName: string, palette: { brand: string; onBrand: string }): string {
  const strings = Object.fromEntries(
    webLanguages.map((language) => {
      const { launcher } = webContent(language);
      return [language, { open: launcher.open, close: launcher.close, frameTitle: fill(launcher.frameTitle, { name: programName }) }];
    }),
  );
  const config = JSON.stringify({ strings, brand: palette.brand, onBrand: palette.onBrand });
  const launcher = readFileSync(join(publicDir(), 'embed.js'), 'utf8').trimEnd();
  return `${launcher}(${config});\n`;
}
