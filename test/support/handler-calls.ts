// Calls to a set of handlers as the window makes them (through dispatch, so the contract's
// schemas are checked as over IPC), for tests that mount handlers themselves: the shell's own
// (electron/shell-handlers.ts) over the core's.
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract.js';
import { dispatch, type Handlers } from '../../src/shared/dispatch.js';
import type { Result } from '../../src/shared/errors.js';

export function caller(handlers: Handlers) {
  return <M extends MethodName>(method: M, input?: MethodInput<M>): Promise<Result<MethodOutput<M>>> =>
    dispatch(handlers, method, input === undefined ? [] : [input]);
}

/** The answer of a call that must succeed; a failure fails the test with its code and message. */
export async function value<T>(result: Promise<Result<T>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}
