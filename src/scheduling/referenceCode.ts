import { createHash } from 'node:crypto';

// No 0/O, 1/I/L: read aloud over the phone without confusion.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A short booking reference, derived from the holder id so that a booking actor that runs
 * twice (invoked actors restart when a snapshot is restored) gives the same code.
 */
export function referenceCode(holderId: string): string {
  const digest = createHash('sha256').update(holderId).digest();
  return Array.from(digest.subarray(0, 6), (b) => alphabet[b % alphabet.length]).join('');
}
