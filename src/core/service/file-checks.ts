// The check of newly imported files, in the background: each file read in the exhibit reader as
// the dossier will read it, so its badge says what the dossier will do with it (pipeline.ts says
// why the import itself does not wait for this). It starts when an import ends and at every
// unlock (for files a lock or a quit left waiting), one case at a time; a lock stops it, and
// whatever it had found is kept. It tells the window as it goes (`filesChecked`), so the evidence
// list updates its badges, at most about once a second and once at the end.
import { inspectPendingFiles, pendingInspections } from '../evidence/inspect-pending.js';
import type { ServiceContext } from './service-context.js';
import { startBackgroundJob } from './vault-work.js';

/** How often the window hears of progress, at most. */
const progressEveryMs = 1_000;

export class FileChecks {
  /** Cases waiting for their check, in the order asked; the one being checked is first. */
  readonly #queue: string[] = [];
  #running: Promise<void> | undefined;

  constructor(private readonly ctx: ServiceContext) {}

  /** Checks the case's waiting files once the checks before it are done. */
  checkCase(caseId: string): void {
    // A case being checked is checked again after, for the files this import added.
    if (!this.#queue.slice(1).includes(caseId)) this.#queue.push(caseId);
    this.#run();
  }

  /** Checks every case that has files waiting (after an unlock). */
  checkAll(): void {
    let cases: string[];
    try {
      cases = [...new Set(pendingInspections(this.ctx.vault(), null).map((file) => file.caseId))];
    } catch {
      return; // Locked again already.
    }
    for (const caseId of cases) this.checkCase(caseId);
  }

  /** Settles once no check runs or waits (for tests, and for a caller that must not race one). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  #run(): void {
    if (this.#running) return;
    this.#running = (async () => {
      try {
        while (this.#queue.length > 0) {
          await this.#checkOne(this.#queue[0]!);
          this.#queue.shift();
        }
      } finally {
        this.#running = undefined;
      }
    })();
  }

  async #checkOne(caseId: string): Promise<void> {
    const jobId = `check-files:${caseId}`;
    const started = startBackgroundJob(this.ctx, jobId);
    if (!started) {
      // Locked: the next unlock checks what is left.
      this.#queue.length = 0;
      return;
    }
    const { vault, signal } = started;
    let lastSent = performance.now();
    const tell = (done: number, total: number) => this.ctx.emit({ type: 'filesChecked', caseId, done, total });
    try {
      await inspectPendingFiles(vault, this.ctx.reader.forCase(caseId), caseId, {
        signal,
        onFile: (done, total) => {
          if (done < total && performance.now() - lastSent < progressEveryMs) return;
          lastSent = performance.now();
          tell(done, total);
        },
      });
    } catch {
      // A lock or a cancel stopped it (the rest waits for the next unlock, or for a plan or an
      // export), or the case went while it ran. Either way nothing is lost: a file's result is
      // kept as soon as it is found.
      if (signal.aborted) this.#queue.length = 0;
    } finally {
      this.ctx.endJob(jobId);
    }
  }
}
