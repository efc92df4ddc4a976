// The core as the window sees it: one handler per core method of the contract, over one
// session (at most one open vault), the settings store and the job registry. It also owns the
// inactivity lock: every call counts as activity, and after settings.autoLockMinutes without
// any the vault locks itself as if the user had locked it; a running job holds that off by at
// most maxJobGraceMinutes more, so no job (a hostile file, a stuck reader) keeps a vault open
// for good. A lock also kills the exhibit reader's processes. The command line runs one of these
// too, and gets the methods only it may call (cliHandlers) over the same session and jobs.
import type { AppEvent } from '../../shared/contract.js';
import { localDay } from '../../shared/dates.js';
import { keepMemoryOutOfCoreDumps } from '../isolation/core-dumps.js';
import { createExhibitReader, type ExhibitReader } from '../isolation/exhibit-reader.js';
import { nodeReaderLauncher } from '../isolation/node-launcher.js';
import type { Argon2Params } from '../vault/key-slots.js';
import { cliHandlers } from './cli-handlers.js';
import { dossierHandlers } from './dossier-handlers.js';
import { evidenceHandlers } from './evidence-handlers.js';
import { recordsHandlers } from './records-handlers.js';
import { JobRegistry, type CliOnlyHandlers, type CoreHandlers, type ServiceContext } from './service-context.js';
import { sessionHandlers } from './session-handlers.js';
import { FileChecks } from './file-checks.js';
import { Session } from './session.js';
import { defaultSettings, SettingsStore } from './settings-store.js';
import { textHandlers } from './text-handlers.js';
import { TextReadings } from './text-reading-job.js';
import { translatorHandlers } from './translator-handlers.js';
import { counselHandlers } from './counsel-handlers.js';
import { redactionHandlers } from './redaction-handlers.js';

export type LockReason = Extract<AppEvent, { type: 'locked' }>['reason'];

export interface CoreServiceOptions {
  /**
   * Where settings.json and recent-vaults.json live (the app's user-data folder); undefined for
   * the command line, which reads and writes none (the default settings apply).
   */
  settingsDir: string | undefined;
  /** Where the dossier's fonts are; the exporter's default when undefined. */
  fontsDir?: string | undefined;
  /** Sends an event to the window. */
  emit: (event: AppEvent) => void;
  /** A millisecond clock (Date.now by default); tests pass their own. */
  now?: (() => number) | undefined;
  /** Argon2id cost for new passphrase slots; tests use a cheap one. */
  argon2?: Argon2Params | undefined;
  /** For tests only: how many milliseconds one "minute" of autoLockMinutes lasts (60,000). */
  autoLockMinuteMs?: number | undefined;
  /** For tests only: a job registry of their own, to watch a job's signal. */
  jobs?: JobRegistry | undefined;
  /**
   * Where evidence bytes are parsed. The app's worker passes one that reaches its processes through
   * the main thread (reader-relay.ts); by default, forked Node processes (the CLI, tests).
   */
  reader?: ExhibitReader | undefined;
  /**
   * Whether newly imported files are checked in the background (file-checks.ts), as the app
   * does (the default). The command line checks them within its import command instead: a
   * command must end when its work does.
   */
  checkFilesInBackground?: boolean | undefined;
  /**
   * Whether the text of newly imported files (and of any a lock or a quit left unread) is read in
   * the background after each import and at each unlock (text-reading-job.ts), as the app does
   * (the default). The command line reads it when asked (`dossier ocr`): a command must end when
   * its work does.
   */
  readTextInBackground?: boolean | undefined;
}

/**
 * Minutes a running job may hold off the inactivity lock past its time. An import or export the
 * lawyer started and walked away from usually finishes within them (its end counts as activity);
 * one that does not is stopped by the lock.
 */
export const maxJobGraceMinutes = 30;

export interface CoreService {
  handlers: CoreHandlers;
  /** The command line's own methods; the app's worker never hands these to a window. */
  cliHandlers: CliOnlyHandlers;
  /** Closes the vault, cancels every job and tells the window; for suspend, screen lock and the like. */
  lock(reason: LockReason): void;
  /** Closes the vault and stops every timer and job, telling no one (the app is quitting). */
  close(): void;
  /** Settles once the background check of imported files has nothing left to do. */
  filesChecked(): Promise<void>;
}

export function createCoreService(options: CoreServiceOptions): CoreService {
  // This process will hold the vault key: a crash must not write it to disk in a core dump.
  keepMemoryOutOfCoreDumps();
  const now = options.now ?? Date.now;
  const minuteMs = options.autoLockMinuteMs ?? 60_000;
  const jobs = options.jobs ?? new JobRegistry();
  const reader = options.reader ?? createExhibitReader(nodeReaderLauncher());
  const store = new SettingsStore(options.settingsDir);
  const session = new Session({ argon2: options.argon2, beforeClose: () => jobs.cancelAll() });
  let closed = false;
  const ctx: ServiceContext = {
    vault: () => session.vault(),
    // A job still unwinding after close() must not reach a window (or a worker port) that is gone.
    emit: (event) => {
      if (!closed) options.emit(event);
    },
    startJob: (jobId, jobOptions) => jobs.start(jobId, jobOptions),
    endJob: (jobId) => jobs.end(jobId),
    reader,
    fontsDir: options.fontsDir,
  };
  const today = () => localDay(new Date(now()));
  const fileChecks = options.checkFilesInBackground === false ? undefined : new FileChecks(ctx);
  const textReadings = new TextReadings(ctx);
  const readTextInBackground = options.readTextInBackground !== false;

  let lastActivity = now();
  let idleLimitMs = defaultSettings.autoLockMinutes * minuteMs;
  let idleTimer: NodeJS.Timeout | undefined;

  function disarm(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = undefined;
  }

  /** When the inactivity lock is due: a running job holds it off, by maxJobGraceMinutes at most. */
  function idleLockAt(): number {
    return lastActivity + idleLimitMs + (jobs.busy ? maxJobGraceMinutes * minuteMs : 0);
  }

  // The timer wakes when the limit would be reached and checks the clock then, so activity
  // only moves a timestamp and never re-creates a timer.
  function arm(): void {
    disarm();
    if (closed || session.status().state !== 'unlocked') return;
    idleTimer = setTimeout(checkIdle, Math.max(0, idleLockAt() - now()));
    idleTimer.unref();
  }

  function checkIdle(): void {
    idleTimer = undefined;
    // An import or export the lawyer started and walked away from is finished, not cancelled,
    // if it ends within the grace: its end counts as activity. Suspend and screen lock still
    // lock at once.
    if (now() >= idleLockAt()) lock('idle');
    else arm();
  }

  function touch(): void {
    lastActivity = now();
    if (!idleTimer) arm();
  }

  function applySettings(): void {
    void store.get().then((settings) => {
      idleLimitMs = settings.autoLockMinutes * minuteMs;
      if (idleTimer) arm();
    });
  }

  function lock(reason: LockReason): void {
    disarm();
    jobs.cancelAll();
    // Whatever a reader was parsing is plaintext from this vault: its processes go with the key.
    reader.stopAll();
    if (!session.lock()) return;
    try {
      ctx.emit({ type: 'locked', reason });
    } catch {
      // The vault is locked either way; a window that cannot hear it shows the lock on its next call.
    }
  }

  const handlers: CoreHandlers = {
    ...sessionHandlers({
      ctx,
      session,
      store,
      lock,
      settingsChanged: applySettings,
      unlocked: () => {
        fileChecks?.checkAll();
        if (readTextInBackground) textReadings.readInBackground(null);
      },
    }),
    ...recordsHandlers(ctx, { today }),
    ...evidenceHandlers(ctx, {
      imported: (caseId) => {
        fileChecks?.checkCase(caseId);
        if (readTextInBackground) textReadings.readInBackground(caseId);
      },
    }),
    ...textHandlers(ctx, textReadings),
    ...dossierHandlers(ctx, { today, now }),
    ...translatorHandlers(ctx),
    ...counselHandlers(ctx),
    ...redactionHandlers(ctx),
    'jobs.cancel': ({ jobId }) => {
      jobs.cancel(jobId);
      return { ok: true };
    },
  };

  applySettings();
  return {
    handlers: countingActivity(handlers, touch),
    cliHandlers: countingActivity(cliHandlers(ctx, { session }), touch),
    lock,
    filesChecked: async () => fileChecks?.idle(),
    close() {
      closed = true;
      disarm();
      jobs.cancelAll();
      reader.stopAll();
      session.lock();
    },
  };
}

/** Every call counts as activity when it starts and again when it ends (a long import, say). */
function countingActivity<H extends object>(handlers: H, touch: () => void): H {
  const counted: Record<string, (input: unknown) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    counted[method] = (input) => {
      touch();
      const result = handler(input);
      if (result instanceof Promise) return result.finally(touch);
      touch();
      return result;
    };
  }
  return counted as H;
}
