import { timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logging/logger';
import type { HandoffStore } from '../storage/handoffStore';

const ListQuery = z.object({
  conversationId: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Admissions reads handoffs here. Handoffs are PHI: every request needs the staff token, and
 * with no token configured the API is off, not open.
 */
export function registerHandoffRoutes(server: Server, deps: { handoffs: HandoffStore; staffToken: string | undefined; logger: Logger }) {
  const guard = (req: Request, res: Response): boolean => {
    if (!deps.staffToken) {
      res.send(404, { error: 'staff_api_disabled', message: 'Set STAFF_API_TOKEN to enable the staff API.' });
      return false;
    }
    if (!bearerMatches(req.headers.authorization, deps.staffToken)) {
      res.header('WWW-Authenticate', 'Bearer');
      res.send(401, { error: 'unauthorized' });
      return false;
    }
    res.header('Cache-Control', 'no-store');
    return true;
  };

  server.get('/api/handoffs', async (req: Request, res: Response) => {
    if (!guard(req, res)) return;
    const query = ListQuery.safeParse(req.query ?? {});
    if (!query.success) {
      res.send(400, { error: 'bad_query', issues: query.error.issues.map((i) => i.path.join('.')) });
      return;
    }
    const list = await deps.handoffs.list(query.data);
    deps.logger.info({ count: list.length }, 'staff listed handoffs');
    res.send(200, list);
  });

  server.get('/api/handoffs/:id', async (req: Request, res: Response) => {
    if (!guard(req, res)) return;
    const id = z.string().min(1).max(200).safeParse(req.params?.id);
    if (!id.success) {
      res.send(400, { error: 'bad_id' });
      return;
    }
    const handoff = await deps.handoffs.get(id.data);
    if (!handoff) {
      res.send(404, { error: 'not_found' });
      return;
    }
    deps.logger.info({ handoff: handoff.id }, 'staff read a handoff');
    res.send(200, handoff);
  });
}
