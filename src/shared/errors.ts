// Errors cross every boundary (IPC, CLI, test transport) as data: a stable code a program can
// branch on, and a message a lawyer can read. Never a stack trace, never client data in logs.

export const errorCodes = [
  'WRONG_SECRET',
  /** The password given for a protected PDF does not open it; nothing was kept. */
  'WRONG_PASSWORD',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'VAULT_DAMAGED',
  'VAULT_TOO_NEW',
  'VAULT_LOCKED',
  'INVALID_INPUT',
  'NOT_FOUND',
  'FILE_REFUSED',
  /** A redacted dossier failed the check after export (something removed is still in it, or a page could not be checked); nothing was saved. */
  'REDACTION_LEAK',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorData {
  code: ErrorCode;
  message: string;
}

export class DossierError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DossierError';
    this.code = code;
  }

  toData(): ErrorData {
    return { code: this.code, message: this.message };
  }
}

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof DossierError) return error.toData();
  return { code: 'INTERNAL', message: 'An unexpected error occurred.' };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };
