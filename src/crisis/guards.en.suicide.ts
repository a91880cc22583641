/**
 * Look-alikes for the English suicide patterns (patterns.en.ts) beyond the core ones in guards.ts:
 * what reads like a wish to die, a goodbye or a plan but is not one.
 */
import type { Guard } from './guard';

export const enSuicideGuards = {} as const satisfies Record<string, Guard>;
