/*
 * The embeddable launcher, served at /embed.js with its config appended as the call's
 * argument: { strings: { en: {open, close, frameTitle}, es: … }, brand, onBrand }.
 * On a center's site it adds a "Chat with us" button (bottom-right) that opens the chat
 * page in an iframe; with a <div id="iop-chat"> on the page it shows the chat inline there
 * instead. It runs on someone else's page: no globals beyond one guard, no inline style
 * attributes (their CSP may forbid them), everything inside a shadow root.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-expressions -- the server appends "(config);" with the program's settings
(function (config) {
  'use strict';

  if (window.__iopChatEmbed) return;
  window.__iopChatEmbed = true;

  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var langHint = (script.getAttribute('data-lang') || document.documentElement.lang || navigator.language || 'en').toLowerCase();
  var lang = langHint.indexOf('es') === 0 ? 'es' : 'en';
  var strings = config.strings[lang];
  var chatUrl = origin + '/?embed=1&lang=' + lang;

  function createFrame() {
    var frame = document.createElement('iframe');
    frame.src = chatUrl;
    frame.title = strings.frameTitle;
    frame.className = 'frame';
    frame.setAttribute('referrerpolicy', 'no-referrer');
    return frame;
  }

  /** Styles go through constructable stylesheets where possible: CSSOM is not subject to the host page's style-src. */
  function style(root, css) {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } else {
      var element = document.createElement('style');
      element.textContent = css;
      root.appendChild(element);
    }
  }

  function mountInline(container) {
    var root = container.attachShadow ? container.attachShadow({ mode: 'open' }) : container;
    style(root, ':host{display:block}.frame{display:block;width:100%;height:100%;min-height:560px;border:1px solid #d0d0d0;border-radius:8px}');
    root.appendChild(createFrame());
  }

  var LAUNCHER_CSS = [
    ':host{all:initial}',
    '.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;display:inline-flex;align-items:center;gap:8px;',
    'padding:12px 18px;font:600 16px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;',
    'color:' + config.onBrand + ';background:' + config.brand + ';border:2px solid #fff;border-radius:999px;',
    'box-shadow:0 4px 16px rgba(0,0,0,.3);cursor:pointer}',
    '.launcher:hover{filter:brightness(1.1)}',
    '.launcher:focus-visible,.close:focus-visible{outline:3px solid #000;outline-offset:3px;box-shadow:0 0 0 6px #fff}',
    '.launcher svg{width:22px;height:22px;fill:currentColor}',
    '.panel{position:fixed;right:20px;bottom:88px;z-index:2147483000;display:flex;flex-direction:column;',
    'width:min(400px,calc(100vw - 40px));height:min(640px,calc(100vh - 120px));background:#fff;',
    'border-radius:12px;box-shadow:0 8px 32px rgba(0,0,0,.35);overflow:hidden}',
    '.panel[hidden]{display:none}',
    '.bar{display:flex;justify-content:flex-end;padding:4px;background:' + config.brand + '}',
    '.close{padding:6px 12px;font:600 14px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;',
    'color:' + config.onBrand + ';background:transparent;border:2px solid currentColor;border-radius:6px;cursor:pointer}',
    '.frame{flex:1;width:100%;border:0}',
    '@media (max-width:480px){.panel{right:0;bottom:0;width:100vw;height:100vh;border-radius:0}}',
  ].join('');

  /** Built node by node: innerHTML would trip a host page that enforces Trusted Types. */
  function chatIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
    svg.appendChild(path);
    return svg;
  }

  function mountLauncher() {
    var host = document.createElement('div');
    host.id = 'iop-chat-launcher';
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    style(root, LAUNCHER_CSS);

    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'launcher';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', 'iop-chat-panel');
    button.appendChild(chatIcon());
    var label = document.createElement('span');
    label.textContent = strings.open;
    button.appendChild(label);

    var panel = document.createElement('div');
    panel.id = 'iop-chat-panel';
    panel.className = 'panel';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', strings.frameTitle);
    var bar = document.createElement('div');
    bar.className = 'bar';
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = strings.close;
    bar.appendChild(close);
    panel.appendChild(bar);

    var frame = null;
    function open() {
      // The iframe (and so the conversation) is created on first open, not for every visitor.
      if (!frame) {
        frame = createFrame();
        panel.appendChild(frame);
      }
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true'); // the name stays "Chat with us"; expanded says it is open
      frame.focus();
    }
    function hide() {
      panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }
    button.addEventListener('click', function () {
      if (panel.hidden) open();
      else hide();
    });
    close.addEventListener('click', hide);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') hide();
    });

    root.appendChild(panel);
    root.appendChild(button);
    document.body.appendChild(host);
  }

  function mount() {
    var container = document.getElementById('iop-chat');
    if (container) mountInline(container);
    else mountLauncher();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})
