import type { Container, ItemDefinition, ItemResponse } from '@azure/cosmos';
import type { z } from 'zod';
import { cosmosStatus, unavailable } from './cosmosFailure';
import { StoredDataInvalidError } from './storageErrors';

/**
 * Reads one document by id (the partition key is the id in every container). Absent is
 * `undefined`, whether the SDK throws a 404 or returns one; any other failure is unavailable.
 */
export async function readById(
  container: Container,
  id: string,
): Promise<(ItemResponse<ItemDefinition> & { resource: ItemDefinition }) | undefined> {
  let response: ItemResponse<ItemDefinition>;
  try {
    response = await container.item(id, id).read();
  } catch (err) {
    if (cosmosStatus(err) === 404) return undefined;
    throw unavailable(`read ${container.id}`, err);
  }
  if (response.statusCode === 404 || response.resource === undefined) return undefined;
  return response as ItemResponse<ItemDefinition> & { resource: ItemDefinition };
}

// Fields Cosmos adds to every document; callers should never see or round-trip them.
const systemFields = new Set(['_rid', '_ts', '_self', '_etag', '_attachments', 'ttl']);

function withoutSystemFields(doc: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !systemFields.has(key)));
}

/** Validates a document read from Cosmos; a mismatch names paths and issue codes only, never values. */
export function parseStored<T>(schema: z.ZodType<T>, container: string, id: string, doc: unknown): T {
  const candidate = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? withoutSystemFields(doc) : doc;
  const result = schema.safeParse(candidate);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.code}`);
  throw new StoredDataInvalidError(container, id, issues);
}
