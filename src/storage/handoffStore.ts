import type { Container, SqlParameter } from '@azure/cosmos';
import { HandoffRecord } from '../handoff/handoffRecord';
import { unavailable } from './cosmosFailure';
import { parseStored, readById } from './storedDocument';

export interface HandoffStore {
  upsert(record: HandoffRecord): Promise<void>;
  get(id: string): Promise<HandoffRecord | undefined>;
  /** Newest first by createdAt; default limit 50, max 200. */
  list(query: { conversationId?: string; limit?: number }): Promise<HandoffRecord[]>;
}

const defaultLimit = 50;
const maxLimit = 200;

export function cosmosHandoffStore(container: Container): HandoffStore {
  const name = container.id;

  return {
    async upsert(record) {
      try {
        await container.items.upsert(record);
      } catch (err) {
        throw unavailable(`upsert ${name}`, err);
      }
    },

    async get(id) {
      const response = await readById(container, id);
      if (!response) return undefined;
      return parseStored(HandoffRecord, name, id, response.resource);
    },

    async list({ conversationId, limit }) {
      const top = clampLimit(limit);
      const parameters: SqlParameter[] = [{ name: '@top', value: top }];
      let where = '';
      if (conversationId !== undefined) {
        where = ' WHERE c.conversationId = @conversationId';
        parameters.push({ name: '@conversationId', value: conversationId });
      }
      // createdAt is a UTC ISO string (zod .datetime() without offset), so string order is time order.
      const query = `SELECT TOP @top * FROM c${where} ORDER BY c.createdAt DESC`;
      let docs: unknown[];
      try {
        ({ resources: docs } = await container.items.query({ query, parameters }).fetchAll());
      } catch (err) {
        throw unavailable(`query ${name}`, err);
      }
      // One corrupt record fails the whole list on purpose: silently dropping it could hide an urgent handoff.
      return docs.map((doc) => parseStored(HandoffRecord, name, idOf(doc), doc));
    },
  };
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return defaultLimit;
  return Math.min(maxLimit, Math.max(1, Math.trunc(limit)));
}

function idOf(doc: unknown): string {
  const id = typeof doc === 'object' && doc !== null ? (doc as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '(no id)';
}
