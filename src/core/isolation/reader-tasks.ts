// The tasks a reader process runs, one line each: the only code that parses evidence bytes. A
// task gets plain data (bytes as Uint8Array) and answers plain data; what it needs from the vault
// it asks for through io.request, which the core answers (ExhibitReader.run's serve).
import { exportDossierTask, planDossierTask } from '../dossier/dossier-tasks.js';
import { detectType } from './tasks/detect-type.js';
import { inspectFile } from './tasks/inspect-file.js';
import { previewImage } from './tasks/preview-image.js';

export interface TaskIO {
  /** Asks the core for something (a stored file's bytes, say) and waits for its answer. */
  request(name: string, input: unknown): Promise<unknown>;
  /** Sends progress or output to the core, in order. */
  send(message: unknown): void;
  signal: AbortSignal;
}

export type ReaderTask = (input: unknown, io: TaskIO) => Promise<unknown>;

export const readerTasks = {
  detectType,
  inspectFile,
  previewImage,
  planDossier: planDossierTask,
  exportDossier: exportDossierTask,
} satisfies Record<string, ReaderTask>;

export type ReaderTaskName = keyof typeof readerTasks;
