import { StorageUnavailableError } from './storageErrors';

/** HTTP status of a failed Cosmos call, or undefined for network-level failures. */
export function cosmosStatus(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { code, statusCode } = err as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'number') return code;
  if (typeof statusCode === 'number') return statusCode;
  return undefined;
}

/**
 * Wraps an unexpected SDK failure. Only the status or a bare network code (ECONNREFUSED…) is kept:
 * SDK messages can echo request details, and the raw error is not worth that risk in logs.
 */
export function unavailable(operation: string, err: unknown): StorageUnavailableError {
  const status = cosmosStatus(err);
  if (status !== undefined) return new StorageUnavailableError(operation, status);
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  const safeCode = typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : undefined;
  return new StorageUnavailableError(operation, safeCode);
}
