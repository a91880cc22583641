import type { Container, ItemResponse, ItemDefinition } from '@azure/cosmos';
import { z } from 'zod';
import { TranscriptEntry } from '../handoff/handoffRecord';
import { cosmosStatus, unavailable } from './cosmosFailure';
import { EtagConflictError, StorageUnavailableError } from './storageErrors';
import { parseStored, readById } from './storedDocument';

export const ConversationRecord = z.object({
  id: z.string(), // an opaque hash of channel+conversation id, never a phone number
  machineVersion: z.number().int(),
  snapshot: z.unknown(), // the XState persisted snapshot (JSON)
  transcript: z.array(TranscriptEntry),
  updatedAt: z.string(),
});
export type ConversationRecord = z.infer<typeof ConversationRecord>;

export interface StoredConversation {
  record: ConversationRecord;
  etag: string;
}

export interface ConversationStore {
  /** undefined when nothing is stored under this id. */
  load(id: string): Promise<StoredConversation | undefined>;
  /** Create when etag is undefined (fails with EtagConflictError if it exists), else replace with IfMatch (EtagConflictError on 412). Returns the new etag. */
  save(record: ConversationRecord, etag: string | undefined): Promise<string>;
  /** "Delete my data"; deleting an absent conversation is fine. */
  delete(id: string): Promise<void>;
}

export function cosmosConversationStore(container: Container): ConversationStore {
  const name = container.id;

  return {
    async load(id) {
      const response = await readById(container, id);
      if (!response) return undefined;
      const record = parseStored(ConversationRecord, name, id, response.resource);
      return { record, etag: etagOf(response, `read ${name}`) };
    },

    async save(record, etag) {
      try {
        const response =
          etag === undefined
            ? await container.items.create(record)
            : await container.item(record.id, record.id).replace(record, {
                accessCondition: { type: 'IfMatch', condition: etag },
              });
        return etagOf(response, `save ${name}`);
      } catch (err) {
        // 409: created concurrently; 412: replaced since our read; 404: deleted since our read.
        // All three mean the caller's view is stale and it must reload.
        const status = cosmosStatus(err);
        if (status === 409 || status === 412 || status === 404) throw new EtagConflictError(name, record.id);
        throw unavailable(`save ${name}`, err);
      }
    },

    async delete(id) {
      try {
        await container.item(id, id).delete();
      } catch (err) {
        if (cosmosStatus(err) === 404) return;
        throw unavailable(`delete ${name}`, err);
      }
    },
  };
}

function etagOf(response: ItemResponse<ItemDefinition>, operation: string): string {
  const etag = response.etag || (response.resource as { _etag?: unknown } | undefined)?._etag;
  if (typeof etag !== 'string' || etag === '') throw new StorageUnavailableError(operation, 'NO_ETAG');
  return etag;
}
