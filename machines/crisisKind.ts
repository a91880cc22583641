import { z } from 'zod';

/**
 * The kinds of crisis language the rules ask us to catch at any turn
 * (routing-rules.md, "Crisis language at any turn"). The detector in src/crisis
 * says which kind it saw; the machine decides what that means for the route.
 */
export const crisisKinds = [
  'suicide',
  'self-harm',
  'harm-others',
  'overdose-now',
  'medical-now',
  'abuse-danger',
] as const;
export const CrisisKind = z.enum(crisisKinds);
export type CrisisKind = z.infer<typeof CrisisKind>;
