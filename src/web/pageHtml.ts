import { fill, type WebContent } from './webContent';

export interface PageModel {
  content: WebContent;
  profile: { name: string; phone: string; privacyNoticeUrl?: string };
  nonce: string;
  /** Versioned URLs of the static files. */
  assets: { chatJs: string; chatCss: string; webChatJs: string };
  /** CSS custom properties for the brand. */
  brand: { color: string; onColor: string };
  /** Read by public/chat.js; carries no secrets. */
  clientConfig: Record<string, unknown>;
  /** The same page in the other language. */
  otherLanguage: { lang: string; name: string; href: string };
  /** Inside embed.js's iframe: a more compact header. */
  embedded: boolean;
}

/**
 * The chat page. Every visible word comes from the content JSON; the "Get help now"
 * links are plain HTML in a <details>, so they work with the keyboard, without
 * JavaScript and without the bot.
 */
export function renderPage(model: PageModel): string {
  const { content, profile } = model;
  const values = { name: profile.name, phone: profile.phone };
  const t = (template: string) => escapeHtml(fill(template, values));
  const tel = `tel:${profile.phone.replace(/[^\d+]/g, '')}`;
  const privacy = profile.privacyNoticeUrl
    ? `<a href="${escapeHtml(profile.privacyNoticeUrl)}">${t(content.page.privacyNotice)}</a>`
    : '';

  return `<!doctype html>
<html lang="${escapeHtml(content.lang)}"${model.embedded ? ' class="embedded"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(content.page.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(model.assets.chatCss)}">
<style nonce="${model.nonce}">:root{--brand:${model.brand.color};--on-brand:${model.brand.onColor}}</style>
<script type="application/json" id="iop-chat-config">${jsonForHtml(model.clientConfig)}</script>
<script src="${escapeHtml(model.assets.webChatJs)}" defer></script>
<script src="${escapeHtml(model.assets.chatJs)}" nonce="${model.nonce}" defer></script>
</head>
<body>
<header class="site-header">
  <div class="site-header__title">
    <h1>${t(content.page.heading)}</h1>
    <p class="site-header__intro">${t(content.page.intro)}</p>
  </div>
  <div class="site-header__tools">
    <details class="help-now" id="help-now">
      <summary class="help-now__button">${t(content.helpNow.button)}</summary>
      <div class="help-now__panel">
        <h2 class="help-now__heading">${t(content.helpNow.heading)}</h2>
        <p>${t(content.helpNow.crisisLine)}</p>
        <ul class="help-now__actions">
          <li><a class="help-now__link" href="tel:988">${t(content.helpNow.call988)}</a></li>
          <li><a class="help-now__link" href="sms:988">${t(content.helpNow.text988)}</a></li>
        </ul>
        <p>${t(content.helpNow.emergency)}</p>
        <ul class="help-now__actions">
          <li><a class="help-now__link help-now__link--emergency" href="tel:911">${t(content.helpNow.call911)}</a></li>
        </ul>
        <p><a href="${escapeHtml(tel)}">${t(content.helpNow.callProgram)}</a></p>
      </div>
    </details>
    <nav class="language" aria-label="${t(content.page.languageSwitchLabel)}">
      <a href="${escapeHtml(model.otherLanguage.href)}" lang="${escapeHtml(model.otherLanguage.lang)}" hreflang="${escapeHtml(model.otherLanguage.lang)}">${escapeHtml(model.otherLanguage.name)}</a>
    </nav>
  </div>
</header>
<main class="chat" aria-labelledby="chat-heading">
  <h2 id="chat-heading" class="visually-hidden">${t(content.page.chatLabel)}</h2>
  <p id="chat-status" class="chat__status" role="status">${t(content.page.connecting)}</p>
  <noscript><p class="chat__status">${t(content.page.noScript)}</p></noscript>
  <div id="webchat" class="chat__webchat"></div>
</main>
<footer class="site-footer">
  <a href="${escapeHtml(tel)}">${t(content.page.callUs)}</a>${privacy ? ` <span aria-hidden="true">·</span> ${privacy}` : ''}
</footer>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside a <script> element: `<` is escaped so no string can close the element. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
