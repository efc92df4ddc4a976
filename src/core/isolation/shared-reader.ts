// One exhibit reader over forked Node processes for callers that are handed none: library calls
// from tests and scripts. The service always passes its own (ServiceContext.reader), which a lock
// stops; in the app that one reaches Electron's utilityProcess through the main thread.
import { createExhibitReader, type ExhibitReader } from './exhibit-reader.js';
import { nodeReaderLauncher } from './node-launcher.js';

let shared: ExhibitReader | undefined;

export function sharedNodeReader(): ExhibitReader {
  shared ??= createExhibitReader(nodeReaderLauncher());
  return shared;
}
