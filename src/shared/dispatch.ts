// One IPC call, from raw arguments to a Result, without Electron: the input is checked against
// the contract's schema before a handler sees it, and the answer against the output schema
// before the window does (zod drops unknown keys, so a handler cannot leak extra fields).
import type { z } from 'zod';
import { contract, type Contract, type MethodName, type MethodOutput } from './contract.js';
import { toErrorData, type ErrorData, type Result } from './errors.js';

export type HandlerInput<M extends MethodName> = z.output<Contract[M]['input']>;

/** What the shell mounts on IPC: one function per contract method. */
export type Handlers = {
  [M in MethodName]: (input: HandlerInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

function invalidInput(error: z.ZodError): ErrorData {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  // Zod's messages name the expected shape, not the received value, so no client data here.
  return { code: 'INVALID_INPUT', message: `The request was not valid${where}: ${issue?.message ?? 'unknown'}.` };
}

/**
 * Runs `method` with the arguments the window sent. A contract method takes at most one
 * argument; anything else is refused as invalid input. Errors come back as data: a
 * DossierError keeps its code and message, anything else becomes INTERNAL with a generic
 * message (the original may hold client data, so it never crosses the boundary).
 */
export async function dispatch<M extends MethodName>(
  handlers: Handlers,
  method: M,
  args: readonly unknown[],
): Promise<Result<MethodOutput<M>>> {
  if (args.length > 1) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'The request had too many arguments.' } };
  }
  const schemas = contract[method];
  const input = schemas.input.safeParse(args[0]);
  if (!input.success) return { ok: false, error: invalidInput(input.error) };

  let value: unknown;
  try {
    const handler = handlers[method] as (input: HandlerInput<M>) => unknown;
    value = await handler(input.data as HandlerInput<M>);
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }

  const output = schemas.output.safeParse(value);
  if (!output.success) {
    return { ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred.' } };
  }
  return { ok: true, value: output.data as MethodOutput<M> };
}
