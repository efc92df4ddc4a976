// The dossier's tasks in the exhibit reader (registered in src/core/isolation/reader-tasks.ts):
// the composer runs there, beside the parsers of hostile files and away from the key. It asks
// the core for each exhibit's bytes ('blob') and what OCR recognised on its scanned pages
// ('recognizedText'), hands it the dossier's bytes as they are written
// ('write', awaited, so a slow disk holds the composer back rather than filling memory) and
// reports progress as messages, and that it is still working within a long exhibit.
import type { RecognizedPage } from '../../shared/recognized-text.js';
import type { TaskIO } from '../isolation/reader-tasks.js';
import { composeDossier, planComposition, type ComposedDossier, type ComposedPlan, type ComposerIO, type DossierInput } from './compose-dossier.js';

function composerIO(io: TaskIO): ComposerIO {
  return {
    readBlob: async (blobId) => {
      const bytes = await io.request('blob', { blobId });
      if (!(bytes instanceof Uint8Array)) throw new TypeError('The core answered a file request with something other than bytes.');
      return bytes;
    },
    readRecognizedText: async (blobId) => {
      const pages = await io.request('recognizedText', { blobId });
      if (!Array.isArray(pages)) throw new TypeError('The core answered a request for recognised text with something other than pages.');
      return pages as RecognizedPage[];
    },
    progress: (progress) => io.send({ type: 'progress', ...progress }),
    // Any message tells the reader's deadline the task is alive; the core reads this one as nothing else.
    working: () => io.send({ type: 'working' }),
    signal: io.signal,
  };
}

export function planDossierTask(input: unknown, io: TaskIO): Promise<ComposedPlan> {
  return planComposition(input as DossierInput, composerIO(io));
}

export function exportDossierTask(input: unknown, io: TaskIO): Promise<ComposedDossier> {
  // A dossier in parts: each part's bytes go with its index ('writePart').
  return composeDossier(input as DossierInput, composerIO(io), { write: (bytes) => io.request('write', bytes) }, (part) => ({
    write: (bytes) => io.request('writePart', { part, bytes }),
  }));
}
