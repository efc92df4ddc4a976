// The password of a protected PDF, given by the user (the window's dialog, the CLI's `password`
// command): the exhibit reader opens the stored file with it first, in this call, so a wrong one
// is said at once and nothing is kept; a right one is kept in the vault's database (records/
// pdf-passwords.ts) with what the reader found, and the dossier reproduces the pages from then on.
// The file itself never changes. The password is never put in an error message, the audit log
// or an answer: the audit says only that an item's password was set or forgotten.
import { DossierError } from '../../shared/errors.js';
import { maxExhibitBytes } from '../dossier/dossier-selection.js';
import type { ExhibitReader } from '../isolation/exhibit-reader.js';
import { inspectInReader } from '../isolation/reader-calls.js';
import { getEvidence } from '../records/evidence.js';
import { readInspections, saveInspection } from '../records/inspections.js';
import { clearPdfPassword, getPdfPassword, savePdfPassword } from '../records/pdf-passwords.js';
import type { Vault } from '../vault/vault.js';

/** Reasons that mean the password given did not open the file (a reader that ignores it answers needs_password). */
const refusedPassword = new Set(['wrong_password', 'needs_password']);

/**
 * Opens the item's PDF in the reader with `password` and keeps it when it opens the file; `null`
 * forgets the password kept and reads the file again without one.
 */
export async function setPdfPassword(vault: Vault, reader: ExhibitReader, id: string, password: string | null): Promise<void> {
  const { item, kept, stored } = vault.transaction((db) => {
    const item = getEvidence(db, id);
    return { item, kept: getPdfPassword(db, id), stored: readInspections(db, [item.blobId]).get(item.blobId) };
  });
  if (item.mediaType !== 'application/pdf') {
    throw new DossierError('INVALID_INPUT', `"${item.title}" is not a PDF: only a PDF can be opened with a password. Nothing was kept.`);
  }
  if (password !== null && kept === undefined && stored?.kind === 'pages') {
    throw new DossierError('INVALID_INPUT', `"${item.title}" opens without a password, and the dossier reproduces its pages already. Nothing was kept.`);
  }
  if (password === null && kept === undefined) return;
  if (item.size > maxExhibitBytes) {
    throw new DossierError('INVALID_INPUT', `"${item.title}" is too large for the dossier to read (over 512 MB), so its password cannot be checked. Nothing was kept.`);
  }

  const bytes = await vault.blobs.readAll(item.blobId);
  const { inspection } = await inspectInReader(reader, { bytes, mediaType: item.mediaType, ...(password === null ? {} : { password }) });

  if (password === null) {
    vault.transaction((db) => {
      clearPdfPassword(db, id);
      saveInspection(db, item.blobId, inspection);
      vault.audit('evidence.password.clear', 'evidence', id);
    });
    return;
  }
  if (inspection.kind === 'not_reproduced' && refusedPassword.has(inspection.reason)) {
    throw new DossierError('WRONG_PASSWORD', `The password does not open "${item.title}". Nothing was kept.`);
  }
  if (inspection.kind === 'not_reproduced' && inspection.reason === 'reader_failed') {
    throw new DossierError('FILE_REFUSED', `Reading "${item.title}" with the password was stopped (${inspection.detail ?? 'the reader failed'}). Nothing was kept.`);
  }
  // Opened (a damaged file found so is still opened by its password: the badge then says why it is not reproduced).
  vault.transaction((db) => {
    getEvidence(db, id);
    savePdfPassword(db, id, password);
    saveInspection(db, item.blobId, inspection);
    vault.audit('evidence.password.set', 'evidence', id);
  });
}
