/*
 * The chat page's script (kept out of the HTML so the page can run under a strict
 * Content-Security-Policy). It gets a Direct Line token, connects Web Chat, and keeps
 * the conversation id and token in sessionStorage so a reload resumes the same
 * conversation. Every visible word comes from the page's config, never from here.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var nonce = script && script.nonce ? script.nonce : undefined;
  var config = JSON.parse(document.getElementById('iop-chat-config').textContent);
  var statusElement = document.getElementById('chat-status');
  var chatElement = document.getElementById('webchat');
  var storageKey = 'iop-chat:' + config.mode;
  var ONLINE = 2;
  var FAILED_TO_CONNECT = 4;

  var domain = config.directLineDomain || location.origin + '/v3/directline';

  function showStatus(text) {
    statusElement.textContent = text || '';
    statusElement.hidden = !text;
  }

  function readSaved() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(storageKey) || 'null');
      if (saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string') return saved;
    } catch (ignored) {
      // storage blocked or garbled: start fresh
    }
    return null;
  }

  function save(directLine) {
    try {
      if (directLine.conversationId && directLine.token) {
        sessionStorage.setItem(storageKey, JSON.stringify({ conversationId: directLine.conversationId, token: directLine.token }));
      }
    } catch (ignored) {
      // storage blocked: the chat still works, it just won't survive a reload
    }
  }

  function forget() {
    try {
      sessionStorage.removeItem(storageKey);
    } catch (ignored) {
      // nothing to forget
    }
  }

  function postJson(url) {
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', credentials: 'same-origin' }).then(
      function (response) {
        if (!response.ok) throw new Error('token request failed: ' + response.status);
        return response.json();
      },
    );
  }

  /** A saved conversation is resumed only if Direct Line still knows it; its answer carries a fresh token. */
  function resumable(saved) {
    if (!saved) return Promise.resolve(null);
    var url = domain + '/conversations/' + encodeURIComponent(saved.conversationId) + '?watermark=';
    return fetch(url, { headers: { authorization: 'Bearer ' + saved.token } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (resumed) {
        return resumed && resumed.token ? { conversationId: saved.conversationId, token: resumed.token } : null;
      })
      .catch(function () {
        return null;
      });
  }

  function connect() {
    return resumable(readSaved()).then(function (resume) {
      if (resume) {
        // No watermark: Direct Line replays the whole conversation, so the transcript comes back after a reload.
        return window.WebChat.createDirectLine({ token: resume.token, conversationId: resume.conversationId, domain: domain });
      }
      forget();
      return postJson(config.tokenUrl).then(function (issued) {
        // The locale goes with the start of the conversation, so the bot's welcome is already in the page's language.
        return window.WebChat.createDirectLine({
          token: issued.token,
          domain: domain,
          conversationStartProperties: { locale: config.locale },
        });
      });
    });
  }

  var SMS_LINK = /^sms:\+?[0-9]{3,15}$/;
  var PHONE_LINK = /^(tel|sms):/;

  /**
   * Web Chat's own Markdown renderer, with phone links fixed. It knows no sms: scheme, so it
   * turns a "text 988" link into an inert button: that becomes a link again. And it opens
   * every link in a new window, which for tel: and sms: leaves an empty tab behind.
   */
  function renderMarkdown() {
    var html = window.WebChat.renderMarkdown.apply(null, arguments);
    if (html.indexOf('sms:') < 0 && html.indexOf('tel:') < 0) return html;
    var template = document.createElement('template'); // inert: nothing in it loads or runs
    template.innerHTML = html;
    Array.prototype.forEach.call(template.content.querySelectorAll('button[value]'), function (button) {
      var href = button.getAttribute('value');
      if (!SMS_LINK.test(href)) return;
      var link = document.createElement('a');
      link.setAttribute('href', href);
      while (button.firstChild) link.appendChild(button.firstChild);
      button.parentNode.replaceChild(link, button);
    });
    Array.prototype.forEach.call(template.content.querySelectorAll('a[href]'), function (link) {
      if (PHONE_LINK.test(link.getAttribute('href'))) link.removeAttribute('target');
    });
    return template.innerHTML;
  }

  function keepSaved(directLine) {
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === ONLINE) {
        showStatus('');
        save(directLine);
      } else if (status === FAILED_TO_CONNECT) {
        forget();
        showStatus(config.strings.connectionFailed);
      }
    });
    // DirectLineJS refreshes its token every 15 minutes; keep the newest one for the next reload.
    window.addEventListener('pagehide', function () {
      save(directLine);
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') save(directLine);
    });
  }

  function start() {
    if (!window.WebChat) {
      showStatus(config.strings.connectionFailed);
      return;
    }
    connect()
      .then(function (directLine) {
        keepSaved(directLine);
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            locale: config.locale,
            styleOptions: config.styleOptions,
            nonce: nonce,
            renderMarkdown: window.WebChat.renderMarkdown ? renderMarkdown : undefined,
          },
          chatElement,
        );
      })
      .catch(function () {
        showStatus(config.strings.connectionFailed);
      });
  }

  /** Escape closes the "Get help now" panel and returns focus to its button; it opens and closes natively otherwise. */
  function enhanceHelpNow() {
    var details = document.getElementById('help-now');
    if (!details) return;
    details.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && details.open) {
        details.open = false;
        details.querySelector('summary').focus();
      }
    });
  }

  enhanceHelpNow();
  start();
})();
