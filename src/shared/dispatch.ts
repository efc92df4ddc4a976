// One call, from raw arguments to a Result, without Electron: the input is checked against the
// contract's schema before a handler sees it, and the answer against the output schema before
// the caller does (zod drops unknown keys, so a handler cannot leak extra fields). The window's
// calls go through dispatch (IPC, the test transport); the command line's through dispatchCli,
// which knows the window's contract and the CLI's own methods (cli-contract.ts).
import type { z } from 'zod';
import { cliContract, type CliContract, type CliMethodName, type CliMethodOutput } from './cli-contract.js';
import { contract, type MethodName, type MethodOutput } from './contract.js';
import { toErrorData, type ErrorData, type Result } from './errors.js';

export type HandlerInput<M extends CliMethodName> = z.output<CliContract[M]['input']>;

/** One function per method the command line may call: the window's and its own. */
export type CliHandlers = {
  [M in CliMethodName]: (input: HandlerInput<M>) => CliMethodOutput<M> | Promise<CliMethodOutput<M>>;
};

/** What the shell mounts on IPC: one function per contract method. */
export type Handlers = {
  [M in MethodName]: (input: HandlerInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

interface Schemas {
  input: z.ZodType;
  output: z.ZodType;
}

function invalidInput(error: z.ZodError): ErrorData {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  // Zod's messages name the expected shape, not the received value, so no client data here.
  return { code: 'INVALID_INPUT', message: `The request was not valid${where}: ${issue?.message ?? 'unknown'}.` };
}

async function run(schemas: Schemas, handler: (input: unknown) => unknown, args: readonly unknown[]): Promise<Result<unknown>> {
  if (args.length > 1) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'The request had too many arguments.' } };
  }
  const input = schemas.input.safeParse(args[0]);
  if (!input.success) return { ok: false, error: invalidInput(input.error) };

  let value: unknown;
  try {
    value = await handler(input.data);
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }

  const output = schemas.output.safeParse(value);
  if (!output.success) {
    return { ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred.' } };
  }
  return { ok: true, value: output.data };
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
  const handler = handlers[method] as (input: unknown) => unknown;
  return (await run(contract[method], handler, args)) as Result<MethodOutput<M>>;
}

/** The same for the command line: any method of cliContract, given at least its handler. */
export async function dispatchCli<M extends CliMethodName>(
  handlers: Pick<CliHandlers, NoInfer<M>>,
  method: M,
  args: readonly unknown[],
): Promise<Result<CliMethodOutput<M>>> {
  const handler = (handlers as CliHandlers)[method] as (input: unknown) => unknown;
  return (await run(cliContract[method], handler, args)) as Result<CliMethodOutput<M>>;
}
