import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** What a local Direct Line token grants: one user in one conversation, until `exp`. */
export interface TokenGrant {
  conversationId: string;
  userId: string;
}

export type TokenCheck =
  | { ok: true; grant: TokenGrant }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

const Claims = z.object({
  conv: z.string().min(1),
  user: z.string().min(1),
  iat: z.number().int(),
  exp: z.number().int(),
});

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/**
 * Issues and checks local Direct Line tokens.
 *
 * They are HS256 JWTs with the claims the real service uses (`conv`, `user`), because
 * Web Chat decodes the token to learn the user id; the key is random per process, so a
 * restart invalidates every token, which is what "local" should mean.
 */
export class DirectLineTokens {
  private readonly key = randomBytes(32);

  constructor(
    private readonly now: () => Date,
    readonly lifetimeSeconds = 3600,
  ) {}

  issue(grant: TokenGrant): string {
    const iat = Math.floor(this.now().getTime() / 1000);
    const claims = { conv: grant.conversationId, user: grant.userId, iat, exp: iat + this.lifetimeSeconds };
    const body = `${HEADER}.${base64url(JSON.stringify(claims))}`;
    return `${body}.${this.sign(body)}`;
  }

  check(token: string): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'malformed' };
    const [header, payload, signature] = parts as [string, string, string];
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, reason: 'bad-signature' };
    }
    let claims: z.infer<typeof Claims>;
    try {
      claims = Claims.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (claims.exp * 1000 <= this.now().getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, grant: { conversationId: claims.conv, userId: claims.user } };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
