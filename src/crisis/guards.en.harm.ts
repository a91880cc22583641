/**
 * English look-alikes of self-harm and harm to others: guards the patterns of patterns.en.harm.ts may
 * name. See guards.ts for how a guard is applied.
 */
import type { Guard } from './guard';

export const enHarmGuards = {} as const satisfies Record<string, Guard>;
