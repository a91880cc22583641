// Storage errors carry only ids, container names and status codes — never document contents —
// so they are safe to log as-is (documents hold transcripts and contact details).

/** Someone else wrote the document since it was read (412), or it already exists on create (409). */
export class EtagConflictError extends Error {
  readonly code = 'ETAG_CONFLICT' as const;
  constructor(
    readonly container: string,
    readonly id: string,
  ) {
    super(`Document in ${container} was changed by another writer (id ${id})`);
    this.name = 'EtagConflictError';
  }
}

/** A stored document no longer matches its schema; `issues` lists paths and codes, never values. */
export class StoredDataInvalidError extends Error {
  readonly code = 'STORED_DATA_INVALID' as const;
  constructor(
    readonly container: string,
    readonly id: string,
    readonly issues: readonly string[],
  ) {
    super(`Stored document in ${container} failed validation (id ${id}): ${issues.join('; ')}`);
    this.name = 'StoredDataInvalidError';
  }
}

/** Cosmos could not be reached or refused the operation for a reason the caller cannot fix. */
export class StorageUnavailableError extends Error {
  readonly code = 'STORAGE_UNAVAILABLE' as const;
  constructor(
    readonly operation: string,
    /** HTTP status from Cosmos, or a network error code such as ECONNREFUSED. */
    readonly reason: number | string | undefined,
  ) {
    super(`Cosmos ${operation} failed (${reason ?? 'unknown reason'})`);
    this.name = 'StorageUnavailableError';
  }
}
