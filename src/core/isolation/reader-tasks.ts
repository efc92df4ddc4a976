// The tasks a reader process runs, one line each: the only code that parses evidence bytes. A
// task gets plain data (bytes as Uint8Array) and answers plain data; what it needs from the vault
// it asks for through io.request, which the core answers (ExhibitReader.run's serve).
import type { ReaderTask } from './task-types.js';

export type { ReaderTask, TaskIO } from './task-types.js';

/** The task `load` gives, loaded once: a dynamic import() of a loaded module still costs a trip through the module loader. */
function loadedOnce(load: () => Promise<ReaderTask>): () => Promise<ReaderTask> {
  let loaded: Promise<ReaderTask> | undefined;
  // A failed load is tried again on the next run rather than kept.
  return () => (loaded ??= load().catch((error: unknown) => ((loaded = undefined), Promise.reject(error))));
}

/**
 * Each task's module is loaded on its first run: a reader started to tell an import's file types
 * answers once file-type is loaded, without waiting for the composer, pdf.js and the OCR.
 */
export const readerTasks = {
  detectType: loadedOnce(() => import('./tasks/detect-type.js').then((module) => module.detectType)),
  inspectFile: loadedOnce(() => import('./tasks/inspect-file.js').then((module) => module.inspectFile)),
  previewImage: loadedOnce(() => import('./tasks/preview-image.js').then((module) => module.previewImage)),
  planDossier: loadedOnce(() => import('../dossier/dossier-tasks.js').then((module) => module.planDossierTask)),
  exportDossier: loadedOnce(() => import('../dossier/dossier-tasks.js').then((module) => module.exportDossierTask)),
  readEvidenceText: loadedOnce(() => import('./tasks/read-evidence-text.js').then((module) => module.readEvidenceText)),
  verifyRedaction: loadedOnce(() => import('./tasks/verify-redaction.js').then((module) => module.verifyRedaction)),
} satisfies Record<string, () => Promise<ReaderTask>>;

export type ReaderTaskName = keyof typeof readerTasks;
