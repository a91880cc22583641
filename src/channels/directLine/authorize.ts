import type { DirectLineTokens, TokenGrant } from './directLineTokens';
import { HttpError } from './httpJson';

export type Authorization = { ok: true; grant: TokenGrant } | { ok: false; error: HttpError };

/**
 * Checks a bearer token (an `Authorization` header, or the bare token from a stream URL)
 * against the conversation it is used for. No token is 401; a token that is forged,
 * expired or for another conversation is 403, which Direct Line clients read as
 * "get a new token".
 */
export function authorize(tokens: DirectLineTokens, credential: string | undefined, conversationId?: string): Authorization {
  const token = credential?.replace(/^Bearer\s+/i, '').trim();
  if (!token) return refuse(401, 'Unauthorized', 'A Direct Line token is required.');
  const check = tokens.check(token);
  if (!check.ok) {
    return check.reason === 'expired'
      ? refuse(403, 'TokenExpired', 'The token has expired.')
      : refuse(403, 'Forbidden', 'The token is not valid.');
  }
  if (conversationId !== undefined && check.grant.conversationId !== conversationId) {
    return refuse(403, 'Forbidden', 'The token is not valid for this conversation.');
  }
  return { ok: true, grant: check.grant };
}

/** Like `authorize`, but throws the HttpError for use inside a route. */
export function requireGrant(tokens: DirectLineTokens, credential: string | undefined, conversationId?: string): TokenGrant {
  const result = authorize(tokens, credential, conversationId);
  if (!result.ok) throw result.error;
  return result.grant;
}

function refuse(status: number, code: string, message: string): Authorization {
  return { ok: false, error: new HttpError(status, code, message) };
}
