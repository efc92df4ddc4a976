// The window's evidence calls: the list with what the dossier makes of each file, a batch import
// through the intake pipeline (each file inspected as the exporter will read it) that names every
// refused file and goes on, metadata edits, and previews made in memory.
import path from 'node:path';
import type { EvidenceListItem, MethodOutput, RefusalCode, SupportReason } from '../../shared/contract.js';
import type { HandlerInput } from '../../shared/dispatch.js';
import { DossierError } from '../../shared/errors.js';
import type { EvidenceMetadata } from '../../shared/models.js';
import { reasonWords } from '../dossier/reason-words.js';
import { setPdfPassword } from '../evidence/pdf-password.js';
import { previewEvidence } from '../evidence/preview.js';
import { removeEvidenceFiles } from '../evidence/remove-files.js';
import { exhibitTreatment } from '../exhibits/treatment.js';
import { guessKind } from '../intake/kind-guess.js';
import { discardFiles, publishFiles, recordFile, StagingBatch, type StagedFile } from '../intake/pipeline.js';
import { FileRefusedError } from '../intake/store-file.js';
import { getCase } from '../records/cases.js';
import {
  findEvidenceBySha256,
  getEvidenceWithEvents,
  listEvidenceWithEvents,
  updateEvidence,
  updateManyEvidence,
  type EvidenceWithEvents,
} from '../records/evidence.js';
import type { Vault } from '../vault/vault.js';
import type { HandlerGroup, ServiceContext } from './service-context.js';
import { onOpenVault, runVaultJob } from './vault-work.js';

/** The note beside a file the dossier will not reproduce: the dossier's English words for the reason, and the reader's detail. */
function supportNote(reason: SupportReason, detail: string | undefined): string {
  const words = reasonWords('en', { reason, detail });
  return `${words[0]!.toUpperCase()}${words.slice(1)}: the dossier shows its separator page and lists its fingerprint in the manifest.`;
}

/** The file with its badge: what inspecting it found, or, for a file not inspected yet, what its type and size say. */
function listItem({ inspection, ...item }: EvidenceWithEvents): EvidenceListItem {
  const found = inspection ?? exhibitTreatment(item.mediaType, item.size);
  if (found.kind !== 'not_reproduced') return { ...item, dossierSupport: found.kind };
  return { ...item, dossierSupport: 'not_reproduced', supportReason: found.reason, supportNote: supportNote(found.reason, found.detail) };
}

/** A starting description from the file alone (its name, type and, for an image, what the reader found in its header); the paralegal corrects it afterwards. */
function defaultMetadata({ stored, hints }: StagedFile): Pick<EvidenceMetadata, 'title' | 'kind'> {
  const stem = path.basename(stored.originalName, path.extname(stored.originalName)).trim();
  const title = stem || stored.originalName.trim() || 'Untitled file';
  return { title, kind: guessKind({ originalName: stored.originalName, mediaType: stored.mediaType, image: hints }) };
}

type Duplicate = MethodOutput<'evidence.import'>['duplicates'][number];

/**
 * Records one staged file with its audit entry, in a transaction of its own, once its bytes are
 * durable; the file is published only once its row is committed. A file whose content the case
 * already holds is not recorded (unless allowed): its staged copy is discarded and the item it
 * repeats is returned instead.
 */
async function recordStaged(
  vault: Vault,
  caseId: string,
  file: string,
  staged: StagedFile,
  allowDuplicates: boolean,
): Promise<{ item: EvidenceWithEvents } | { duplicate: Duplicate }> {
  let outcome: { item: EvidenceWithEvents } | { duplicate: Duplicate };
  try {
    const metadata = defaultMetadata(staged);
    await vault.blobs.syncStaged([staged.stored.blobId]);
    outcome = vault.transaction((db) => {
      const existing = allowDuplicates ? undefined : findEvidenceBySha256(db, caseId, staged.stored.sha256);
      if (existing) return { duplicate: { file: staged.stored.originalName, path: file, existing } };
      const inserted = recordFile(db, caseId, staged, metadata);
      vault.audit('evidence.import', 'evidence', inserted.id);
      return { item: { ...inserted, eventIds: [], inspection: staged.inspection } };
    });
  } catch (error) {
    await discardFiles(vault, [staged]);
    throw error;
  }
  if ('duplicate' in outcome) {
    await discardFiles(vault, [staged]);
    return outcome;
  }
  await publishFiles(vault, [staged]);
  return outcome;
}

/**
 * Imports files in the order given, each committed on its own, so a refused file, a cancel or a
 * lock keeps every file taken before it. The next few files are stored while one is recorded
 * (StagingBatch); a cancel stops the files being copied, and those stored ahead of their turn are
 * not kept. Each file has the badge its type gives until the check that follows the import
 * (file-checks.ts) has read it.
 */
async function importEvidence(ctx: ServiceContext, { caseId, files, jobId, allowDuplicates }: HandlerInput<'evidence.import'>) {
  const relative = files.find((file) => !path.isAbsolute(file));
  if (relative !== undefined) {
    throw new DossierError('INVALID_INPUT', `"${path.basename(relative)}" was not given with its full location; choose the files again.`);
  }
  ctx.vault().transaction((db) => getCase(db, caseId));

  const total = files.length;
  const imported: EvidenceListItem[] = [];
  const refused: { file: string; code: RefusalCode; reason: string }[] = [];
  const duplicates: Duplicate[] = [];
  const cancelled = () => new DossierError('CANCELLED', `The import was cancelled; ${imported.length} of ${total} files were imported before you cancelled.`);
  const locked = () => `The vault was locked during the import; ${imported.length} of ${total} files were imported before it locked.`;
  return runVaultJob(ctx, jobId, locked, async (vault, signal, progress) => {
    const batch = new StagingBatch(vault, ctx.reader.forCase(caseId));
    const outcomes = batch.stageAll(files.map((file) => ({ file, options: { signal } })));
    /** Staged files recorded and published, or discarded: what remains of the batch is not kept. */
    const settled = new Set<StagedFile>();
    try {
      for (const [index, file] of files.entries()) {
        if (signal.aborted) throw cancelled();
        const name = path.basename(file);
        progress('import', index, total, name);
        try {
          const staged = await outcomes[index]!;
          // A cancel before a file's turn keeps it out, though it was stored ahead.
          if (signal.aborted) throw cancelled();
          settled.add(staged);
          const outcome = await recordStaged(vault, caseId, file, staged, allowDuplicates);
          if ('duplicate' in outcome) {
            duplicates.push(outcome.duplicate);
            continue;
          }
          imported.push(listItem(outcome.item));
        } catch (error) {
          if (error instanceof FileRefusedError) {
            refused.push({ file: name, code: error.refusal, reason: error.reason });
            continue;
          }
          if (signal.aborted) throw cancelled();
          throw error;
        }
      }
    } catch (error) {
      batch.stop(error);
      await batch.settled();
      await discardFiles(vault, batch.stored().filter((staged) => !settled.has(staged)));
      throw error;
    }
    progress('import', total, total);
    return { imported, refused, duplicates };
  });
}

export interface EvidenceHandlerDeps {
  /** Called when an import has added files to a case (even one cancelled part way): they wait for their check. */
  imported(caseId: string): void;
}

export function evidenceHandlers(ctx: ServiceContext, { imported }: EvidenceHandlerDeps = { imported: () => undefined }): HandlerGroup<
  'evidence.list' | 'evidence.import' | 'evidence.update' | 'evidence.updateMany' | 'evidence.remove' | 'evidence.preview' | 'evidence.setPdfPassword'
> {
  return {
    'evidence.list': ({ caseId }) =>
      ctx.vault().transaction((db) => {
        getCase(db, caseId);
        return listEvidenceWithEvents(db, caseId).map(listItem);
      }),

    'evidence.import': (input) => importEvidence(ctx, input).finally(() => imported(input.caseId)),

    'evidence.update': ({ id, metadata, translationOfId, partOfId }) => {
      const vault = ctx.vault();
      return vault.transaction((db) => {
        updateEvidence(db, id, metadata, { translationOfId, partOfId });
        vault.audit('evidence.update', 'evidence', id);
        return listItem(getEvidenceWithEvents(db, id));
      });
    },

    'evidence.updateMany': ({ ids, changes }) => {
      const vault = ctx.vault();
      return vault.transaction((db) => {
        const updated = updateManyEvidence(db, ids, changes);
        for (const id of updated) vault.audit('evidence.update', 'evidence', id);
        return updated.map((id) => listItem(getEvidenceWithEvents(db, id)));
      });
    },

    'evidence.remove': ({ ids }) => removeEvidenceFiles(ctx.vault(), ids),

    'evidence.preview': ({ id, maxPixels }) =>
      onOpenVault(ctx, () => 'The vault was locked before the preview was ready.', (vault) => previewEvidence(vault, ctx.reader, id, maxPixels)),

    'evidence.setPdfPassword': ({ id, password }) =>
      onOpenVault(ctx, () => 'The vault was locked before the password was checked; nothing was kept.', async (vault) => {
        const caseId = vault.transaction((db) => getEvidenceWithEvents(db, id).caseId);
        await setPdfPassword(vault, ctx.reader.forCase(caseId), id, password);
        return vault.transaction((db) => listItem(getEvidenceWithEvents(db, id)));
      }),
  };
}
