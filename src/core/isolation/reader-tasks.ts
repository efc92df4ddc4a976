// The tasks a reader process runs, one line each: the only code that parses evidence bytes. A
// task gets plain data (bytes as Uint8Array) and answers plain data; what it needs from the vault
// it asks for through io.request, which the core answers (ExhibitReader.run's serve).
import { exportDossierTask, planDossierTask } from '../dossier/dossier-tasks.js';
import type { ReaderTask } from './task-types.js';
import { detectType } from './tasks/detect-type.js';
import { inspectFile } from './tasks/inspect-file.js';
import { previewImage } from './tasks/preview-image.js';
import { readEvidenceText } from './tasks/read-evidence-text.js';
import { verifyRedaction } from './tasks/verify-redaction.js';

export type { ReaderTask, TaskIO } from './task-types.js';

export const readerTasks = {
  detectType,
  inspectFile,
  previewImage,
  planDossier: planDossierTask,
  exportDossier: exportDossierTask,
  readEvidenceText,
  verifyRedaction,
} satisfies Record<string, ReaderTask>;

export type ReaderTaskName = keyof typeof readerTasks;
