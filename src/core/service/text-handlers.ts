// The window's calls on the text of the evidence: read it now (or again), how far the reading of
// a case is, and the text kept for one item, page by page, for the preview (text-reading-job.ts
// does the reading).
import { getCase } from '../records/cases.js';
import { getEvidence } from '../records/evidence.js';
import { blobsWithoutText, evidenceTextOf } from '../records/evidence-text.js';
import { failedTextBlobs, filesWithText, hasReadText, textReadingFailureOf } from '../records/text-reading-state.js';
import type { HandlerGroup, ServiceContext } from './service-context.js';
import { textReaderVersion, type TextReadings } from './text-reading-job.js';

export function textHandlers(ctx: ServiceContext, readings: TextReadings): HandlerGroup<'evidence.readText' | 'evidence.textStatus' | 'evidence.text'> {
  return {
    'evidence.readText': ({ caseId, jobId, again }) => {
      if (caseId !== undefined) ctx.vault().transaction((db) => getCase(db, caseId));
      return readings.run({ caseId, jobId, again });
    },

    'evidence.textStatus': ({ caseId }) =>
      ctx.vault().transaction((db) => {
        getCase(db, caseId);
        const failed = failedTextBlobs(db, caseId, textReaderVersion);
        const unread = blobsWithoutText(db, caseId, textReaderVersion).filter((file) => !failed.has(file.blobId)).length;
        return { read: filesWithText(db, caseId, textReaderVersion), unread, failed: failed.size, running: readings.statusFor(caseId) };
      }),

    'evidence.text': ({ id, page }) =>
      ctx.vault().transaction((db) => {
        const { blobId } = getEvidence(db, id);
        const pages = evidenceTextOf(db, blobId).filter((text) => page === undefined || text.page.page === page);
        if (hasReadText(db, blobId)) return { state: 'read' as const, pages };
        const failure = textReadingFailureOf(db, blobId, textReaderVersion);
        return failure ? { state: 'failed' as const, ...failure, pages } : { state: 'unread' as const, pages };
      }),
  };
}
