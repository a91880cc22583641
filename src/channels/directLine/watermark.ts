/**
 * A Direct Line watermark is the last sequence number the client has seen, as a string.
 * Empty, missing and '-' mean "nothing seen yet"; anything else that isn't a
 * non-negative integer is rejected (undefined).
 */
export function parseWatermark(value: string | null | undefined): number | undefined {
  if (value === undefined || value === null || value === '' || value === '-' || value === 'null') return 0;
  if (!/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}
