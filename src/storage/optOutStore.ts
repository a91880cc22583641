import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { cosmosStatus, unavailable } from './cosmosFailure';
import { parseStored, readById } from './storedDocument';

/** A number that texted STOP. Only the opaque conversation key is kept: never the phone number. */
export const OptOutRecord = z.object({
  id: z.string(), // conversationKey(channel, conversation): a hash, like the conversation's own id
  optedOutAt: z.string(),
});
export type OptOutRecord = z.infer<typeof OptOutRecord>;

/** Who asked for no more text messages; shared by every instance, so it survives restarts and scale-out. */
export interface OptOutStore {
  isOptedOut(id: string): Promise<boolean>;
  /** Idempotent: a second STOP keeps the first record's meaning. */
  optOut(id: string, at: string): Promise<void>;
  /** START: forget the opt-out; opting in when not opted out is fine. */
  optIn(id: string): Promise<void>;
}

export function cosmosOptOutStore(container: Container): OptOutStore {
  const name = container.id;

  return {
    async isOptedOut(id) {
      const response = await readById(container, id);
      if (!response) return false;
      // Validated so a corrupt document fails loudly rather than silently re-subscribing someone.
      parseStored(OptOutRecord, name, id, response.resource);
      return true;
    },

    async optOut(id, at) {
      const record: OptOutRecord = { id, optedOutAt: at };
      try {
        await container.items.upsert(record);
      } catch (err) {
        throw unavailable(`upsert ${name}`, err);
      }
    },

    async optIn(id) {
      try {
        await container.item(id, id).delete();
      } catch (err) {
        if (cosmosStatus(err) === 404) return;
        throw unavailable(`delete ${name}`, err);
      }
    },
  };
}
