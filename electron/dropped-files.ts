// The private channel on which the preload tells the main process the paths of files dropped on
// the window (webUtils.getPathForFile on the page's File objects). Not a contract method: the
// page can call contract methods with any strings, but it holds no ipcRenderer, so only the
// preload sends here. No imports: the sandboxed preload bundles this file.

export const DROPPED_FILES_CHANNEL = 'dossier-shell:dropped-files';

/** More than a drop could ever hold (the window imports at most 2,000 files at a time). */
const MAX_DROPPED_FILES = 10_000;

/** The message's paths, or undefined when it is anything but a list of non-empty paths. */
export function droppedFilePaths(message: unknown): string[] | undefined {
  if (!Array.isArray(message) || message.length > MAX_DROPPED_FILES) return undefined;
  const paths: string[] = [];
  for (const entry of message) {
    if (typeof entry !== 'string' || entry === '' || entry.includes('\u0000')) return undefined;
    paths.push(entry);
  }
  return paths;
}
