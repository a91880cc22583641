import { z } from 'zod';

/** The longest message we accept from a person; Web Chat's send box never gets near it. */
const MAX_TEXT = 10_000;

const UserId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_:.@-]+$/);

/** `POST /tokens/generate`: the body is optional, and so is the user id. */
export const TokenGenerateBody = z
  .object({ user: z.object({ id: UserId.optional(), name: z.string().max(128).optional() }).optional() })
  .optional();

/** `POST /conversations`: Direct Line clients send `{ user, locale }`; the token decides who the user is. */
export const StartConversationBody = z
  .object({
    user: z.object({ id: z.string().max(128).optional(), name: z.string().max(128).optional() }).optional(),
    locale: z.string().max(32).optional(),
  })
  .optional();

/**
 * An activity a person's client posts. Unknown keys are dropped, and the routing fields
 * (id, from.id, conversation, recipient, channelId, serviceUrl, timestamp) are ours to set.
 */
export const UserActivity = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(MAX_TEXT).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(32).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
  replyToId: z.string().max(256).optional(),
  from: z.object({ name: z.string().max(128).optional() }).optional(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(10).optional(),
  entities: z.array(z.looseObject({ type: z.string().max(256) })).max(20).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
});
export type UserActivity = z.infer<typeof UserActivity>;

/** An activity the bot sends through the connector routes; the bot is trusted with its own fields. */
export const BotActivity = z.looseObject({
  type: z.string().min(1).max(64),
  text: z.string().optional(),
  from: z.looseObject({ id: z.string().optional() }).optional(),
  recipient: z.looseObject({ id: z.string().optional() }).optional(),
});
export type BotActivity = z.infer<typeof BotActivity>;
