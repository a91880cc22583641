import { StorageUnavailableError } from './storageErrors';

/**
 * A storage call that takes longer than `ms` counts as unavailable: a person in crisis must not
 * wait on a slow database for their reply. The late result is ignored, not cancelled.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageUnavailableError(operation, 'timeout')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
