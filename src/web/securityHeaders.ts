import { randomBytes } from 'node:crypto';

export interface PageSecurityOptions {
  nonce: string;
  /** Extra origins the page may connect to (the Direct Line service in production, the page's own ws:// origin locally). */
  connectOrigins: string[];
  /** Who may put the page in an iframe (embed.js); CSP frame-ancestors syntax. */
  frameAncestors: string[];
  /** Adds HSTS; only production is served over HTTPS. */
  https: boolean;
}

/**
 * The hash of an empty <style>. Web Chat 4.18's scroll-to-bottom library creates its emotion
 * <style> element without the nonce, empty, and then fills it through the CSSOM (which CSP
 * does not govern); allowing exactly "empty" keeps that working without 'unsafe-inline'.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Headers for the chat page. The CSP allows our own scripts and styles plus the
 * per-response nonce (Web Chat injects its styles at run time and takes the nonce as a
 * prop), and nothing inline: that is why the page's JavaScript lives in a static file.
 */
export function pageSecurityHeaders(options: PageSecurityOptions): Record<string, string> {
  const nonce = `'nonce-${options.nonce}'`;
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${nonce}`,
    `style-src 'self' ${nonce} ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ['connect-src', "'self'", ...options.connectOrigins].join(' '),
    ['frame-ancestors', ...options.frameAncestors].join(' '),
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    ...commonSecurityHeaders(options.https),
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** For every response of ours: no sniffing, no referrer (URLs can say what a page is about), no powerful features. */
export function commonSecurityHeaders(https: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
