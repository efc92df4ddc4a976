// A call into a core worker as the shell makes it: the input parsed by the contract first, as
// dispatch would, then the worker's handler.
import type { CoreMethod } from '../../src/core/service/service-context.js';
import type { CoreWorker } from '../../src/core/service/worker-host.js';
import { contract, type MethodInput, type MethodOutput } from '../../src/shared/contract.js';

export async function callWorker<M extends CoreMethod>(worker: CoreWorker, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const handler = worker.handlers[method] as (input: unknown) => Promise<MethodOutput<M>>;
  return handler(contract[method].input.parse(input));
}
