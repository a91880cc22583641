/**
 * English look-alikes of emergencies happening now (overdose, medical, abuse or danger): guards the
 * patterns of patterns.en.emergencies.ts may name. See guards.ts for how a guard is applied.
 */
import type { Guard } from './guard';

export const enEmergencyGuards = {} as const satisfies Record<string, Guard>;
