// The core service as the shell mounts it, for tests: every call goes through dispatch, so the
// contract's input and output schemas are checked exactly as over IPC. The shell's own methods
// (dialogs, the OS) refuse, since no test of the core calls them.
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createCoreService, type CoreService, type CoreServiceOptions } from '../../src/core/service/core-service.js';
import { shellMethods, type ShellMethod } from '../../src/core/service/service-context.js';
import type { Argon2Params } from '../../src/core/vault/key-slots.js';
import type { AppEvent, MethodInput, MethodName, MethodOutput } from '../../src/shared/contract.js';
import { dispatch, type Handlers } from '../../src/shared/dispatch.js';
import { DossierError, type Result } from '../../src/shared/errors.js';
import { tempDir } from './temp-dir.js';

/** The cheapest cost a vault header accepts (64 MiB is its floor), so tests unlock quickly. */
export const CHEAP_ARGON2: Argon2Params = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };

export interface TestService {
  service: CoreService;
  settingsDir: string;
  /** Every event the service sent, in order. */
  events: AppEvent[];
  /** One call as the window makes it; the answer as the window gets it. */
  call<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /** One call that must succeed; a failure fails the test with the error's code and message. */
  value<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>>;
}

export async function startService(options: Partial<Omit<CoreServiceOptions, 'emit'>> = {}): Promise<TestService> {
  const settingsDir = options.settingsDir ?? path.join(await tempDir('dossier-settings-'), 'settings');
  const events: AppEvent[] = [];
  const service = createCoreService({ argon2: CHEAP_ARGON2, ...options, settingsDir, emit: (event) => events.push(event) });
  onTestFinished(() => service.close());
  const refuse = () => {
    throw new DossierError('INTERNAL', 'The shell answers this method, not the core.');
  };
  const shell = Object.fromEntries(shellMethods.map((method) => [method, refuse])) as unknown as Pick<Handlers, ShellMethod>;
  const handlers: Handlers = { ...service.handlers, ...shell };
  const call = <M extends MethodName>(method: M, input?: MethodInput<M>) => dispatch(handlers, method, input === undefined ? [] : [input]);
  return {
    service,
    settingsDir,
    events,
    call,
    async value(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} failed with ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
  };
}
