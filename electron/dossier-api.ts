// The shape of window.dossier, derived from the contract so the preload (which builds it) and
// the renderer (which calls it) cannot drift from the schemas the shell validates against.
// Types only: imported by electron/preload.ts and src/renderer/env.d.ts.
import type { MethodInput, MethodName, MethodOutput } from '../src/shared/contract';
import type { Result } from '../src/shared/errors';

/** A method whose input schema accepts `undefined` is called with no argument. */
export type ApiFunction<M extends MethodName> = undefined extends MethodInput<M>
  ? () => Promise<Result<MethodOutput<M>>>
  : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

export type DossierApi = { readonly [M in MethodName]: ApiFunction<M> };
