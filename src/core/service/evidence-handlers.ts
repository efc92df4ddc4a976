// The window's evidence calls: the list with what the dossier makes of each file, a batch import
// that reads each file once as the exporter will and names every refused file and goes on,
// metadata edits, and previews made in memory.
import path from 'node:path';
import type { EvidenceListItem, MethodOutput, RefusalCode } from '../../shared/contract.js';
import type { HandlerInput } from '../../shared/dispatch.js';
import { DossierError } from '../../shared/errors.js';
import type { EvidenceItem, EvidenceMetadata } from '../../shared/models.js';
import { checkDossierSupport, dossierSupportOf } from '../evidence/dossier-support.js';
import { readImageHints } from '../evidence/image-hints.js';
import { FileRefusedError, storeEvidenceFile, type StoredFile } from '../intake/store-file.js';
import { guessKind } from '../evidence/kind-guess.js';
import { previewEvidence } from '../evidence/preview.js';
import { removeEvidenceFiles } from '../evidence/remove-files.js';
import { getCase } from '../records/cases.js';
import {
  findEvidenceBySha256,
  getEvidenceWithEvents,
  insertEvidence,
  listEvidenceWithEvents,
  saveEvidenceCheck,
  updateEvidence,
  updateManyEvidence,
  type EvidenceCheck,
  type EvidenceWithEvents,
} from '../records/evidence.js';
import type { Vault } from '../vault/vault.js';
import type { HandlerGroup, ServiceContext } from './service-context.js';
import { onOpenVault, runVaultJob } from './vault-work.js';

function listItem({ check, ...item }: EvidenceWithEvents): EvidenceListItem {
  return { ...item, ...dossierSupportOf(item, check) };
}

/** A starting description from the file alone; the paralegal corrects it afterwards. */
async function defaultMetadata(stored: StoredFile, file: string): Promise<Pick<EvidenceMetadata, 'title' | 'kind'>> {
  const stem = path.basename(stored.originalName, path.extname(stored.originalName)).trim();
  const title = stem || stored.originalName.trim() || 'Untitled file';
  const image = stored.mediaType.startsWith('image/') ? await readImageHints(file) : undefined;
  return { title, kind: guessKind({ originalName: stored.originalName, mediaType: stored.mediaType, image }) };
}

type Duplicate = MethodOutput<'evidence.import'>['duplicates'][number];

/**
 * Stores one file and records it with its audit entry; the file is published only once its row
 * is committed. A file whose content the case already holds is not recorded (unless allowed):
 * its staged copy is discarded and the item it repeats is returned instead.
 */
async function importFile(
  vault: Vault,
  caseId: string,
  file: string,
  signal: AbortSignal,
  allowDuplicates: boolean,
): Promise<{ item: EvidenceItem; stored: StoredFile } | { duplicate: Duplicate }> {
  const stored = await storeEvidenceFile(vault.blobs, file, { signal });
  let outcome: { item: EvidenceItem } | { duplicate: Duplicate };
  try {
    const metadata = await defaultMetadata(stored, file);
    outcome = vault.transaction((db) => {
      const existing = allowDuplicates ? undefined : findEvidenceBySha256(db, caseId, stored.sha256);
      if (existing) return { duplicate: { file: stored.originalName, path: file, existing } };
      const inserted = insertEvidence(db, caseId, stored, metadata);
      vault.audit('evidence.import', 'evidence', inserted.id);
      return { item: inserted };
    });
  } catch (error) {
    await vault.blobs.discard([stored.blobId]);
    throw error;
  }
  if ('duplicate' in outcome) {
    await vault.blobs.discard([stored.blobId]);
    return outcome;
  }
  await vault.blobs.publish([stored.blobId]);
  return { item: outcome.item, stored };
}

/**
 * Reads the file just imported as the exporter will and keeps what it found. The file is in
 * whatever happens: a reading that fails or is stopped leaves the badge to the file's type.
 */
async function checkImported(vault: Vault, item: EvidenceItem, stored: StoredFile, signal: AbortSignal): Promise<EvidenceCheck | undefined> {
  let check: EvidenceCheck | undefined;
  try {
    check = await checkDossierSupport(vault.blobs, stored, signal);
  } catch {
    return undefined;
  }
  if (check === undefined || signal.aborted) return undefined;
  vault.transaction((db) => saveEvidenceCheck(db, item.id, check));
  return check;
}

/**
 * Imports files one by one, each committed on its own, so a refused file, a cancel or a lock
 * keeps every file taken before it. A cancel stops the file being copied (it is not kept).
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
    for (const [index, file] of files.entries()) {
      if (signal.aborted) throw cancelled();
      const name = path.basename(file);
      progress('import', index, total, name);
      try {
        const outcome = await importFile(vault, caseId, file, signal, allowDuplicates);
        if ('duplicate' in outcome) {
          duplicates.push(outcome.duplicate);
          continue;
        }
        const check = await checkImported(vault, outcome.item, outcome.stored, signal);
        imported.push(listItem({ ...outcome.item, eventIds: [], check }));
      } catch (error) {
        if (error instanceof FileRefusedError) {
          refused.push({ file: name, code: error.refusal, reason: error.reason });
          continue;
        }
        if (signal.aborted) throw cancelled();
        throw error;
      }
    }
    progress('import', total, total);
    return { imported, refused, duplicates };
  });
}

export function evidenceHandlers(ctx: ServiceContext): HandlerGroup<
  'evidence.list' | 'evidence.import' | 'evidence.update' | 'evidence.updateMany' | 'evidence.remove' | 'evidence.preview'
> {
  return {
    'evidence.list': ({ caseId }) =>
      ctx.vault().transaction((db) => {
        getCase(db, caseId);
        return listEvidenceWithEvents(db, caseId).map(listItem);
      }),

    'evidence.import': (input) => importEvidence(ctx, input),

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

    'evidence.remove': async ({ ids }) => ({ removed: (await removeEvidenceFiles(ctx.vault(), ids)).removed }),

    'evidence.preview': ({ id, maxPixels }) =>
      onOpenVault(ctx, () => 'The vault was locked before the preview was ready.', (vault) => previewEvidence(vault, id, maxPixels)),
  };
}
