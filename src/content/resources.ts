import { z } from 'zod';
import defaults from '../../content/resources.json';

const localized = z.object({ en: z.string().min(1), es: z.string().min(1) });

/** A crisis or referral resource. `call`/`text` are digits for tel:/sms: links and SMS bodies. */
export const Resource = z.object({
  id: z.string().min(1),
  call: z.string().regex(/^\d{3,15}$/).optional(),
  text: z.string().regex(/^\d{3,15}$/).optional(),
  textBody: z.string().optional(),
  url: z.string().url().optional(),
  name: localized,
  how: localized,
});
export type Resource = z.infer<typeof Resource>;

export const defaultResources: readonly Resource[] = z.array(Resource).parse(defaults.resources);

/** Defaults overlaid with a center's own entries (same id replaces). */
export function mergeResources(extra: readonly Resource[]): Map<string, Resource> {
  return new Map([...defaultResources, ...extra].map((r) => [r.id, r]));
}
