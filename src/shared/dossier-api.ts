// The shape of window.dossier, derived from the contract so the preload (which builds it) and
// the renderer (which calls it) cannot drift from the schemas the shell validates against.
// Types only: imported by electron/preload.ts, the test transport's bridge and src/renderer.
import type { AppEvent, MethodInput, MethodName, MethodOutput } from './contract.js';
import type { Result } from './errors.js';

/** A method whose input schema accepts `undefined` is called with no argument. */
export type ApiFunction<M extends MethodName> = undefined extends MethodInput<M>
  ? () => Promise<Result<MethodOutput<M>>>
  : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

export type DossierApi = { readonly [M in MethodName]: ApiFunction<M> } & {
  /** Calls `listener` for every event the core sends; returns the function that stops it. */
  readonly onEvent: (listener: (event: AppEvent) => void) => () => void;
  /**
   * The absolute paths of files dropped on the window (Electron's webUtils.getPathForFile),
   * leaving out those that have none (dragged from a browser, say). The main process has
   * granted each one for evidence.import by the time this resolves: evidence.import takes only
   * these and the paths the evidence dialog returned. The page never types a path itself.
   */
  readonly droppedFiles: (files: readonly File[]) => Promise<string[]>;
};
