// What every group of core handlers is given: the open vault (or a VAULT_LOCKED error), a way to
// send the window events, and a registry of long jobs the window can cancel. The service
// (core-service.ts) owns one of these; handler groups never hold the vault themselves, so a lock
// takes effect on their very next call.
import type { ExhibitReader } from '../isolation/exhibit-reader.js';
import type { Vault } from '../vault/vault.js';
import type { AppEvent, MethodName } from '../../shared/contract.js';
import type { CliOnlyMethod } from '../../shared/cli-contract.js';
import type { CliHandlers } from '../../shared/dispatch.js';
import { DossierError } from '../../shared/errors.js';

/** Methods the shell answers itself (native dialogs, the OS); the core answers all the others. */
export const shellMethods = [
  'appInfo',
  'dialog.chooseVaultFolder',
  'dialog.chooseEvidenceFiles',
  'dialog.chooseExportFile',
  'os.openExported',
  'os.showExportedInFolder',
] as const satisfies readonly MethodName[];
export type ShellMethod = (typeof shellMethods)[number];
export type CoreMethod = Exclude<MethodName, ShellMethod>;

/** A group of handlers for some of the core's methods (the window's, or the command line's own). */
export type HandlerGroup<M extends CoreMethod | CliOnlyMethod> = Pick<CliHandlers, M>;
export type CoreHandlers = HandlerGroup<CoreMethod>;
/** The methods only the command line calls (cli-contract.ts); never mounted where a window can reach them. */
export type CliOnlyHandlers = HandlerGroup<CliOnlyMethod>;
/** Every method the core answers, the command line's included. */
export type ServiceMethod = CoreMethod | CliOnlyMethod;

export interface ServiceContext {
  /** The open vault; throws VAULT_LOCKED when there is none. */
  vault(): Vault;
  emit(event: AppEvent): void;
  /**
   * Registers a long job; its signal aborts on jobs.cancel or when the vault locks. A job the
   * user started holds off the inactivity lock for a while; work the core started in the
   * background (`background: true`) does not.
   */
  startJob(jobId: string, options?: { background?: boolean }): AbortSignal;
  endJob(jobId: string): void;
  /** Where evidence bytes are parsed (a process that holds no key); a lock stops it. */
  reader: ExhibitReader;
  /** Where the dossier's fonts are (resources/fonts); the exporter's default when undefined. */
  fontsDir?: string | undefined;
}

/** The job registry behind ServiceContext.startJob/endJob and jobs.cancel. */
export class JobRegistry {
  private readonly running = new Map<string, AbortController>();
  private readonly background = new Set<string>();

  start(jobId: string, options: { background?: boolean } = {}): AbortSignal {
    if (this.running.has(jobId)) throw new DossierError('INVALID_INPUT', 'That job is already running.');
    const controller = new AbortController();
    this.running.set(jobId, controller);
    if (options.background) this.background.add(jobId);
    return controller.signal;
  }

  end(jobId: string): void {
    this.running.delete(jobId);
    this.background.delete(jobId);
  }

  /** True when the job was running (it stops at its next checkpoint). */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** Aborts every job; each leaves the registry when it has wound down (end), not before. */
  cancelAll(): void {
    for (const controller of this.running.values()) controller.abort();
  }

  /** Whether a job the user started is running (background work does not count). */
  get busy(): boolean {
    return this.running.size > this.background.size;
  }
}
