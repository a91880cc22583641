import { z } from 'zod';

/** Route names exactly as in the clinical contract (routing-rules.md), highest precedence first. */
export const routeNames = [
  'emergency',
  'crisis',
  'withdrawal-management',
  'urgent-callback',
  'not-eligible',
  'assessment',
  'human',
] as const;
export const RouteName = z.enum(routeNames);
export type RouteName = z.infer<typeof RouteName>;

export const Priority = z.enum(['urgent', 'priority', 'routine']);
export type Priority = z.infer<typeof Priority>;
