/**
 * Spanish look-alikes of emergencies happening now: guards the patterns of patterns.es.emergencies.ts
 * may name. See guards.ts for how a guard is applied.
 */
import type { Guard } from './guard';

export const esEmergencyGuards = {} as const satisfies Record<string, Guard>;
