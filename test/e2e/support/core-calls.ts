// Seeding a test's data through the real core the window talks to (the test transport's
// handlers), with the contract's own input checks: one way for every end-to-end test.
import type { CoreMethod } from '../../../src/core/service/service-context';
import { contract, type MethodInput, type MethodOutput } from '../../../src/shared/contract';
import type { AppWindow } from './fixtures';

export async function callCore<M extends CoreMethod>(app: AppWindow, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const handler = app.transport.core.handlers[method] as (input: unknown) => Promise<MethodOutput<M>>;
  return handler(contract[method].input.parse(input));
}
