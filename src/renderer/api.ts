// The window's one door to the core: window.dossier, with Results turned into values or an
// ApiError that carries the core's stable code and readable message.
import type { AppEvent, MethodInput, MethodName, MethodOutput } from '../shared/contract';
import type { ErrorCode, ErrorData } from '../shared/errors';

export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(error: ErrorData) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
  }
}

/** The bridge itself failed (a refused sender, a broken preload): nothing the core said. */
export class NoAnswerError extends ApiError {
  constructor() {
    super({ code: 'INTERNAL', message: '' });
    this.name = 'NoAnswerError';
  }
}

type Args<M extends MethodName> = undefined extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>];

/** Calls a contract method; resolves with its value or rejects with an ApiError. */
export async function call<M extends MethodName>(method: M, ...args: Args<M>): Promise<MethodOutput<M>> {
  const fn = window.dossier[method] as unknown as (input?: unknown) => Promise<
    { ok: true; value: MethodOutput<M> } | { ok: false; error: ErrorData }
  >;
  let result;
  try {
    result = await fn(args[0]);
  } catch {
    throw new NoAnswerError();
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function onAppEvent(listener: (event: AppEvent) => void): () => void {
  return window.dossier.onEvent(listener);
}

/** A job id for a long call (import, export), so its progress events and cancel can find it. */
export function newJobId(): string {
  return crypto.randomUUID();
}
