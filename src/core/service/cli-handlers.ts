// The command line's own methods (src/shared/cli-contract.ts), over the same session and job
// registry as the window's: a lock, a cancel or a refused file ends them exactly as it ends the
// window's calls. The service hands these out apart from the window's handlers (cliHandlers), so
// the worker the app runs never answers them.
import path from 'node:path';
import { DossierError } from '../../shared/errors.js';
import { inspectPendingFiles } from '../evidence/inspect-pending.js';
import { importCase, type ImportReport } from '../intake/case-file.js';
import { findCaseId } from '../records/cases.js';
import { verifyVault } from '../vault/verify.js';
import type { CliOnlyHandlers, ServiceContext } from './service-context.js';
import type { Session } from './session.js';
import { runVaultJob } from './vault-work.js';

export interface CliHandlerDeps {
  session: Session;
}

/** A CASE.json named relative to wherever the core runs would be a guess: the front end resolves it. */
function absoluteCaseFile(file: string): string {
  if (!path.isAbsolute(file)) throw new DossierError('INVALID_INPUT', `The case file "${file}" was not given with its full location.`);
  return file;
}

export function cliHandlers(ctx: ServiceContext, { session }: CliHandlerDeps): CliOnlyHandlers {
  return {
    'vault.info': () => {
      const vault = ctx.vault();
      return { dir: vault.layout.dir, vaultId: vault.id, database: vault.layout.database };
    },

    'vault.resetPassphrase': async ({ recoveryKey, next }) => {
      await session.resetPassphrase(recoveryKey, next);
      return { ok: true };
    },

    'vault.wipeFolder': ({ dir }) => session.wipeFolder(dir),

    'vault.rawKey': () => {
      const vault = ctx.vault();
      return { database: vault.layout.database, key: vault.rawKeyHex() };
    },

    'vault.verify': ({ jobId }) =>
      runVaultJob(ctx, jobId, () => 'The vault was locked during the check; run it again once it is unlocked.', (vault, signal, progress) =>
        verifyVault(vault, {
          signal,
          onProgress: (done, total) => progress('verifying', done, total),
        }),
      ),

    'cases.find': ({ idOrReference }) => ({ id: ctx.vault().transaction((db) => findCaseId(db, idOrReference)) }),

    'cases.importFile': ({ file, jobId }) => {
      const caseFile = absoluteCaseFile(file);
      return runVaultJob(ctx, jobId, () => 'The vault was locked during the import; nothing was imported.', async (vault, signal, progress) => {
        // A new case: its files are read by processes that read no other case's.
        const reader = ctx.reader.forCase(`case file ${caseFile}`);
        let report: ImportReport;
        try {
          report = await importCase(vault, caseFile, {
            reader,
            signal,
            onProgress: (step) => {
              if (step.phase === 'storing') progress('storing', step.bytesDone, step.bytesTotal, step.file, { index: step.index, count: step.total });
              else progress(step.phase, 0, step.total);
            },
          });
        } catch (error) {
          // A cancel can land between files or inside one (the copy stops); either way the case
          // is wholly absent, since its records commit only after every file is stored.
          if (signal.aborted) throw new DossierError('CANCELLED', 'The import was cancelled; nothing was imported.', { cause: error });
          throw error;
        }
        // The case is in. The command then checks its files before it ends, so the next command
        // finds their badges; a cancel here leaves the rest to the first plan or export.
        await inspectPendingFiles(vault, reader, report.caseId, { signal, onFile: (done, total, name) => progress('inspecting', done, total, name) }).catch((error: unknown) => {
          if (!signal.aborted) throw error;
        });
        return report;
      });
    },
  };
}
